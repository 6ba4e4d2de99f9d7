// Editing an article's title, outlet, date and URL after import (normalised like an import, logged for undo), and
// its source grading.
import type { Database } from 'better-sqlite3';
import type { MethodInput, MethodOutput } from '../core/contract';
import { found, ParleyError } from '../core/errors';
import { normaliseDate } from '../core/import/normalise-date';
import { outletName } from '../core/import/outlet-name';
import { getArticleSummary, setArticleGrading } from '../db/repositories/articles';
import { commitChanges, type Change } from './edit-log';
import type { HandlerMap } from './handler-types';

export function updateArticleMeta(
  db: Database,
  input: MethodInput<'articles.updateMeta'>,
): MethodOutput<'articles.updateMeta'> {
  const before = found(getArticleSummary(db, input.id), 'article', input.id);
  const id = before.id;
  const changes: Change[] = [];
  const put = (
    field: 'title' | 'source' | 'published' | 'published_raw' | 'url',
    old: string | null,
    v: string | null,
  ) => changes.push({ entity: 'article', id, field, old, new: v });
  if (input.title !== undefined) {
    put('title', before.title, input.title);
    changes.push({ entity: 'article', id, field: 'title_missing', old: before.titleMissing, new: false });
  }
  if (input.source !== undefined) put('source', before.source, outletName(input.source) ?? null);
  if (input.url !== undefined) put('url', before.url, input.url || null);
  if (input.published !== undefined) {
    const date = normaliseDate(input.published);
    if (input.published && date.date === null) {
      throw new ParleyError(
        'invalid_input',
        `"${input.published}" is not a date Parley can read; try 14 March 2025 or 2025-03-14.`,
      );
    }
    put('published', before.published, date.date);
    put('published_raw', before.publishedRaw, null);
  }
  commitChanges(db, changes);
  return getArticleSummary(db, id)!;
}

export function setGrading(
  db: Database,
  input: MethodInput<'articles.setGrading'>,
): MethodOutput<'articles.setGrading'> {
  if (!setArticleGrading(db, input.id, input.reliability, input.credibility))
    throw new ParleyError('not_found', `There is no article with id ${input.id}.`);
  return { id: input.id, reliability: input.reliability, credibility: input.credibility };
}

export const articleMetadataHandlers: HandlerMap<'articles.updateMeta' | 'articles.setGrading'> = {
  'articles.updateMeta': updateArticleMeta,
  'articles.setGrading': setGrading,
};
