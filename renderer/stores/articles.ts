// The library: article summaries with statement and reviewed counts, newest import first.
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { MethodInput, MethodOutput } from '../../core/contract';
import type { ArticleSummary } from '../../core/domain';
import { call } from '../api/client';
import { serial } from '../lib/serial';
import { useLoadState } from './load-state';
import { useReaderStore } from './reader';

function newestFirst(a: ArticleSummary, b: ArticleSummary): number {
  return b.importedAt.localeCompare(a.importedAt) || b.id - a.id;
}

export const useArticlesStore = defineStore('articles', () => {
  const articles = ref<ArticleSummary[]>([]);
  const { loading, loaded, error, track } = useLoadState();
  /** Ids imported in this session, so the library can mark them as new. */
  const recentIds = ref<Set<number>>(new Set());

  const sorted = computed(() => [...articles.value].sort(newestFirst));
  const isEmpty = computed(() => loaded.value && articles.value.length === 0);

  async function load(): Promise<void> {
    await track(async () => {
      articles.value = await call('articles.list', {});
    });
  }

  /** Puts an import's summary in the list at once, without waiting for a full reload. */
  function upsert(summary: ArticleSummary, isNew: boolean): void {
    const rest = articles.value.filter((a) => a.id !== summary.id);
    articles.value = [...rest, summary];
    if (isNew) recentIds.value = new Set([...recentIds.value, summary.id]);
  }

  /** Marks articles a batch import added (after a reload brought them in), so the library shows them as new. */
  function markNew(ids: readonly number[]): void {
    if (ids.length > 0) recentIds.value = new Set([...recentIds.value, ...ids]);
  }

  /** Deletes an article with everything on it (after the analyst confirmed); returns what went, or throws. */
  async function remove(id: number): Promise<MethodOutput<'articles.delete'>> {
    const result = await call('articles.delete', { id });
    articles.value = articles.value.filter((a) => a.id !== id);
    return result;
  }

  function byId(id: number): ArticleSummary | undefined {
    return articles.value.find((a) => a.id === id);
  }

  /** Saves an article's headline, outlet, date or address (throwing on failure), then shows it everywhere. */
  async function updateMeta(input: MethodInput<'articles.updateMeta'>): Promise<void> {
    const summary = await serial(() => call('articles.updateMeta', input));
    upsert(summary, false);
    const reader = useReaderStore();
    await reader.reload(reader.selectedId);
  }

  return {
    articles,
    sorted,
    loading,
    loaded,
    error,
    isEmpty,
    recentIds,
    load,
    upsert,
    markNew,
    remove,
    byId,
    updateMeta,
  };
});
