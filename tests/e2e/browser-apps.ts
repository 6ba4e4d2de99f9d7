// Browser-mode apps for the e2e fixtures, each on its own new database, server and browser context; the next test's
// app is opened while the current test runs, so no test waits for a server start or the first page load.
import type { Browser, Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { startBrowserHost, type BrowserHost } from '../support/browser-host';

/** A database file in a new temporary folder. */
export function newDbPath(): string {
  return join(mkdtempSync(join(tmpdir(), 'parley-e2e-')), 'parley.sqlite');
}

export interface BrowserApp {
  dbPath: string;
  page: Page;
  /** Closes the browser context (where Playwright takes a failed test's screenshot). */
  closePage(): Promise<void>;
  host: BrowserHost;
}

/** Starts a server on a new database and loads the app in a context of its own. */
async function openBrowserApp(browser: Browser): Promise<BrowserApp> {
  const dbPath = newDbPath();
  const host = await startBrowserHost(dbPath);
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(host.url);
      return { dbPath, page, host, closePage: () => context.close() };
    } catch (err) {
      await context.close();
      throw err;
    }
  } catch (err) {
    await host.stop();
    throw err;
  }
}

/**
 * One worker's apps: `take()` hands out the app opened in advance and opens the next; `release()` closes the page
 * now and stops the server in the background; `close()` waits until every server it started has stopped.
 */
export class BrowserApps {
  private next: Promise<BrowserApp> | undefined;
  private readonly stopping = new Set<Promise<void>>();

  constructor(private readonly browser: Browser) {}

  async take(): Promise<BrowserApp> {
    const ready = this.next;
    this.next = undefined;
    // An app that failed to open in advance (a server slow to start on a busy machine) is opened again, here.
    const app = (await ready?.catch(() => undefined)) ?? (await openBrowserApp(this.browser));
    this.next = openBrowserApp(this.browser);
    this.next.catch(() => undefined);
    return app;
  }

  async release(app: BrowserApp): Promise<void> {
    try {
      await app.closePage();
    } finally {
      // the database's folder goes with its server: a run of the suite left thousands of them in the temp folder
      const stopped = app.host
        .stop()
        .then(() => rmSync(dirname(app.dbPath), { recursive: true, force: true }))
        .finally(() => this.stopping.delete(stopped));
      this.stopping.add(stopped);
    }
  }

  async close(): Promise<void> {
    const ready = await this.next?.catch(() => undefined);
    this.next = undefined;
    if (ready) await this.release(ready);
    await Promise.all(this.stopping);
  }
}
