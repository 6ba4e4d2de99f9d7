// The analyst's codebook: create, rename, recolour, move, merge and delete hierarchical tags, each undoable.
import type { Database } from 'better-sqlite3';
import type { MethodInput } from '../core/contract';
import type { Tag } from '../core/domain';
import { foundBy, ParleyError } from '../core/errors';
import {
  countTaggedStatements,
  countTags,
  deleteTagRow,
  findSibling,
  getTag,
  insertTag,
  listTags,
  mergeTagInto,
  subtreeIds,
  updateTagRow,
} from '../db/repositories/tags';
import { snapshotTag } from '../db/repositories/snapshots';
import { logAppliedChanges, type Change } from './edit-log';
import type { HandlerMap } from './handler-types';
import { TAG_PALETTE } from '../core/shared/tag-palette';

const tagOrThrow = foundBy(getTag, 'tag');

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
    const color = input.color ?? TAG_PALETTE[countTags(db) % TAG_PALETTE.length]!;
    return { created: insertTag(db, { parentId, name: input.name, color, description: input.description ?? '' }) };
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
    updateTagRow(db, tag.id, {
      name,
      parentId,
      color: input.color ?? tag.color,
      description: input.description ?? tag.description,
    });
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
  const { moved } = logged(db, [source.id, target.id], () => ({ moved: mergeTagInto(db, source.id, target.id) }));
  return { target: tagOrThrow(db, target.id), moved };
}

export function deleteTag(
  db: Database,
  input: MethodInput<'tags.delete'>,
): { removedFrom: number; tagsDeleted: number } {
  const tag = tagOrThrow(db, input.id);
  const ids = subtreeIds(db, tag.id);
  const removedFrom = countTaggedStatements(db, ids);
  logged(db, [tag.id], () => {
    deleteTagRow(db, tag.id);
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
