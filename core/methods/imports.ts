// Contract entries for batch import: start a batch of files, follow its progress by events, cancel it.
import { z } from 'zod';
import { Id } from '../domain';
import { MAX_IMPORT_BYTES } from '../shared/import-limits';

const FileInput = z
  .object({
    fileName: z.string().min(1).max(1024),
    dataBase64: z.base64().max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 1024 * 1024),
  })
  .strict();

export const BatchFileResult = z.object({
  fileName: z.string(),
  status: z.enum(['imported', 'duplicate', 'error', 'cancelled']),
  articleId: Id.nullable(),
  message: z.string().nullable(),
});

export const BatchProgress = z.object({
  batchId: z.string(),
  done: z.number().int(),
  total: z.number().int(),
  current: z.string().nullable(),
  finished: z.boolean(),
  cancelled: z.boolean(),
  results: z.array(BatchFileResult),
});
export type BatchProgress = z.infer<typeof BatchProgress>;

export const importMethods = {
  'imports.start': {
    input: z.object({ files: z.array(FileInput).min(1).max(5000) }).strict(),
    output: z.object({ batchId: z.string(), total: z.number().int() }),
  },
  'imports.status': {
    input: z.object({ batchId: z.string().max(100) }).strict(),
    output: BatchProgress,
  },
  'imports.cancel': {
    input: z.object({ batchId: z.string().max(100) }).strict(),
    output: BatchProgress,
  },
};
