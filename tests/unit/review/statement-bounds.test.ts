// Statements by hand: create from a selection, adjust, split and merge with exact offsets, and undo each.
import { describe, expect, it } from 'vitest';
import { fails, importText, ok, readArticle } from '../../support/calls';
import { memoryDb } from '../../support/db';

const ARTICLE = `Ministers meet

The ministers met in Astana on Monday. They discussed water sharing and trade. Talks will resume in May.

A closing paragraph follows here.`;

async function setup() {
  const db = memoryDb();
  const got = await importText(db, ARTICLE);
  return { db, ...got };
}

function expectExact(body: string, statements: { start: number; end: number; text: string; seq: number }[]) {
  statements.forEach((s, i) => {
    expect(body.slice(s.start, s.end)).toBe(s.text);
    expect(s.seq).toBe(i);
    if (i > 0) expect(s.start).toBeGreaterThanOrEqual(statements[i - 1]!.end);
  });
}

describe('statements by hand', () => {
  it('splits a statement in two at a point, each with exact offsets, and merges them back', async () => {
    const { db, article, statements } = await setup();
    const s = statements[1]!; // "They discussed water sharing and trade."
    const at = article.body.indexOf(' and trade');
    const [a, b] = await ok(db, 'statements.split', { id: s.id, at });
    expect(a.text).toBe('They discussed water sharing');
    expect(b.text).toBe('and trade.');
    expect(a.analystFields).toContain('bounds');
    const after = (await readArticle(db, article.id)).statements;
    expect(after).toHaveLength(statements.length + 1);
    expectExact(article.body, after);
    const merged = await ok(db, 'statements.merge', { id: a.id, nextId: b.id });
    expect(merged.text).toBe(s.text);
    expectExact(article.body, (await readArticle(db, article.id)).statements);
  });

  it('creates a statement from a selection, trimming white space, and refuses overlaps', async () => {
    const { db, article, statements } = await setup();
    await ok(db, 'statements.delete', { id: statements[3]!.id });
    const start = article.body.indexOf('A closing');
    const created = await ok(db, 'statements.create', {
      articleId: article.id,
      start: start - 2,
      end: article.body.length,
    });
    expect(created).toMatchObject({
      text: 'A closing paragraph follows here.',
      origin: 'analyst',
      kind: 'narration',
      speaker: null,
    });
    const clash = await fails(db, 'statements.create', { articleId: article.id, start: 5, end: 20 });
    expect(clash.code).toBe('conflict');
    expect(clash.message).toMatch(/overlaps statement/);
    expect((await fails(db, 'statements.create', { articleId: article.id, start: 0, end: 9999 })).code).toBe(
      'invalid_input',
    );
    expectExact(article.body, (await readArticle(db, article.id)).statements);
  });

  it('adjusts a statement’s bounds within the body', async () => {
    const { db, statements } = await setup();
    const s = statements[2]!; // "Talks will resume in May."
    const moved = await ok(db, 'statements.setBounds', { id: s.id, start: s.start, end: s.end - 8 });
    expect(moved.text).toBe('Talks will resume');
    expect((await fails(db, 'statements.setBounds', { id: s.id, start: statements[1]!.start, end: s.end })).code).toBe(
      'conflict',
    );
  });

  it('undoes a split, a merge and a deletion, restoring stances, tags and notes with the statement', async () => {
    const { db, article, statements } = await setup();
    const s = statements[0]!;
    const tag = await ok(db, 'tags.create', { name: 'Water' });
    await ok(db, 'statementTags.set', { statementId: s.id, tagId: tag.id, on: true });
    await ok(db, 'notes.set', { statementId: s.id, body: 'Venue matters.' });
    await ok(db, 'stances.set', { statementId: s.id, target: 'kazakhstan', label: 'favor' });
    const before = (await readArticle(db, article.id)).statements;

    await ok(db, 'statements.delete', { id: s.id });
    expect((await readArticle(db, article.id)).statements).toHaveLength(before.length - 1);
    await ok(db, 'edits.undo', {});
    expect((await readArticle(db, article.id)).statements).toEqual(before);

    const [, second] = await ok(db, 'statements.split', { id: s.id, at: article.body.indexOf(' on Monday') });
    expect(second.tagIds).toEqual([tag.id]);
    await ok(db, 'edits.undo', {});
    expect((await readArticle(db, article.id)).statements).toEqual(before);
    await ok(db, 'edits.redo', {});
    expect((await readArticle(db, article.id)).statements).toHaveLength(before.length + 1);
    await ok(db, 'edits.undo', {});

    await ok(db, 'statements.merge', { id: before[0]!.id, nextId: before[1]!.id });
    await ok(db, 'edits.undo', {});
    expect((await readArticle(db, article.id)).statements).toEqual(before);
  });

  it('refuses to merge statements that are not neighbours in one article', async () => {
    const { db, statements } = await setup();
    const err = await fails(db, 'statements.merge', { id: statements[0]!.id, nextId: statements[2]!.id });
    expect(err.message).toMatch(/not neighbours/);
    expect((await fails(db, 'statements.merge', { id: statements[1]!.id, nextId: statements[0]!.id })).code).toBe(
      'invalid_input',
    );
  });
});
