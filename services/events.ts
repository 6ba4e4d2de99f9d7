// Backend events (progress of long work): services publish, each transport forwards to its renderer (IPC or SSE).

export type EventName = 'import.progress' | 'job.progress';
type Listener = (name: EventName, payload: unknown) => void;

const listeners = new Set<Listener>();

/** Subscribes a transport; returns the unsubscribe function. */
export function onBackendEvent(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function emitBackendEvent(name: EventName, payload: unknown): void {
  for (const l of listeners) {
    try {
      l(name, payload);
    } catch {
      // A transport that cannot deliver (closed window, dropped stream) must not break the work itself.
    }
  }
}
