// Prints HTML to PDF in Debian's Chromium through playwright-core: launched once, kept warm, JavaScript off, no network.
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import type { PrintSetup } from '../core/brief';
import { ParleyError } from '../core/errors';
import type { PdfPrinter } from './pdf-printer-port';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** An idle browser is closed after this long, so a long session does not keep Chromium's memory. */
const IDLE_CLOSE_MS = 5 * 60_000;

export function chromiumPath(): string {
  return process.env.PARLEY_CHROMIUM || '/usr/bin/chromium';
}

const mm = (n: number) => `${n}mm`;

export class ChromiumPdfPrinter implements PdfPrinter {
  private browser: Promise<Browser> | null = null;
  private idle: NodeJS.Timeout | null = null;

  constructor(private readonly executablePath = chromiumPath()) {}

  private launch(): Promise<Browser> {
    if (!existsSync(this.executablePath)) {
      throw new ParleyError(
        'internal',
        `PDF export needs Chromium, which was not found at ${this.executablePath}. Install it (apt-get install chromium) or point PARLEY_CHROMIUM at a Chromium binary; Markdown export works without it.`,
      );
    }
    const launching = import('playwright-core').then(({ chromium }) =>
      chromium.launch({ executablePath: this.executablePath, args: CHROMIUM_ARGS }),
    );
    launching.then(
      (b) => b.on('disconnected', () => (this.browser = null)),
      () => (this.browser = null),
    );
    return launching;
  }

  async print(html: string, setup: PrintSetup): Promise<Uint8Array> {
    if (this.idle) clearTimeout(this.idle);
    let browser: Browser;
    try {
      this.browser ??= this.launch();
      browser = await this.browser;
    } catch (err) {
      this.browser = null;
      throw err instanceof ParleyError
        ? err
        : new ParleyError('internal', `Chromium could not be started for PDF export: ${(err as Error).message}`);
    }
    // A fresh context per print: no state leaks from one brief to the next, and scripts are off in it.
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    try {
      const page = await context.newPage();
      await page.route('**/*', (route) => route.abort());
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({
        format: setup.paper,
        margin: {
          top: mm(setup.marginsMm.top),
          bottom: mm(setup.marginsMm.bottom),
          left: mm(setup.marginsMm.left),
          right: mm(setup.marginsMm.right),
        },
        displayHeaderFooter: true,
        headerTemplate: setup.headerTemplate,
        footerTemplate: setup.footerTemplate,
        printBackground: true,
      });
      return new Uint8Array(pdf);
    } finally {
      await context.close();
      this.idle = setTimeout(() => void this.close(), IDLE_CLOSE_MS);
      this.idle.unref();
    }
  }

  async close(): Promise<void> {
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    const pending = this.browser;
    this.browser = null;
    if (!pending) return;
    try {
      await (await pending).close();
    } catch {
      // A browser that failed to start or already died has nothing left to close.
    }
  }
}
