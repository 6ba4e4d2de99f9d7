// Client options that hear one kind of progress event, for tests that follow a worker's job or import batch.
import type { BatchProgress } from '../../core/methods/imports';
import type { JobProgress } from '../../core/methods/jobs';
import type { ClientOptions } from '../../services/host/backend-client';

/** `{ onEvent }` that hands each payload of `event` to `listen`, and ignores every other event. */
export function onProgress(event: 'job.progress', listen: (p: JobProgress) => void): ClientOptions;
export function onProgress(event: 'import.progress', listen: (p: BatchProgress) => void): ClientOptions;
export function onProgress(event: string, listen: (p: never) => void): ClientOptions {
  return {
    onEvent: (name, payload) => {
      if (name === event) listen(payload as never);
    },
  };
}
