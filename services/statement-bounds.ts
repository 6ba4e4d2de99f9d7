// Statements by hand: create from a selection, adjust bounds, split, merge and delete, with exact offsets and undo.
import type { Database } from 'better-sqlite3';
import type { MethodInput } from '../core/contract';
import type { Statement } from '../core/domain';
import { ParleyError } from '../core/errors';
import { resequence } from '../db/repositories/statements';
import { snapshotStatement } from '../db/repositories/snapshots';
import { logAppliedChanges, type Change } from './edit-log';
import type { HandlerMap } from './handler-types';
import { statementOrThrow } from './statement-review';

function articleBody(db: Database, articleId: number): string {
  const body = db.prepare('SELECT body FROM articles WHERE id = ?').pluck().get(articleId) as string | undefined;
  if (body === undefined) throw new ParleyError('not_found', `There is no article with id ${articleId}.`);
  return body;
}

/** Narrows [start, end) to exclude surrounding white space; refuses ranges outside the body or with no text. */
export function trimSpan(body: string, start: number, end: number): { start: number; end: number } {
  if (start < 0 || end > body.length || start >= end) {
    throw new ParleyError('invalid_input', `The range ${start}–${end} is outside the article (length ${body.length}).`);
  }
  while (start < end && /\s/.test(body[start]!)) start++;
  while (end > start && /\s/.test(body[end - 1]!)) end--;
  if (start === end) throw new ParleyError('invalid_input', 'The selection holds no text.');
  return { start, end };
}

function assertNoOverlap(db: Database, articleId: number, start: number, end: number, except: number[]): void {
  const clash = db
    .prepare(
      `SELECT id, start, "end" FROM statements WHERE article_id = ? AND start < ? AND "end" > ?
       ${except.length ? `AND id NOT IN (${except.map(() => '?').join(',')})` : ''} ORDER BY start LIMIT 1`,
    )
    .get(articleId, end, start, ...except) as { id: number } | undefined;
  if (clash) {
    throw new ParleyError(
      'conflict',
      `That range overlaps statement ${clash.id}; adjust or split that statement instead.`,
    );
  }
}

function addAnalystField(fields: string, field: string): string {
  const list = JSON.parse(fields) as string[];
  return JSON.stringify([...new Set([...list, field])].sort());
}

/** Runs a structural edit in one transaction, logging before/after snapshots of every statement it touched. */
function structural<T>(db: Database, ids: () => number[], edit: () => T & { touched: number[] }): T {
  return db
    .transaction(() => {
      const before = new Map(ids().map((id) => [id, snapshotStatement(db, id)]));
      const result = edit();
      const all = new Set([...before.keys(), ...result.touched]);
      const changes: Change[] = [...all].map((id) => ({
        entity: 'statement',
        id,
        field: 'row',
        old: before.get(id) ?? null,
        new: snapshotStatement(db, id),
      }));
      logAppliedChanges(db, changes);
      return result;
    })
    .immediate();
}

export function createStatement(db: Database, input: MethodInput<'statements.create'>): Statement {
  const body = articleBody(db, input.articleId);
  const { start, end } = trimSpan(body, input.start, input.end);
  const { id } = structural(
    db,
    () => [],
    () => {
      assertNoOverlap(db, input.articleId, start, end, []);
      const info = db
        .prepare(
          `INSERT INTO statements (article_id, seq, start, "end", text, kind, origin, analyst_fields)
         VALUES (?, 0, ?, ?, ?, 'narration', 'analyst', '["bounds"]')`,
        )
        .run(input.articleId, start, end, body.slice(start, end));
      const newId = Number(info.lastInsertRowid);
      resequence(db, input.articleId);
      return { id: newId, touched: [newId] };
    },
  );
  return statementOrThrow(db, id);
}

export function setBounds(db: Database, input: MethodInput<'statements.setBounds'>): Statement {
  const s = statementOrThrow(db, input.id);
  const body = articleBody(db, s.articleId);
  const { start, end } = trimSpan(body, input.start, input.end);
  structural(
    db,
    () => [s.id],
    () => {
      assertNoOverlap(db, s.articleId, start, end, [s.id]);
      const fields = db.prepare('SELECT analyst_fields FROM statements WHERE id = ?').pluck().get(s.id) as string;
      db.prepare('UPDATE statements SET start = ?, "end" = ?, text = ?, analyst_fields = ? WHERE id = ?').run(
        start,
        end,
        body.slice(start, end),
        addAnalystField(fields, 'bounds'),
        s.id,
      );
      resequence(db, s.articleId);
      return { touched: [s.id] };
    },
  );
  return statementOrThrow(db, s.id);
}

export function splitStatement(db: Database, input: MethodInput<'statements.split'>): [Statement, Statement] {
  const s = statementOrThrow(db, input.id);
  if (input.at <= s.start || input.at >= s.end) {
    throw new ParleyError(
      'invalid_input',
      `Split point ${input.at} is not inside statement ${s.id} (${s.start}–${s.end}).`,
    );
  }
  const body = articleBody(db, s.articleId);
  const first = trimSpan(body, s.start, input.at);
  const second = trimSpan(body, input.at, s.end);
  const { secondId } = structural(
    db,
    () => [s.id],
    () => {
      const fields = addAnalystField(
        db.prepare('SELECT analyst_fields FROM statements WHERE id = ?').pluck().get(s.id) as string,
        'bounds',
      );
      db.prepare('UPDATE statements SET start = ?, "end" = ?, text = ?, analyst_fields = ? WHERE id = ?').run(
        first.start,
        first.end,
        body.slice(first.start, first.end),
        fields,
        s.id,
      );
      const info = db
        .prepare(
          `INSERT INTO statements (article_id, seq, start, "end", text, kind, speaker, actor, claim_type, claims, origin,
           analyst_fields, reviewed, starred)
         SELECT article_id, seq, ?, ?, ?, kind, speaker, actor, claim_type, '[]', 'analyst', ?, reviewed, 0
         FROM statements WHERE id = ?`,
        )
        .run(second.start, second.end, body.slice(second.start, second.end), fields, s.id);
      const newId = Number(info.lastInsertRowid);
      db.prepare(
        `INSERT INTO stances (statement_id, target_id, label, confidence, cues, origin, note)
       SELECT ?, target_id, label, confidence, cues, origin, note FROM stances WHERE statement_id = ?`,
      ).run(newId, s.id);
      db.prepare(
        'INSERT INTO statement_tags (statement_id, tag_id) SELECT ?, tag_id FROM statement_tags WHERE statement_id = ?',
      ).run(newId, s.id);
      resequence(db, s.articleId);
      return { secondId: newId, touched: [newId] };
    },
  );
  return [statementOrThrow(db, s.id), statementOrThrow(db, secondId)];
}

export function mergeStatements(db: Database, input: MethodInput<'statements.merge'>): Statement {
  const a = statementOrThrow(db, input.id);
  const b = statementOrThrow(db, input.nextId);
  if (a.articleId !== b.articleId || b.start < a.end) {
    throw new ParleyError('invalid_input', `Statement ${b.id} must come after statement ${a.id} in the same article.`);
  }
  const between = db
    .prepare('SELECT count(*) FROM statements WHERE article_id = ? AND start >= ? AND start < ? AND id NOT IN (?, ?)')
    .pluck()
    .get(a.articleId, a.end, b.start, a.id, b.id) as number;
  if (between > 0) throw new ParleyError('invalid_input', `Statements ${a.id} and ${b.id} are not neighbours.`);
  const body = articleBody(db, a.articleId);
  structural(
    db,
    () => [a.id, b.id],
    () => {
      const fields = addAnalystField(
        db.prepare('SELECT analyst_fields FROM statements WHERE id = ?').pluck().get(a.id) as string,
        'bounds',
      );
      db.prepare('UPDATE statements SET "end" = ?, text = ?, analyst_fields = ? WHERE id = ?').run(
        b.end,
        body.slice(a.start, b.end),
        fields,
        a.id,
      );
      db.prepare(
        `INSERT OR IGNORE INTO stances (statement_id, target_id, label, confidence, cues, origin, note)
       SELECT ?, target_id, label, confidence, cues, origin, note FROM stances WHERE statement_id = ?`,
      ).run(a.id, b.id);
      db.prepare(
        'INSERT OR IGNORE INTO statement_tags (statement_id, tag_id) SELECT ?, tag_id FROM statement_tags WHERE statement_id = ?',
      ).run(a.id, b.id);
      if (b.note) {
        const note = a.note ? `${a.note}\n\n${b.note}` : b.note;
        db.prepare('DELETE FROM notes WHERE statement_id = ?').run(a.id);
        db.prepare('INSERT INTO notes (statement_id, body) VALUES (?, ?)').run(a.id, note);
      }
      db.prepare('DELETE FROM statements WHERE id = ?').run(b.id);
      resequence(db, a.articleId);
      return { touched: [] };
    },
  );
  return statementOrThrow(db, a.id);
}

export function deleteStatement(
  db: Database,
  input: MethodInput<'statements.delete'>,
): { id: number; articleId: number } {
  const s = statementOrThrow(db, input.id);
  structural(
    db,
    () => [s.id],
    () => {
      db.prepare('DELETE FROM statements WHERE id = ?').run(s.id);
      resequence(db, s.articleId);
      return { touched: [] };
    },
  );
  return { id: s.id, articleId: s.articleId };
}

export const statementBoundsHandlers: HandlerMap<
  'statements.create' | 'statements.setBounds' | 'statements.split' | 'statements.merge' | 'statements.delete'
> = {
  'statements.create': createStatement,
  'statements.setBounds': setBounds,
  'statements.split': splitStatement,
  'statements.merge': mergeStatements,
  'statements.delete': deleteStatement,
};
