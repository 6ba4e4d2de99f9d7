// The backend worker of browser mode, replaced when it dies: calls waiting on it fail with a message that says so,
// the jobs it was running are reported failed (a closing `job.progress` with the error, and in `detection.status`),
// and the next call starts a fresh worker.
import type { JobProgress } from '../../core/methods/jobs';
import type { DetectionJob } from '../../core/methods/detection';
import type { DispatchResult } from '../dispatch';
import type { ClientOptions } from './backend-client';
import type { HostConfig } from './port';
import { startWorkerBackend, type WorkerBackend } from './worker-backend';

/** Jobs a dead worker was running, kept for status calls. */
const KEEP_FAILED = 20;

export class RestartingWorker {
  private current: WorkerBackend | null = null;
  /** The current worker's unfinished jobs, from its progress events. */
  private readonly running = new Map<string, JobProgress>();
  private readonly failed = new Map<string, JobProgress>();
  private stopping = false;

  constructor(
    private readonly config: HostConfig,
    private readonly options: ClientOptions = {},
    private readonly start: typeof startWorkerBackend = startWorkerBackend,
  ) {}

  /** The worker serving calls now, started if there is none or the last one died. */
  worker(): WorkerBackend {
    if (this.current && this.current.client.stoppedReason === null) return this.current;
    const backend: WorkerBackend = this.start(this.config, {
      ...this.options,
      onEvent: (name, payload) => {
        if (name === 'job.progress') this.track(payload as JobProgress);
        this.options.onEvent?.(name, payload);
      },
      onStopped: (reason) => {
        this.failJobs(reason);
        if (!this.stopping) this.options.onStopped?.(reason);
      },
    });
    this.current = backend;
    return backend;
  }

  async call(method: string, input: unknown): Promise<DispatchResult> {
    if (method !== 'detection.status') return this.worker().client.call(method, input);
    // A job of a worker that died is answered here: before the call, or when the worker died during it.
    const jobId = (input as { jobId?: unknown } | null)?.jobId as string;
    const failedNow = () => this.failed.get(jobId);
    const before = failedNow();
    if (before) return { ok: true, value: failedDetection(before) };
    const result = await this.worker().client.call(method, input);
    const after = result.ok ? undefined : failedNow();
    return after ? { ok: true, value: failedDetection(after) } : result;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.current?.stop();
  }

  private track(p: JobProgress): void {
    if (p.finished) this.running.delete(p.jobId);
    else this.running.set(p.jobId, p);
  }

  /** The worker died: each job it was running ends, failed, with the reason. */
  private failJobs(reason: string): void {
    for (const p of this.running.values()) {
      const ended: JobProgress = { ...p, finished: true, error: reason };
      this.failed.set(p.jobId, ended);
      this.options.onEvent?.('job.progress', ended);
    }
    this.running.clear();
    for (const old of [...this.failed.keys()].slice(0, Math.max(0, this.failed.size - KEEP_FAILED))) {
      this.failed.delete(old);
    }
  }
}

function failedDetection(p: JobProgress): DetectionJob {
  return {
    jobId: p.jobId,
    done: p.done,
    total: p.total,
    finished: true,
    superseded: false,
    counts: { articles: p.done, added: 0, updated: 0, removed: 0, kept: 0, cancelled: false },
    error: p.error,
  };
}
