// Article services: import (decode, parse, de-duplicate, extract, store in one transaction), list, get.
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { MethodInput, MethodOutput } from '../core/contract';
import type { HandlerMap } from './handler-types';
import { found, ParleyError } from '../core/errors';
import { EXTRACTOR_VERSION } from '../core/extract';
import { checkText, decodeArticleBytes } from '../core/import/decode';
import { parseArticle } from '../core/import/parse-article';
import { compactStatements } from '../core/shared/compact-statements';
import {
  findArticleIdByHash,
  getArticle,
  getArticleSummary,
  insertArticle,
  listArticleSummaries,
} from '../db/repositories/articles';
import { insertExtractedStatements, listStatements } from '../db/repositories/statements';
import { extractOptions, extractorOf } from './reextract';
import { applyRegistry } from './registry';
import { applyIfStale, applyToArticle } from './learner';

export function contentHash(body: string): string {
  const normalised = body
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .trim();
  return createHash('sha256').update(normalised, 'utf8').digest('hex');
}

function inputText(input: MethodInput<'articles.import'>): string {
  if (input.bytes !== undefined) return decodeArticleBytes(input.bytes, input.fileName);
  if (input.dataBase64 !== undefined) {
    return decodeArticleBytes(new Uint8Array(Buffer.from(input.dataBase64, 'base64')), input.fileName);
  }
  return checkText(input.text ?? '', input.fileName);
}

export function importArticle(db: Database, input: MethodInput<'articles.import'>): MethodOutput<'articles.import'> {
  const parsed = parseArticle(inputText(input), input.fileName);
  if (!parsed.body.trim()) {
    const who = input.fileName ? `"${input.fileName}"` : 'The pasted text';
    throw new ParleyError('empty_input', `${who} has a headline but no article text under it.`);
  }
  const hash = contentHash(parsed.body);
  // A first look spares the extraction for a known file; the look inside the write transaction is the one that counts.
  const known = findArticleIdByHash(db, hash);
  if (known !== undefined) return duplicateOf(db, known);
  const statements = applyRegistry(db, extractorOf(db).extract(parsed.body, extractOptions(db)).statements);
  // IMMEDIATE: the write lock is taken (waiting out busy_timeout) before the check, so no other writer can insert the
  // same article between the check and the insert.
  const id = db
    .transaction(() => {
      const existing = findArticleIdByHash(db, hash);
      if (existing !== undefined) return { existing };
      const articleId = insertArticle(db, {
        ...parsed,
        contentHash: hash,
        fileName: input.fileName ?? null,
        extractorVersion: EXTRACTOR_VERSION,
      });
      insertExtractedStatements(db, articleId, statements);
      return { articleId };
    })
    .immediate();
  if ('existing' in id) return duplicateOf(db, id.existing!);
  applyToArticle(db, id.articleId!);
  return { status: 'imported', article: getArticleSummary(db, id.articleId!)!, notice: null };
}

function duplicateOf(db: Database, existing: number): MethodOutput<'articles.import'> {
  const article = getArticleSummary(db, existing)!;
  return {
    status: 'duplicate',
    article,
    notice: `"${article.title}" is already in the library (imported ${article.importedAt.slice(0, 10)}).`,
  };
}

export function listArticles(db: Database): MethodOutput<'articles.list'> {
  return listArticleSummaries(db);
}

export function getArticleWithStatements(
  db: Database,
  input: MethodInput<'articles.get'>,
): MethodOutput<'articles.get'> {
  const article = found(getArticle(db, input.id), 'article', input.id);
  applyIfStale(db, input.id);
  return { article, statements: compactStatements(article.body, listStatements(db, input.id)) };
}

export const articleHandlers: HandlerMap<'articles.import' | 'articles.list' | 'articles.get'> = {
  'articles.import': importArticle,
  'articles.list': (db) => listArticles(db),
  'articles.get': getArticleWithStatements,
};
