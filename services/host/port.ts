// The one small interface between the backend host and its parent, and the messages that cross it. The same host
// module runs under Electron's utilityProcess (process.parentPort) and a worker_threads Worker (parentPort).
import type { MessagePort, Worker } from 'node:worker_threads';
import type { PrintSetup } from '../../core/brief';
import type { DispatchResult } from '../dispatch';
import type { EventName } from '../events';

/** Either end of the boundary: post a structured-clonable message, listen for the other end's. */
export interface HostPort {
  postMessage(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
}

/** Parent → host. */
export type ToHost =
  | { type: 'call'; id: number; method: string; input: unknown }
  | { type: 'printed'; id: number; pdf: Uint8Array | null; error: string | null }
  | { type: 'close' };

/** Host → parent. */
export type FromHost =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'result'; id: number; result: DispatchResult }
  | { type: 'event'; name: EventName; payload: unknown }
  | { type: 'print'; id: number; html: string; setup: PrintSetup };

/** What the host needs to start: the database and whether PDF printing goes back to the parent (Electron). */
export interface HostConfig {
  dbPath: string;
  nativeBinding?: string;
  /** Take the start-up backup in the host (Electron, where main no longer opens the database). */
  startupBackup?: boolean;
  printViaParent?: boolean;
}

/** Electron's `process.parentPort` as the host sees it: messages arrive wrapped in `{ data }`. */
export interface ElectronParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
  postMessage(message: unknown): void;
}

export function fromElectronParentPort(port: ElectronParentPort): HostPort {
  return {
    postMessage: (message) => port.postMessage(message),
    onMessage: (listener) => void port.on('message', (event) => listener(event.data)),
  };
}

/** worker_threads' `parentPort` inside the worker, or the `Worker` object on the parent's side. */
export function fromWorkerPort(port: MessagePort | Worker): HostPort {
  return {
    postMessage: (message) => port.postMessage(message),
    onMessage: (listener) => void port.on('message', listener),
  };
}
