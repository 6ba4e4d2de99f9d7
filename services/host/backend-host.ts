// The backend host: answers `call` messages from its parent with `dispatch`, and forwards backend events. It knows
// its parent only through a HostPort, so Electron's utility process and a worker thread run the very same code.
import type { Database } from 'better-sqlite3';
import { dispatch } from '../dispatch';
import { onBackendEvent } from '../events';
import { closePdfPrinter, setPdfPrinter } from '../pdf-printer';
import type { FromHost, HostPort, ToHost } from './port';
import { PortPdfPrinter } from './port-pdf-printer';

export interface ServeOptions {
  /** Ask the parent to print PDFs (Electron) instead of starting Chromium here. */
  printViaParent?: boolean;
  /** Called on the parent's `close` message, after the database is closed. */
  onClose?: () => void;
}

export function serveBackend(port: HostPort, db: Database, options: ServeOptions = {}): void {
  const send = (message: FromHost) => port.postMessage(message);
  onBackendEvent(db, (name, payload) => send({ type: 'event', name, payload }));
  const printer = options.printViaParent ? new PortPdfPrinter(port) : null;
  if (printer) setPdfPrinter(db, printer);
  port.onMessage((raw) => {
    const message = raw as ToHost;
    if (message.type === 'call') {
      void dispatch(db, message.method, message.input).then((result) =>
        send({ type: 'result', id: message.id, result }),
      );
    } else if (message.type === 'printed') {
      printer?.settle(message.id, message.pdf, message.error);
    } else if (message.type === 'close') {
      // A Chromium this host started for PDFs goes with it.
      void closePdfPrinter(db).finally(() => {
        db.close();
        options.onClose?.();
      });
    }
  });
  send({ type: 'ready' });
}
