// Entry of the backend host process or thread: finds its port (Electron's process.parentPort, else worker_threads'
// parentPort), opens its own connection to the database, and serves calls until the parent says close.
import { constants, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { Database } from 'better-sqlite3';
import { openDatabase } from '../../db/connection';
import { createBackup } from '../../db/backups';
import { serveBackend } from './backend-host';
import {
  fromElectronParentPort,
  fromWorkerPort,
  type ElectronParentPort,
  type HostConfig,
  type HostPort,
} from './port';

/** Electron passes the config as the last argument (JSON); a worker receives it as workerData. */
function connect(): { port: HostPort; config: HostConfig } {
  const electronPort = (process as { parentPort?: ElectronParentPort }).parentPort;
  if (electronPort) {
    return { port: fromElectronParentPort(electronPort), config: JSON.parse(process.argv.at(-1)!) as HostConfig };
  }
  if (!parentPort) throw new Error('The backend host runs only as a utility process or a worker thread.');
  // On Linux a nice value is per thread: the worker's long jobs yield the CPU to the host thread that answers the UI.
  // (Elsewhere it would lower the whole process, the host included, so it is left alone.)
  if (process.platform === 'linux') setPriority(constants.priority.PRIORITY_BELOW_NORMAL);
  return { port: fromWorkerPort(parentPort), config: workerData as HostConfig };
}

const { port, config } = connect();
let db: Database | undefined;
try {
  db = openDatabase(config.dbPath, { nativeBinding: config.nativeBinding });
} catch (err) {
  port.postMessage({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
}
if (db) {
  if (config.startupBackup) {
    createBackup(db, 'start').catch((err: unknown) =>
      console.warn(`parley: start-up backup failed: ${(err as Error).message}`),
    );
  }
  serveBackend(port, db, { printViaParent: config.printViaParent, onClose: () => process.exit(0) });
}
