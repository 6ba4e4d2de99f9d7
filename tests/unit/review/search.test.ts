// Full-text search and filters: snippets with highlighted matches, hostile query syntax, tag hierarchy, origin, stance.
import { describe, expect, it } from 'vitest';
import { snippetSegments, toFtsQuery } from '../../../core/search/fts-query';
import { importText, ok } from '../../support/calls';
import { memoryDb } from '../../support/db';

const A = `Pipeline talks resume

“The pipeline will be built with Russian partnership,” the minister said. Officials discussed water rights in Kabul. The ceasefire held overnight.`;
const B = `Border clashes

Troops exchanged fire along the border. The ministry condemned the violation of the ceasefire.`;

describe('toFtsQuery', () => {
  it('quotes every word, keeps phrases, and on request makes the last word a prefix', () => {
    expect(toFtsQuery('pipe')).toBe('"pipe"');
    expect(toFtsQuery('pipe', { prefix: true })).toBe('"pipe"*');
    expect(toFtsQuery('water rights', { prefix: true })).toBe('"water" "rights"*');
    expect(toFtsQuery('"water rights" Kabul ', { prefix: true })).toBe('"water rights" "Kabul"');
    expect(toFtsQuery('text: OR NEAR( * "unbalanced', { prefix: true })).toBe('"text" "OR" "NEAR" "unbalanced"*');
    expect(toFtsQuery('  *** ')).toBeNull();
  });

  it('splits marked snippets into plain and matching segments', () => {
    expect(snippetSegments('the \u0001pipeline\u0002 will')).toEqual([
      { text: 'the ', match: false },
      { text: 'pipeline', match: true },
      { text: ' will', match: false },
    ]);
  });
});

describe('search.query', () => {
  it('finds statements by word prefix with highlighted snippets, and matching articles', async () => {
    const db = memoryDb();
    await importText(db, A);
    await importText(db, B);
    const r = await ok(db, 'search.query', { query: 'ceasef' });
    expect(r.statements.map((s) => s.articleTitle).sort()).toEqual(['Border clashes', 'Pipeline talks resume']);
    expect(r.statements[0]!.snippet.some((seg) => seg.match && /ceasefire/i.test(seg.text))).toBe(true);
    expect(r.articles).toHaveLength(2);
    const hostile = await ok(db, 'search.query', { query: 'pipeline" OR text:* NEAR(' });
    expect(hostile.statements).toHaveLength(0);
  });

  it('filters by tag including child tags, by stance, kind, origin and review state', async () => {
    const db = memoryDb();
    const a = await importText(db, A);
    await importText(db, B);
    const parent = await ok(db, 'tags.create', { name: 'Energy' });
    const child = await ok(db, 'tags.create', { name: 'Pipelines', parentId: parent.id });
    const quote = a.statements[0]!;
    await ok(db, 'statementTags.set', { statementId: quote.id, tagId: child.id, on: true });
    const byParent = await ok(db, 'search.query', { filters: { tagIds: [parent.id] } });
    expect(byParent.statements.map((s) => s.statementId)).toEqual([quote.id]);

    await ok(db, 'stances.set', { statementId: quote.id, target: 'russia', label: 'favor' });
    const favor = await ok(db, 'search.query', { filters: { targets: ['russia'], stances: ['favor'] } });
    expect(favor.statements.map((s) => s.statementId)).toEqual([quote.id]);
    const byAnalyst = await ok(db, 'search.query', { filters: { origin: 'analyst' } });
    expect(byAnalyst.statements.map((s) => s.statementId)).toEqual([quote.id]);
    const untouched = await ok(db, 'search.query', { filters: { origin: 'auto' } });
    expect(untouched.statements).toHaveLength(a.statements.length - 1 + 2);

    await ok(db, 'statements.update', { id: quote.id, reviewed: true });
    expect((await ok(db, 'search.query', { filters: { reviewed: true } })).statements).toHaveLength(1);
    const quotes = await ok(db, 'search.query', { filters: { kinds: ['direct_quote'] } });
    expect(quotes.statements.map((s) => s.statementId)).toEqual([quote.id]);
    const scoped = await ok(db, 'search.query', { query: 'ceasefire', filters: { articleIds: [a.article.id] } });
    expect(scoped.statements).toHaveLength(1);
  });

  it('reports truncation when more statements match than the limit', async () => {
    const db = memoryDb();
    await importText(db, A);
    const r = await ok(db, 'search.query', { query: '', limit: 1 });
    expect(r.statements).toHaveLength(1);
    expect(r.truncated).toBe(true);
  });
});
