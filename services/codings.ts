// Span coding: apply codes to any span of an article, edit a coding's memo, delete, auto-code search hits; all undoable.
import type { Database } from 'better-sqlite3';
import type { MethodInput, MethodOutput } from '../core/contract';
import { found, foundBy, ParleyError } from '../core/errors';
import type { Coding, CodingField } from '../core/qda/types';
import { toFtsQuery } from '../core/search/fts-query';
import {
  articleFieldLength,
  getCoding,
  hasSpanCoding,
  listCodings,
  nextCodingId,
  snapshotCoding,
  statementSpan,
  type CodingSnapshot,
} from '../db/repositories/codings';
import { searchStatements } from '../db/repositories/search';
import { getTag } from '../db/repositories/tags';
import { coderName } from './coder';
import { commitChanges, type Change } from './edit-log';
import type { HandlerMap } from './handler-types';

const now = () => new Date().toISOString();

function fieldLength(db: Database, articleId: number, field: CodingField): number {
  return found(articleFieldLength(db, articleId, field), 'article', articleId);
}

function tagOrThrow(db: Database, id: number): void {
  if (!getTag(db, id)) throw new ParleyError('not_found', `There is no code with id ${id}.`);
}

const codingOrThrow = foundBy(getCoding, 'coding');

/** New span codings as one undoable group; returns the ids they were given. */
export function addCodings(db: Database, rows: Omit<CodingSnapshot, 'coder' | 'created_at'>[]): number[] {
  return db
    .transaction(() => {
      const coder = coderName(db);
      const at = now();
      let id = nextCodingId(db);
      const changes: Change[] = rows.map((r) => ({
        entity: 'coding',
        id: id++,
        field: 'row',
        old: null,
        new: { ...r, coder, created_at: at },
      }));
      commitChanges(db, changes);
      return changes.map((c) => c.id as number);
    })
    .immediate();
}

export function createCodings(db: Database, input: MethodInput<'codings.create'>): Coding[] {
  const field = input.field ?? 'body';
  const len = fieldLength(db, input.articleId, field);
  if (input.end <= input.start || input.end > len) {
    throw new ParleyError(
      'invalid_input',
      `The span ${input.start}–${input.end} is not inside the article's ${field} (0–${len}).`,
    );
  }
  const tagIds = [...new Set(input.tagIds)];
  for (const t of tagIds) tagOrThrow(db, t);
  const memo = input.memo?.trim() ? input.memo : null;
  const ids = addCodings(
    db,
    tagIds.map((t) => ({ article_id: input.articleId, tag_id: t, start: input.start, end: input.end, field, memo })),
  );
  return ids.map((id) => codingOrThrow(db, id));
}

export function updateCoding(db: Database, input: MethodInput<'codings.update'>): Coding {
  codingOrThrow(db, input.id);
  const old = snapshotCoding(db, input.id)!;
  const memo = input.memo?.trim() ? input.memo : null;
  commitChanges(db, [{ entity: 'coding', id: input.id, field: 'row', old, new: { ...old, memo } }]);
  return codingOrThrow(db, input.id);
}

export function deleteCoding(db: Database, input: MethodInput<'codings.delete'>): { deleted: number } {
  codingOrThrow(db, input.id);
  commitChanges(db, [{ entity: 'coding', id: input.id, field: 'row', old: snapshotCoding(db, input.id), new: null }]);
  return { deleted: 1 };
}

/** Where the query's words occur in a statement's text: the whole phrase if present, else each word. */
export function matchSpans(text: string, query: string): [number, number][] {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const words = query.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return [];
  const find = (pattern: string) =>
    [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${pattern}`, 'giu'))].map(
      (m) => [m.index, m.index + m[0].length] as [number, number],
    );
  const phrase = find(words.map(escape).join('[^\\p{L}\\p{N}]+'));
  if (phrase.length > 0) return phrase;
  return words.flatMap((w) => find(`${escape(w)}[\\p{L}\\p{N}]*`)).sort((a, b) => a[0] - b[0]);
}

/** Codes every statement the search finds (or the words it matched) as one undoable action. */
export function autoCode(db: Database, input: MethodInput<'codings.autoCode'>): MethodOutput<'codings.autoCode'> {
  tagOrThrow(db, input.tagId);
  const fts = toFtsQuery(input.query);
  if (fts === null) throw new ParleyError('invalid_input', 'Give words to search for.');
  const hits = searchStatements(db, fts, input.filters ?? {}, 1_000_000);
  const rows: Omit<CodingSnapshot, 'coder' | 'created_at'>[] = [];
  for (const h of hits) {
    const s = statementSpan(db, h.statement_id);
    if (!s) continue;
    const spans: [number, number][] =
      input.span === 'statement'
        ? [[s.start, s.end]]
        : matchSpans(s.text, input.query).map(([a, b]) => [s.start + a, s.start + b]);
    for (const [start, end] of spans) {
      if (hasSpanCoding(db, s.article_id, input.tagId, start, end)) continue;
      rows.push({ article_id: s.article_id, tag_id: input.tagId, start, end, memo: null });
    }
  }
  if (rows.length > 0) addCodings(db, rows);
  return { created: rows.length, articles: new Set(rows.map((r) => r.article_id)).size };
}

export const codingHandlers: HandlerMap<
  'codings.list' | 'codings.create' | 'codings.update' | 'codings.delete' | 'codings.autoCode'
> = {
  'codings.list': (db, input) => {
    fieldLength(db, input.articleId, 'body');
    return listCodings(db, [input.articleId]);
  },
  'codings.create': createCodings,
  'codings.update': updateCoding,
  'codings.delete': deleteCoding,
  'codings.autoCode': autoCode,
};
