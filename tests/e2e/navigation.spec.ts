// Moving around keeps the analyst's place: jumping to a statement, reload, back and forward, and a lost browser session.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { BriefPage } from './pages/brief-page';
import { ComparePage } from './pages/compare-page';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';
import { SearchPage } from './pages/search-page';

// A long article on a busy machine: give each test room.
test.describe.configure({ timeout: 120_000 });

/** A long article: the statement the specs jump to sits far down, out of view when the article opens. */
function longArticle(): string {
  const paragraphs = Array.from({ length: 60 }, (_, i) =>
    i === 48
      ? '"The zeppelin corridor will stay open for every convoy," the transport minister said.'
      : `"Round ${i + 1} of the talks covered fisheries, ports and the customs union in some detail," the envoy said.`,
  );
  return `Title: Long talks\nSource: Example Wire\nPublished: 2025-05-06\n\n${paragraphs.join('\n\n')}`;
}

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not laid out');
  return b;
}

/** How far the element's centre sits from its scroll pane's centre, as a share of the pane's height. */
async function offCentre(page: Page, el: Locator, pane: Locator): Promise<number> {
  await page.waitForTimeout(0);
  const [e, p] = [await box(el), await box(pane)];
  return Math.abs(e.y + e.height / 2 - (p.y + p.height / 2)) / p.height;
}

async function inside(el: Locator, pane: Locator): Promise<boolean> {
  const [e, p] = [await box(el), await box(pane)];
  return e.y >= p.y - 1 && e.y + e.height <= p.y + p.height + 1;
}

/** Pastes the long article and waits for the reader to show it. */
async function pasteLongArticle(page: Page): Promise<ReaderPage> {
  await new LibraryPage(page).paste(longArticle());
  const reader = new ReaderPage(page);
  await reader.ready();
  return reader;
}

async function jumpFromSearch(page: Page): Promise<string> {
  const search = new SearchPage(page);
  await search.goto();
  await search.search('zeppelin');
  await expect(search.results()).toHaveCount(1);
  const id = (await search.results().first().getAttribute('data-statement-id'))!;
  await search.results().first().click();
  return id;
}

test('a search result opens its statement centred in the text, in the inspector and in the list', async ({ page }) => {
  const reader = await pasteLongArticle(page);

  await expectLandedOn(page, reader, await jumpFromSearch(page));
});

/** The jump landed: the statement in the inspector, centred in the text, and in view in the list once back from it. */
async function expectLandedOn(page: Page, reader: ReaderPage, id: string): Promise<void> {
  await expect(reader.inspector()).toBeVisible();
  await expect(reader.inspector()).toHaveAttribute('data-statement-id', id);
  const pane = page.getByRole('region', { name: 'Article text' });
  await expect(reader.highlight(id)).toHaveClass(/selected/);
  await expect.poll(() => inside(reader.highlight(id), pane)).toBe(true);
  await expect.poll(() => offCentre(page, reader.highlight(id), pane)).toBeLessThan(0.1);
  // Back from the inspector, the list shows the same statement without scrolling by hand.
  await page.getByTestId('inspector-close').click();
  await expect(reader.item(id)).toHaveAttribute('aria-selected', 'true');
  await expect.poll(() => inside(reader.item(id), page.getByTestId('statement-scroller'))).toBe(true);
}

/** Scrolls the article and the list back to the top, so the next jump has to move both. */
async function scrollToTop(page: Page): Promise<void> {
  await page.getByRole('region', { name: 'Article text' }).evaluate((el) => el.scrollTo({ top: 0 }));
  await page.getByTestId('statement-scroller').evaluate((el) => el.scrollTo({ top: 0 }));
}

test('compare evidence and the brief composer open their statement centred, in the inspector and in the list', async ({
  page,
}) => {
  const reader = await pasteLongArticle(page);
  // The analyst confirms the far statement: Pakistan's, in favour of Afghanistan, starred for the brief.
  const id = await jumpFromSearch(page);
  await expect(reader.inspector()).toHaveAttribute('data-statement-id', id);
  await page.getByTestId('field-actor').fill('Pakistan');
  await page.getByTestId('field-actor').press('Enter');
  await reader.stanceButton('afghanistan', 'favor').click();
  await expect(reader.stanceButton('afghanistan', 'favor')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('toggle-star').click();
  await expect(page.getByTestId('toggle-star')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('inspector-close').click();
  await scrollToTop(page);

  const compare = new ComparePage(page);
  await compare.goto();
  await compare.cell('pakistan', 'afghanistan').click();
  await expect(compare.evidence()).toHaveCount(1);
  await compare.evidence().first().click();
  await expectLandedOn(page, reader, id);
  await scrollToTop(page);

  const brief = new BriefPage(page);
  await brief.goto();
  await brief.articleChoices().first().check();
  await brief.draft();
  const key = page.getByTestId('key-statement').filter({ hasText: 'zeppelin corridor' });
  await expect(key).toHaveCount(1);
  await key.getByTestId('key-statement-show').click();
  await expectLandedOn(page, reader, id);
});

test('reload, back and forward keep the view, the article and the statement', async ({ page }) => {
  const reader = await pasteLongArticle(page);
  const id = await jumpFromSearch(page);
  await expect(reader.inspector()).toHaveAttribute('data-statement-id', id);
  expect(new URL(page.url()).hash).toMatch(new RegExp(`^#/article/\\d+/statement/${id}/inspect$`));

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Long talks' })).toBeVisible();
  await expect(reader.highlight(id)).toHaveClass(/selected/);
  const pane = page.getByRole('region', { name: 'Article text' });
  await expect.poll(() => inside(reader.highlight(id), pane)).toBe(true);

  // Selecting another statement moves the address with it, without a history entry per click.
  await page.getByTestId('inspector-close').click();
  const first = reader.items().first();
  const firstId = (await first.getAttribute('data-statement-id'))!;
  await first.click();
  await expect(page).toHaveURL(new RegExp(`#/article/\\d+/statement/${firstId}$`));

  const library = new LibraryPage(page);
  await library.goto();
  await expect(library.rows()).toHaveCount(1);
  await page.goBack();
  await expect(reader.item(firstId)).toHaveAttribute('aria-selected', 'true');
  await page.goBack();
  await expect(page.getByTestId('search-input')).toHaveValue('zeppelin');
  await page.goForward();
  await expect(reader.item(firstId)).toHaveAttribute('aria-selected', 'true');
  await page.goForward();
  await expect(library.rows()).toHaveCount(1);
});

test('a tab whose browser-mode session has ended says so plainly and what to do', async ({ page, mode }) => {
  test.skip(mode !== 'browser', 'The launch token exists only in browser mode.');
  const library = new LibraryPage(page);
  await expect(library.rows().or(page.getByTestId('import-paste-button')).first()).toBeVisible();
  // A restart issues a new launch token: the token this tab holds is then refused.
  await library.reloadWithStaleSession();
  const notice = page.getByTestId('session-lost');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('npm run start:browser');
  await expect(page.getByTestId('import-paste-button')).toHaveCount(0);
});
