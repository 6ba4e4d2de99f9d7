// Contract entries for looking across codes: frequencies, co-occurrence, crosstabs, a cell's segments, agreement.
import { z } from 'zod';
import { Id } from '../domain';
import { VariableFilters } from '../qda/types';

/** The articles looked at: all, or those chosen, narrowed by document variables. */
const Scope = { articleIds: z.array(Id).max(100_000).optional(), filters: VariableFilters.optional() };
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
  'qda.coders': { input: z.object({}).strict(), output: z.array(z.string()) },
  'qda.exportSegments': {
    input: z.object({ format: z.enum(['csv', 'xlsx']), ...Scope }).strict(),
    /** The file's bytes, base64-encoded (CSV as UTF-8). */
    output: z.object({ fileName: z.string(), mime: z.string(), base64: z.string(), segments: z.number().int() }),
  },
  'qda.table': {
    input: z.object({ kind: z.enum(['article', 'cooccurrence', 'actor', 'stance']), ...Scope }).strict(),
    output: z.object({ columns: z.array(z.string()), cells: z.array(Cell) }),
  },
  'qda.segments': {
    input: z
      .object({
        kind: z.enum(['article', 'cooccurrence', 'actor', 'stance']),
        row: Id,
        column: z.string().min(1).max(300),
        ...Scope,
        limit: z.number().int().min(1).max(5000).default(500),
      })
      .strict(),
    output: z.array(Segment),
  },
  'qda.agreement': {
    input: z.object({ coderA: z.string().max(120), coderB: z.string().max(120), ...Scope }).strict(),
    output: z.object({
      articles: z.number().int(),
      spans: z.object({ overall: Figures, codes: z.array(Figures.extend({ tagId: Id })) }),
      statements: z.object({ overall: Figures, codes: z.array(Figures.extend({ tagId: Id })) }),
      /** Unit-level agreement on statement stances: units are (statement, target) pairs both coders decided. */
      stances: z.object({
        units: z.number().int(),
        statements: z.number().int(),
        overall: Figures,
        targets: z.array(Figures.extend({ targetId: z.string() })),
        disagreements: z.array(
          z.object({
            statementId: Id,
            articleId: Id,
            targetId: z.string(),
            text: z.string(),
            /** Each coder's stance; 'none' where they removed it. */
            a: z.string(),
            b: z.string(),
          }),
        ),
      }),
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
