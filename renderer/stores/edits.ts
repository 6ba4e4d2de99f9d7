// Undo and redo over the backend's edits log, so they reach every analyst edit and survive a restart of the app.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { MethodOutput } from '../../core/contract';
import { ApiError, call, onEditCounts } from '../api/client';
import { serial } from '../lib/serial';
import { errorMessage } from './errors';
import { useNavigationStore } from './navigation';
import { useReaderStore } from './reader';
import { useToastsStore } from './toasts';

type Outcome = MethodOutput<'edits.undo'>;

export const useEditsStore = defineStore('edits', () => {
  const undoable = ref(0);
  const redoable = ref(0);
  const busy = ref(false);
  /** What other stores reload after an undo or redo, before the screen is brought in line (the codebook registers its list). */
  const reloads: Array<() => Promise<void>> = [];
  // Every reply that changed the edits log carries the counts: no edits.status call after an edit.
  onEditCounts((counts) => {
    undoable.value = counts.undoable;
    redoable.value = counts.redoable;
  });

  function reloadAfterStep(reload: () => Promise<void>): void {
    reloads.push(reload);
  }

  async function refresh(): Promise<void> {
    try {
      const status = await call('edits.status', {});
      undoable.value = status.undoable;
      redoable.value = status.redoable;
    } catch {
      // The buttons only guide; undo itself reports when there is nothing to undo.
    }
  }

  /** Brings the screen in line with what the backend just undid or redid. */
  async function show(outcome: Outcome, verb: 'Undone' | 'Redone'): Promise<void> {
    const reader = useReaderStore();
    const navigation = useNavigationStore();
    const toasts = useToastsStore();
    undoable.value = outcome.undoable;
    redoable.value = outcome.redoable;
    await Promise.all(reloads.map((reload) => reload()));
    const inReader = navigation.view === 'reader' && reader.article !== null;
    if (outcome.articleId !== null && inReader && outcome.articleId === reader.article!.id) {
      await reader.reload(outcome.statementId);
    } else if (inReader) {
      await reader.reload();
    }
    const elsewhere = outcome.articleId !== null && (!inReader || outcome.articleId !== reader.article?.id);
    const { articleId, statementId } = outcome;
    toasts.info(
      `${verb}: ${outcome.description || 'edit'}`,
      elsewhere
        ? 'The change was in another article.'
        : `${outcome.undoable} left to undo, ${outcome.redoable} to redo.`,
      elsewhere && articleId !== null && statementId !== null
        ? { label: 'Show', run: () => navigation.openStatement(articleId, statementId, false) }
        : undefined,
    );
  }

  async function step(direction: 'undo' | 'redo'): Promise<void> {
    const toasts = useToastsStore();
    busy.value = true;
    try {
      // Behind any write still in flight, so undo takes back the edit the analyst last saw saved.
      const outcome = await serial(() => call(direction === 'undo' ? 'edits.undo' : 'edits.redo', {}));
      await show(outcome, direction === 'undo' ? 'Undone' : 'Redone');
    } catch (e) {
      if (e instanceof ApiError && e.code === 'not_found') toasts.info(e.message, 'The edits log is empty that way.');
      else toasts.error(direction === 'undo' ? 'Could not undo' : 'Could not redo', errorMessage(e));
      await refresh();
    } finally {
      busy.value = false;
    }
  }

  return { undoable, redoable, busy, refresh, reloadAfterStep, undo: () => step('undo'), redo: () => step('redo') };
});
