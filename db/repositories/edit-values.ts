// The single-field writes the edits log applies and replays: a statement's field, a stance, a tag on, a note, article metadata.
import type { Database } from 'better-sqlite3';

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

/** Statement fields an edit sets by name; the column name comes from this list only, never from the caller. */
const TEXT_FIELDS = ['speaker', 'actor', 'kind'] as const;
const FLAG_FIELDS = ['reviewed', 'starred'] as const;
/** Article metadata the analyst can edit after import (column names). */
export const ARTICLE_FIELDS = ['title', 'source', 'published', 'published_raw', 'url'] as const;

export type StatementTextField = (typeof TEXT_FIELDS)[number];
export type StatementFlagField = (typeof FLAG_FIELDS)[number];
export type ArticleField = (typeof ARTICLE_FIELDS)[number];

export const isStatementTextField = (f: string): f is StatementTextField =>
  (TEXT_FIELDS as readonly string[]).includes(f);
export const isStatementFlagField = (f: string): f is StatementFlagField =>
  (FLAG_FIELDS as readonly string[]).includes(f);
export const isArticleField = (f: string): f is ArticleField => (ARTICLE_FIELDS as readonly string[]).includes(f);

export function setStatementText(db: Database, id: number, field: StatementTextField, value: string | null): void {
  db.prepare(`UPDATE statements SET ${field} = ?, updated_at = ${NOW} WHERE id = ?`).run(value, id);
}

export function setStatementFlag(db: Database, id: number, field: StatementFlagField, on: boolean): void {
  db.prepare(`UPDATE statements SET ${field} = ? WHERE id = ?`).run(on ? 1 : 0, id);
}

export function setAnalystFields(db: Database, id: number, fields: string[]): void {
  db.prepare('UPDATE statements SET analyst_fields = ? WHERE id = ?').run(JSON.stringify(fields), id);
}

/** The article a statement belongs to, or null once it is gone. */
export function articleOfStatement(db: Database, id: number): number | null {
  return (db.prepare('SELECT article_id FROM statements WHERE id = ?').pluck().get(id) as number | undefined) ?? null;
}

export interface StanceRow {
  label: string;
  confidence: number;
  cues: string[];
  origin: 'auto' | 'analyst';
  note: string | null;
}

/** Replaces a statement's stance on one target; null removes it. */
export function putStance(db: Database, statementId: number, targetId: string, stance: StanceRow | null): void {
  db.prepare('DELETE FROM stances WHERE statement_id = ? AND target_id = ?').run(statementId, targetId);
  if (!stance) return;
  db.prepare(
    'INSERT INTO stances (statement_id, target_id, label, confidence, cues, origin, note) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(
    statementId,
    targetId,
    stance.label,
    stance.confidence,
    JSON.stringify(stance.cues),
    stance.origin,
    stance.note,
  );
}

/** Puts a tag on a statement (by the current coder) or takes it off. */
export function setStatementTag(db: Database, statementId: number, tagId: number, on: boolean): void {
  if (on) {
    db.prepare(
      `INSERT OR IGNORE INTO statement_tags (statement_id, tag_id, coder)
       VALUES (?, ?, coalesce((SELECT value FROM settings WHERE key = 'coder.name'), ''))`,
    ).run(statementId, tagId);
  } else {
    db.prepare('DELETE FROM statement_tags WHERE statement_id = ? AND tag_id = ?').run(statementId, tagId);
  }
}

/** Replaces a statement's note; null or "" removes it. */
export function putNote(db: Database, statementId: number, body: string | null): void {
  db.prepare('DELETE FROM notes WHERE statement_id = ?').run(statementId);
  if (body) db.prepare('INSERT INTO notes (statement_id, body) VALUES (?, ?)').run(statementId, body);
}

export function setArticleField(db: Database, id: number, field: ArticleField, value: string | null): void {
  db.prepare(`UPDATE articles SET ${field} = ? WHERE id = ?`).run(value, id);
}

export function setTitleMissing(db: Database, id: number, missing: boolean): void {
  db.prepare('UPDATE articles SET title_missing = ? WHERE id = ?').run(missing ? 1 : 0, id);
}
