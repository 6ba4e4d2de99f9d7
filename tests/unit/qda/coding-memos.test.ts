// Memo search and listing with labels, auto-coding across articles as one undo, and the coder on every logged edit.
import { describe, expect, it } from 'vitest';
import { importText, ok } from '../../support/calls';
import { memoryDb } from '../../support/db';

const A = 'Envoys meet in Oslo\n\nThe envoys met in Oslo on Monday. “We will return to Oslo,” the envoy said.';
const B = 'Talks resume\n\nThe minister said the talks in Oslo would resume. Nobody else spoke.';

async function setup() {
  const db = memoryDb();
  const a = await importText(db, A);
  const b = await importText(db, B);
  const code = await ok(db, 'tags.create', { name: 'Venue' });
  await ok(db, 'coder.set', { name: 'Ayesha' });
  return { db, a, b, code };
}

describe('memos found and listed', () => {
  it('labels each memo with what it is on, coding memos included, and treats % and _ as plain text', async () => {
    const { db, a, code } = await setup();
    await ok(db, 'memos.set', { scope: 'project', body: 'Project: 100% of Oslo coverage' });
    await ok(db, 'memos.set', { scope: 'code', refId: code.id, body: 'Code Venue only where Oslo is the place' });
    await ok(db, 'memos.set', { scope: 'article', refId: a.article.id, body: 'Wire copy about Oslo' });
    const start = a.article.body.indexOf('Oslo');
    const [coding] = await ok(db, 'codings.create', {
      articleId: a.article.id,
      start,
      end: start + 4,
      tagIds: [code.id],
      memo: 'Oslo as host city',
    });
    const hits = await ok(db, 'memos.search', { query: 'oslo' });
    expect(hits.map((h) => [h.kind, h.label, h.coder])).toEqual([
      ['project', '', 'Ayesha'],
      ['code', 'Venue', 'Ayesha'],
      ['article', a.article.title, 'Ayesha'],
      ['coding', `Venue · ${a.article.title}`, 'Ayesha'],
    ]);
    expect(hits.find((h) => h.kind === 'coding')).toMatchObject({ refId: coding!.id, articleId: a.article.id });
    expect((await ok(db, 'memos.search', { query: '100%' })).map((h) => h.kind)).toEqual(['project']);
    expect(await ok(db, 'memos.search', { query: '_' })).toEqual([]);
    expect(await ok(db, 'memos.list', {})).toHaveLength(4);
  });
});

describe('auto-coding', () => {
  it('codes the hits of every article as one action that one undo removes', async () => {
    const { db, a, b, code } = await setup();
    const before = await ok(db, 'edits.status', {});
    const r = await ok(db, 'codings.autoCode', { query: 'Oslo', tagId: code.id, span: 'statement' });
    expect(r.articles).toBe(2);
    const coded = [
      ...(await ok(db, 'codings.list', { articleId: a.article.id })),
      ...(await ok(db, 'codings.list', { articleId: b.article.id })),
    ];
    expect(coded).toHaveLength(r.created);
    expect(coded.every((c) => c.coder === 'Ayesha')).toBe(true);
    expect((await ok(db, 'edits.status', {})).undoable).toBe(before.undoable + 1);
    await ok(db, 'edits.undo', {});
    expect(await ok(db, 'codings.list', { articleId: a.article.id })).toEqual([]);
    expect(await ok(db, 'codings.list', { articleId: b.article.id })).toEqual([]);
    // The search's filters narrow what is coded: here to one article.
    const narrowed = await ok(db, 'codings.autoCode', {
      query: 'Oslo',
      tagId: code.id,
      span: 'match',
      filters: { articleIds: [b.article.id] },
    });
    expect(narrowed).toEqual({ created: 1, articles: 1 });
    await ok(db, 'edits.undo', {});
    // Running it twice codes nothing new.
    await ok(db, 'codings.autoCode', { query: 'Oslo', tagId: code.id, span: 'statement' });
    expect((await ok(db, 'codings.autoCode', { query: 'Oslo', tagId: code.id, span: 'statement' })).created).toBe(0);
  });
});

describe('coder identity', () => {
  it('records who made each edit in the log', async () => {
    const { db, a, code } = await setup();
    await ok(db, 'codings.create', { articleId: a.article.id, start: 0, end: 6, tagIds: [code.id] });
    await ok(db, 'coder.set', { name: 'Bilal' });
    await ok(db, 'statements.update', { id: a.statements[0]!.id, starred: true });
    // The code itself was made before a coder name was set.
    const rows = db.prepare('SELECT entity, coder FROM edits ORDER BY id').all();
    expect(rows).toEqual([
      { entity: 'tag', coder: '' },
      { entity: 'coding', coder: 'Ayesha' },
      { entity: 'statement', coder: 'Bilal' },
    ]);
  });
});
