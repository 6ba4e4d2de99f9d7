// Statements by hand: create from a selection, adjust bounds, split, merge and delete, with exact offsets and undo.
import type { Database } from 'better-sqlite3';
import type { MethodInput } from '../core/contract';
import type { Statement } from '../core/domain';
import { foundBy, ParleyError } from '../core/errors';
import { resequence } from '../db/repositories/statements';
import { snapshotStatement } from '../db/repositories/snapshots';
import {
  absorbStatement,
  analystFieldsOf,
  articleBodyOf,
  deleteStatementRow,
  insertAnalystStatement,
  insertSplitHalf,
  overlappingStatement,
  setStatementSpan,
  statementsStartingBetween,
} from '../db/repositories/statement-spans';
import { logAppliedChanges, type Change } from './edit-log';
import type { HandlerMap } from './handler-types';
import { statementOrThrow } from './statement-review';

const articleBody = foundBy(articleBodyOf, 'article');

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
  const clash = overlappingStatement(db, articleId, start, end, except);
  if (clash !== undefined) {
    throw new ParleyError(
      'conflict',
      `That range overlaps statement ${clash}; adjust or split that statement instead.`,
    );
  }
}

/** The statement's hand-set fields with `bounds` added. */
function withBounds(db: Database, id: number): string[] {
  return [...new Set([...analystFieldsOf(db, id), 'bounds'])].sort();
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
      const newId = insertAnalystStatement(db, input.articleId, start, end, body.slice(start, end));
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
      setStatementSpan(db, s.id, { start, end, text: body.slice(start, end) }, withBounds(db, s.id));
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
      const fields = withBounds(db, s.id);
      setStatementSpan(db, s.id, { ...first, text: body.slice(first.start, first.end) }, fields);
      const newId = insertSplitHalf(db, s.id, { ...second, text: body.slice(second.start, second.end) }, fields);
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
  const between = statementsStartingBetween(db, a.articleId, a.end, b.start, a.id, b.id);
  if (between > 0) throw new ParleyError('invalid_input', `Statements ${a.id} and ${b.id} are not neighbours.`);
  const body = articleBody(db, a.articleId);
  structural(
    db,
    () => [a.id, b.id],
    () => {
      setStatementSpan(
        db,
        a.id,
        { start: a.start, end: b.end, text: body.slice(a.start, b.end) },
        withBounds(db, a.id),
      );
      const note = b.note ? (a.note ? `${a.note}\n\n${b.note}` : b.note) : null;
      absorbStatement(db, a.id, b.id, note);
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
      deleteStatementRow(db, s.id);
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
