// A batch of article files imported by the backend: sent in calls under the host's size limit, followed through
// progress events (polled as well, since an event stream can connect late), cancellable, with a result per file.
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { MethodOutput } from '../../core/contract';
import type { BatchEvent } from '../../core/methods/imports';
import { call, subscribe } from '../api/client';
import { planChunks } from '../lib/import-batch';
import { MAX_IMPORT_BYTES, tooLargeMessage } from '../lib/import-limits';
import { useArticlesStore } from './articles';
import { errorMessage } from './errors';
import { useToastsStore } from './toasts';

type Progress = MethodOutput<'imports.status'>;
type FileStatus = Progress['results'][number]['status'];

export interface BatchRow {
  fileName: string;
  status: FileStatus | 'pending';
  articleId: number | null;
  message: string | null;
}

/** The backend call in flight: which of the batch's rows its results fill, in order. */
interface ActiveCall {
  batchId: string;
  indexes: number[];
  seen: number;
  finish: () => void;
  /** Asks for the whole status (every result so far). */
  refresh: () => Promise<void>;
}

/** Status is polled this often as well as followed by events, so a missed event never stalls the panel. */
const POLL_MS = 700;

export const useBatchImportStore = defineStore('batchImport', () => {
  const articles = useArticlesStore();
  const toasts = useToastsStore();

  const rows = shallowRef<BatchRow[]>([]);
  const running = ref(false);
  const cancelling = ref(false);
  const cancelled = ref(false);
  const current = ref<string | null>(null);
  /** Files in a picked folder that were not articles (by extension), reported with the results. */
  const skipped = ref(0);
  let active: ActiveCall | null = null;
  let cancelRequested = false;

  const total = computed(() => rows.value.length);
  const done = computed(() => rows.value.filter((r) => r.status !== 'pending').length);
  const finished = computed(() => !running.value && rows.value.length > 0);
  const counts = computed(() => {
    const c: Record<FileStatus, number> = { imported: 0, duplicate: 0, error: 0, cancelled: 0 };
    for (const r of rows.value) if (r.status !== 'pending') c[r.status]++;
    return c;
  });

  function setRows(changes: Map<number, BatchRow>): void {
    if (changes.size === 0) return;
    rows.value = rows.value.map((r, i) => changes.get(i) ?? r);
  }

  /** Takes a progress report (event or poll) for the call in flight; older reports than one already seen are ignored. */
  function apply(p: Progress): void {
    const inFlight = active;
    if (!inFlight || p.batchId !== inFlight.batchId) return;
    if (p.results.length < inFlight.seen && !p.finished) return;
    const changes = new Map<number, BatchRow>();
    p.results.forEach((r, k) => {
      const index = inFlight.indexes[k];
      if (index !== undefined) changes.set(index, { ...r });
    });
    inFlight.seen = p.results.length;
    setRows(changes);
    current.value = p.current;
    if (p.finished) inFlight.finish();
  }

  /** Takes a progress event: the one file just done; the closing event asks once for the whole status. */
  function applyEvent(e: BatchEvent): void {
    const inFlight = active;
    if (!inFlight || e.batchId !== inFlight.batchId) return;
    if (e.result) {
      const { index: k, ...result } = e.result;
      const index = inFlight.indexes[k];
      if (index !== undefined) setRows(new Map([[index, result]]));
    }
    current.value = e.current;
    if (e.finished) void inFlight.refresh();
  }

  function fail(indexes: readonly number[], message: string, status: FileStatus = 'error'): void {
    const changes = new Map<number, BatchRow>();
    for (const i of indexes) {
      const row = rows.value[i];
      if (row?.status === 'pending') changes.set(i, { ...row, status, message: status === 'error' ? message : null });
    }
    setRows(changes);
  }

  /** Reads one file; a file that is too big or cannot be read becomes an error row, as the backend would word it. */
  async function read(file: File, index: number): Promise<{ fileName: string; bytes: Uint8Array } | null> {
    if (file.size > MAX_IMPORT_BYTES) {
      fail([index], tooLargeMessage(file.name, file.size));
      return null;
    }
    try {
      return { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
    } catch {
      // Folders dropped onto the window and files removed since being picked both end up here.
      fail([index], `"${file.name}" could not be read; is it a folder, or was it moved?`);
      return null;
    }
  }

  async function cancelActive(): Promise<void> {
    const inFlight = active;
    if (!inFlight) return;
    try {
      apply(await call('imports.cancel', { batchId: inFlight.batchId }));
    } catch (e) {
      toasts.error('Could not cancel the import', errorMessage(e));
    }
  }

  /** Sends one call's files and resolves when the backend has finished (or cancelled) every one of them. */
  async function runCall(indexes: number[], files: { fileName: string; bytes: Uint8Array }[]): Promise<void> {
    const { batchId } = await call('imports.start', { files });
    let timer = 0;
    const poll = async () => {
      try {
        apply(await call('imports.status', { batchId }));
      } catch (e) {
        // The backend forgot the batch (restarted): what was not reported is lost, and says so.
        fail(indexes, errorMessage(e));
        active?.finish();
      }
    };
    const finishedCall = new Promise<void>((resolve) => {
      active = { batchId, indexes, seen: 0, finish: resolve, refresh: poll };
    });
    timer = window.setInterval(() => void poll(), POLL_MS);
    try {
      if (cancelRequested) await cancelActive();
      await poll();
      await finishedCall;
    } finally {
      window.clearInterval(timer);
      active = null;
    }
  }

  /** Imports every file through the backend; resolves when all are done or the analyst cancelled. */
  async function run(files: readonly File[], skippedFiles = 0): Promise<void> {
    rows.value = files.map((f) => ({ fileName: f.name, status: 'pending', articleId: null, message: null }));
    skipped.value = skippedFiles;
    running.value = true;
    cancelling.value = false;
    cancelled.value = false;
    cancelRequested = false;
    current.value = files[0]?.name ?? null;
    const unsubscribe = subscribe('import.progress', (payload) => applyEvent(payload as BatchEvent));
    try {
      // Oversized files count as nothing towards a call's size: they are refused before being read.
      const sizes = files.map((f) => (f.size > MAX_IMPORT_BYTES ? 0 : f.size));
      for (const chunk of planChunks(sizes)) {
        if (cancelRequested) break;
        const indexes: number[] = [];
        const inputs: { fileName: string; bytes: Uint8Array }[] = [];
        for (const i of chunk) {
          current.value = files[i]!.name;
          const input = await read(files[i]!, i);
          if (input) {
            indexes.push(i);
            inputs.push(input);
          }
        }
        if (inputs.length === 0 || cancelRequested) continue;
        try {
          await runCall(indexes, inputs);
        } catch (e) {
          fail(indexes, errorMessage(e));
        }
        void articles.load();
      }
    } finally {
      unsubscribe();
      // Files never sent (cancelled before their call) are cancelled too.
      fail(
        rows.value.map((_, i) => i),
        'The import stopped before this file.',
        cancelRequested ? 'cancelled' : 'error',
      );
      cancelled.value = cancelRequested;
      running.value = false;
      cancelling.value = false;
      current.value = null;
      await articles.load();
      articles.markNew(rows.value.flatMap((r) => (r.status === 'imported' && r.articleId ? [r.articleId] : [])));
    }
  }

  async function cancel(): Promise<void> {
    if (!running.value || cancelRequested) return;
    cancelRequested = true;
    cancelling.value = true;
    await cancelActive();
  }

  /** Clears the results panel; a running batch cannot be dismissed, only cancelled. */
  function dismiss(): void {
    if (!running.value) rows.value = [];
  }

  return {
    rows,
    running,
    cancelling,
    cancelled,
    current,
    skipped,
    total,
    done,
    finished,
    counts,
    run,
    cancel,
    dismiss,
  };
});
