// Deleting an article with everything on it (statements, stances, codings, their edit history) in one transaction.
import type { Database } from 'better-sqlite3';
import type { MethodInput, MethodOutput } from '../core/contract';
import { found } from '../core/errors';
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
      const row = found(articleForRemoval(db, input.id), 'article', input.id);
      forgetEditsOfStatements(db, statementIdsOfArticle(db, row.id));
      deleteArticleRow(db, row.id);
      return row;
    })
    .immediate();
}

export const articleRemovalHandlers: HandlerMap<'articles.delete'> = {
  'articles.delete': deleteArticle,
};
