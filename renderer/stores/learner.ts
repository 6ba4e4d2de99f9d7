// The stance learner: its status (decisions learned, cross-validated accuracy), on/off, reset, and a stance's evidence.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { MethodOutput } from '../../core/contract';
import { call } from '../api/client';
import { useBusyTask } from './busy-task';
import { errorMessage } from './errors';
import { useToastsStore } from './toasts';

export type LearnerStatus = MethodOutput<'learner.status'>;
export type LearnedEvidence = MethodOutput<'learner.evidence'>;

export const useLearnerStore = defineStore('learner', () => {
  const toasts = useToastsStore();
  const status = ref<LearnerStatus | null>(null);
  const error = ref<string | null>(null);
  const { busy, run: runBusy } = useBusyTask<'toggle' | 'reset'>((title, message) => toasts.error(title, message));

  async function load(): Promise<void> {
    error.value = null;
    try {
      status.value = await call('learner.status', {});
    } catch (e) {
      error.value = errorMessage(e);
    }
  }

  async function run(what: 'toggle' | 'reset', task: () => Promise<LearnerStatus>, failed: string): Promise<boolean> {
    const next = await runBusy(what, failed, task);
    if (next === undefined) return false;
    status.value = next;
    return true;
  }

  const setEnabled = (enabled: boolean) =>
    run('toggle', () => call('learner.setEnabled', { enabled }), 'Could not switch the learner');

  async function reset(): Promise<boolean> {
    const done = await run('reset', () => call('learner.reset', {}), 'Could not reset the learner');
    if (done) toasts.success('Learner reset', 'Suggestions follow the rules until you confirm new statements.');
    return done;
  }

  /** Why the learner suggested this stance: how many decisions agree and the nearest of them. */
  async function evidence(statementId: number, target: string): Promise<LearnedEvidence> {
    return call('learner.evidence', { statementId, target });
  }

  return { status, error, busy, load, setEnabled, reset, evidence };
});
