// The briefs service through dispatch: draft, save, reopen, list, delete, refresh, grading, exports and bad input.
import { describe, expect, it } from 'vitest';
import type { BriefModel } from '../../../core/brief';
import { importHostile } from '../../support/brief-db';
import { fails, importText, ok } from '../../support/calls';
import { checksum, memoryDb } from '../../support/db';

const ARTICLE = `Ministers meet on the corridor

"We will keep working for peace in Afghanistan," Foreign Minister Ana Silva said on Monday.
Silva said India had been invited to join the talks.
The meeting lasted three hours.`;

async function withArticle() {
  const db = memoryDb();
  const got = await importText(db, ARTICLE);
  return { db, articleId: got.article.id, statements: got.statements };
}

describe('briefs service', () => {
  it('drafts from all articles by default and from the ones named, and says when an article is unknown', async () => {
    const { db, articleId } = await withArticle();
    const second = await importText(db, 'Another headline\n\nThe envoy said nothing new.');
    const all = await ok(db, 'briefs.default', {});
    expect(all.articleIds.sort()).toEqual([articleId, second.article.id].sort());
    const one = await ok(db, 'briefs.default', { articleIds: [articleId] });
    expect(one.articleIds).toEqual([articleId]);
    expect(one.title).toBe('Ministers meet on the corridor');
    expect(one.handling).toBe('UNCLASSIFIED');
    expect(one.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await fails(db, 'briefs.default', { articleIds: [999] })).toMatchObject({
      code: 'not_found',
      message: 'There is no article with id 999.',
    });
    expect(await fails(memoryDb(), 'briefs.default', {})).toMatchObject({ code: 'empty_input' });
  });

  it('lists the statements a brief may quote: attributed, not narration, unknown articles skipped', async () => {
    const { db, articleId, statements } = await withArticle();
    const quotable = statements.filter((s) => s.kind !== 'narration' && s.speaker);
    expect(quotable.length).toBeGreaterThan(0);
    const got = await ok(db, 'briefs.candidates', { articleIds: [articleId, 999] });
    expect(got.map((s) => s.id)).toEqual(quotable.map((s) => s.id));
    expect(got.every((s) => s.speaker && s.kind !== 'narration')).toBe(true);
  });

  it('saves, lists, reopens, updates and deletes a brief, and remembers author and handling for the next draft', async () => {
    const { db, articleId } = await withArticle();
    const draft = await ok(db, 'briefs.default', { articleIds: [articleId] });
    const edited: BriefModel = {
      ...draft,
      title: 'Corridor talks',
      author: 'R. Analyst',
      handling: 'OFFICIAL',
      bluf: 'Talks go on.',
    };
    const saved = await ok(db, 'briefs.save', { brief: edited });
    expect(saved).toMatchObject({ title: 'Corridor talks', articles: 1 });
    expect(await ok(db, 'briefs.list', {})).toEqual([saved]);
    const reopened = await ok(db, 'briefs.get', { id: saved.id });
    expect(reopened.brief).toEqual(edited);

    const updated = await ok(db, 'briefs.save', { id: saved.id, brief: { ...edited, title: 'Corridor talks, day 2' } });
    expect(updated.id).toBe(saved.id);
    expect((await ok(db, 'briefs.list', {})).map((b) => b.title)).toEqual(['Corridor talks, day 2']);

    const next = await ok(db, 'briefs.default', { articleIds: [articleId] });
    expect(next).toMatchObject({ author: 'R. Analyst', handling: 'OFFICIAL' });

    expect(await ok(db, 'briefs.delete', { id: saved.id })).toEqual({ id: saved.id });
    expect(await ok(db, 'briefs.list', {})).toEqual([]);
    expect(await fails(db, 'briefs.get', { id: saved.id })).toMatchObject({ code: 'not_found' });
    expect(await fails(db, 'briefs.save', { id: saved.id, brief: edited })).toMatchObject({ code: 'not_found' });
  });

  it('refuses a malformed brief and writes nothing', async () => {
    const { db, articleId } = await withArticle();
    const draft = await ok(db, 'briefs.default', { articleIds: [articleId] });
    const before = checksum(db);
    const bad = { ...draft, keyJudgments: [{ text: 'x', likelihood: 'probable', confidence: 'high' }] };
    const err = await fails(db, 'briefs.save', { brief: bad });
    expect(err.code).toBe('invalid_input');
    expect(err.message).toMatch(/likelihood/);
    expect(await fails(db, 'briefs.exportMarkdown', { brief: draft, id: 1 })).toMatchObject({ code: 'invalid_input' });
    expect(checksum(db)).toBe(before);
  });

  it('grades an article on the Admiralty scale; the grading shows in a refreshed brief and its exports', async () => {
    const { db, articleId } = await withArticle();
    const draft = await ok(db, 'briefs.default', { articleIds: [articleId] });
    expect(draft.sources[0]).toMatchObject({ reliability: null, credibility: null });
    expect(await ok(db, 'articles.setGrading', { id: articleId, reliability: 'B', credibility: 2 })).toEqual({
      id: articleId,
      reliability: 'B',
      credibility: 2,
    });
    const fresh = await ok(db, 'briefs.refresh', { brief: { ...draft, bluf: 'Kept.' } });
    expect(fresh.bluf).toBe('Kept.');
    expect(fresh.sources[0]).toMatchObject({ reliability: 'B', credibility: 2 });
    const md = await ok(db, 'briefs.exportMarkdown', { brief: fresh });
    expect(md.text).toContain('Admiralty grading: B2 (Usually reliable; probably true)');
    expect(md.fileName).toMatch(/^\d{4}-\d{2}-\d{2}-ministers-meet-on-the-corridor\.md$/);
    await ok(db, 'articles.setGrading', { id: articleId, reliability: null, credibility: null });
    expect((await ok(db, 'briefs.refresh', { brief: fresh })).sources[0]).toMatchObject({ reliability: null });
    expect(await fails(db, 'articles.setGrading', { id: articleId, reliability: 'G', credibility: 2 })).toMatchObject({
      code: 'invalid_input',
    });
    expect(await fails(db, 'articles.setGrading', { id: articleId, reliability: 'A', credibility: 7 })).toMatchObject({
      code: 'invalid_input',
    });
    expect(await fails(db, 'articles.setGrading', { id: 999, reliability: 'A', credibility: 1 })).toMatchObject({
      code: 'not_found',
    });
  });

  it('quotes the analyst’s starred statements once there are any, through statements.update', async () => {
    const { db, articleId, statements } = await withArticle();
    const draft = await ok(db, 'briefs.default', { articleIds: [articleId] });
    expect(draft.keyStatementsFrom).toBe('suggested');
    const narration = statements.find((s) => s.text.startsWith('The meeting lasted'))!;
    await ok(db, 'statements.update', { id: narration.id, starred: true });
    const fresh = await ok(db, 'briefs.refresh', { brief: draft });
    expect(fresh.keyStatementsFrom).toBe('starred');
    expect(fresh.keyStatements.map((q) => q.text)).toEqual(['The meeting lasted three hours.']);
    const md = await ok(db, 'briefs.exportMarkdown', { brief: fresh });
    expect(md.text).toContain('> The meeting lasted three hours.\\\n> — Reporter (narration), narration');
  });

  it('exports a saved brief by id, and renders the preview HTML from the same model', async () => {
    const { db, articleId } = await withArticle();
    const draft = await ok(db, 'briefs.default', { articleIds: [articleId] });
    const saved = await ok(db, 'briefs.save', { brief: { ...draft, title: 'By id' } });
    const md = await ok(db, 'briefs.exportMarkdown', { id: saved.id });
    expect(md.text).toContain('# By id');
    const html = await ok(db, 'briefs.render', { brief: { ...draft, title: 'By id' } });
    expect(html.html).toContain('<h1>By id</h1>');
  });

  it('drops articles deleted since the brief was made, and says so when none is left', async () => {
    const db = memoryDb();
    const hostile = await importHostile(db);
    const other = (await importText(db, ARTICLE)).article.id;
    const draft = await ok(db, 'briefs.default', { articleIds: [hostile, other] });
    db.prepare('DELETE FROM articles WHERE id = ?').run(hostile);
    const fresh = await ok(db, 'briefs.refresh', { brief: draft });
    expect(fresh.articleIds).toEqual([other]);
    expect(fresh.sources.map((s) => s.citation)).toEqual([1]);
    db.prepare('DELETE FROM articles WHERE id = ?').run(other);
    expect(await fails(db, 'briefs.refresh', { brief: draft })).toMatchObject({ code: 'not_found' });
  });
});
