// The long job running now (a re-extraction after a change to actors or targets, or detection in the background):
// its progress, Cancel, and what a cancelled job did, in words that stay on screen until dismissed.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { JobProgress } from '../../core/methods/jobs';
import { call, subscribe } from '../api/client';
import { plural } from '../lib/format';
import { errorMessage } from './errors';
import { useToastsStore } from './toasts';

export interface RunningJob {
  /** What caused it, e.g. "Adding target Britain". */
  what: string;
  /** Known once the backend has named the job (at once for detection, from the first progress event otherwise). */
  jobId: string | null;
  done: number;
  total: number;
  cancelling: boolean;
}

/** "Cancelled after 5 of 12 articles; 5 re-extracted, 7 unchanged." */
export function describeCancelled(done: number, total: number): string {
  if (total < done) return `Cancelled after ${plural(done, 'article')}; those were re-extracted, the rest unchanged.`;
  return `Cancelled after ${done} of ${plural(total, 'article')}; ${done} re-extracted, ${total - done} unchanged.`;
}

export const useJobsStore = defineStore('jobs', () => {
  const toasts = useToastsStore();
  const current = ref<RunningJob | null>(null);
  /** What the last cancelled job did, shown until the analyst dismisses it or another job starts. */
  const outcome = ref<{ what: string; text: string } | null>(null);

  function begin(what: string, jobId: string | null = null, total = 0): void {
    outcome.value = null;
    current.value = { what, jobId, done: 0, total, cancelling: false };
  }

  /** Progress of the job `what` started; ignored once another job has taken over the panel. */
  function update(what: string, jobId: string, done: number, total: number): void {
    const job = current.value;
    if (!job || job.what !== what || (job.jobId !== null && job.jobId !== jobId)) return;
    current.value = { ...job, jobId, done, total };
  }

  /** Follows a re-extraction the backend runs inside a call through its progress events; returns the unsubscribe. */
  function followReextraction(what: string): () => void {
    return subscribe('job.progress', (payload) => {
      const p = payload as JobProgress;
      if (p.kind === 'reextract' && !p.finished) update(what, p.jobId, p.done, p.total);
    });
  }

  /** The job `what` ended; a cancelled one says how far it got and what it left as it was. */
  function end(what: string, cancelledAfter: number | null): void {
    const job = current.value;
    if (!job || job.what !== what) return;
    current.value = null;
    if (cancelledAfter !== null) outcome.value = { what, text: describeCancelled(cancelledAfter, job.total) };
  }

  async function cancel(): Promise<void> {
    const job = current.value;
    if (!job?.jobId || job.cancelling) return;
    current.value = { ...job, cancelling: true };
    try {
      await call('jobs.cancel', { jobId: job.jobId });
    } catch (e) {
      if (current.value?.jobId === job.jobId) current.value = { ...current.value, cancelling: false };
      toasts.error('Could not cancel', errorMessage(e));
    }
  }

  function dismissOutcome(): void {
    outcome.value = null;
  }

  return { current, outcome, begin, update, followReextraction, end, cancel, dismissOutcome };
});
