// Which calls go to the backend worker: the ones that can run for seconds (a whole file, the whole library, a PDF, the
// learner's full retrain).
// Everything else is answered at once by the host's own connection, so a long job never holds up the app.
import type { Database } from 'better-sqlite3';
import type { MethodName } from '../../core/contract-names';
import { dispatch, type DispatchResult } from '../dispatch';
import type { BackendClient } from './backend-client';
import { retrainElsewhere } from '../learner';

export const LONG_JOB_METHODS: ReadonlySet<string> = new Set<MethodName>([
  'articles.import',
  // A batch lives in the worker, so its status and cancel go there too.
  'imports.start',
  'imports.status',
  'imports.cancel',
  'articles.reextract',
  'targets.save',
  'targets.delete',
  'actors.save',
  'actors.delete',
  // Detection re-runs the whole library; its job lives in the worker's registry, so its status goes there too.
  'detection.start',
  'detection.status',
  'jobs.cancel',
  'briefs.exportPdf',
  // a copy of the whole file, and whole-project exchange with QDA tools
  'backups.create',
  'qda.exportProject',
  'qda.importProject',
  'qda.exportSegments',
  'learner.retrain',
]);

export type Caller = (method: string, input: unknown) => Promise<DispatchResult>;

/**
 * The learner's full retrain of a large library goes to the worker too; one at a time, and once more after if another
 * was asked for meanwhile.
 */
function retrainInWorker(db: Database, worker: Pick<BackendClient, 'call'>): void {
  let running = false;
  let again = false;
  const run = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    worker
      .call('learner.retrain', {})
      .catch(() => undefined)
      .finally(() => {
        running = false;
        if (again) {
          again = false;
          run();
        }
      });
  };
  retrainElsewhere(db, run);
}

/** Long jobs to the worker, the rest in-process on `db`. */
export function routeCalls(db: Database, worker: Pick<BackendClient, 'call'>): Caller {
  retrainInWorker(db, worker);
  return (method, input) => (LONG_JOB_METHODS.has(method) ? worker.call(method, input) : dispatch(db, method, input));
}
