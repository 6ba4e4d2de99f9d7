// Targets and actors the engine looks for: saving or deleting one re-runs detection over every article.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { MethodInput, MethodOutput } from '../../core/contract';
import type { Actor } from '../../core/domain';
import { call } from '../api/client';
import { plural } from '../lib/format';
import { serial } from '../lib/serial';
import { errorMessage } from './errors';
import { useNavigationStore } from './navigation';
import { useReaderStore } from './reader';
import { useTargetsStore } from './targets';
import { useToastsStore } from './toasts';

type Counts = MethodOutput<'articles.reextract'>;

export function describeCounts(c: Counts): string {
  const parts = [`${c.added} added`, `${c.updated} updated`, `${c.removed} removed`];
  if (c.kept > 0) parts.push(`${c.kept} kept for your edits`);
  return `Statements in ${plural(c.articles, 'article')}: ${parts.join(', ')}.`;
}

export const useDetectionStore = defineStore('detection', () => {
  const toasts = useToastsStore();
  const actors = ref<Actor[]>([]);
  /** States, organisations and territories Parley knows, whether or not the library has them yet. */
  const known = ref<MethodOutput<'entities.known'>>([]);
  const loaded = ref(false);
  const error = ref<string | null>(null);
  /** What is being re-run right now, shown while detection runs over the library. */
  const running = ref<string | null>(null);

  async function loadActors(): Promise<void> {
    error.value = null;
    try {
      const [list, entities] = await Promise.all([
        call('actors.list', {}),
        known.value.length ? known.value : call('entities.known', {}),
      ]);
      actors.value = list;
      known.value = entities;
      loaded.value = true;
    } catch (e) {
      error.value = errorMessage(e);
    }
  }

  async function ensureLoaded(): Promise<void> {
    if (!loaded.value) await loadActors();
  }

  /** Runs a change that re-runs detection, with a notice while it works and the counts when it is done. */
  async function change(what: string, task: () => Promise<Counts>): Promise<boolean> {
    running.value = what;
    const notice = toasts.info(`${what}…`, 'Re-running detection over every article; your edits are kept.');
    try {
      const counts = await serial(task);
      toasts.dismiss(notice);
      toasts.success(`${what}: done`, describeCounts(counts));
      await Promise.all([useTargetsStore().load(), loadActors()]);
      const navigation = useNavigationStore();
      if (navigation.view === 'reader') await useReaderStore().reload();
      return true;
    } catch (e) {
      toasts.dismiss(notice);
      toasts.error(`Could not finish: ${what.toLowerCase()}`, errorMessage(e));
      return false;
    } finally {
      running.value = null;
    }
  }

  const saveTarget = (input: MethodInput<'targets.save'>) =>
    change(
      input.id ? `Saving target ${input.label}` : `Adding target ${input.label}`,
      async () => (await call('targets.save', input)).reextract,
    );
  const deleteTarget = (id: string, label: string) =>
    change(`Deleting target ${label}`, async () => (await call('targets.delete', { id })).reextract);
  const saveActor = (input: MethodInput<'actors.save'>) =>
    change(
      input.id ? `Saving actor ${input.label}` : `Adding actor ${input.label}`,
      async () => (await call('actors.save', input)).reextract,
    );
  const deleteActor = (id: string, label: string) =>
    change(`Deleting actor ${label}`, async () => (await call('actors.delete', { id })).reextract);

  return {
    actors,
    known,
    loaded,
    error,
    running,
    loadActors,
    ensureLoaded,
    saveTarget,
    deleteTarget,
    saveActor,
    deleteActor,
  };
});
