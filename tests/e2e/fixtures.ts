// Test fixtures: a fresh temporary database per test, opened in browser mode (Chromium) or in Electron where it exists.
import { test as base, chromium, _electron, type Page } from '@playwright/test';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';
import { CHROMIUM, CHROMIUM_ARGS, ROOT } from '../support/browser-host';
import { BrowserApps, newDbPath, type BrowserApp } from './browser-apps';

export type AppMode = 'browser' | 'electron';
export interface AppOptions {
  mode: AppMode;
}
export { ROOT };

interface Fixtures {
  /** Browser mode: this test's app (its database, server and page); null in Electron. */
  browserApp: BrowserApp | null;
  dbPath: string;
  page: Page;
}

export const test = base.extend<Fixtures, { mode: AppMode; browserApps: BrowserApps | null }>({
  mode: ['browser', { option: true, scope: 'worker' }],
  browserApps: [
    async ({ mode }, use) => {
      if (mode !== 'browser') return use(null);
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      const apps = new BrowserApps(browser);
      try {
        await use(apps);
      } finally {
        await apps.close();
        await browser.close();
      }
    },
    { scope: 'worker' },
  ],
  browserApp: async ({ browserApps }, use) => {
    if (!browserApps) return use(null);
    const app = await browserApps.take();
    try {
      await use(app);
    } finally {
      // The page closes here, within the test; its server stops in the background (all before the worker ends).
      await browserApps.release(app);
    }
  },
  dbPath: async ({ browserApp }, use) => {
    await use(browserApp?.dbPath ?? newDbPath());
  },
  page: async ({ mode, browserApp, dbPath }, use, testInfo) => {
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
      page.setDefaultTimeout(0);
      await use(page);
      await app.close();
      return;
    }
    // No limit per action, as in Playwright's own page fixture (actionTimeout 0): these pages come from contexts the
    // fixtures make, which default to 30 s, and handing 23 MB of files to an input outlasted that at load 13. The
    // test's timeout still bounds every wait.
    browserApp!.page.setDefaultTimeout(0);
    await use(browserApp!.page);
  },
});

export { expect } from '@playwright/test';
