// Search service: full-text search over statements and articles with filters, returning highlightable snippets;
// the speakers and actors a search can filter by.
import type { Database } from 'better-sqlite3';
import type { MethodInput, MethodOutput } from '../core/contract';
import { snippetSegments, toFtsQuery } from '../core/search/fts-query';
import { actorFacets, speakerFacets } from '../db/repositories/facets';
import { searchArticles, searchStatements } from '../db/repositories/search';
import type { HandlerMap } from './handler-types';

export function search(db: Database, input: MethodInput<'search.query'>): MethodOutput<'search.query'> {
  const limit = input.limit ?? 200;
  const filters = input.filters ?? {};
  let fts = toFtsQuery(input.query ?? '');
  let hits = searchStatements(db, fts, filters, limit + 1);
  // Whole words first (fast at any size); the last word as a prefix only when that leaves the page short.
  const prefixed = toFtsQuery(input.query ?? '', { prefix: true });
  if (hits.length <= limit && prefixed !== fts) {
    fts = prefixed;
    hits = searchStatements(db, fts, filters, limit + 1);
  }
  const statements = hits.slice(0, limit).map((h) => ({
    statementId: h.statement_id,
    articleId: h.article_id,
    articleTitle: h.article_title,
    source: h.source,
    published: h.published,
    speaker: h.speaker,
    actor: h.actor,
    kind: h.kind,
    reviewed: h.reviewed === 1,
    snippet: fts === null ? [{ text: h.snippet, match: false }] : snippetSegments(h.snippet),
  }));
  const articles =
    fts === null
      ? []
      : searchArticles(db, fts, filters.articleIds, 20).map((a) => ({
          articleId: a.article_id,
          title: a.title,
          snippet: snippetSegments(a.snippet),
        }));
  return { statements, articles, truncated: hits.length > limit };
}

export function facets(db: Database): MethodOutput<'search.facets'> {
  return { speakers: speakerFacets(db), actors: actorFacets(db) };
}

export const searchHandlers: HandlerMap<'search.query' | 'search.facets'> = {
  'search.query': search,
  'search.facets': (db) => facets(db),
};
