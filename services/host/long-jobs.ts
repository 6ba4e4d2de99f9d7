// Which calls go to the backend worker: the ones that can run for seconds (a whole file, the whole library, a PDF).
// Everything else is answered at once by the host's own connection, so a long job never holds up the app.
import type { Database } from 'better-sqlite3';
import type { MethodName } from '../../core/contract-names';
import { dispatch, type DispatchResult } from '../dispatch';
import type { BackendClient } from './backend-client';

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
]);

export type Caller = (method: string, input: unknown) => Promise<DispatchResult>;

/** Long jobs to the worker, the rest in-process on `db`. */
export function routeCalls(db: Database, worker: Pick<BackendClient, 'call'>): Caller {
  return (method, input) => (LONG_JOB_METHODS.has(method) ? worker.call(method, input) : dispatch(db, method, input));
}
