// The codebook: a two-level hierarchy, rename, merge, delete with counts, cycles refused, every change undoable.
import { describe, expect, it } from 'vitest';
import { fails, importText, ok, readArticle } from '../../support/calls';
import { memoryDb } from '../../support/db';

const ARTICLE = 'Talks\n\nThe envoys met. They agreed a ceasefire. Trade will follow.';

describe('tags', () => {
  it('builds a two-level hierarchy and refuses duplicates and cycles', async () => {
    const db = memoryDb();
    const security = await ok(db, 'tags.create', { name: 'Security' });
    const terrorism = await ok(db, 'tags.create', { name: 'Terrorism', parentId: security.id, color: '#aa0000' });
    expect(terrorism).toMatchObject({ parentId: security.id, color: '#aa0000', count: 0 });
    expect((await fails(db, 'tags.create', { name: 'terrorism', parentId: security.id })).code).toBe('conflict');
    expect((await fails(db, 'tags.update', { id: security.id, parentId: terrorism.id })).message).toMatch(
      /under itself/,
    );
    expect((await fails(db, 'tags.create', { name: 'x', color: 'red' })).code).toBe('invalid_input');
    expect((await ok(db, 'tags.list', {})).map((t) => t.name)).toEqual(['Security', 'Terrorism']);
  });

  it('merges one tag into another, moving its statements and children', async () => {
    const db = memoryDb();
    const { statements } = await importText(db, ARTICLE);
    const a = await ok(db, 'tags.create', { name: 'Ceasefire' });
    const b = await ok(db, 'tags.create', { name: 'Truce' });
    const child = await ok(db, 'tags.create', { name: 'Violations', parentId: b.id });
    await ok(db, 'statementTags.set', { statementId: statements[1]!.id, tagId: b.id, on: true });
    await ok(db, 'statementTags.set', { statementId: statements[0]!.id, tagId: b.id, on: true });
    await ok(db, 'statementTags.set', { statementId: statements[0]!.id, tagId: a.id, on: true });
    const { target, moved } = await ok(db, 'tags.merge', { sourceId: b.id, targetId: a.id });
    expect(moved).toBe(1);
    expect(target.count).toBe(2);
    const tags = await ok(db, 'tags.list', {});
    expect(tags.find((t) => t.id === child.id)?.parentId).toBe(a.id);
    expect(tags.find((t) => t.id === b.id)).toBeUndefined();
    await ok(db, 'edits.undo', {});
    const restored = await ok(db, 'tags.list', {});
    expect(restored.find((t) => t.id === b.id)).toMatchObject({ name: 'Truce', count: 2 });
    expect(restored.find((t) => t.id === child.id)?.parentId).toBe(b.id);
    expect(restored.find((t) => t.id === a.id)?.count).toBe(1);
  });

  it('deletes a tag and its children, telling how many statements carried them; undo brings all back', async () => {
    const db = memoryDb();
    const { statements } = await importText(db, ARTICLE);
    const parent = await ok(db, 'tags.create', { name: 'Economy' });
    const child = await ok(db, 'tags.create', { name: 'Trade', parentId: parent.id });
    await ok(db, 'statementTags.set', { statementId: statements[2]!.id, tagId: child.id, on: true });
    await ok(db, 'statementTags.set', { statementId: statements[0]!.id, tagId: parent.id, on: true });
    expect(await ok(db, 'tags.delete', { id: parent.id })).toEqual({ removedFrom: 2, tagsDeleted: 2 });
    expect(await ok(db, 'tags.list', {})).toEqual([]);
    expect((await readArticle(db, statements[0]!.articleId)).statements.every((s) => s.tagIds.length === 0)).toBe(true);
    await ok(db, 'edits.undo', {});
    const after = await readArticle(db, statements[0]!.articleId);
    expect(after.statements[2]!.tagIds).toEqual([child.id]);
    expect(after.statements[0]!.tagIds).toEqual([parent.id]);
  });

  it('renames and recolours a tag', async () => {
    const db = memoryDb();
    const t = await ok(db, 'tags.create', { name: 'Energy' });
    const u = await ok(db, 'tags.update', {
      id: t.id,
      name: 'Energy security',
      color: '#123456',
      description: 'Pipelines, grids',
    });
    expect(u).toMatchObject({ name: 'Energy security', color: '#123456', description: 'Pipelines, grids' });
  });
});
