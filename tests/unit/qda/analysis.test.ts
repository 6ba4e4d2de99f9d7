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

describe('inter-coder agreement on stances', () => {
  it('compares the stances both coders decided, per target and overall, and lists where they differ', async () => {
    const { db, article, statements } = await library();
    const [s0, s1, s2] = [statements[0]!, statements[1]!, statements[2]!];
    await ok(db, 'coder.set', { name: 'A' });
    await ok(db, 'stances.accept', { statementId: s0.id });
    await ok(db, 'stances.set', { statementId: s1.id, target: 'india', label: 'against' });
    await ok(db, 'stances.set', { statementId: s2.id, target: 'us', label: 'favor' });
    await ok(db, 'coder.set', { name: 'B' });
    await ok(db, 'stances.accept', { statementId: s0.id, target: 'india' });
    await ok(db, 'stances.set', { statementId: s1.id, target: 'india', label: 'favor' });
    await ok(db, 'stances.set', { statementId: s2.id, target: 'us', label: 'favor' });
    // Only B decided this unit: it is not compared.
    await ok(db, 'stances.set', { statementId: s2.id, target: 'china', label: 'concern' });
    const other = await importText(db, 'Second report\n\nIndia said it welcomed the talks.');

    const r = await ok(db, 'qda.agreement', { coderA: 'A', coderB: 'B' });
    // No span codings: the stances are compared all the same.
    expect(r.articles).toBe(0);
    expect(r.stances.units).toBe(3);
    expect(r.stances.statements).toBe(3);
    // 2 of 3 agree. A: against 2, favor 1; B: against 1, favor 2: pe = 4/9, kappa = (6/9 − 4/9) / (5/9) = 2/5.
    // n = 6, against 3, favor 3: alpha = 1 − 5 · 2 · 1 / 18 = 4/9.
    expect(r.stances.overall.percent).toBeCloseTo((2 / 3) * 100, 10);
    expect(r.stances.overall.kappa).toBeCloseTo(2 / 5, 10);
    expect(r.stances.overall.alpha).toBeCloseTo(4 / 9, 10);
    expect(r.stances.targets).toEqual([
      { targetId: 'india', units: 2, percent: 50, kappa: 0, alpha: 0 },
      { targetId: 'us', units: 1, percent: 100, kappa: 1, alpha: 1 },
    ]);
    expect(r.stances.disagreements).toEqual([
      { statementId: s1.id, articleId: article.id, targetId: 'india', text: s1.text, a: 'against', b: 'favor' },
    ]);
    // The coders' list offers everyone who decided a stance.
    expect(await ok(db, 'qda.coders', {})).toEqual(expect.arrayContaining(['A', 'B']));
    // Scoped to an article neither decided anything in, nothing is compared.
    const none = await ok(db, 'qda.agreement', { coderA: 'A', coderB: 'B', articleIds: [other.article.id] });
    expect(none.stances).toMatchObject({ units: 0, statements: 0, overall: { percent: null }, disagreements: [] });
  });
});
