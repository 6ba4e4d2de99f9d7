// Deleting an article: everything on it goes in one transaction, undo never reaches into it, other articles stay.
import { describe, expect, it } from 'vitest';
import { checksum, memoryDb } from '../../support/db';
import { fails, importText, ok, readArticle } from '../../support/calls';

const FIRST = `Envoys meet in Oslo

“We will keep working for peace in Afghanistan,” the Norwegian foreign minister said. The talks lasted four hours. She added that India had been invited.`;
const SECOND = `Trade talks resume

The commerce secretary said tariffs would fall. Exporters welcomed the news.`;

const count = (db: ReturnType<typeof memoryDb>, table: string) =>
  db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('articles.delete', () => {
  it('removes the article with its statements, stances, tags and notes, and says what went', async () => {
    const db = memoryDb();
    const first = await importText(db, FIRST);
    const second = await importText(db, SECOND);
    const tag = await ok(db, 'tags.create', { name: 'Peace' });
    const s = first.statements[0]!;
    await ok(db, 'statementTags.set', { statementId: s.id, tagId: tag.id, on: true });
    await ok(db, 'notes.set', { statementId: s.id, body: 'Compare with the ministry readout.' });
    await ok(db, 'stances.set', { statementId: s.id, target: 'india', label: 'favor' });
    const keep = second.statements[0]!;
    await ok(db, 'statementTags.set', { statementId: keep.id, tagId: tag.id, on: true });

    const result = await ok(db, 'articles.delete', { id: first.article.id });
    expect(result).toEqual({ id: first.article.id, title: 'Envoys meet in Oslo', statements: first.statements.length });

    expect((await ok(db, 'articles.list', {})).map((a) => a.id)).toEqual([second.article.id]);
    expect(db.prepare('SELECT count(*) FROM statements WHERE article_id = ?').pluck().get(first.article.id)).toBe(0);
    expect(count(db, 'notes')).toBe(0);
    expect(db.prepare('SELECT count(*) FROM stances WHERE statement_id = ?').pluck().get(s.id)).toBe(0);
    expect(db.prepare('SELECT statement_id FROM statement_tags').pluck().all()).toEqual([keep.id]);
    // The tag itself and the other article's work are untouched.
    expect((await ok(db, 'tags.list', {}))[0]).toMatchObject({ name: 'Peace', count: 1 });
    const search = await ok(db, 'search.query', { query: 'Oslo', filters: {}, limit: 50 });
    expect(search.statements).toEqual([]);
    expect(search.articles).toEqual([]);
  });

  it('leaves nothing for undo to replay onto a later article that reuses the statement ids', async () => {
    const db = memoryDb();
    const first = await importText(db, FIRST);
    const s = first.statements[1]!;
    await ok(db, 'statements.update', { id: s.id, speaker: 'Anniken Huitfeldt', reviewed: true });
    await ok(db, 'statements.split', { id: s.id, at: s.start + 4 });
    await ok(db, 'edits.undo', {});
    await ok(db, 'articles.delete', { id: first.article.id });
    expect(await ok(db, 'edits.status', {})).toEqual({ undoable: 0, redoable: 0 });

    // A new import may get the same rowids; undo must report nothing rather than rewrite it.
    const next = await importText(db, SECOND);
    const before = checksum(db);
    expect((await fails(db, 'edits.undo', {})).message).toBe('Nothing to undo.');
    expect((await fails(db, 'edits.redo', {})).message).toBe('Nothing to redo.');
    expect(checksum(db)).toBe(before);
    expect(next.statements.every((x) => x.speaker !== 'Anniken Huitfeldt')).toBe(true);
  });

  it('keeps the undo history of other articles and of the codebook', async () => {
    const db = memoryDb();
    const first = await importText(db, FIRST);
    const second = await importText(db, SECOND);
    const tag = await ok(db, 'tags.create', { name: 'Trade' });
    await ok(db, 'statements.update', { id: second.statements[0]!.id, reviewed: true });
    await ok(db, 'statements.update', { id: first.statements[0]!.id, reviewed: true });
    await ok(db, 'articles.delete', { id: first.article.id });
    expect(await ok(db, 'edits.status', {})).toEqual({ undoable: 2, redoable: 0 });
    const undone = await ok(db, 'edits.undo', {});
    expect(undone).toMatchObject({ articleId: second.article.id, statementId: second.statements[0]!.id });
    expect((await readArticle(db, second.article.id)).statements[0]!.reviewed).toBe(false);
    await ok(db, 'edits.undo', {});
    expect((await ok(db, 'tags.list', {})).map((t) => t.id)).not.toContain(tag.id);
  });

  it('refuses an unknown article and changes nothing', async () => {
    const db = memoryDb();
    await importText(db, FIRST);
    const before = checksum(db);
    const error = await fails(db, 'articles.delete', { id: 999 });
    expect(error).toEqual({ code: 'not_found', message: 'There is no article with id 999.' });
    expect((await fails(db, 'articles.delete', { id: 0 })).code).toBe('invalid_input');
    expect(checksum(db)).toBe(before);
  });
});

describe('search.facets', () => {
  it('lists speakers and actors with their statement counts, most frequent first', async () => {
    const db = memoryDb();
    const { statements } = await importText(db, FIRST);
    await ok(db, 'statements.update', { id: statements[0]!.id, speaker: 'Anniken Huitfeldt', actor: 'norway' });
    await ok(db, 'statements.update', { id: statements[2]!.id, speaker: 'Anniken Huitfeldt', actor: 'norway' });
    const f = await ok(db, 'search.facets', {});
    expect(f.speakers[0]).toEqual({ value: 'Anniken Huitfeldt', count: 2 });
    expect(f.actors[0]).toEqual({ value: 'norway', count: 2 });
    expect(f.speakers.every((x) => x.value !== '' && x.count > 0)).toBe(true);
  });
});
