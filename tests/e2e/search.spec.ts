// Search end to end: full-text with highlighted snippets, filters, and a result that opens the statement in its article.
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';
import { SearchPage } from './pages/search-page';

const FIRST = `Title: Pipeline deal signed in Ashgabat
Source: Example Wire
Published: 2025-05-06

Turkmenistan and Pakistan signed an agreement on Tuesday to speed up the gas pipeline.

"The pipeline will bring energy security to millions of homes," the Pakistani energy minister said.

Officials said construction would start in the autumn.`;

const SECOND = `Title: Tariff row deepens
Source: Nordic Post
Published: 2025-05-08

Trade officials traded accusations on Thursday over new tariffs on steel.

"These tariffs break the rules we all agreed," the commerce secretary said.`;

test('search for a word, see it highlighted, filter, and open the result in its article', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.paste(FIRST);
  const reader = new ReaderPage(page);
  await reader.ready();
  await library.goto();
  await library.paste(SECOND);
  await reader.ready();

  const search = new SearchPage(page);
  await search.goto();
  await search.search('pipeline');
  await expect(search.results()).toHaveCount(2);
  await expect(search.results().first().locator('mark').first()).toHaveText(/pipeline/i);
  await expect(search.summary()).toContainText('2 statements match “pipeline”');
  // A prefix finds "tariffs" too; the article hits come with their own snippets.
  await search.search('tariff*');
  await expect(search.results()).toHaveCount(2);
  await expect(page.getByTestId('article-result')).toHaveCount(1);

  // Filters: kind, then review state, narrow the results.
  await search.search('pipeline');
  await search.toggle('kind-direct_quote');
  await expect(search.filter('kind-direct_quote')).toBeChecked();
  await expect(search.results()).toHaveCount(1);
  await expect(search.results().first()).toContainText('energy security');
  await search.filter('reviewed').selectOption('true');
  await expect(search.results()).toHaveCount(0);
  await search.filter('reviewed').selectOption('');
  await search.filter('article').selectOption({ label: 'Tariff row deepens' });
  await expect(search.results()).toHaveCount(0);
  await search.filter('article').selectOption('');

  // Opening a result selects the statement in its article.
  const result = search.results().first();
  const id = (await result.getAttribute('data-statement-id'))!;
  await result.click();
  await expect(page.getByRole('heading', { name: 'Pipeline deal signed in Ashgabat' })).toBeVisible();
  await expect(reader.inspector()).toHaveAttribute('data-statement-id', id);
  await expect(reader.highlight(id)).toHaveClass(/selected/);
});

test('keyboard: / focuses search, Enter opens the first result, arrows walk the results', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.paste(FIRST);
  const reader = new ReaderPage(page);
  await reader.ready();
  await page.keyboard.press('/');
  const search = new SearchPage(page);
  await expect(search.input()).toBeFocused();
  await page.keyboard.type('autumn');
  await expect(search.results()).toHaveCount(1);
  const id = (await search.results().first().getAttribute('data-statement-id'))!;
  await page.keyboard.press('Enter');
  await expect(reader.inspector()).toHaveAttribute('data-statement-id', id);

  await page.keyboard.press('/');
  await search.input().fill('the');
  await expect(search.results().nth(1)).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(search.results().first()).toBeFocused();
  await page.keyboard.press('j');
  await expect(search.results().nth(1)).toBeFocused();
  await page.keyboard.press('k');
  await expect(search.results().first()).toBeFocused();
});

test('hostile text in a statement is shown in the snippet as text', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.paste(
    'Title: Odd markup\n\nThe spokesman said <img src=x onerror="window.__pwned=1"> was not a weapon.',
  );
  await new ReaderPage(page).ready();
  const search = new SearchPage(page);
  await search.goto();
  await search.search('weapon');
  await expect(search.results().first()).toContainText('<img src=x onerror="window.__pwned=1">');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});
