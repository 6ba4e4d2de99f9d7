// Targets and actors the engine looks for: saving or deleting one re-runs detection over every article (a new or
// edited target in the background, while the analyst keeps working).
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { MethodInput, MethodOutput } from '../../core/contract';
import type { Actor } from '../../core/domain';
import { call } from '../api/client';
import { actorIdFor } from '../lib/actor-names';
import { plural } from '../lib/format';
import { serial } from '../lib/serial';
import { errorMessage } from './errors';
import { useJobsStore } from './jobs';
import { useNavigationStore } from './navigation';
import { useReaderStore } from './reader';
import { useTargetsStore } from './targets';
import { useToastsStore } from './toasts';

type Counts = MethodOutput<'articles.reextract'>;

const POLL_MS = 250;
/** The ids targets may have; an entity whose id is not one gets a new id from its label. */
const SLUG = /^[a-z0-9][a-z0-9_-]{0,59}$/;

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
  const jobs = useJobsStore();

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

  /** The views that show detection's results, after it ran. */
  async function reloadResults(): Promise<void> {
    await Promise.all([useTargetsStore().load(), loadActors()]);
    if (useNavigationStore().view === 'reader') await useReaderStore().reload();
  }

  /** A re-run that ended: its job ends (a cancelled one says how far it got), a toast gives the counts, views reload. */
  async function finished(what: string, counts: Counts): Promise<true> {
    jobs.end(what, counts.cancelled ? counts.articles : null);
    if (!counts.cancelled) toasts.success(`${what}: done`, describeCounts(counts));
    await reloadResults();
    return true;
  }

  /** A re-run that failed: its job ends and a toast says what could not be finished. */
  function failed(what: string, e: unknown): false {
    jobs.end(what, null);
    toasts.error(`Could not finish: ${what.toLowerCase()}`, errorMessage(e));
    return false;
  }

  /** Runs a change that re-runs detection, with its progress and Cancel while it works and the counts when done. */
  async function change(what: string, task: () => Promise<Counts>): Promise<boolean> {
    running.value = what;
    jobs.begin(what);
    const unfollow = jobs.followReextraction(what);
    try {
      return await finished(what, await serial(task));
    } catch (e) {
      return failed(what, e);
    } finally {
      unfollow();
      running.value = null;
    }
  }

  /** Re-runs detection over the library in the background; the analyst's edits meanwhile are kept. */
  async function inBackground(what: string): Promise<boolean> {
    try {
      let status = await call('detection.start', {});
      jobs.begin(what, status.jobId, status.total);
      while (!status.finished) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        status = await call('detection.status', { jobId: status.jobId });
        jobs.update(what, status.jobId, status.done, status.total);
      }
      if (status.superseded) return true; // a later change re-runs every article and reports itself
      if (status.error) throw new Error(status.error);
      return await finished(what, status.counts);
    } catch (e) {
      return failed(what, e);
    }
  }

  /** Stores the target at once (its stance row appears), then re-runs detection in the background. */
  async function saveTarget(input: MethodInput<'targets.save'>): Promise<string | null> {
    const known = input.id !== undefined && useTargetsStore().targets.some((t) => t.id === input.id);
    const what = known ? `Saving target ${input.label}` : `Adding target ${input.label}`;
    try {
      const { target } = await serial(() => call('targets.save', { ...input, detect: false }));
      await useTargetsStore().load();
      void inBackground(what);
      return target.id;
    } catch (e) {
      toasts.error(`Could not finish: ${what.toLowerCase()}`, errorMessage(e));
      return null;
    }
  }

  /**
   * A target by what the analyst typed: a target already followed ("America" is the United States), else the
   * library's actor or a state Parley knows ("UK", "Britain"), else a new one by that name. Resolves to its id.
   */
  async function targetFor(text: string): Promise<string | null> {
    const name = text.trim();
    if (!name) return null;
    await ensureLoaded();
    const targets = useTargetsStore();
    const id = actorIdFor(name, [...targets.targets, ...actors.value, ...known.value]);
    if (id && targets.targets.some((t) => t.id === id)) return id;
    const entity = actors.value.find((a) => a.id === id) ?? known.value.find((k) => k.id === id);
    if (entity && SLUG.test(entity.id))
      return saveTarget({ id: entity.id, label: entity.label, aliases: [...entity.aliases] });
    return saveTarget({ label: name, aliases: [name] });
  }

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
    targetFor,
    deleteTarget,
    saveActor,
    deleteActor,
  };
});
