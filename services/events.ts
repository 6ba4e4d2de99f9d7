// Backend events (progress of long work): services publish on their connection, each transport forwards that
// connection's events to its renderer (IPC or SSE).
import type { Database } from 'better-sqlite3';
import { perConnection } from './per-connection';

export type EventName = 'import.progress' | 'job.progress';
type Listener = (name: EventName, payload: unknown) => void;

const listenersOf = perConnection(() => new Set<Listener>());

/** Subscribes a transport to one connection's events; returns the unsubscribe function. */
export function onBackendEvent(db: Database, listener: Listener): () => void {
  const listeners = listenersOf(db);
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function emitBackendEvent(db: Database, name: EventName, payload: unknown): void {
  for (const l of listenersOf(db)) {
    try {
      l(name, payload);
    } catch {
      // A transport that cannot deliver (closed window, dropped stream) must not break the work itself.
    }
  }
}
