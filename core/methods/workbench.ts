// Contract entries the analyst's workbench adds: deleting an article, and the speakers and actors a search can filter by.
import { z } from 'zod';
import { Id } from '../domain';

const Facet = z.object({ value: z.string(), count: z.number().int().nonnegative() });

export const workbenchMethods = {
  'articles.delete': {
    input: z.object({ id: Id }).strict(),
    /** What went, so the UI can say so: the article's title and how many statements it took with it. */
    output: z.object({ id: Id, title: z.string(), statements: z.number().int().nonnegative() }),
  },
  'search.facets': {
    input: z.object({}).strict(),
    /** Every speaker and actor in the library with its statement count, most frequent first. */
    output: z.object({ speakers: z.array(Facet), actors: z.array(Facet) }),
  },
};
