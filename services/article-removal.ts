// Deleting an article with everything on it (statements, stances, codings, their edit history) in one transaction.
import type { Database } from 'better-sqlite3';
import type { MethodInput, MethodOutput } from '../core/contract';
import { ParleyError } from '../core/errors';
import {
  articleForRemoval,
  deleteArticleRow,
  forgetEditsOfStatements,
  statementIdsOfArticle,
} from '../db/repositories/article-removal';
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

export const articleRemovalHandlers: HandlerMap<'articles.delete'> = {
  'articles.delete': deleteArticle,
};
