// The analyst's targets (countries and topics), used to show a stance's target by its label, not its id.
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { Target } from '../../core/domain';
import { call } from '../api/client';
import { humanizeId } from '../lib/format';
import { errorMessage } from './errors';

export const useTargetsStore = defineStore('targets', () => {
  const targets = ref<Target[]>([]);
  const loading = ref(false);
  const error = ref<string | null>(null);
  const loaded = ref(false);

  const byId = computed(() => new Map(targets.value.map((t) => [t.id, t])));

  async function load(): Promise<void> {
    loading.value = true;
    error.value = null;
    try {
      targets.value = await call('targets.list', {});
      loaded.value = true;
    } catch (e) {
      error.value = errorMessage(e);
    } finally {
      loading.value = false;
    }
  }

  async function ensureLoaded(): Promise<void> {
    if (!loaded.value && !loading.value) await load();
  }

  /**
   * Stances and actors are stored by id ("us", "pakistan"). Actors have no list method yet, but their
   * ids share the targets' namespace, so the target label is the best name available for both.
   */
  function labelFor(id: string): string {
    return byId.value.get(id)?.label ?? humanizeId(id);
  }

  return { targets, loading, error, loaded, load, ensureLoaded, labelFor };
});
