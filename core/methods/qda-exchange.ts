// Contract entries for moving a project from the app: REFI-QDA .qdpx project and .qdc codebook, out and in; and the
// analyst's confirmed statements out in the shared gold format.
import { z } from 'zod';
import { Id } from '../domain';
import { oneWayOfBytes } from './articles';

/** A .qdpx from the app travels base64-encoded in one request (browser mode accepts 16 MB per request). */
const MAX_PROJECT_BASE64 = 15 * 1024 * 1024;
/** Where the transport carries binary (the CLI in-process, Electron IPC, worker messages) a project may be larger. */
const MAX_PROJECT_BYTES = 1024 * 1024 * 1024;
const ProjectBytes = z
  .custom<Uint8Array>((b) => b instanceof Uint8Array, { error: 'expected the project file as bytes' })
  .refine((b) => b.byteLength <= MAX_PROJECT_BYTES, { error: 'The project file is over 1 GB.' });

/** The shared gold format (core/learn/gold.ts): what `extract --learn-from` reads. */
const GoldFile = z.object({
  article: z.string().optional(),
  title: z.string().optional(),
  notes: z.string().optional(),
  actors: z
    .record(
      z.string(),
      z.object({
        label: z.string().optional(),
        aliases: z.array(z.string()).optional(),
        people: z.array(z.string()).optional(),
      }),
    )
    .optional(),
  targets: z.record(z.string(), z.array(z.string())).optional(),
  statements: z.array(
    z.object({
      text: z.string(),
      speaker: z.string().nullable(),
      actor: z.string().nullable(),
      kind: z.string(),
      targets: z.record(z.string(), z.string()).optional(),
    }),
  ),
});

export const qdaExchangeMethods = {
  /** One gold file (named "<id>-<slug>", with the article's text) per article with a confirmed statement. */
  'labels.export': {
    input: z.object({ articleIds: z.array(Id).max(5_000).optional() }).strict(),
    output: z.array(z.object({ name: z.string(), body: z.string(), gold: GoldFile })),
  },
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
          .max(MAX_PROJECT_BASE64, 'The project file is too large to open here; use parley import-project.')
          .optional(),
        /** The same file's raw bytes, unencoded, where the transport carries binary. */
        bytes: ProjectBytes.optional(),
      })
      .strict()
      .refine(oneWayOfBytes, { message: 'give either dataBase64 or bytes, not both or neither' }),
    output: z.object({
      articles: z.number().int(),
      duplicates: z.number().int(),
      codes: z.number().int(),
      codings: z.number().int(),
      statements: z.number().int(),
    }),
  },
};
