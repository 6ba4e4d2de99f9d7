// Contract entries for batch import: start a batch of files, follow its progress by events, cancel it.
import { z } from 'zod';
import { Id } from '../domain';
import { FileBytes, MAX_IMPORT_BASE64, OVER_LIMIT, oneWayOfBytes } from './articles';

const FileInput = z
  .object({
    fileName: z.string().min(1).max(1024),
    dataBase64: z.base64().max(MAX_IMPORT_BASE64, OVER_LIMIT).optional(),
    bytes: FileBytes.optional(),
  })
  .strict()
  .refine(oneWayOfBytes, { message: 'give either dataBase64 or bytes, not both or neither' });

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

/**
 * One `import.progress` event: the batch's counts and only the file just finished (its position in the batch), never
 * the results before it; the last event of a batch has `finished` and no result. `imports.status` gives them all.
 */
export const BatchEvent = BatchProgress.omit({ results: true }).extend({
  counts: z.object({ imported: z.number(), duplicate: z.number(), error: z.number(), cancelled: z.number() }),
  result: BatchFileResult.extend({ index: z.number().int() }).nullable(),
});
export type BatchEvent = z.infer<typeof BatchEvent>;

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
