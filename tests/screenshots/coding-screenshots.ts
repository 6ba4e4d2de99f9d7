// Screenshots span coding (overlapping lanes in the body and the headline, legend, codings with memos, the code picker) and memos (search hits, a
// memo inserted into a brief) at 1280×800 into docs/screenshots.
// Run: npx electron-vite build && npx tsx tests/screenshots/coding-screenshots.ts
import type { Page } from 'playwright-core';
import { CodebookPage } from '../e2e/pages/codebook-page';
import { CodingPage } from '../e2e/pages/coding-page';
import { LibraryPage } from '../e2e/pages/library-page';
import { shot, withShotSession } from './shots';

const ARTICLE = `Title: Envoys meet in Oslo on the corridor
Source: Example Wire
Published: 2025-03-14

The envoys met in Oslo on Monday to discuss the humanitarian corridor between the two provinces.

“We will return to Oslo next month with a written proposal,” the Norwegian foreign minister said after the talks.

Officials in Kabul welcomed the talks but said the corridor could not open before the harvest.

“Pakistan supports any arrangement that keeps the border trade moving,” a spokesman in Islamabad said.`;

async function dismissToasts(page: Page): Promise<void> {
  const close = page.getByRole('button', { name: /^Dismiss:/ });
  while ((await close.count()) > 0) await close.first().click();
}

await withShotSession('coding', async ({ browser, host }) => {
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
  await shot(page, 'coding-spans-light', 300, 'light');
  await shot(page, 'coding-spans-dark', 300, 'dark');

  await coding.openCodings();
  await coding.writeMemo(page.getByTestId('article-memo'), 'Wire copy; the first report of the Oslo round.');
  await dismissToasts(page);
  await shot(page, 'coding-memos', 300, 'light');
  await page.getByTestId('codings-details').locator('summary').click();

  await coding.openPicker('could not open before the harvest');
  await coding.popover().getByTestId('code-option').filter({ hasText: 'Timing' }).getByRole('checkbox').check();
  await coding.popover().getByTestId('coding-memo-input').fill('Conditional timing: the harvest');
  await shot(page, 'coding-picker', 300, 'light');
  await page.keyboard.press('Escape');

  await page.getByTestId('nav-search').click();
  await page.getByTestId('search-input').fill('Oslo');
  await page.getByTestId('memo-result').first().waitFor();
  await shot(page, 'memos-search', 300, 'light');

  await page.getByTestId('nav-brief').click();
  await page.getByTestId('brief-draft').click();
  await page.getByTestId('brief-title').waitFor();
  await page.getByTestId('insert-memo').click();
  await page.getByTestId('memo-choice').filter({ hasText: 'Memo on the article' }).click();
  await page.getByTestId('brief-notes').scrollIntoViewIfNeeded();
  await shot(page, 'memo-in-brief', 300, 'light');
});
