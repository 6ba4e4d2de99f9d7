// Contract entries of the articles domain: import, list, get.
import { z } from 'zod';
import { Article, ArticleSummary, Id, Statement } from '../domain';
import { MAX_IMPORT_BYTES } from '../shared/import-limits';

export { MAX_IMPORT_BYTES };

const ImportInput = z
  .object({
    /** Pasted text. */
    text: z
      .string()
      .max(MAX_IMPORT_BYTES * 2)
      .optional(),
    /** The file's raw bytes, base64-encoded (so the backend can check encoding and size itself). */
    dataBase64: z
      .base64()
      .max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 1024 * 1024)
      .optional(),
    fileName: z.string().max(1024).optional(),
  })
  .strict()
  .refine((v) => (v.text === undefined) !== (v.dataBase64 === undefined), {
    message: 'give either text or dataBase64, not both or neither',
  });

export const articleMethods = {
  'articles.import': {
    input: ImportInput,
    output: z.object({
      status: z.enum(['imported', 'duplicate']),
      article: ArticleSummary,
      notice: z.string().nullable(),
    }),
  },
  'articles.list': {
    input: z.object({}).strict(),
    output: z.array(ArticleSummary),
  },
  'articles.get': {
    input: z.object({ id: Id }).strict(),
    output: z.object({ article: Article, statements: z.array(Statement) }),
  },
};
