// Contract entries for moving a project from the app: REFI-QDA .qdpx project and .qdc codebook, out and in.
import { z } from 'zod';

/** A .qdpx from the app travels base64-encoded in one request (browser mode accepts 16 MB per request). */
const MAX_PROJECT_BASE64 = 15 * 1024 * 1024;

export const qdaExchangeMethods = {
  'qda.exportProject': {
    input: z.object({ format: z.enum(['qdpx', 'qdc']) }).strict(),
    output: z.object({ fileName: z.string(), mime: z.string(), base64: z.string() }),
  },
  'qda.importProject': {
    input: z
      .object({
        fileName: z.string().min(1).max(1024),
        dataBase64: z
          .base64()
          .max(MAX_PROJECT_BASE64, 'The project file is too large to open here; use parley import-project.'),
      })
      .strict(),
    output: z.object({
      articles: z.number().int(),
      duplicates: z.number().int(),
      codes: z.number().int(),
      codings: z.number().int(),
      statements: z.number().int(),
    }),
  },
};
