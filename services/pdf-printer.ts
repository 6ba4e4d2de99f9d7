// Which PDF printer the brief exports use: Chromium through playwright-core by default, Electron's own when it sets one.
import { ChromiumPdfPrinter } from './chromium-pdf-printer';
import type { PdfPrinter } from './pdf-printer-port';

export type { PdfPrinter } from './pdf-printer-port';

let current: PdfPrinter | null = null;

/** The host (Electron main) installs its own printer at start-up; null goes back to the default. */
export function setPdfPrinter(printer: PdfPrinter | null): void {
  current = printer;
}

export function pdfPrinter(): PdfPrinter {
  current ??= new ChromiumPdfPrinter();
  return current;
}

/** Closes the printer's browser if one was started; hosts call it on shutdown. */
export async function closePdfPrinter(): Promise<void> {
  if (current) await current.close();
}
