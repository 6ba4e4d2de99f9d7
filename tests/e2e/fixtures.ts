// Test fixtures: a fresh temporary database per test, opened in browser mode (Chromium) or in Electron where it exists.
import { test as base, chromium, _electron, type Browser, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';

export type AppMode = 'browser' | 'electron';
export interface AppOptions {
  mode: AppMode;
}
export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROMIUM = process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

interface Fixtures {
  dbPath: string;
  page: Page;
}

function startServer(dbPath: string): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolveStart, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'server/main.ts'), '--db', dbPath], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}${err}`)), 20_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolveStart({ url: m[1]!, child });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${err}`));
    });
  });
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
    const { url, child } = await startServer(dbPath);
    const context = await browserInstance!.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(url);
    await use(page);
    await context.close();
    child.kill('SIGTERM');
  },
});

export { expect } from '@playwright/test';
