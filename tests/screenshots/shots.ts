// The frame every screenshot script shares: a host on a fresh library, a Chromium, a page on it, and the shot itself.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, ROOT, startBrowserHost, type BrowserHost } from '../support/browser-host';

export const OUT = join(ROOT, 'docs/screenshots');

export interface ShotSession {
  host: BrowserHost;
  browser: Browser;
  /** A new page of this size (default 1280×800) on the library view. */
  open(viewport?: { width: number; height: number }, deviceScaleFactor?: number): Promise<Page>;
}

/**
 * Makes docs/screenshots, serves an empty library from a temporary folder named after `name`, launches Chromium and
 * runs `use`; the browser and the host are closed whatever `use` does.
 */
export async function withShotSession(name: string, use: (session: ShotSession) => Promise<void>): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const host = await startBrowserHost(join(mkdtempSync(join(tmpdir(), `parley-${name}-shots-`)), 'parley.sqlite'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    await use({
      host,
      browser,
      async open(viewport = { width: 1280, height: 800 }, deviceScaleFactor?: number) {
        const page = await browser.newPage(deviceScaleFactor ? { viewport, deviceScaleFactor } : { viewport });
        await page.goto(host.url);
        return page;
      },
    });
  } finally {
    await browser.close();
    await host.stop();
  }
}

/** Shoots the page into docs/screenshots/`file`.png in `scheme` (unchanged if not given), once it has had `settle` ms. */
export async function shot(page: Page, file: string, settle = 300, scheme?: 'light' | 'dark'): Promise<void> {
  if (scheme) await page.emulateMedia({ colorScheme: scheme });
  await page.waitForTimeout(settle);
  await page.screenshot({ path: join(OUT, `${file}.png`) });
}

/** Shoots the page twice: `name`-light.png and `name`-dark.png. */
export async function shotLightDark(page: Page, name: string, settle = 300): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) await shot(page, `${name}-${scheme}`, settle, scheme);
}
