// Browser mode: opens the database and serves the app on 127.0.0.1 with a per-launch token, printing the URL. Long
// jobs (import, re-extraction, PDF) run in a backend worker thread with its own connection, so the host keeps answering.
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Database } from 'better-sqlite3';
import { openDatabase } from '../db/connection';
import { createBackup } from '../db/backups';
import { resolveDatabasePath } from '../db/paths';
import { EventHub } from './event-hub';
import { createHost } from './http';
import { onBackendEvent } from '../services/events';
import { closePdfPrinter } from '../services/pdf-printer';
import { RestartingWorker } from '../services/host/restarting-worker';
import { routeCalls } from '../services/host/long-jobs';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    port: { type: 'string' },
    static: { type: 'string' },
  },
});

const dbPath = resolveDatabasePath(values.db);
function open(): Database {
  try {
    return openDatabase(dbPath);
  } catch (err) {
    console.error(`parley: ${(err as Error).message}`);
    process.exit(1);
  }
}
const db = open();
// A start-up copy into the rotating backup set; the app does not wait for it.
createBackup(db, 'start').catch((err: unknown) =>
  console.warn(`parley: start-up backup failed: ${(err as Error).message}`),
);
const token = process.env.PARLEY_TOKEN || randomBytes(24).toString('base64url');
const events = new EventHub();
const staticDir = resolve(values.static ?? resolve(import.meta.dirname, '../out/renderer'));
onBackendEvent(db, (name, payload) => events.publish(name, payload));
// A worker that dies is replaced at the next long job; the job it was running is reported failed.
const worker = new RestartingWorker(
  { dbPath },
  {
    onEvent: (name, payload) => events.publish(name, payload),
    onStopped: (reason) => console.error(`parley: the backend worker stopped: ${reason}`),
  },
);
worker.worker();
const server = createHost({ db, token, staticDir, events, call: routeCalls(db, worker) });
const port = Number(values.port ?? process.env.PARLEY_PORT ?? 0);

server.listen(port, '127.0.0.1', () => {
  const address = server.address() as { port: number };
  console.log(`Parley browser mode: http://127.0.0.1:${address.port}/?token=${token}`);
  console.log(`Database: ${dbPath}`);
});

function shutdown(): void {
  events.closeAll();
  // Chromium, if a PDF export started it, goes with the server.
  void closePdfPrinter(db);
  server.close(() => {
    void worker.stop().finally(() => {
      db.close();
      process.exit(0);
    });
  });
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
