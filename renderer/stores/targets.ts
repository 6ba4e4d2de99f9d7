// The analyst's targets (countries and topics), used to show a stance's target by its label, not its id.
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { Target } from '../../core/domain';
import { call } from '../api/client';
import { humanizeId } from '../lib/format';
import { useLoadState } from './load-state';

export const useTargetsStore = defineStore('targets', () => {
  const targets = ref<Target[]>([]);
  const { loading, loaded, error, track, once } = useLoadState();

  const byId = computed(() => new Map(targets.value.map((t) => [t.id, t])));

  async function load(): Promise<void> {
    await track(async () => {
      targets.value = await call('targets.list', {});
    });
  }

  const ensureLoaded = () => once(load);

  /**
   * Stances and actors are stored by id ("us", "pakistan"). Actors have no list method yet, but their
   * ids share the targets' namespace, so the target label is the best name available for both.
   */
  function labelFor(id: string): string {
    return byId.value.get(id)?.label ?? humanizeId(id);
  }

  return { targets, loading, error, loaded, load, ensureLoaded, labelFor };
});
