// Test fixtures: a fresh temporary database per test, opened in browser mode (Chromium) or in Electron where it exists.
import { test as base, chromium, _electron, type Browser, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';
import { CHROMIUM, CHROMIUM_ARGS, ROOT, startBrowserHost } from '../support/browser-host';

export type AppMode = 'browser' | 'electron';
export interface AppOptions {
  mode: AppMode;
}
export { ROOT };

interface Fixtures {
  dbPath: string;
  page: Page;
}

export const test = base.extend<Fixtures, { mode: AppMode; browserInstance: Browser | null }>({
  mode: ['browser', { option: true, scope: 'worker' }],
  browserInstance: [
    async ({ mode }, use) => {
      if (mode !== 'browser') return use(null);
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  dbPath: async ({}, use) => {
    await use(join(mkdtempSync(join(tmpdir(), 'parley-e2e-')), 'parley.sqlite'));
  },
  page: async ({ mode, browserInstance, dbPath }, use, testInfo) => {
    if (mode === 'electron') {
      // Decide before launching: a launch against a missing binary throws a second, unhandled error.
      const electron = findElectronBinary();
      testInfo.skip(!electron.path, `Electron binary not present: ${electron.reason}`);
      const app = await _electron.launch({
        executablePath: electron.path!,
        args: [ROOT, '--db', dbPath],
        env: { ...process.env, PARLEY_DB: dbPath },
      });
      const page = await app.firstWindow();
      await use(page);
      await app.close();
      return;
    }
    const host = await startBrowserHost(dbPath);
    // The server stops even when closing the context fails (a trace it cannot write), so none outlives its test.
    try {
      const context = await browserInstance!.newContext({ viewport: { width: 1280, height: 800 } });
      try {
        const page = await context.newPage();
        await page.goto(host.url);
        await use(page);
      } finally {
        await context.close();
      }
    } finally {
      await host.stop();
    }
  },
});

export { expect } from '@playwright/test';
