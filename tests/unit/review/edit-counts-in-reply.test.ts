// One round trip per edit: every reply whose call changed the edits log carries the undo and redo counts, so the UI
// never asks edits.status after an edit; replies that changed nothing carry none.
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../services/dispatch';
import { importText, readArticle } from '../../support/calls';
import { memoryDb } from '../../support/db';

const ARTICLE = 'Talks\n\n"Britain must act now," the minister said.\n\nThe talks ended.';

async function envelope(db: ReturnType<typeof memoryDb>, method: string, input: unknown) {
  const r = await dispatch(db, method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r;
}

describe('edit counts in the reply', () => {
  it('come with statement edits, tag toggles, undo and redo, and not with reads', async () => {
    const db = memoryDb();
    const id = (await importText(db, ARTICLE)).article.id;
    const statementId = (await readArticle(db, id)).statements[0]!.id;
    expect((await envelope(db, 'articles.list', {})).edits).toBeUndefined();
    expect((await envelope(db, 'statements.update', { id: statementId, starred: true })).edits).toEqual({
      undoable: 1,
      redoable: 0,
    });
    const tag = (await envelope(db, 'tags.create', { name: 'Security' })).value as { id: number };
    const toggled = await envelope(db, 'statementTags.set', { statementId, tagId: tag.id, on: true });
    expect(toggled.edits).toEqual({ undoable: 3, redoable: 0 });
    expect((await envelope(db, 'edits.undo', {})).edits).toEqual({ undoable: 2, redoable: 1 });
    expect((await envelope(db, 'edits.redo', {})).edits).toEqual({ undoable: 3, redoable: 0 });
    // The same value again changes nothing, so nothing is logged and no counts come back.
    expect((await envelope(db, 'statements.update', { id: statementId, starred: true })).edits).toBeUndefined();
    expect((await envelope(db, 'edits.status', {})).edits).toBeUndefined();
    db.close();
  });

  it('come with none when the edit fails', async () => {
    const db = memoryDb();
    const r = await dispatch(db, 'statements.update', { id: 999, starred: true });
    expect(r).toMatchObject({ ok: false });
    expect((await envelope(db, 'articles.list', {})).edits).toBeUndefined();
    db.close();
  });
});
