// The compare methods through dispatch: evidence, side by side with hydrated statements, timeline, CSV export, bad input.
import type { Database } from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../services/dispatch';
import { ok } from '../../support/calls';
import { checksum, memoryDb } from '../../support/db';
import { addArticle, addStatement } from './seed';

let db: Database;
const ids: Record<string, number> = {};

beforeEach(() => {
  db = memoryDb();
  const jan = addArticle(db, { title: 'January <b>talks</b>', published: '2021-01-12', source: 'Dawn' });
  const mar = addArticle(db, { title: 'March talks', published: '2021-03-02', source: 'TASS' });
  const undated = addArticle(db, { title: 'Undated note', published: 'spring' });
  ids.janRu = addStatement(
    db,
    jan,
    { actor: 'russia', speaker: 'Sergey Lavrov', kind: 'direct_quote', text: '“We support the Afghan peace process.”' },
    [['afghanistan', 'favor', 0.8]],
  );
  ids.janPk = addStatement(db, jan, { actor: 'pakistan', text: 'Pakistan will work for peace in Afghanistan.' }, [
    ['afghanistan', 'favor', 0.7, 'analyst'],
  ]);
  ids.marRu = addStatement(db, mar, { actor: 'russia', text: 'Russia is concerned about terrorism in Afghanistan.' }, [
    ['afghanistan', 'concern', 0.95],
  ]);
  ids.marRuUs = addStatement(
    db,
    mar,
    { actor: 'russia', text: '=HYPERLINK("x") the United States promotes divisive strategies' },
    [['us', 'against', 0.7, 'analyst']],
  );
  ids.undatedRu = addStatement(db, undated, { actor: 'russia', text: 'Russia backs talks.' }, [
    ['afghanistan', 'favor', 0.5],
  ]);
});

describe('compare.evidence', () => {
  it("lists a cell's statements, strongest first, with speaker, kind, article, outlet and date", async () => {
    const r = await ok(db, 'compare.evidence', {
      actor: 'russia',
      target: 'afghanistan',
    });
    expect(r.total).toBe(3);
    expect(r.items.map((i) => i.statementId)).toEqual([ids.marRu, ids.janRu, ids.undatedRu]);
    expect(r.items[1]).toMatchObject({
      text: '“We support the Afghan peace process.”',
      speaker: 'Sergey Lavrov',
      kind: 'direct_quote',
      label: 'favor',
      confirmed: false,
      articleTitle: 'January <b>talks</b>',
      outlet: 'Dawn',
      published: '2021-01-12',
    });
    expect(r.items[1]!.articleId).toBeGreaterThan(0);
  });

  it('pages, and honours confirmed-only and the scope', async () => {
    const page = await ok(db, 'compare.evidence', {
      actor: 'russia',
      target: 'afghanistan',
      limit: 1,
      offset: 1,
    });
    expect(page).toMatchObject({ total: 3, items: [{ statementId: ids.janRu }] });
    const confirmed = await ok(db, 'compare.evidence', {
      actor: 'russia',
      target: 'afghanistan',
      confirmedOnly: true,
    });
    expect(confirmed.total).toBe(0);
    const march = await ok(db, 'compare.evidence', {
      actor: 'russia',
      target: 'afghanistan',
      scope: { from: '2021-03-01' },
    });
    expect(march.total).toBe(1);
  });
});

describe('compare.sideBySide', () => {
  it('pairs the two actors per target, with each side’s strongest statement in full', async () => {
    const r = await ok(db, 'compare.sideBySide', { a: 'pakistan', b: 'russia' });
    expect(r.a.label).toBe('Pakistan');
    expect(r.rows.map((x) => [x.target, x.relation])).toEqual([
      ['afghanistan', 'agree'],
      ['us', 'one-sided'],
    ]);
    expect(r.rows[0]!.a!.strongest!.text).toBe('Pakistan will work for peace in Afghanistan.');
    expect(r.rows[0]!.b!.strongest).toMatchObject({ statementId: ids.marRu, articleTitle: 'March talks' });
    expect(r.rows[1]!.b!.strongest).toMatchObject({ statementId: ids.marRuUs, confirmed: true });
  });

  it('refuses the same actor twice with a clear message', async () => {
    const r = await dispatch(db, 'compare.sideBySide', { a: 'russia', b: 'russia' });
    expect(r).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/two different actors/) },
    });
  });
});

describe('compare.timeline', () => {
  it("buckets each actor's dated statements, counts the undated apart, and lists the statements oldest first", async () => {
    const t = await ok(db, 'compare.timeline', {
      target: 'afghanistan',
      actors: ['russia', 'pakistan'],
      unit: 'month',
    });
    expect(t.target.label).toBe('Afghanistan');
    expect(t.unit).toBe('month');
    expect(t.buckets.map((b) => b.label)).toEqual(['2021-01', '2021-02', '2021-03']);
    expect(t.series[0]!.actor).toEqual({ id: 'russia', label: 'Russia', n: 2 });
    // Concern about terrorism in Afghanistan is not a position against Afghanistan.
    expect(t.series[0]!.points.map((p) => p.net)).toEqual([1, null, 0]);
    expect(t.series[1]!.points.map((p) => p.n)).toEqual([1, 0, 0]);
    expect(t.statements.map((s) => s.statementId)).toEqual([ids.janRu, ids.janPk, ids.marRu]);
    expect(t.undated).toBe(1);
    expect(t.dates).toBe(2);
  });
});

describe('compare.exportCsv', () => {
  it('exports the matrix with a file name that says the scope', async () => {
    const r = await ok(db, 'compare.exportCsv', {
      table: 'matrix',
      confirmedOnly: true,
    });
    expect(r.fileName).toBe('parley-stance-matrix-confirmed.csv');
    expect(r.csv.split('\r\n')).toEqual([
      'actor_id,actor,target_id,target,favor,against,concern,neutral,statements,net,confirmed,statement_ids',
      `pakistan,Pakistan,afghanistan,Afghanistan,1,0,0,0,1,1,1,${ids.janPk}`,
      `russia,Russia,us,United States,0,1,0,0,1,-1,1,${ids.marRuUs}`,
      '',
    ]);
  });

  it('exports the side by side with the strongest statements, formula text neutralised', async () => {
    const r = await ok(db, 'compare.exportCsv', {
      table: 'sideBySide',
      a: 'pakistan',
      b: 'russia',
      scope: { articleIds: [2] },
    });
    expect(r.fileName).toBe('parley-pakistan-vs-russia-article-2.csv');
    expect(r.csv).toContain(`"'=HYPERLINK(""x"") the United States promotes divisive strategies"`);
    expect(r.csv.split('\r\n')[0]).toMatch(/^target_id,target,relation,gap,pakistan_statements,/);
  });
});

describe('bad input', () => {
  it.each([
    ['compare.matrix', { scope: { from: '2021-13-01' } }, /scope.from/],
    ['compare.matrix', { scope: { from: '2021-03-01', to: '2021-01-01' } }, /ends before it starts/],
    ['compare.matrix', { scope: { articleIds: [0] } }, /articleIds/],
    ['compare.evidence', { actor: '', target: 'us' }, /actor/],
    ['compare.timeline', { target: 'us', actors: [] }, /actors/],
    ['compare.exportCsv', { table: 'sideBySide', a: 'pakistan' }, /b/],
    ['compare.matrix', { confirmedOnly: 'yes' }, /confirmedOnly/],
  ])('%s %j is refused with a message naming the field, and changes nothing', async (method, input, message) => {
    const before = checksum(db);
    const r = await dispatch(db, method, input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('invalid_input');
      expect(r.error.message).toMatch(message);
    }
    expect(checksum(db)).toBe(before);
  });
});
