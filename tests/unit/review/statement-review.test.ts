// Review edits: saved when acknowledged, marked as the analyst's, logged, and undone/redone exactly, across a reopen.
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/connection';
import { fails, importText, ok, readArticle } from '../../support/calls';
import { memoryDb, tempDbPath } from '../../support/db';

const ARTICLE = `Envoys meet in Oslo

“We will keep working for peace in Afghanistan,” the Norwegian foreign minister Anniken Huitfeldt said. The talks lasted four hours. She added that India had been invited.`;

describe('statement review edits', () => {
  it('changes speaker, actor and kind, marking each as the analyst’s, and logs the edit', async () => {
    const db = memoryDb();
    const { statements } = await importText(db, ARTICLE);
    const s = statements[1]!;
    const updated = await ok(db, 'statements.update', {
      id: s.id,
      speaker: 'Jonas Gahr Støre',
      actor: 'norway',
      kind: 'indirect',
    });
    expect(updated).toMatchObject({ speaker: 'Jonas Gahr Støre', actor: 'norway', kind: 'indirect' });
    expect(updated.analystFields).toEqual(['actor', 'kind', 'speaker']);
    const log = db.prepare('SELECT entity, field, old_value, new_value FROM edits ORDER BY id').all();
    expect(log).toContainEqual({
      entity: 'statement',
      field: 'speaker',
      old_value: JSON.stringify(s.speaker),
      new_value: '"Jonas Gahr Støre"',
    });
  });

  it('sets, accepts and removes stances as the analyst', async () => {
    const db = memoryDb();
    const { statements } = await importText(db, ARTICLE);
    const s = statements[0]!;
    const set = await ok(db, 'stances.set', { statementId: s.id, target: 'india', label: 'against' });
    expect(set.stances.find((x) => x.target === 'india')).toMatchObject({
      label: 'against',
      origin: 'analyst',
      confidence: 1,
    });
    expect(set.analystFields).toContain('stance:india');
    const removed = await ok(db, 'stances.set', { statementId: s.id, target: 'india', label: null });
    expect(removed.stances.find((x) => x.target === 'india')).toBeUndefined();
    db.prepare(
      "INSERT INTO stances (statement_id, target_id, label, confidence, cues) VALUES (?, 'us', 'favor', 0.6, '[\"welcomed\"]')",
    ).run(s.id);
    const accepted = await ok(db, 'stances.accept', { statementId: s.id, target: 'us' });
    expect(accepted.stances.find((x) => x.target === 'us')).toMatchObject({
      label: 'favor',
      origin: 'analyst',
      confidence: 0.6,
      cues: ['welcomed'],
    });
    expect((await fails(db, 'stances.accept', { statementId: s.id, target: 'china' })).code).toBe('not_found');
  });

  it('adds a note and tags, and refuses unknown tags and statements', async () => {
    const db = memoryDb();
    const { statements } = await importText(db, ARTICLE);
    const s = statements[0]!;
    const tag = await ok(db, 'tags.create', { name: 'Peace process' });
    const tagged = await ok(db, 'statementTags.set', { statementId: s.id, tagId: tag.id, on: true });
    expect(tagged.tagIds).toEqual([tag.id]);
    const noted = await ok(db, 'notes.set', { statementId: s.id, body: 'Check against the ministry readout.' });
    expect(noted.note).toBe('Check against the ministry readout.');
    expect((await ok(db, 'notes.set', { statementId: s.id, body: '   ' })).note).toBeNull();
    expect((await fails(db, 'statementTags.set', { statementId: s.id, tagId: 999, on: true })).code).toBe('not_found');
    expect((await fails(db, 'statements.update', { id: 999, reviewed: true })).code).toBe('not_found');
    expect((await fails(db, 'statements.update', { id: s.id, kind: 'rumour' })).code).toBe('invalid_input');
  });

  it('undoes twice and redoes once, leaving exactly the expected state, also after reopening the file', async () => {
    const path = tempDbPath();
    let db = openDatabase(path);
    const { statements } = await importText(db, ARTICLE);
    const s = statements[0]!;
    const tag = await ok(db, 'tags.create', { name: 'Afghanistan' });
    await ok(db, 'statementTags.set', { statementId: s.id, tagId: tag.id, on: true });
    await ok(db, 'stances.set', { statementId: s.id, target: 'afghanistan', label: 'favor' });
    await ok(db, 'notes.set', { statementId: s.id, body: 'Strong commitment.' });
    db.close();

    db = openDatabase(path);
    const first = await ok(db, 'edits.undo', {});
    expect(first).toMatchObject({ description: 'note', statementId: s.id });
    const second = await ok(db, 'edits.undo', {});
    expect(second.description).toBe('stance');
    const redone = await ok(db, 'edits.redo', {});
    expect(redone.description).toBe('stance');
    db.close();

    db = openDatabase(path);
    const after = (await readArticle(db, s.articleId)).statements[0]!;
    expect(after.tagIds).toEqual([tag.id]);
    expect(after.stances.find((x) => x.target === 'afghanistan')).toMatchObject({ label: 'favor', origin: 'analyst' });
    expect(after.note).toBeNull();
    // tags.create, statementTags.set, stances.set, notes.set; two undone, one redone.
    expect(await ok(db, 'edits.status', {})).toEqual({ undoable: 3, redoable: 1 });
    // A new edit drops what could still be redone.
    await ok(db, 'statements.update', { id: s.id, reviewed: true });
    expect(await ok(db, 'edits.status', {})).toEqual({ undoable: 4, redoable: 0 });
    expect((await fails(db, 'edits.redo', {})).message).toBe('Nothing to redo.');
    db.close();
  });

  it('undoes an edit back to the engine’s own values, including which fields were the analyst’s', async () => {
    const db = memoryDb();
    const { statements } = await importText(db, ARTICLE);
    const s = statements[0]!;
    await ok(db, 'statements.update', { id: s.id, speaker: 'Someone Else', reviewed: true });
    await ok(db, 'edits.undo', {});
    const back = (await readArticle(db, s.articleId)).statements[0]!;
    expect(back).toEqual(s);
  });
});
