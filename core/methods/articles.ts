// Contract entries of the articles domain: import, list, get.
import { z } from 'zod';
import { Article, ArticleSummary, Id, Statement } from '../domain';
import { MAX_IMPORT_BYTES } from '../shared/import-limits';

export { MAX_IMPORT_BYTES };
/** A file's base64 past this length is refused unread; the service names the file for anything between. */
export const MAX_IMPORT_BASE64 = Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 1024 * 1024;
/** The schema's own refusal of an oversized file, in the same words as the service's. */
export const OVER_LIMIT = { error: 'the file is over the 10 MB limit; Parley imports articles of up to 10 MB.' };
/** A file's raw bytes as they are, for transports that carry binary (Electron IPC, worker messages). */
export const FileBytes = z
  .custom<Uint8Array>((b) => b instanceof Uint8Array, { error: 'expected the file as bytes' })
  .refine((b) => b.byteLength <= MAX_IMPORT_BYTES + 1024 * 1024, OVER_LIMIT);
/** A file's bytes arrive one way: `bytes` where the transport carries binary, `dataBase64` over JSON. */
export const oneWayOfBytes = <T extends { dataBase64?: unknown; bytes?: unknown }>(v: T) =>
  (v.dataBase64 === undefined) !== (v.bytes === undefined);

const ImportInput = z
  .object({
    /** Pasted text. */
    text: z
      .string()
      .max(MAX_IMPORT_BYTES * 2, OVER_LIMIT)
      .optional(),
    /** The file's raw bytes, base64-encoded (so the backend can check encoding and size itself). */
    dataBase64: z.base64().max(MAX_IMPORT_BASE64, OVER_LIMIT).optional(),
    /** The same raw bytes, unencoded, where the transport carries binary. */
    bytes: FileBytes.optional(),
    fileName: z.string().max(1024).optional(),
  })
  .strict()
  .refine((v) => [v.text, v.dataBase64, v.bytes].filter((x) => x !== undefined).length === 1, {
    message: 'give either text or dataBase64 (or bytes), not both or neither',
  });

/** A statement as `articles.get` sends it: core/shared/compact-statements.ts's Compact<Statement> (a test holds them equal). */
export const CompactStatement = Statement.omit({ articleId: true }).partial({
  text: true,
  seq: true,
  speaker: true,
  actor: true,
  claimType: true,
  claims: true,
  origin: true,
  reviewed: true,
  starred: true,
  analystFields: true,
  note: true,
  tagIds: true,
  stances: true,
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
    // Statements in compact form (no text the body holds, no default fields): a 5 MB article's reply would otherwise
    // carry its body twice and 20 MB of defaults. expandStatements (core/shared/compact-statements.ts) makes them whole.
    output: z.object({ article: Article, statements: z.array(CompactStatement) }),
  },
};
