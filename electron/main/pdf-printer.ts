// PDF printing inside Electron: a hidden, sandboxed window with JavaScript off loads the brief and printToPDF prints it.
import { BrowserWindow } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PrintSetup } from '../../core/brief';
import type { PdfPrinter } from '../../services/pdf-printer';
import { printToPdfOptions, printWindowPreferences } from './print-window-options';

export class ElectronPdfPrinter implements PdfPrinter {
  async print(html: string, setup: PrintSetup): Promise<Uint8Array> {
    // A file, not a data: URL, so a long brief is not limited by URL length.
    const dir = await mkdtemp(join(tmpdir(), 'parley-print-'));
    const file = join(dir, 'brief.html');
    await writeFile(file, html, 'utf8');
    const win = new BrowserWindow({ show: false, webPreferences: printWindowPreferences() });
    const contents = win.webContents;
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    // The page's CSP already allows nothing; the session also refuses every request but the brief file itself.
    const allowed = pathToFileURL(file).href;
    contents.session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: details.url !== allowed }));
    try {
      await win.loadFile(file);
      return new Uint8Array(await contents.printToPDF(printToPdfOptions(setup)));
    } finally {
      win.destroy();
      await rm(dir, { recursive: true, force: true });
    }
  }

  async close(): Promise<void> {
    // Each print's window is destroyed when it is done; nothing stays open.
  }
}
