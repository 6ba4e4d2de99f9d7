// Which PDF printer a backend's brief exports use: each database connection has its own, Chromium through
// playwright-core unless the host installs another (Electron's, through its parent) at start-up.
import type { Database } from 'better-sqlite3';
import { ChromiumPdfPrinter } from './chromium-pdf-printer';
import type { PdfPrinter } from './pdf-printer-port';
import { perConnection } from './per-connection';

export type { PdfPrinter } from './pdf-printer-port';

const printerOf = perConnection<{ printer: PdfPrinter | null }>(() => ({ printer: null }));

/** The host installs its own printer for its connection at start-up; null goes back to the default. */
export function setPdfPrinter(db: Database, printer: PdfPrinter | null): void {
  printerOf(db).printer = printer;
}

export function pdfPrinter(db: Database): PdfPrinter {
  const slot = printerOf(db);
  slot.printer ??= new ChromiumPdfPrinter();
  return slot.printer;
}

/** Closes the connection's printer's browser if one was started; hosts call it on shutdown, before closing the db. */
export async function closePdfPrinter(db: Database): Promise<void> {
  await printerOf(db).printer?.close();
}
