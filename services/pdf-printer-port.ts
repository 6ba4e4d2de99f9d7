// What a PDF printer does, apart from which one: the brief export prints through this, Chromium and Electron implement it.
import type { PrintSetup } from '../core/brief';

/** Prints self-contained HTML (no scripts, no network) to PDF bytes. */
export interface PdfPrinter {
  print(html: string, setup: PrintSetup): Promise<Uint8Array>;
  /** Frees the browser; the next print starts it again. */
  close(): Promise<void>;
}
