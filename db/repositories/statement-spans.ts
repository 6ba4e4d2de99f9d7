// Statements made, moved, split, merged and deleted by hand: the SQL of services/statement-bounds.ts.
import type { Database } from 'better-sqlite3';

export function articleBodyOf(db: Database, articleId: number): string | undefined {
  return db.prepare('SELECT body FROM articles WHERE id = ?').pluck().get(articleId) as string | undefined;
}

/** The first statement of the article overlapping [start, end), other than those in `except`. */
export function overlappingStatement(
  db: Database,
  articleId: number,
  start: number,
  end: number,
  except: number[],
): number | undefined {
  const others = except.length ? `AND id NOT IN (${except.map(() => '?').join(',')})` : '';
  return db
    .prepare(
      `SELECT id FROM statements WHERE article_id = ? AND start < ? AND "end" > ? ${others} ORDER BY start LIMIT 1`,
    )
    .pluck()
    .get(articleId, end, start, ...except) as number | undefined;
}

/** How many statements other than `a` and `b` start in [from, to). */
export function statementsStartingBetween(
  db: Database,
  articleId: number,
  from: number,
  to: number,
  a: number,
  b: number,
): number {
  return db
    .prepare('SELECT count(*) FROM statements WHERE article_id = ? AND start >= ? AND start < ? AND id NOT IN (?, ?)')
    .pluck()
    .get(articleId, from, to, a, b) as number;
}

/** The fields the analyst has set by hand on a statement. */
export function analystFieldsOf(db: Database, id: number): string[] {
  return JSON.parse(db.prepare('SELECT analyst_fields FROM statements WHERE id = ?').pluck().get(id) as string);
}

/** A narration statement the analyst drew over [start, end); its seq is set by the next resequence. */
export function insertAnalystStatement(db: Database, articleId: number, start: number, end: number, text: string) {
  const info = db
    .prepare(
      `INSERT INTO statements (article_id, seq, start, "end", text, kind, origin, analyst_fields)
       VALUES (?, 0, ?, ?, ?, 'narration', 'analyst', '["bounds"]')`,
    )
    .run(articleId, start, end, text);
  return Number(info.lastInsertRowid);
}

export function setStatementSpan(
  db: Database,
  id: number,
  span: { start: number; end: number; text: string },
  analystFields: string[],
): void {
  db.prepare('UPDATE statements SET start = ?, "end" = ?, text = ?, analyst_fields = ? WHERE id = ?').run(
    span.start,
    span.end,
    span.text,
    JSON.stringify(analystFields),
    id,
  );
}

/** The second half of a split: a copy of `fromId` over the new span, with its stances (and coders'), tags (not its claims or star). */
export function insertSplitHalf(
  db: Database,
  fromId: number,
  span: { start: number; end: number; text: string },
  analystFields: string[],
): number {
  const info = db
    .prepare(
      `INSERT INTO statements (article_id, seq, start, "end", text, kind, speaker, actor, claim_type, claims, origin,
         analyst_fields, reviewed, starred)
       SELECT article_id, seq, ?, ?, ?, kind, speaker, actor, claim_type, '[]', 'analyst', ?, reviewed, 0
       FROM statements WHERE id = ?`,
    )
    .run(span.start, span.end, span.text, JSON.stringify(analystFields), fromId);
  const newId = Number(info.lastInsertRowid);
  db.prepare(
    `INSERT INTO stances (statement_id, target_id, label, confidence, cues, origin, note)
     SELECT ?, target_id, label, confidence, cues, origin, note FROM stances WHERE statement_id = ?`,
  ).run(newId, fromId);
  db.prepare(
    `INSERT INTO stance_codings (statement_id, target_id, coder, label, created_at)
     SELECT ?, target_id, coder, label, created_at FROM stance_codings WHERE statement_id = ?`,
  ).run(newId, fromId);
  db.prepare(
    'INSERT INTO statement_tags (statement_id, tag_id) SELECT ?, tag_id FROM statement_tags WHERE statement_id = ?',
  ).run(newId, fromId);
  return newId;
}

/** Gives `keepId` the stances (and coders'), tags of `dropId` it lacks and, when given, a new note; then deletes `dropId`. */
export function absorbStatement(db: Database, keepId: number, dropId: number, note: string | null): void {
  db.prepare(
    `INSERT OR IGNORE INTO stances (statement_id, target_id, label, confidence, cues, origin, note)
     SELECT ?, target_id, label, confidence, cues, origin, note FROM stances WHERE statement_id = ?`,
  ).run(keepId, dropId);
  db.prepare(
    `INSERT OR IGNORE INTO stance_codings (statement_id, target_id, coder, label, created_at)
     SELECT ?, target_id, coder, label, created_at FROM stance_codings WHERE statement_id = ?`,
  ).run(keepId, dropId);
  db.prepare(
    'INSERT OR IGNORE INTO statement_tags (statement_id, tag_id) SELECT ?, tag_id FROM statement_tags WHERE statement_id = ?',
  ).run(keepId, dropId);
  if (note !== null) {
    db.prepare('DELETE FROM notes WHERE statement_id = ?').run(keepId);
    db.prepare('INSERT INTO notes (statement_id, body) VALUES (?, ?)').run(keepId, note);
  }
  deleteStatementRow(db, dropId);
}

export function deleteStatementRow(db: Database, id: number): void {
  db.prepare('DELETE FROM statements WHERE id = ?').run(id);
}
