// Contract entries for full-text search and filters over statements and articles, and the values a filter offers.
import { z } from 'zod';
import { Id, Kind, Origin, StanceLabel } from '../domain';

const Short = z.string().trim().min(1).max(200);
export const SearchFilters = z
  .object({
    articleIds: z.array(Id).max(10_000).optional(),
    speakers: z.array(Short).max(100).optional(),
    actors: z.array(Short).max(100).optional(),
    targets: z.array(Short).max(100).optional(),
    stances: z.array(StanceLabel).max(4).optional(),
    tagIds: z.array(Id).max(100).optional(),
    kinds: z.array(Kind).max(3).optional(),
    origin: Origin.optional(),
    reviewed: z.boolean().optional(),
  })
  .strict();
export type SearchFilters = z.infer<typeof SearchFilters>;

const Segment = z.object({ text: z.string(), match: z.boolean() });
const Facet = z.object({ value: z.string(), count: z.number().int().nonnegative() });

export const searchMethods = {
  'search.query': {
    input: z
      .object({
        query: z.string().max(500).default(''),
        filters: SearchFilters.default({}),
        limit: z.number().int().min(1).max(1000).default(200),
      })
      .strict(),
    output: z.object({
      statements: z.array(
        z.object({
          statementId: Id,
          articleId: Id,
          articleTitle: z.string(),
          source: z.string().nullable(),
          published: z.string().nullable(),
          speaker: z.string().nullable(),
          actor: z.string().nullable(),
          kind: Kind,
          reviewed: z.boolean(),
          snippet: z.array(Segment),
        }),
      ),
      articles: z.array(z.object({ articleId: Id, title: z.string(), snippet: z.array(Segment) })),
      /** More statements matched than were returned. */
      truncated: z.boolean(),
    }),
  },
  'search.facets': {
    input: z.object({}).strict(),
    /** Every speaker and actor in the library with its statement count, most frequent first. */
    output: z.object({ speakers: z.array(Facet), actors: z.array(Facet) }),
  },
};
