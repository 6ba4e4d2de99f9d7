// Full-text search with filters: the query, the filters, the latest results, and the values filters can take.
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { MethodOutput } from '../../core/contract';
import type { SearchFilters } from '../../core/methods/search';
import { call } from '../api/client';
import { errorMessage } from './errors';

export type SearchResults = MethodOutput<'search.query'>;
export type Facets = MethodOutput<'search.facets'>;

const LIMIT = 300;

function activeFilters(f: SearchFilters): SearchFilters {
  const out: SearchFilters = {};
  for (const [key, value] of Object.entries(f) as [keyof SearchFilters, unknown][]) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    (out as Record<string, unknown>)[key] = value;
  }
  return out;
}

export const useSearchStore = defineStore('search', () => {
  const query = ref('');
  const filters = ref<SearchFilters>({});
  const results = ref<SearchResults | null>(null);
  const facets = ref<Facets | null>(null);
  const loading = ref(false);
  const error = ref<string | null>(null);
  /** The result the keyboard is on. */
  const activeIndex = ref(0);
  /** Bumped by `/` so the search field takes focus, also when the view is already open. */
  const focusTick = ref(0);
  let request = 0;

  function requestFocus(): void {
    focusTick.value++;
  }

  const active = computed(() => activeFilters(filters.value));
  const filterCount = computed(() => Object.keys(active.value).length);

  async function run(): Promise<void> {
    const mine = ++request;
    loading.value = true;
    error.value = null;
    try {
      const result = await call('search.query', { query: query.value, filters: active.value, limit: LIMIT });
      if (mine !== request) return;
      results.value = result;
      activeIndex.value = 0;
    } catch (e) {
      if (mine !== request) return;
      error.value = errorMessage(e);
    } finally {
      if (mine === request) loading.value = false;
    }
  }

  async function loadFacets(): Promise<void> {
    try {
      facets.value = await call('search.facets', {});
    } catch (e) {
      error.value = errorMessage(e);
    }
  }

  function setFilter<K extends keyof SearchFilters>(key: K, value: SearchFilters[K]): void {
    filters.value = { ...filters.value, [key]: value };
  }

  function clearFilters(): void {
    filters.value = {};
  }

  return {
    query,
    filters,
    active,
    filterCount,
    results,
    facets,
    loading,
    error,
    activeIndex,
    focusTick,
    run,
    loadFacets,
    setFilter,
    clearFilters,
    requestFocus,
    LIMIT,
  };
});
