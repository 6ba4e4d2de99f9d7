// Contract entries for briefing notes: draft, refresh, save, open, list, delete, preview, export, the statements to quote.
import { z } from 'zod';
import { BriefModel, BriefSummary, Paper } from '../brief/model';
import { Id, Statement } from '../domain';

/** Export either a saved brief by id or the brief the composer holds right now (saved or not). */
const WhichBrief = z
  .object({ id: Id.optional(), brief: BriefModel.optional(), paper: Paper.optional() })
  .strict()
  .refine((v) => (v.id === undefined) !== (v.brief === undefined), { message: 'give either id or brief' });

export const briefMethods = {
  'briefs.default': {
    input: z
      .object({
        articleIds: z.array(Id).max(5_000).optional(),
        /** Absent: on once any stance in scope is analyst-confirmed. */
        confirmedOnly: z.boolean().optional(),
      })
      .strict(),
    output: BriefModel,
  },
  'briefs.refresh': {
    input: z.object({ brief: BriefModel }).strict(),
    output: BriefModel,
  },
  'briefs.save': {
    input: z.object({ id: Id.optional(), brief: BriefModel }).strict(),
    output: BriefSummary,
  },
  'briefs.get': {
    input: z.object({ id: Id }).strict(),
    output: z.object({ id: Id, brief: BriefModel, createdAt: z.string(), updatedAt: z.string() }),
  },
  'briefs.list': {
    input: z.object({}).strict(),
    output: z.array(BriefSummary),
  },
  'briefs.delete': {
    input: z.object({ id: Id }).strict(),
    output: z.object({ id: Id }),
  },
  'briefs.render': {
    input: z.object({ brief: BriefModel, paper: Paper.optional() }).strict(),
    output: z.object({ html: z.string() }),
  },
  'briefs.exportMarkdown': {
    input: WhichBrief,
    output: z.object({ text: z.string(), fileName: z.string() }),
  },
  'briefs.exportPdf': {
    input: WhichBrief,
    output: z.object({ dataBase64: z.string(), fileName: z.string(), pages: z.number().int().nonnegative() }),
  },
  /** The statements a brief may quote: the attributed, non-narration statements of these articles, article by article. */
  'briefs.candidates': {
    input: z.object({ articleIds: z.array(Id).max(5_000) }).strict(),
    output: z.array(Statement),
  },
};
