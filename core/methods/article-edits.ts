// Contract entries that change a stored article: its metadata, its source grading, detection re-run, deletion.
import { z } from 'zod';
import { Credibility, Reliability } from '../brief/model';
import { ArticleSummary, Id } from '../domain';
import { ReextractResult } from './detection';

const Text = (max: number) => z.string().trim().max(max);

export const articleEditMethods = {
  /** Edits title, outlet, date (any form news uses; unreadable is refused) or URL; "" clears all but the title. */
  'articles.updateMeta': {
    input: z
      .object({
        id: Id,
        title: Text(300).min(1).optional(),
        source: Text(200).optional(),
        published: Text(100).optional(),
        url: Text(2000).optional(),
      })
      .strict(),
    output: ArticleSummary,
  },
  'articles.setGrading': {
    input: z.object({ id: Id, reliability: Reliability.nullable(), credibility: Credibility.nullable() }).strict(),
    output: z.object({ id: Id, reliability: Reliability.nullable(), credibility: Credibility.nullable() }),
  },
  'articles.reextract': {
    input: z.object({ articleIds: z.array(Id).max(100_000).optional() }).strict(),
    output: ReextractResult,
  },
  'articles.delete': {
    input: z.object({ id: Id }).strict(),
    /** What went, so the UI can say so: the article's title and how many statements it took with it. */
    output: z.object({ id: Id, title: z.string(), statements: z.number().int().nonnegative() }),
  },
};
