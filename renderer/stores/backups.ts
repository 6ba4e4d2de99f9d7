// Backups of the library: the rotating set beside the database, one made on demand, and restore with a safety copy.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { MethodOutput } from '../../core/contract';
import { call } from '../api/client';
import { useArticlesStore } from './articles';
import { useBatchImportStore } from './batch-import';
import { useBriefsStore } from './briefs';
import { useDetectionStore } from './detection';
import { useEditsStore } from './edits';
import { useBusyTask } from './busy-task';
import { useLoadState } from './load-state';
import { useReaderStore } from './reader';
import { useTagsStore } from './tags';
import { useTargetsStore } from './targets';
import { useToastsStore } from './toasts';

export type Backup = MethodOutput<'backups.list'>[number];

export const useBackupsStore = defineStore('backups', () => {
  const toasts = useToastsStore();
  const backups = ref<Backup[]>([]);
  const { loading, loaded, error, track } = useLoadState();
  /** What is being done now; the buttons wait for it. */
  const { busy, run } = useBusyTask<'create' | 'restore'>((title, message) => toasts.error(title, message));

  async function load(): Promise<void> {
    await track(async () => {
      backups.value = await call('backups.list', {});
    });
  }

  async function create(): Promise<Backup | null> {
    const made = await run('create', 'Could not make a backup', async () => {
      const backup = await call('backups.create', {});
      toasts.success('Backup made', backup.name);
      await load();
      return backup;
    });
    return made ?? null;
  }

  /** After a restore every store holds the old library: each re-reads what it shows. */
  async function reloadEverything(): Promise<void> {
    const articles = useArticlesStore();
    const reader = useReaderStore();
    useBatchImportStore().dismiss();
    await Promise.all([
      articles.load(),
      useTagsStore().load(),
      useTargetsStore().load(),
      useDetectionStore().loadActors(),
      useEditsStore().refresh(),
      useBriefsStore().loadList(),
    ]);
    const open = reader.article?.id;
    if (open !== undefined) {
      if (articles.byId(open)) await reader.reload();
      else reader.forget(open);
    }
  }

  async function restore(name: string): Promise<boolean> {
    const done = await run('restore', 'Could not restore the backup', async () => {
      const result = await call('backups.restore', { name });
      await reloadEverything();
      toasts.success(
        'Backup restored',
        `The library is now as in ${result.restored}. Saved first as ${result.safetyBackup}.`,
      );
      await load();
      return true;
    });
    return done ?? false;
  }

  return { backups, loading, loaded, error, busy, load, create, restore };
});
