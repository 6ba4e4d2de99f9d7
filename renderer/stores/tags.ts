// The analyst's codebook: hierarchical tags with colour and description, the tree order, and keys 1–9.
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { MethodInput } from '../../core/contract';
import type { Tag } from '../../core/domain';
import { call } from '../api/client';
import { serial } from '../lib/serial';
import { useEditsStore } from './edits';
import { descendantIds, flattenTags, shortcutTags, splitTagPath } from '../lib/tag-tree';
import { errorMessage } from './errors';
import { useLoadState } from './load-state';
import { useToastsStore } from './toasts';

export const useTagsStore = defineStore('tags', () => {
  const toasts = useToastsStore();
  const tags = ref<Tag[]>([]);
  const { loading, loaded, error, track, once } = useLoadState();

  const tree = computed(() => flattenTags(tags.value));
  const byId = computed(() => new Map(tags.value.map((t) => [t.id, t])));
  const nodeById = computed(() => new Map(tree.value.map((n) => [n.tag.id, n])));
  const shortcuts = computed(() => shortcutTags(tree.value));

  async function load(): Promise<void> {
    await track(async () => {
      tags.value = await call('tags.list', {});
    });
  }

  /** A statement gained (1) or lost (-1) the tag: its count moves without reading the codebook again. */
  function countChanged(tagId: number, delta: 1 | -1): void {
    tags.value = tags.value.map((t) => (t.id === tagId ? { ...t, count: Math.max(0, t.count + delta) } : t));
  }

  // An undo or redo can bring back or take away a tag.
  useEditsStore().reloadAfterStep(load);

  const ensureLoaded = () => once(load);

  /** "Security › Terrorism". */
  function pathOf(id: number): string {
    return nodeById.value.get(id)?.path.join(' › ') ?? 'Unknown tag';
  }

  function subtree(id: number): Set<number> {
    return descendantIds(tags.value, id);
  }

  /** Runs a codebook write after earlier writes, reloads the list, and reports a failure (returning null). */
  async function write<T>(what: string, task: () => Promise<T>): Promise<T | null> {
    try {
      const result = await serial(task);
      await load();
      return result;
    } catch (e) {
      toasts.error(`Could not ${what}`, errorMessage(e));
      return null;
    }
  }

  const create = (input: MethodInput<'tags.create'>) => write('create the tag', () => call('tags.create', input));
  const update = (input: MethodInput<'tags.update'>) => write('save the tag', () => call('tags.update', input));
  const merge = (sourceId: number, targetId: number) =>
    write('merge the tags', () => call('tags.merge', { sourceId, targetId }));
  /**
   * "Security/Terrorism": finds or creates each level in turn (a child under its parent), returning the last. Names
   * match as the database compares them (case-insensitively), so an existing "security" is reused, not duplicated.
   */
  async function createPath(text: string): Promise<Tag | null> {
    const names = splitTagPath(text);
    let parentId: number | null = null;
    let last: Tag | null = null;
    for (const name of names) {
      const lower = name.toLowerCase();
      const existing: Tag | undefined = tags.value.find(
        (t) => t.name.toLowerCase() === lower && (t.parentId ?? null) === parentId,
      );
      last = existing ?? (await create({ name, parentId }));
      if (!last) return null;
      parentId = last.id;
    }
    return last;
  }

  const remove = (id: number) => write('delete the tag', () => call('tags.delete', { id }));

  /**
   * How many statements deleting the tag would untag (it and its child tags; `more` past the first 1,000). If the
   * search fails, the codebook's own count stands in.
   */
  async function reachOf(id: number): Promise<{ statements: number; more: boolean }> {
    try {
      const r = await call('search.query', { query: '', filters: { tagIds: [id] }, limit: 1000 });
      return { statements: r.statements.length, more: r.truncated };
    } catch {
      return { statements: nodeById.value.get(id)?.total ?? byId.value.get(id)?.count ?? 0, more: false };
    }
  }

  return {
    tags,
    tree,
    byId,
    countChanged,
    nodeById,
    shortcuts,
    loading,
    loaded,
    error,
    load,
    ensureLoaded,
    pathOf,
    subtree,
    create,
    createPath,
    update,
    merge,
    remove,
    reachOf,
  };
});
