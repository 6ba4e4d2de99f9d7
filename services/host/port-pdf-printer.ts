// The PDF printer of a host whose parent owns the printing (Electron main, which alone can open a hidden window).
import type { PrintSetup } from '../../core/brief';
import type { PdfPrinter } from '../pdf-printer';
import type { HostPort } from './port';

export class PortPdfPrinter implements PdfPrinter {
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (pdf: Uint8Array) => void; reject: (err: Error) => void }>();

  constructor(private readonly port: HostPort) {}

  print(html: string, setup: PrintSetup): Promise<Uint8Array> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.port.postMessage({ type: 'print', id, html, setup });
    });
  }

  /** The parent's answer to one print request. */
  settle(id: number, pdf: Uint8Array | null, error: string | null): void {
    const w = this.waiting.get(id);
    if (!w) return;
    this.waiting.delete(id);
    if (pdf) w.resolve(pdf);
    else w.reject(new Error(error ?? 'Printing failed.'));
  }

  async close(): Promise<void> {
    // The parent's printer owns the windows; nothing is open here.
  }
}
