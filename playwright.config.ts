// End-to-end specs: the same specs against browser mode in Debian's Chromium and, where its binary exists, real Electron.
import { defineConfig } from '@playwright/test';
import type { AppOptions } from './tests/e2e/fixtures';
import { findElectronBinary } from './scripts/electron-binary.mjs';

const electron = findElectronBinary();
if (!electron.path && process.env.TEST_WORKER_INDEX === undefined) {
  // Said once up front; each Electron test is then reported as skipped with the same reason.
  console.log(`e2e: the electron project's tests are skipped: Electron binary not present (${electron.reason}).`);
}

export default defineConfig<AppOptions>({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // Bundles the browser-mode server once, so that two workers never write the bundle at the same time.
  globalSetup: './tests/e2e/global-setup.ts',
  // Generous: under a load of ~35 on 2 cores a first page load or an .xlsx export outlasted 60 s and 10 s. A slow
  // machine makes a test slower, never failed.
  timeout: 120_000,
  expect: { timeout: 30_000 },
  // Each test has its own database, server (own port) and browser context, so tests run in any order and two at a
  // time: the two cores are both kept busy while one test waits on its server or its page.
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  // No trace: recording one for every test cost a tenth of the specs' CPU time, for the few that fail; a screenshot
  // is kept for those. `npx playwright test --trace retain-on-failure` records them when a failure needs one.
  use: { trace: 'off', screenshot: 'only-on-failure' },
  projects: [
    { name: 'browser', use: { mode: 'browser' } },
    // Electron apps share one user-data folder (local storage), so they keep to one at a time.
    { name: 'electron', use: { mode: 'electron' }, workers: 1 },
  ],
});
