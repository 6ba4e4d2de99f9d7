// The analyst's codebook: create, rename, recolour, move, merge and delete hierarchical tags, each undoable.
import type { Database } from 'better-sqlite3';
import type { MethodInput } from '../core/contract';
import type { Tag } from '../core/domain';
import { ParleyError } from '../core/errors';
import { findSibling, getTag, listTags, subtreeIds } from '../db/repositories/tags';
import { snapshotTag } from '../db/repositories/snapshots';
import { logAppliedChanges, type Change } from './edit-log';
import type { HandlerMap } from './handler-types';
import { TAG_PALETTE } from '../core/shared/tag-palette';

function tagOrThrow(db: Database, id: number): Tag {
  const tag = getTag(db, id);
  if (!tag) throw new ParleyError('not_found', `There is no tag with id ${id}.`);
  return tag;
}

function assertUniqueName(db: Database, parentId: number | null, name: string, self?: number): void {
  const other = findSibling(db, parentId, name);
  if (other !== undefined && other !== self) {
    throw new ParleyError(
      'conflict',
      `A tag named "${name}" already exists ${parentId ? 'under that parent' : 'at the top level'}.`,
    );
  }
}

/** Runs a codebook edit in one transaction, logging before/after snapshots of the tag subtrees it touched. */
function logged<T>(db: Database, ids: number[], edit: () => T & { created?: number }): T {
  return db
    .transaction(() => {
      const before = new Map(ids.map((id) => [id, snapshotTag(db, id)]));
      const result = edit();
      if (result.created !== undefined) before.set(result.created, null);
      const changes: Change[] = [...before].map(([id, old]) => ({
        entity: 'tag',
        id,
        field: 'row',
        old,
        new: snapshotTag(db, id),
      }));
      logAppliedChanges(db, changes);
      return result;
    })
    .immediate();
}

export function createTag(db: Database, input: MethodInput<'tags.create'>): Tag {
  const parentId = input.parentId ?? null;
  if (parentId !== null) tagOrThrow(db, parentId);
  assertUniqueName(db, parentId, input.name);
  const { created } = logged(db, [], () => {
    const count = db.prepare('SELECT count(*) FROM tags').pluck().get() as number;
    const position = db.prepare('SELECT coalesce(max(position), 0) + 1 FROM tags').pluck().get() as number;
    const info = db
      .prepare('INSERT INTO tags (parent_id, name, color, description, position) VALUES (?, ?, ?, ?, ?)')
      .run(
        parentId,
        input.name,
        input.color ?? TAG_PALETTE[count % TAG_PALETTE.length],
        input.description ?? '',
        position,
      );
    return { created: Number(info.lastInsertRowid) };
  });
  return tagOrThrow(db, created);
}

export function updateTag(db: Database, input: MethodInput<'tags.update'>): Tag {
  const tag = tagOrThrow(db, input.id);
  const parentId = input.parentId === undefined ? tag.parentId : input.parentId;
  if (parentId !== null) {
    tagOrThrow(db, parentId);
    if (subtreeIds(db, tag.id).includes(parentId)) {
      throw new ParleyError('invalid_input', `"${tag.name}" cannot be moved under itself or one of its children.`);
    }
  }
  const name = input.name ?? tag.name;
  assertUniqueName(db, parentId, name, tag.id);
  logged(db, [tag.id], () => {
    db.prepare('UPDATE tags SET name = ?, parent_id = ?, color = ?, description = ? WHERE id = ?').run(
      name,
      parentId,
      input.color ?? tag.color,
      input.description ?? tag.description,
      tag.id,
    );
    return {};
  });
  return tagOrThrow(db, tag.id);
}

export function mergeTags(db: Database, input: MethodInput<'tags.merge'>): { target: Tag; moved: number } {
  const source = tagOrThrow(db, input.sourceId);
  const target = tagOrThrow(db, input.targetId);
  if (subtreeIds(db, source.id).includes(target.id)) {
    throw new ParleyError('invalid_input', `"${source.name}" cannot be merged into itself or one of its children.`);
  }
  const { moved } = logged(db, [source.id, target.id], () => {
    const info = db
      .prepare(
        'INSERT OR IGNORE INTO statement_tags (statement_id, tag_id) SELECT statement_id, ? FROM statement_tags WHERE tag_id = ?',
      )
      .run(target.id, source.id);
    db.prepare('UPDATE tags SET parent_id = ? WHERE parent_id = ?').run(target.id, source.id);
    db.prepare('DELETE FROM tags WHERE id = ?').run(source.id);
    return { moved: info.changes };
  });
  return { target: tagOrThrow(db, target.id), moved };
}

export function deleteTag(
  db: Database,
  input: MethodInput<'tags.delete'>,
): { removedFrom: number; tagsDeleted: number } {
  const tag = tagOrThrow(db, input.id);
  const ids = subtreeIds(db, tag.id);
  const removedFrom = db
    .prepare(
      `SELECT count(DISTINCT statement_id) FROM statement_tags WHERE tag_id IN (${ids.map(() => '?').join(',')})`,
    )
    .pluck()
    .get(...ids) as number;
  logged(db, [tag.id], () => {
    db.prepare('DELETE FROM tags WHERE id = ?').run(tag.id);
    return {};
  });
  return { removedFrom, tagsDeleted: ids.length };
}

export const tagHandlers: HandlerMap<'tags.list' | 'tags.create' | 'tags.update' | 'tags.merge' | 'tags.delete'> = {
  'tags.list': (db) => listTags(db),
  'tags.create': createTag,
  'tags.update': updateTag,
  'tags.merge': mergeTags,
  'tags.delete': deleteTag,
};
