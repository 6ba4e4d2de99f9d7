// The matrix for a scope, from the database: articles, date range, tags with their children, confirmed-only, actors.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { cellOf } from '../../../core/compare/matrix';
import { explainMatrix } from '../../../db/repositories/compare';
import { compareMatrix } from '../../../services/compare';
import { memoryDb } from '../../support/db';
import { addArticle, addStatement, addTag, tagStatement } from './seed';

let db: Database;
let march: number;
let april: number;
let undated: number;
let security: number;
let terrorism: number;
const ids: Record<string, number> = {};

beforeEach(() => {
  db = memoryDb();
  march = addArticle(db, { title: 'March talks', published: '2021-03-10' });
  april = addArticle(db, { title: 'April talks', published: '2021-04-07T10:00:00Z' });
  undated = addArticle(db, { title: 'Undated', published: 'last Tuesday' });
  security = addTag(db, 'Security');
  terrorism = addTag(db, 'Terrorism', security);
  ids.pkAfg = addStatement(db, march, { actor: 'pakistan' }, [['afghanistan', 'favor', 0.9, 'analyst']]);
  ids.pkIndia = addStatement(db, march, { actor: 'pakistan' }, [
    ['india', 'against', 0.7],
    ['kashmir', 'concern', 0.7],
  ]);
  ids.ruAfg = addStatement(db, april, { actor: 'russia' }, [['afghanistan', 'concern', 0.6]]);
  ids.ruUs = addStatement(db, april, { actor: 'russia' }, [['us', 'against', 0.8, 'analyst']]);
  ids.narration = addStatement(db, april, { actor: null, kind: 'narration' }, [['india', 'neutral', 0.5]]);
  ids.pkLate = addStatement(db, undated, { actor: 'pakistan' }, [['afghanistan', 'favor', 0.5]]);
  tagStatement(db, ids.ruAfg, terrorism);
  tagStatement(db, ids.pkAfg, security);
});

const counts = (m: ReturnType<typeof compareMatrix>) =>
  Object.fromEntries(m.cells.map((c) => [`${c.actor}/${c.target}`, [c.favor, c.against, c.concern, c.neutral]]));

describe('compare.matrix from the database', () => {
  it('counts only statements with an actor; narration without one takes no side', () => {
    const m = compareMatrix(db, {});
    expect(m.actors.map((a) => a.id)).toEqual(['pakistan', 'russia']);
    expect(counts(m)).toEqual({
      'pakistan/afghanistan': [2, 0, 0, 0],
      'pakistan/india': [0, 1, 0, 0],
      'pakistan/kashmir': [0, 0, 1, 0],
      'russia/afghanistan': [0, 0, 1, 0],
      'russia/us': [0, 1, 0, 0],
    });
    expect(cellOf(m, 'pakistan', 'afghanistan')!.statements).toEqual([ids.pkAfg, ids.pkLate]);
    expect(m.targets.slice(0, 3).map((t) => t.label)).toEqual(['Afghanistan', 'United States', 'India']);
    expect(m.targets.find((t) => t.id === 'kashmir')!.label).toBe('Kashmir');
  });

  it('gives the same counts from the running totals as from the stances themselves', () => {
    const fromTotals = compareMatrix(db, { statementIds: false });
    const fromStances = compareMatrix(db, { statementIds: true });
    expect(fromTotals.cells).toEqual(fromStances.cells.map(({ statements: _ids, ...c }) => c));
    expect(compareMatrix(db, { statementIds: false, confirmedOnly: true }).cells).toEqual(
      compareMatrix(db, { confirmedOnly: true }).cells.map(({ statements: _ids, ...c }) => c),
    );
  });

  it('confirmed-only counts the analyst-set stances alone', () => {
    const m = compareMatrix(db, { confirmedOnly: true });
    expect(counts(m)).toEqual({ 'pakistan/afghanistan': [1, 0, 0, 0], 'russia/us': [0, 1, 0, 0] });
    expect(cellOf(m, 'pakistan', 'afghanistan')!.statements).toEqual([ids.pkAfg]);
  });

  it('scopes to one article or a selection; an empty selection is empty', () => {
    expect(Object.keys(counts(compareMatrix(db, { scope: { articleIds: [april] } })))).toEqual([
      'russia/afghanistan',
      'russia/us',
    ]);
    expect(Object.keys(counts(compareMatrix(db, { scope: { articleIds: [march, undated] } })))).toEqual([
      'pakistan/afghanistan',
      'pakistan/india',
      'pakistan/kashmir',
    ]);
    expect(compareMatrix(db, { scope: { articleIds: [] } }).cells).toEqual([]);
  });

  it('scopes to a date range, inclusive at both ends, leaving out articles without an ISO date', () => {
    const march10 = compareMatrix(db, { scope: { from: '2021-03-10', to: '2021-03-10' } });
    expect(march10.actors.map((a) => a.id)).toEqual(['pakistan']);
    expect(cellOf(march10, 'pakistan', 'afghanistan')!.n).toBe(1); // not the undated article's statement
    const april7 = compareMatrix(db, { scope: { from: '2021-04-07' } });
    expect(april7.actors.map((a) => a.id)).toEqual(['russia']);
    expect(compareMatrix(db, { scope: { to: '2021-04-06' } }).actors.map((a) => a.id)).toEqual(['pakistan']);
  });

  it('scopes to a tag and its children', () => {
    expect(Object.keys(counts(compareMatrix(db, { scope: { tagIds: [terrorism] } })))).toEqual(['russia/afghanistan']);
    expect(Object.keys(counts(compareMatrix(db, { scope: { tagIds: [security] } })))).toEqual([
      'pakistan/afghanistan',
      'russia/afghanistan',
    ]);
  });

  it('combines scope parts with AND', () => {
    const m = compareMatrix(db, { scope: { articleIds: [march, april], tagIds: [security], to: '2021-03-31' } });
    expect(Object.keys(counts(m))).toEqual(['pakistan/afghanistan']);
  });

  it('restricts to given actors, picking each cell’s strongest statement', () => {
    db.prepare('UPDATE stances SET confidence = 0.95 WHERE statement_id = ?').run(ids.pkLate);
    const m = compareMatrix(db, { actors: ['pakistan'], withStrongest: true, statementIds: false });
    expect(m.actors.map((a) => a.id)).toEqual(['pakistan']);
    // The analyst's stance (0.9) outranks the engine's higher-confidence one (0.95).
    expect(cellOf(m, 'pakistan', 'afghanistan')!.strongest).toEqual({
      statementId: ids.pkAfg,
      label: 'favor',
      confidence: 0.9,
      confirmed: true,
    });
    db.prepare("UPDATE stances SET origin = 'auto' WHERE statement_id = ?").run(ids.pkAfg);
    expect(
      cellOf(compareMatrix(db, { actors: ['pakistan'], withStrongest: true }), 'pakistan', 'afghanistan')!.strongest!
        .statementId,
    ).toBe(ids.pkLate);
  });
});

describe('query plans', () => {
  it('reads the running totals for the whole library, not the stances', () => {
    const plan = explainMatrix(db, {}, { confirmedOnly: false, withStatementIds: false });
    expect(plan.join('\n')).toMatch(/stance_totals/);
    expect(plan.join('\n')).not.toMatch(/\bstances\b/);
  });

  it('finds a scope’s statements through the covering statements_article_actor index, then stances by key', () => {
    for (const scope of [{ articleIds: [march] }, { from: '2021-03-01', to: '2021-03-31' }]) {
      const plan = explainMatrix(db, scope, { confirmedOnly: false, withStatementIds: false }).join('\n');
      expect(plan).toMatch(/SEARCH s USING COVERING INDEX statements_article_actor \(article_id=\?/);
      expect(plan).toMatch(/SEARCH st USING PRIMARY KEY \(statement_id=\?\)/);
      expect(plan).not.toMatch(/SCAN (s|st)\b/);
    }
    const dated = explainMatrix(db, { from: '2021-03-01' }, { confirmedOnly: false, withStatementIds: false });
    expect(dated.join('\n')).toMatch(/articles USING COVERING INDEX articles_published/);
  });

  it('finds given actors through the statements_actor index', () => {
    const plan = explainMatrix(db, {}, { confirmedOnly: false, withStatementIds: false, actors: ['russia'] }).join(
      '\n',
    );
    expect(plan).toMatch(/SEARCH s USING COVERING INDEX statements_actor \(actor=\?\)/);
    expect(plan).not.toMatch(/SCAN (s|st)\b/);
  });
});
