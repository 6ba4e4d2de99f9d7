// Contract entries for looking across codes: frequencies, co-occurrence, crosstabs, a cell's segments, agreement.
import { z } from 'zod';
import { Id } from '../domain';

const Scope = z.object({ articleIds: z.array(Id).max(100_000).optional() }).strict();
const Cell = z.object({ row: Id, column: z.string(), count: z.number().int() });
const Segment = z.object({
  articleId: Id,
  articleTitle: z.string(),
  tagId: Id,
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  coder: z.string(),
  statementId: Id.nullable(),
});
const Figures = z.object({
  units: z.number(),
  percent: z.number().nullable(),
  kappa: z.number().nullable(),
  alpha: z.number().nullable(),
});

export const qdaAnalysisMethods = {
  'qda.table': {
    input: z
      .object({ kind: z.enum(['article', 'cooccurrence', 'actor', 'stance']), articleIds: Scope.shape.articleIds })
      .strict(),
    output: z.object({ columns: z.array(z.string()), cells: z.array(Cell) }),
  },
  'qda.segments': {
    input: z
      .object({
        kind: z.enum(['article', 'cooccurrence', 'actor', 'stance']),
        row: Id,
        column: z.string().min(1).max(300),
        articleIds: Scope.shape.articleIds,
        limit: z.number().int().min(1).max(5000).default(500),
      })
      .strict(),
    output: z.array(Segment),
  },
  'qda.agreement': {
    input: z
      .object({ coderA: z.string().max(120), coderB: z.string().max(120), articleIds: Scope.shape.articleIds })
      .strict(),
    output: z.object({
      articles: z.number().int(),
      spans: z.object({ overall: Figures, codes: z.array(Figures.extend({ tagId: Id })) }),
      statements: z.object({ overall: Figures, codes: z.array(Figures.extend({ tagId: Id })) }),
      disagreements: z.array(
        z.object({
          articleId: Id,
          tagId: Id,
          start: z.number().int(),
          end: z.number().int(),
          text: z.string(),
          coder: z.string(),
        }),
      ),
    }),
  },
};
