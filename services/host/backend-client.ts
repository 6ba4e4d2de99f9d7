// The parent's side of the host boundary: calls go out as messages and come back as promises; events and print
// requests from the host are handed to the parent's listeners.
import type { DispatchResult } from '../dispatch';
import type { EventName } from '../events';
import type { PdfPrinter } from '../pdf-printer';
import type { FromHost, HostPort, ToHost } from './port';

export interface ClientOptions {
  onEvent?: (name: EventName, payload: unknown) => void;
  /** Serves the host's print requests (Electron main's printer). */
  printer?: PdfPrinter;
  /** Called once when the host ends (or could not start), with the reason every waiting call was given. */
  onStopped?: (reason: string) => void;
}

export class BackendClient {
  /** Resolves when the host has opened the database; rejects with its message when it could not. */
  readonly ready: Promise<void>;
  private nextId = 1;
  private readonly pending = new Map<number, (result: DispatchResult) => void>();
  private stopped: string | null = null;
  private settleReady!: { resolve: () => void; reject: (err: Error) => void };

  constructor(
    private readonly port: HostPort,
    private readonly options: ClientOptions = {},
  ) {
    this.ready = new Promise((resolve, reject) => (this.settleReady = { resolve, reject }));
    // A host that stops after start-up rejects `ready` again; nobody waits for it then.
    this.ready.catch(() => undefined);
    port.onMessage((raw) => this.receive(raw as FromHost));
  }

  call(method: string, input: unknown): Promise<DispatchResult> {
    if (this.stopped) return Promise.resolve({ ok: false, error: { code: 'internal', message: this.stopped } });
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.send({ type: 'call', id, method, input });
    });
  }

  /** Asks the host to close its database and end. */
  close(): void {
    if (!this.stopped) this.send({ type: 'close' });
  }

  /** Why the host ended, or null while it serves calls. */
  get stoppedReason(): string | null {
    return this.stopped;
  }

  /** The host ended: every waiting call gets an error naming why, and later calls get it at once. */
  hostStopped(reason: string): void {
    if (this.stopped) return;
    this.stopped = reason;
    this.options.onStopped?.(reason);
    this.settleReady.reject(new Error(reason));
    for (const resolve of this.pending.values()) resolve({ ok: false, error: { code: 'internal', message: reason } });
    this.pending.clear();
  }

  private send(message: ToHost): void {
    this.port.postMessage(message);
  }

  private receive(message: FromHost): void {
    switch (message.type) {
      case 'ready':
        this.settleReady.resolve();
        break;
      case 'failed':
        this.hostStopped(message.message);
        break;
      case 'result': {
        const resolve = this.pending.get(message.id);
        this.pending.delete(message.id);
        resolve?.(message.result);
        break;
      }
      case 'event':
        this.options.onEvent?.(message.name, message.payload);
        break;
      case 'print':
        void this.print(message.id, message.html, message.setup);
        break;
    }
  }

  private async print(id: number, html: string, setup: Parameters<PdfPrinter['print']>[1]): Promise<void> {
    try {
      if (!this.options.printer) throw new Error('This host has no PDF printer.');
      this.send({ type: 'printed', id, pdf: await this.options.printer.print(html, setup), error: null });
    } catch (err) {
      this.send({ type: 'printed', id, pdf: null, error: err instanceof Error ? err.message : String(err) });
    }
  }
}
