// Document variables: their definitions, the values in use (for filters), one article's values, and setting a value.
import { defineStore } from 'pinia';
import { ref, watch, type Ref } from 'vue';
import type { Variable, VariableFilter, VariableValues } from '../../core/qda/types';
import { call } from '../api/client';
import { errorMessage } from './errors';
import { useToastsStore } from './toasts';

export type { VariableFilter };

export interface ValueInUse {
  value: string;
  articles: number;
}

export const useVariablesStore = defineStore('variables', () => {
  const toasts = useToastsStore();
  const variables = ref<Variable[]>([]);
  /** Values in use per variable id, most articles first; "" counts the articles where it is not set. */
  const choices = ref<Map<number, ValueInUse[]>>(new Map());
  const loaded = ref(false);
  const error = ref<string | null>(null);

  async function load(): Promise<void> {
    error.value = null;
    try {
      const [vars, used] = await Promise.all([call('variables.list', {}), call('variables.choices', {})]);
      variables.value = vars;
      choices.value = new Map(used.map((c) => [c.variableId, c.values]));
      loaded.value = true;
    } catch (e) {
      error.value = errorMessage(e);
    }
  }

  /** The values a filter may offer: a category's options and every value in use, with counts where known. */
  function offered(v: Variable): ValueInUse[] {
    const used = choices.value.get(v.id) ?? [];
    const extra = v.options.filter((o) => !used.some((u) => u.value === o)).map((value) => ({ value, articles: 0 }));
    return [...used, ...extra];
  }

  async function ofArticle(articleId: number): Promise<VariableValues | null> {
    try {
      return await call('variables.ofArticle', { articleId });
    } catch (e) {
      toasts.error('Could not read the document variables', errorMessage(e));
      return null;
    }
  }

  /** Sets (or with "" clears) one value; returns the article's values, or null when refused (the reason is shown). */
  async function set(articleId: number, variable: Variable, value: string): Promise<VariableValues | null> {
    try {
      const values = await call('variables.set', {
        articleId,
        variableId: variable.id,
        value: value.trim() === '' ? null : value,
      });
      void load();
      return values;
    } catch (e) {
      toasts.error(`Could not set ${variable.name}`, errorMessage(e));
      return null;
    }
  }

  /** The ids of the articles matching every filter; null when there are no filters (every article). */
  async function match(filters: VariableFilter[]): Promise<number[] | null> {
    if (filters.length === 0) return null;
    return (await call('variables.match', { filters })).articleIds;
  }

  /**
   * Follows `filters` with the ids of the articles they keep: null while there are no filters (every article), else
   * the matching ids ([] when none match). A failure is shown and keeps every article.
   */
  function follow(filters: Ref<VariableFilter[]>): Ref<number[] | null> {
    const ids = ref<number[] | null>(null);
    let run = 0;
    watch(
      filters,
      async (f) => {
        const mine = ++run;
        try {
          const found = await match(f);
          if (mine === run) ids.value = found;
        } catch (e) {
          if (mine === run) ids.value = null;
          toasts.error('Could not filter by document variables', errorMessage(e));
        }
      },
      { deep: true },
    );
    return ids;
  }

  return { variables, choices, loaded, error, load, offered, ofArticle, set, match, follow };
});
