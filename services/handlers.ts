// Maps every contract method to its service function; the type makes a missing or extra method a compile error.
import type { Database } from 'better-sqlite3';
import type { MethodName } from '../core/contract-names';
import type { MethodInput, MethodOutput } from '../core/contract';
import { appInfo } from './app';
import { getArticleWithStatements, importArticle, listArticles } from './articles';
import { listTargets } from '../db/repositories/targets';

export type Handler<M extends MethodName> = (db: Database, input: MethodInput<M>) => MethodOutput<M>;

export const handlers: { [M in MethodName]: Handler<M> } = {
  'app.info': (db) => appInfo(db),
  'articles.import': importArticle,
  'articles.list': (db) => listArticles(db),
  'articles.get': getArticleWithStatements,
  'targets.list': (db) => listTargets(db),
};
