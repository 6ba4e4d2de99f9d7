// Title, outlet, date and URL edited after import: normalised like an import, undoable through the edits log.
import { describe, expect, it } from 'vitest';
import { fails, ok } from '../../support/calls';
import { memoryDb } from '../../support/db';

const TEXT = `Source: https://www.trtworld.com/asia/talks-resume-12345
Published: He said the talks would resume after the holiday.

The envoys met in Doha. They agreed to meet again.`;

describe('articles.updateMeta', () => {
  it('imports a URL as an outlet name, an unreadable date as no date with the raw text, and no headline as missing', async () => {
    const db = memoryDb();
    const { article } = await ok(db, 'articles.import', { text: TEXT });
    expect(article).toMatchObject({
      source: 'trtworld.com',
      published: null,
      publishedRaw: 'He said the talks would resume after the holiday.',
      titleMissing: true,
    });
  });

  it('edits title, outlet, date and URL in one undoable step', async () => {
    const db = memoryDb();
    const { article } = await ok(db, 'articles.import', { text: TEXT });
    const edited = await ok(db, 'articles.updateMeta', {
      id: article.id,
      title: 'Envoys agree to meet again',
      source: 'TRT World',
      published: '14 March 2025',
      url: 'https://www.trtworld.com/a',
    });
    expect(edited).toMatchObject({
      title: 'Envoys agree to meet again',
      titleMissing: false,
      source: 'TRT World',
      published: '2025-03-14',
      publishedRaw: null,
      url: 'https://www.trtworld.com/a',
    });
    const undone = await ok(db, 'edits.undo', {});
    expect(undone.articleId).toBe(article.id);
    expect(undone.description).toBe('headline, outlet, URL, date');
    expect(await ok(db, 'articles.list', {})).toEqual([article]);
    await ok(db, 'edits.redo', {});
    expect((await ok(db, 'articles.list', {}))[0]).toEqual(edited);
  });

  it('refuses a date it cannot read, changing nothing; an empty date clears it', async () => {
    const db = memoryDb();
    const { article } = await ok(db, 'articles.import', { text: TEXT });
    expect((await fails(db, 'articles.updateMeta', { id: article.id, published: 'soon' })).code).toBe('invalid_input');
    expect(await ok(db, 'edits.status', {})).toEqual({ undoable: 0, redoable: 0 });
    const cleared = await ok(db, 'articles.updateMeta', { id: article.id, published: '' });
    expect(cleared).toMatchObject({ published: null, publishedRaw: null });
  });
});
