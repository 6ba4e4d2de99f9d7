// Full-text search with filters: the query, the filters, the latest results, and the values filters can take.
import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import type { MethodOutput } from '../../core/contract';
import type { SearchFilters } from '../../core/methods/search';
import { call } from '../api/client';
import { errorMessage } from './errors';
import { useVariablesStore, type VariableFilter } from './variables';

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

  /** Document-variable filters, and the articles they keep (null = no filter). */
  const variableFilters = ref<VariableFilter[]>([]);
  const variableIds = useVariablesStore().follow(variableFilters);

  const active = computed(() => {
    const out = activeFilters(filters.value);
    const kept = variableIds.value;
    if (kept === null) return out;
    const set = new Set(kept);
    return { ...out, articleIds: out.articleIds ? out.articleIds.filter((id) => set.has(id)) : kept };
  });
  /** The variable filters keep no article: nothing can match. */
  const noneKept = computed(() => active.value.articleIds?.length === 0);
  const filterCount = computed(() => Object.keys(activeFilters(filters.value)).length + variableFilters.value.length);

  async function run(): Promise<void> {
    const mine = ++request;
    loading.value = true;
    error.value = null;
    try {
      const result = noneKept.value
        ? { statements: [], articles: [], truncated: false }
        : await call('search.query', { query: query.value, filters: active.value, limit: LIMIT });
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
    variableFilters.value = [];
  }

  watch(variableIds, () => void run());

  return {
    query,
    filters,
    variableFilters,
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
