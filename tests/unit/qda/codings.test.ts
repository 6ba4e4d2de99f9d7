// Span codings, memos, variables and the coder: overlap, statement tags as codings, undo, auto-code, typed values.
import { describe, expect, it } from 'vitest';
import { fails, importText, ok } from '../../support/calls';
import { memoryDb } from '../../support/db';

const TEXT = 'Envoys meet in Oslo\n\nThe envoys met in Oslo on Monday. “We will return to Oslo,” the envoy said.';

async function setup() {
  const db = memoryDb();
  const { article: a, statements } = await importText(db, TEXT);
  const article = { ...a, statements };
  const code = await ok(db, 'tags.create', { name: 'Venue' });
  const other = await ok(db, 'tags.create', { name: 'Diplomacy' });
  await ok(db, 'coder.set', { name: 'Ayesha' });
  return { db, article, code, other };
}

describe('span codings', () => {
  it('codes overlapping and nested spans with the coder, the time and a memo, beside statement tags', async () => {
    const { db, article, code, other } = await setup();
    const start = article.body.indexOf('met in Oslo');
    await ok(db, 'codings.create', { articleId: article.id, start, end: start + 11, tagIds: [code.id], memo: 'place' });
    await ok(db, 'codings.create', { articleId: article.id, start: start + 4, end: start + 30, tagIds: [other.id] });
    await ok(db, 'statementTags.set', { statementId: article.statements[0]!.id, tagId: other.id, on: true });
    const codings = await ok(db, 'codings.list', { articleId: article.id });
    expect(codings).toHaveLength(3);
    const span = codings.find((c) => c.tagId === code.id)!;
    expect(article.body.slice(span.start, span.end)).toBe('met in Oslo');
    expect(span).toMatchObject({ coder: 'Ayesha', memo: 'place', statementId: null });
    const tagged = codings.find((c) => c.statementId !== null)!;
    expect([tagged.start, tagged.end]).toEqual([article.statements[0]!.start, article.statements[0]!.end]);
    expect(tagged.coder).toBe('Ayesha');
  });

  it('refuses a span outside the body and an unknown code', async () => {
    const { db, article, code } = await setup();
    expect(
      (await fails(db, 'codings.create', { articleId: article.id, start: 5, end: 99_999, tagIds: [code.id] })).code,
    ).toBe('invalid_input');
    expect((await fails(db, 'codings.create', { articleId: article.id, start: 0, end: 4, tagIds: [4242] })).code).toBe(
      'not_found',
    );
  });

  it('undoes a coding, a memo edit and a deletion', async () => {
    const { db, article, code } = await setup();
    const [c] = await ok(db, 'codings.create', { articleId: article.id, start: 0, end: 6, tagIds: [code.id] });
    await ok(db, 'codings.update', { id: c!.id!, memo: 'headline' });
    await ok(db, 'edits.undo', {});
    expect((await ok(db, 'codings.list', { articleId: article.id }))[0]!.memo).toBeNull();
    await ok(db, 'codings.delete', { id: c!.id! });
    expect(await ok(db, 'codings.list', { articleId: article.id })).toHaveLength(0);
    await ok(db, 'edits.undo', {});
    expect(await ok(db, 'codings.list', { articleId: article.id })).toHaveLength(1);
    await ok(db, 'edits.undo', {});
    expect(await ok(db, 'codings.list', { articleId: article.id })).toHaveLength(0);
  });

  it('auto-codes every matched word as one undoable action', async () => {
    const { db, article, code } = await setup();
    const r = await ok(db, 'codings.autoCode', { query: 'Oslo', tagId: code.id, span: 'match' });
    expect(r).toEqual({ created: 2, articles: 1 });
    const codings = await ok(db, 'codings.list', { articleId: article.id });
    expect(codings.map((c) => article.body.slice(c.start, c.end))).toEqual(['Oslo', 'Oslo']);
    await ok(db, 'edits.undo', {});
    expect(await ok(db, 'codings.list', { articleId: article.id })).toHaveLength(0);
    const whole = await ok(db, 'codings.autoCode', { query: 'envoy', tagId: code.id, span: 'statement' });
    expect(whole.created).toBeGreaterThan(0);
  });
});

describe('memos and variables', () => {
  it('keeps a memo per project, article and code, searchable, undoable', async () => {
    const { db, article, code } = await setup();
    await ok(db, 'memos.set', { scope: 'project', body: 'Oslo talks project' });
    await ok(db, 'memos.set', { scope: 'code', refId: code.id, body: 'Use for meeting places' });
    await ok(db, 'memos.set', { scope: 'article', refId: article.id, body: 'Wire copy' });
    expect(await ok(db, 'memos.get', { scope: 'code', refId: code.id })).toMatchObject({
      body: 'Use for meeting places',
      coder: 'Ayesha',
    });
    expect((await ok(db, 'memos.search', { query: 'meeting' })).map((m) => m.kind)).toEqual(['code']);
    await ok(db, 'edits.undo', {});
    expect(await ok(db, 'memos.get', { scope: 'article', refId: article.id })).toBeNull();
  });

  it('has the built-ins, checks types, and writes built-ins to the article', async () => {
    const { db, article } = await setup();
    const vars = await ok(db, 'variables.list', {});
    expect(vars.map((v) => v.name)).toEqual([
      'Outlet',
      'Country of outlet',
      'Language',
      'Genre',
      'Grading',
      'Published',
    ]);
    const genre = vars.find((v) => v.name === 'Genre')!;
    expect(
      (await fails(db, 'variables.set', { articleId: article.id, variableId: genre.id, value: 'poem' })).message,
    ).toMatch(/Genre takes one of/);
    await ok(db, 'variables.set', { articleId: article.id, variableId: genre.id, value: 'news' });
    const words = await ok(db, 'variables.save', { name: 'Words', type: 'number' });
    await ok(db, 'variables.set', { articleId: article.id, variableId: words.id, value: ' 420 ' });
    const grading = vars.find((v) => v.name === 'Grading')!;
    const values = await ok(db, 'variables.set', { articleId: article.id, variableId: grading.id, value: 'b2' });
    expect(values).toMatchObject({ Genre: 'news', Words: '420', Grading: 'B2' });
    expect((await ok(db, 'articles.list', {}))[0]).toBeDefined();
    expect(db.prepare('SELECT source_reliability, source_credibility FROM articles').get()).toEqual({
      source_reliability: 'B',
      source_credibility: 2,
    });
  });
});
