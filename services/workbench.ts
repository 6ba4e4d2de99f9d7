// Workbench services: delete an article with everything on it in one transaction; list speakers and actors for filters.
import type { Database } from 'better-sqlite3';
import type { MethodInput, MethodOutput } from '../core/contract';
import { ParleyError } from '../core/errors';
import {
  articleForRemoval,
  deleteArticleRow,
  forgetEditsOfStatements,
  statementIdsOfArticle,
} from '../db/repositories/article-removal';
import { actorFacets, speakerFacets } from '../db/repositories/facets';
import type { HandlerMap } from './handler-types';

export function deleteArticle(db: Database, input: MethodInput<'articles.delete'>): MethodOutput<'articles.delete'> {
  return db
    .transaction(() => {
      const row = articleForRemoval(db, input.id);
      if (!row) throw new ParleyError('not_found', `There is no article with id ${input.id}.`);
      forgetEditsOfStatements(db, statementIdsOfArticle(db, row.id));
      deleteArticleRow(db, row.id);
      return row;
    })
    .immediate();
}

export function facets(db: Database): MethodOutput<'search.facets'> {
  return { speakers: speakerFacets(db), actors: actorFacets(db) };
}

export const workbenchHandlers: HandlerMap<'articles.delete' | 'search.facets'> = {
  'articles.delete': deleteArticle,
  'search.facets': (db) => facets(db),
};
