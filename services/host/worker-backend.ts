// Starts the backend host in a worker_threads Worker (browser mode, tests, benches) and returns its client.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { BackendClient, type ClientOptions } from './backend-client';
import { fromWorkerPort, type HostConfig } from './port';

export interface WorkerBackend {
  client: BackendClient;
  /** Closes the worker's database and waits for the thread to end. */
  stop(): Promise<void>;
  /** Ends the thread at once, mid-job, as a crash would (its open transaction is rolled back by SQLite). */
  terminate(): Promise<void>;
}

/** What a call waiting on a worker that died is told. */
export function workerDiedMessage(code: number): string {
  return (
    `The background worker stopped unexpectedly (exit code ${code}) before the job finished: ` +
    'each article it had finished is kept, the rest are unchanged. The next job starts a new worker.'
  );
}

/**
 * The worker's script. Built, it is the host entry beside this module. From source (tsx, Vitest) it is a small
 * bootstrap that registers tsx in the worker first: Node 20 does not carry a parent's module hooks into a worker.
 */
function workerScript(): { script: string | URL; eval: boolean } {
  if (!import.meta.url.endsWith('.ts')) return { script: new URL('./backend-host.js', import.meta.url), eval: false };
  const entry = new URL('./entry.ts', import.meta.url).href;
  const tsxApi = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const script = `import(${JSON.stringify(tsxApi)}).then((tsx) => tsx.register()).then(() => import(${JSON.stringify(entry)}))
    .catch((err) => { console.error(err); process.exit(1); });`;
  return { script, eval: true };
}

/**
 * Starts the worker; calls made before it is ready wait in its port. `client.ready` says when (or why not).
 * `builtHost` runs a bundled host entry (out/server/backend-host.js) where this module runs from source: tests start
 * a worker in a third of the CPU time tsx takes to load the host's modules one by one.
 */
export function startWorkerBackend(config: HostConfig, options: ClientOptions = {}, builtHost?: URL): WorkerBackend {
  const { script, eval: isEval } = builtHost ? { script: builtHost, eval: false } : workerScript();
  const worker = new Worker(script, { workerData: config, eval: isEval });
  const client = new BackendClient(fromWorkerPort(worker), options);
  const exited = new Promise<void>((resolve) =>
    worker.once('exit', (code) => {
      client.hostStopped(closing ? `The backend worker stopped (exit code ${code}).` : workerDiedMessage(code));
      resolve();
    }),
  );
  worker.once('error', (err) => client.hostStopped(`The backend worker failed: ${err.message}`));
  let closing = false;
  return {
    client,
    async stop() {
      closing = true;
      client.close();
      await exited;
    },
    async terminate() {
      await worker.terminate();
      await exited;
    },
  };
}
