// Looking across codes: co-occurrence with drill-down, crosstabs by actor and stance, and two coders' agreement.
import { describe, expect, it } from 'vitest';
import { agreementOf, compareSpans } from '../../../core/qda/analysis';
import { importText, ok } from '../../support/calls';
import { memoryDb } from '../../support/db';

const TEXT =
  'Talks in Islamabad\n\nPakistan said it opposed the Indian dam. “We reject the project,” the minister said. Trade was not discussed.';

async function library() {
  const db = memoryDb();
  const { article, statements } = await importText(db, TEXT);
  const water = await ok(db, 'tags.create', { name: 'Water' });
  const conflict = await ok(db, 'tags.create', { name: 'Conflict' });
  const trade = await ok(db, 'tags.create', { name: 'Trade' });
  const at = (s: string) => article.body.indexOf(s);
  return { db, article, statements, water, conflict, trade, at };
}

describe('agreement arithmetic', () => {
  it('gives percent agreement, Cohen’s kappa and Krippendorff’s alpha for a 2×2 table', () => {
    const a = agreementOf(40, 10, 5, 100);
    expect(a.percent).toBeCloseTo(85);
    expect(a.kappa).toBeCloseTo(0.7);
    expect(a.alpha).toBeCloseTo(1 - (199 * 15) / (95 * 105));
    expect(agreementOf(3, 0, 0, 10)).toMatchObject({ percent: 100, kappa: 1, alpha: 1 });
  });

  it('compares spans character by character', () => {
    expect(compareSpans([[0, 10]], [[5, 12]])).toEqual({ n11: 5, n10: 5, n01: 2, onlyA: [[0, 5]], onlyB: [[10, 12]] });
  });
});

describe('tables across codes', () => {
  it('counts overlapping codings and codings in the same statement as co-occurring, and opens a cell', async () => {
    const { db, article, water, conflict, trade, at } = await library();
    const dam = at('Indian dam');
    await ok(db, 'codings.create', { articleId: article.id, start: dam, end: dam + 10, tagIds: [water.id] });
    await ok(db, 'codings.create', { articleId: article.id, start: dam + 7, end: dam + 20, tagIds: [conflict.id] });
    await ok(db, 'codings.create', {
      articleId: article.id,
      start: at('Pakistan said'),
      end: at('Pakistan said') + 8,
      tagIds: [conflict.id],
    });
    const tr = at('Trade was');
    await ok(db, 'codings.create', { articleId: article.id, start: tr, end: tr + 5, tagIds: [trade.id] });
    const m = await ok(db, 'qda.table', { kind: 'cooccurrence' });
    const cell = (r: number, c: number) => m.cells.find((x) => x.row === r && x.column === String(c))?.count ?? 0;
    expect(cell(water.id, conflict.id)).toBe(2);
    expect(cell(conflict.id, water.id)).toBe(2);
    expect(cell(trade.id, water.id)).toBe(0);
    // Another analyst's code on the same words meets nobody's codes but their own.
    await ok(db, 'coder.set', { name: 'Second coder' });
    await ok(db, 'codings.create', { articleId: article.id, start: tr, end: tr + 5, tagIds: [water.id] });
    const again = await ok(db, 'qda.table', { kind: 'cooccurrence' });
    expect(again.cells.find((x) => x.row === trade.id && x.column === String(water.id))).toBeUndefined();
    const segs = await ok(db, 'qda.segments', { kind: 'cooccurrence', row: conflict.id, column: String(water.id) });
    expect(segs.map((s) => s.text).sort()).toEqual(['Pakistan', article.body.slice(dam + 7, dam + 20)].sort());
    const freq = await ok(db, 'qda.table', { kind: 'article' });
    expect(freq.cells.find((c) => c.row === conflict.id)).toEqual({
      row: conflict.id,
      column: String(article.id),
      count: 2,
    });
  });

  it('crosstabs codes by the actor and the stances of the statements they touch', async () => {
    const { db, article, statements, water, at } = await library();
    const first = statements[0]!;
    await ok(db, 'statements.update', { id: first.id, actor: 'pakistan' });
    await ok(db, 'stances.set', { statementId: first.id, target: 'india', label: 'against' });
    await ok(db, 'codings.create', {
      articleId: article.id,
      start: at('Indian dam'),
      end: at('Indian dam') + 10,
      tagIds: [water.id],
    });
    const byActor = await ok(db, 'qda.table', { kind: 'actor' });
    expect(byActor.cells).toContainEqual({ row: water.id, column: 'pakistan', count: 1 });
    const byStance = await ok(db, 'qda.table', { kind: 'stance' });
    expect(byStance.cells).toContainEqual({ row: water.id, column: 'india:against', count: 1 });
    const segs = await ok(db, 'qda.segments', { kind: 'stance', row: water.id, column: 'india:against' });
    expect(segs.map((s) => s.text)).toEqual(['Indian dam']);
  });
});

describe('inter-coder agreement', () => {
  it('compares two coders on the articles both coded and lists where they differ', async () => {
    const { db, article, statements, water } = await library();
    await ok(db, 'coder.set', { name: 'A' });
    await ok(db, 'codings.create', { articleId: article.id, start: 0, end: 10, tagIds: [water.id] });
    await ok(db, 'statementTags.set', { statementId: statements[0]!.id, tagId: water.id, on: true });
    await ok(db, 'coder.set', { name: 'B' });
    await ok(db, 'codings.create', { articleId: article.id, start: 5, end: 10, tagIds: [water.id] });
    const r = await ok(db, 'qda.agreement', { coderA: 'A', coderB: 'B' });
    const n = article.body.length;
    expect(r.articles).toBe(1);
    expect(r.spans.overall.units).toBe(n);
    expect(r.spans.overall.percent).toBeCloseTo(((n - 5) / n) * 100);
    expect(r.disagreements).toEqual([
      { articleId: article.id, tagId: water.id, start: 0, end: 5, coder: 'A', text: article.body.slice(0, 5) },
    ]);
    expect(r.statements.overall.units).toBe(statements.length);
    expect(r.statements.overall.percent).toBeCloseTo(((statements.length - 1) / statements.length) * 100);
  });
});
