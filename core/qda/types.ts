// Zod schemas of QDA objects that cross the contract: span codings, memos, document variables.
import { z } from 'zod';
import { Id } from '../domain';

export const CODING_FIELDS = ['body', 'title'] as const;
export const CodingField = z.enum(CODING_FIELDS);
export type CodingField = z.infer<typeof CodingField>;

export const Coding = z.object({
  /** The span coding's id; null for a statement tag, which codes its whole statement. */
  id: Id.nullable(),
  statementId: Id.nullable(),
  articleId: Id,
  tagId: Id,
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  /** Where the offsets point: the article's body, or its title (the headline). */
  field: CodingField,
  coder: z.string(),
  memo: z.string().nullable(),
  createdAt: z.string(),
});
export type Coding = z.infer<typeof Coding>;

export const MEMO_SCOPES = ['project', 'article', 'code'] as const;
export const MemoScope = z.enum(MEMO_SCOPES);
export type MemoScope = z.infer<typeof MemoScope>;

export const Memo = z.object({
  scope: MemoScope,
  /** The article or code id; null for the project memo. */
  refId: Id.nullable(),
  body: z.string(),
  coder: z.string(),
  updatedAt: z.string(),
});
export type Memo = z.infer<typeof Memo>;

/** A memo found by text: what it is on, a label for people (article title, code name), and its words. */
export const MemoHit = z.object({
  kind: z.enum(['project', 'article', 'code', 'coding']),
  /** The article, code or coding id; null for the project memo. */
  refId: Id.nullable(),
  /** The article the memo belongs to (an article or coding memo), else null. */
  articleId: Id.nullable(),
  label: z.string(),
  body: z.string(),
  coder: z.string(),
});
export type MemoHit = z.infer<typeof MemoHit>;

export const VARIABLE_TYPES = ['text', 'number', 'date', 'boolean', 'category'] as const;
export const VariableType = z.enum(VARIABLE_TYPES);
export type VariableType = z.infer<typeof VariableType>;

export const BUILTIN_SOURCES = ['source', 'published', 'grading'] as const;
export const Variable = z.object({
  id: Id,
  name: z.string(),
  type: VariableType,
  options: z.array(z.string()),
  /** Where a built-in reads its value on the article; null for values stored per article. */
  builtin: z.enum(BUILTIN_SOURCES).nullable(),
});
export type Variable = z.infer<typeof Variable>;

/** Every variable's value for one article, by variable name; null where unset. */
export const VariableValues = z.record(z.string(), z.string().nullable());
export type VariableValues = z.infer<typeof VariableValues>;

/** Articles whose value of the variable is one of `values`; "" stands for "not set". */
export const VariableFilter = z
  .object({ variableId: Id, values: z.array(z.string().max(300)).min(1).max(200) })
  .strict();
export type VariableFilter = z.infer<typeof VariableFilter>;
export const VariableFilters = z.array(VariableFilter).max(20);
