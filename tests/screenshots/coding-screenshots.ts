// Screenshots span coding (overlapping lanes in the body and the headline, legend, codings with memos, the code picker) and memos (search hits, a
// memo inserted into a brief) at 1280×800 into docs/screenshots.
// Run: npx electron-vite build && npx tsx tests/screenshots/coding-screenshots.ts
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, ROOT, startBrowserHost } from '../support/browser-host';
import { CodebookPage } from '../e2e/pages/codebook-page';
import { CodingPage } from '../e2e/pages/coding-page';
import { LibraryPage } from '../e2e/pages/library-page';

const OUT = join(ROOT, 'docs/screenshots');

const ARTICLE = `Title: Envoys meet in Oslo on the corridor
Source: Example Wire
Published: 2025-03-14

The envoys met in Oslo on Monday to discuss the humanitarian corridor between the two provinces.

“We will return to Oslo next month with a written proposal,” the Norwegian foreign minister said after the talks.

Officials in Kabul welcomed the talks but said the corridor could not open before the harvest.

“Pakistan supports any arrangement that keeps the border trade moving,” a spokesman in Islamabad said.`;

async function shot(page: Page, name: string, scheme: 'light' | 'dark' = 'light'): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(OUT, `${name}.png`) });
}

async function dismissToasts(page: Page): Promise<void> {
  const close = page.getByRole('button', { name: /^Dismiss:/ });
  while ((await close.count()) > 0) await close.first().click();
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const db = join(mkdtempSync(join(tmpdir(), 'parley-coding-shots-')), 'parley.sqlite');
  const host = await startBrowserHost(db);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // tsx keeps function names with a __name helper that functions evaluated in the page would miss.
    await page.addInitScript('window.__name = (f) => f');
    await page.goto(host.url);
    await page.getByTestId('import-paste-button').waitFor();
    const coding = new CodingPage(page);
    await coding.setCoderName('Ayesha Raza');
    const codebook = new CodebookPage(page);
    await codebook.goto();
    for (const name of ['Venue', 'Diplomacy', 'Timing', 'Trade']) await codebook.addTopLevel(name);
    const library = new LibraryPage(page);
    await library.goto();
    await library.paste(ARTICLE);
    await coding.reader.ready();

    await coding.code('met in Oslo', ['Venue', 'Diplomacy'], 'Oslo hosts the first round');
    await coding.code('Oslo on Monday', ['Timing']);
    await coding.code(
      'The envoys met in Oslo on Monday to discuss the humanitarian corridor between the two provinces.',
      ['Diplomacy'],
    );
    await coding.code('return to Oslo next month', ['Timing', 'Venue'], 'A second round is promised');
    await coding.code('keeps the border trade moving', ['Trade']);
    // Part of the headline, coded like the body.
    await coding.code('meet in Oslo', ['Venue', 'Diplomacy'], 'The headline names the venue', 'toolbar', 'title');
    await dismissToasts(page);
    await page.mouse.click(5, 5);
    await shot(page, 'coding-spans-light');
    await shot(page, 'coding-spans-dark', 'dark');

    await coding.openCodings();
    await coding.writeMemo(page.getByTestId('article-memo'), 'Wire copy; the first report of the Oslo round.');
    await dismissToasts(page);
    await shot(page, 'coding-memos');
    await page.getByTestId('codings-details').locator('summary').click();

    await coding.openPicker('could not open before the harvest');
    await coding.popover().getByTestId('code-option').filter({ hasText: 'Timing' }).getByRole('checkbox').check();
    await coding.popover().getByTestId('coding-memo-input').fill('Conditional timing: the harvest');
    await shot(page, 'coding-picker');
    await page.keyboard.press('Escape');

    await page.getByTestId('nav-search').click();
    await page.getByTestId('search-input').fill('Oslo');
    await page.getByTestId('memo-result').first().waitFor();
    await shot(page, 'memos-search');

    await page.getByTestId('nav-brief').click();
    await page.getByTestId('brief-draft').click();
    await page.getByTestId('brief-title').waitFor();
    await page.getByTestId('insert-memo').click();
    await page.getByTestId('memo-choice').filter({ hasText: 'Memo on the article' }).click();
    await page.getByTestId('brief-notes').scrollIntoViewIfNeeded();
    await shot(page, 'memo-in-brief');
  } finally {
    await browser.close();
    await host.stop();
  }
}

await main();
