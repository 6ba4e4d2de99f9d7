// Each coder's stance decisions: recorded when an analyst sets, confirms or removes a stance, undone and redone with
// the edit, kept through a statement's deletion and undo, and never made by the engine.
import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { getStanceCoding, putStanceCoding, stanceCodingPoints } from '../../../db/repositories/stance-codings';
import { importText, ok } from '../../support/calls';
import { memoryDb } from '../../support/db';

const TEXT =
  'Talks in Islamabad\n\nPakistan said it opposed the Indian dam. “We reject the project,” the minister said. Trade was not discussed.';

/** Every coder's decisions as (statement, target, coder, label), in a stable order. */
const rows = (db: Database) =>
  db.prepare('SELECT statement_id AS s, target_id AS t, coder, label FROM stance_codings ORDER BY 1, 2, 3').all() as {
    s: number;
    t: string;
    coder: string;
    label: string;
  }[];

async function library() {
  const db = memoryDb();
  const { article, statements } = await importText(db, TEXT);
  // The engine finds Pakistan against India in the first statement; that is nobody's decision.
  expect(statements[0]!.stances).toContainEqual(expect.objectContaining({ target: 'india', origin: 'auto' }));
  return { db, article, first: statements[0]!, second: statements[1]! };
}

describe('stance codings', () => {
  it('never records the engine’s stances, on import or re-extraction', async () => {
    const { db } = await library();
    expect(rows(db)).toEqual([]);
    await ok(db, 'articles.reextract', {});
    expect(rows(db)).toEqual([]);
  });

  it('records each coder’s set, confirm and remove, one decision per coder and unit', async () => {
    const { db, article, first, second } = await library();
    await ok(db, 'coder.set', { name: 'Ayesha' });
    await ok(db, 'stances.accept', { statementId: first.id });
    await ok(db, 'stances.set', { statementId: second.id, target: 'india', label: 'favor' });
    await ok(db, 'coder.set', { name: 'Bilal' });
    // Confirming a stance another analyst already decided is Bilal's decision too.
    await ok(db, 'stances.accept', { statementId: first.id, target: 'india' });
    await ok(db, 'stances.set', { statementId: second.id, target: 'india', label: null });
    expect(rows(db)).toEqual([
      { s: first.id, t: 'india', coder: 'Ayesha', label: 'against' },
      { s: first.id, t: 'india', coder: 'Bilal', label: 'against' },
      { s: second.id, t: 'india', coder: 'Ayesha', label: 'favor' },
      { s: second.id, t: 'india', coder: 'Bilal', label: 'none' },
    ]);
    // A coder changing their mind replaces their own decision and leaves the other's.
    await ok(db, 'stances.set', { statementId: second.id, target: 'india', label: 'concern' });
    expect(getStanceCoding(db, second.id, 'india', 'Bilal')).toMatchObject({ label: 'concern' });
    expect(getStanceCoding(db, second.id, 'india', 'Ayesha')).toMatchObject({ label: 'favor' });
    expect(getStanceCoding(db, second.id, 'us', 'Ayesha')).toBeNull();
    const points = stanceCodingPoints(db, ['Ayesha', 'Bilal'], [article.id]);
    expect(points).toHaveLength(4);
    expect(points[0]).toEqual({
      statementId: first.id,
      articleId: article.id,
      targetId: 'india',
      coder: 'Ayesha',
      label: 'against',
      text: first.text,
    });
    expect(stanceCodingPoints(db, ['Ayesha', 'Nobody'], [article.id + 1])).toEqual([]);
    expect(stanceCodingPoints(db, ['Ayesha', 'Nobody'])).toHaveLength(2);
  });

  it('logs nothing when a coder confirms the decision they already made', async () => {
    const { db, first } = await library();
    await ok(db, 'coder.set', { name: 'Ayesha' });
    await ok(db, 'stances.set', { statementId: first.id, target: 'india', label: 'concern' });
    const made = getStanceCoding(db, first.id, 'india', 'Ayesha');
    const before = await ok(db, 'edits.status', {});
    await ok(db, 'stances.accept', { statementId: first.id, target: 'india' });
    expect(await ok(db, 'edits.status', {})).toEqual(before);
    expect(getStanceCoding(db, first.id, 'india', 'Ayesha')).toEqual(made);
    // Bilal confirming it is his decision, logged as one edit.
    await ok(db, 'coder.set', { name: 'Bilal' });
    await ok(db, 'stances.accept', { statementId: first.id, target: 'india' });
    expect((await ok(db, 'edits.status', {})).undoable).toBe(before.undoable + 1);
    expect(getStanceCoding(db, first.id, 'india', 'Bilal')).toMatchObject({ label: 'concern' });
  });

  it('undoes and redoes a coder’s decision with the stance edit', async () => {
    const { db, second } = await library();
    await ok(db, 'coder.set', { name: 'Ayesha' });
    await ok(db, 'stances.set', { statementId: second.id, target: 'india', label: 'favor' });
    await ok(db, 'coder.set', { name: 'Bilal' });
    await ok(db, 'stances.set', { statementId: second.id, target: 'india', label: 'against' });
    await ok(db, 'stances.set', { statementId: second.id, target: 'india', label: null });
    const label = (coder: string) => getStanceCoding(db, second.id, 'india', coder)?.label ?? null;
    expect([label('Ayesha'), label('Bilal')]).toEqual(['favor', 'none']);
    await ok(db, 'edits.undo', {});
    expect([label('Ayesha'), label('Bilal')]).toEqual(['favor', 'against']);
    await ok(db, 'edits.undo', {});
    expect([label('Ayesha'), label('Bilal')]).toEqual(['favor', null]);
    await ok(db, 'edits.redo', {});
    expect([label('Ayesha'), label('Bilal')]).toEqual(['favor', 'against']);
    // Undo is the analyst's, not the coder's: it undoes Ayesha's edit even while Bilal is in settings.
    await ok(db, 'edits.undo', {});
    await ok(db, 'edits.undo', {});
    expect([label('Ayesha'), label('Bilal')]).toEqual([null, null]);
    await ok(db, 'edits.redo', {});
    expect([label('Ayesha'), label('Bilal')]).toEqual(['favor', null]);
  });

  it('brings the decisions back when a deleted statement is restored by undo', async () => {
    const { db, second } = await library();
    await ok(db, 'coder.set', { name: 'Ayesha' });
    await ok(db, 'stances.set', { statementId: second.id, target: 'india', label: 'neutral' });
    await ok(db, 'statements.delete', { id: second.id });
    expect(rows(db)).toEqual([]);
    await ok(db, 'edits.undo', {});
    expect(rows(db)).toEqual([{ s: second.id, t: 'india', coder: 'Ayesha', label: 'neutral' }]);
    // A decision logged for a statement since deleted has nowhere to go.
    await ok(db, 'statements.delete', { id: second.id });
    putStanceCoding(db, second.id, 'india', 'Ayesha', { label: 'favor', at: new Date().toISOString() });
    expect(rows(db)).toEqual([]);
  });

  it('carries the decisions to both halves of a split', async () => {
    const { db, second } = await library();
    await ok(db, 'coder.set', { name: 'Ayesha' });
    await ok(db, 'stances.set', { statementId: second.id, target: 'india', label: 'against' });
    const at = second.start + second.text.indexOf(' the minister');
    const [a, b] = await ok(db, 'statements.split', { id: second.id, at });
    expect(rows(db)).toEqual([
      { s: a.id, t: 'india', coder: 'Ayesha', label: 'against' },
      { s: b.id, t: 'india', coder: 'Ayesha', label: 'against' },
    ]);
  });
});
