// Who is who across the library: the speakers and actors merged so far, and merging two more (one undoable edit).
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { MethodOutput } from '../../core/contract';
import { call } from '../api/client';
import { plural } from '../lib/format';
import { serial } from '../lib/serial';
import { useEditsStore } from './edits';
import { errorMessage } from './errors';
import { useToastsStore } from './toasts';

export const useRegistryStore = defineStore('registry', () => {
  const toasts = useToastsStore();
  const registry = ref<MethodOutput<'registry.list'> | null>(null);

  async function load(): Promise<void> {
    registry.value = await call('registry.list', {});
  }

  // An undo or redo can take a merge back or bring it again: a list on screen follows.
  useEditsStore().reloadAfterStep(async () => {
    if (registry.value) await load();
  });

  /** Merges `from` into `into` (people: speakers; actors: actor ids or names); says what changed; false on failure. */
  async function merge(kind: 'people' | 'actors', from: string, into: string): Promise<boolean> {
    const method = kind === 'people' ? 'people.merge' : 'actors.merge';
    try {
      const r = await serial(() => call(method, { from, into }));
      toasts.success(
        `Merged ${from} into ${into}`,
        `${plural(r.statements, 'statement')} changed; later imports read one as the other. Undo with Ctrl+Z.`,
      );
      return true;
    } catch (e) {
      toasts.error('Could not merge', errorMessage(e));
      return false;
    }
  }

  return { registry, load, merge };
});
