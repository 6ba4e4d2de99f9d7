// Screenshots a statement's stance chips with their governing word, and the inspector's evidence, into docs/screenshots.
// Run: npx electron-vite build && npx tsx tests/screenshots/stance-evidence-screenshots.ts
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, ROOT, startBrowserHost } from '../support/browser-host';

const OUT = join(ROOT, 'docs/screenshots');
const ARTICLE = [
  'Chile and Bolivia trade words over border raid',
  '',
  'SANTIAGO: Chilean Foreign Minister Ana Lopez on Monday condemned Bolivia for a raid on a border post and urged La Paz to return the seized equipment.',
  '',
  '“We welcome the mediation offered by Brazil, which has been a dependable partner in this dispute,” Lopez told reporters.',
  '',
  'Bolivian Foreign Minister Carlos Mendoza said the accusations were baseless and warned Chile against raising tensions.',
].join('\n');

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const host = await startBrowserHost(join(mkdtempSync(join(tmpdir(), 'parley-evidence-shots-')), 'parley.sqlite'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(host.url);
    await page.getByTestId('import-paste-button').click();
    await page.getByRole('textbox').last().fill(ARTICLE);
    await page
      .getByRole('button', { name: /^Import/ })
      .last()
      .click();
    await page.getByTestId('chip-evidence').first().waitFor();
    await page.locator('[data-statement-id]').filter({ hasText: 'condemned' }).last().click();
    await page.keyboard.press('i');
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(OUT, 'stance-evidence.png') });
    console.log(`Screenshot written to ${OUT}/stance-evidence.png`);
  } finally {
    await browser.close();
    await host.stop();
  }
}

await main();
