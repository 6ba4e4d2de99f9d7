// Document variables as filters: matching articles, values in use, and the analysis, agreement and export narrowed by them.
import { describe, expect, it } from 'vitest';
import { importText, ok } from '../../support/calls';
import { memoryDb } from '../../support/db';

async function twoOutlets() {
  const db = memoryDb();
  const dawn = await importText(db, 'Title: Dam talks\nSource: Dawn\n\nPakistan opposed the dam. Trade was discussed.');
  const hindu = await importText(db, 'Title: Dam row\nSource: The Hindu\n\nIndia defended the dam. Trade stalled.');
  const vars = await ok(db, 'variables.list', {});
  const id = (name: string) => vars.find((v) => v.name === name)!.id;
  const water = await ok(db, 'tags.create', { name: 'Water' });
  const trade = await ok(db, 'tags.create', { name: 'Trade' });
  await ok(db, 'coder.set', { name: 'Ayesha' });
  for (const { article } of [dawn, hindu]) {
    await ok(db, 'codings.create', { articleId: article.id, start: 0, end: 20, tagIds: [water.id, trade.id] });
  }
  await ok(db, 'variables.set', { articleId: dawn.article.id, variableId: id('Genre'), value: 'editorial' });
  return { db, dawn: dawn.article, hindu: hindu.article, id, water, trade };
}

describe('filtering by document variables', () => {
  it('finds the articles whose values match, "" standing for unset, built-ins included', async () => {
    const { db, dawn, hindu, id } = await twoOutlets();
    const match = (filters: { variableId: number; values: string[] }[]) => ok(db, 'variables.match', { filters });
    expect((await match([{ variableId: id('Outlet'), values: ['Dawn'] }])).articleIds).toEqual([dawn.id]);
    expect((await match([{ variableId: id('Genre'), values: [''] }])).articleIds).toEqual([hindu.id]);
    expect(
      (
        await match([
          { variableId: id('Outlet'), values: ['Dawn', 'The Hindu'] },
          { variableId: id('Genre'), values: ['editorial'] },
        ])
      ).articleIds,
    ).toEqual([dawn.id]);
    await expect(match([{ variableId: 999, values: ['x'] }])).rejects.toThrow(/no variable with id 999/);
    const choices = await ok(db, 'variables.choices', {});
    expect(choices.find((c) => c.variableId === id('Genre'))!.values).toEqual([
      { value: '', articles: 1 },
      { value: 'editorial', articles: 1 },
    ]);
  });

  it('narrows the co-occurrence matrix, its segments, agreement and the segment export', async () => {
    const { db, dawn, id, water, trade } = await twoOutlets();
    const filters = [{ variableId: id('Outlet'), values: ['Dawn'] }];
    const all = await ok(db, 'qda.table', { kind: 'cooccurrence' });
    expect(all.cells.find((c) => c.row === water.id && c.column === String(trade.id))!.count).toBe(2);
    const one = await ok(db, 'qda.table', { kind: 'cooccurrence', filters });
    expect(one.cells.find((c) => c.row === water.id && c.column === String(trade.id))!.count).toBe(1);
    const segs = await ok(db, 'qda.segments', {
      kind: 'cooccurrence',
      row: water.id,
      column: String(trade.id),
      filters,
    });
    expect(segs.map((s) => [s.articleId, s.text])).toEqual([[dawn.id, dawn.body.slice(0, 20)]]);
    const csv = await ok(db, 'qda.exportSegments', { format: 'csv', filters });
    expect(csv.segments).toBe(2);
    const text = Buffer.from(csv.base64, 'base64').toString('utf8');
    expect(text.split('\n')[0]).toContain('Outlet');
    expect(text).toContain('Dam talks');
    expect(text).not.toContain('Dam row');
    const xlsx = await ok(db, 'qda.exportSegments', { format: 'xlsx' });
    expect(xlsx.fileName).toMatch(/\.xlsx$/);
    expect(Buffer.from(xlsx.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
    expect(await ok(db, 'qda.coders', {})).toEqual(['Ayesha']);
  });
});
