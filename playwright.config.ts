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
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  projects: [
    { name: 'browser', use: { mode: 'browser' } },
    { name: 'electron', use: { mode: 'electron' } },
  ],
});
