// Contract entries for QDA coding: span codings, auto-coding search hits, memos, document variables, the coder's name.
import { z } from 'zod';
import { Id } from '../domain';
import { SearchFilters } from './search';
import { Coding, CodingField, Memo, MemoHit, MemoScope, Variable, VariableType, VariableValues } from '../qda/types';

const Offset = z.number().int().nonnegative().max(100_000_000);
const MemoBody = z.string().max(100_000);
const VarName = z.string().trim().min(1).max(120);

export const codingMethods = {
  'codings.list': { input: z.object({ articleId: Id }).strict(), output: z.array(Coding) },
  'codings.create': {
    input: z
      .object({
        articleId: Id,
        start: Offset,
        end: Offset,
        tagIds: z.array(Id).min(1).max(50),
        memo: MemoBody.optional(),
        /** The offsets are into the title (the headline) rather than the body. */
        field: CodingField.optional(),
      })
      .strict(),
    output: z.array(Coding),
  },
  'codings.update': { input: z.object({ id: Id, memo: MemoBody.nullable() }).strict(), output: Coding },
  'codings.delete': { input: z.object({ id: Id }).strict(), output: z.object({ deleted: z.number().int() }) },
  'codings.autoCode': {
    input: z
      .object({
        query: z.string().trim().min(1).max(500),
        tagId: Id,
        /** Code each hit's whole statement, or only the words that matched. */
        span: z.enum(['statement', 'match']),
        /** The search view's filters, so the hits coded are the hits shown. */
        filters: SearchFilters.default({}),
      })
      .strict(),
    output: z.object({ created: z.number().int(), articles: z.number().int() }),
  },
  'memos.get': { input: z.object({ scope: MemoScope, refId: Id.optional() }).strict(), output: Memo.nullable() },
  'memos.set': {
    input: z.object({ scope: MemoScope, refId: Id.optional(), body: MemoBody }).strict(),
    output: Memo.nullable(),
  },
  'memos.search': {
    input: z.object({ query: z.string().trim().min(1).max(200) }).strict(),
    output: z.array(MemoHit),
  },
  /** Every memo, coding memos included, for pulling one into a brief. */
  'memos.list': { input: z.object({}).strict(), output: z.array(MemoHit) },
  'variables.list': { input: z.object({}).strict(), output: z.array(Variable) },
  'variables.save': {
    input: z
      .object({
        id: Id.optional(),
        name: VarName,
        type: VariableType,
        options: z.array(z.string().trim().min(1).max(120)).max(200).default([]),
      })
      .strict(),
    output: Variable,
  },
  'variables.delete': { input: z.object({ id: Id }).strict(), output: z.object({ deleted: z.number().int() }) },
  'variables.set': {
    input: z.object({ articleId: Id, variableId: Id, value: z.string().max(10_000).nullable() }).strict(),
    output: VariableValues,
  },
  'variables.ofArticle': { input: z.object({ articleId: Id }).strict(), output: VariableValues },
  'coder.get': { input: z.object({}).strict(), output: z.object({ name: z.string() }) },
  'coder.set': {
    input: z.object({ name: z.string().trim().max(120) }).strict(),
    output: z.object({ name: z.string() }),
  },
};
