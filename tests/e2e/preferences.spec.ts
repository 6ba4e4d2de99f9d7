// The analyst's preferences and wording: the theme switch, tag paths typed in the picker, counts with the right plural.
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';

const ARTICLE = `Title: Border talks resume
Source: Example Wire

"We will not tolerate attacks from across the border," the interior minister said.

Talks are due to resume next week.`;

test.describe.configure({ timeout: 120_000 });

const background = (page: import('@playwright/test').Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('the theme switch overrides the system, is kept across a reload, and can follow the system again', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const theme = page.getByTestId('theme-switch');
  await expect(theme).toHaveValue('system');
  const light = await background(page);

  await theme.selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => background(page)).not.toBe(light);
  const dark = await background(page);

  await page.reload();
  await expect(page.getByTestId('theme-switch')).toHaveValue('dark');
  await expect.poll(() => background(page)).toBe(dark);

  await page.getByTestId('theme-switch').selectOption('system');
  await expect.poll(() => background(page)).toBe(light);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => background(page)).toBe(dark);
  await page.getByTestId('theme-switch').selectOption('light');
  await expect.poll(() => background(page)).toBe(light);
});

test('typing Security/Terrorism in the tag picker creates the parent and the child, and applies the child', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  await library.paste(ARTICLE);
  await reader.ready();
  await reader.items().first().click();
  await reader.openInspector();
  const picker = page.getByTestId('tag-picker');
  await picker.fill('Security/Terrorism');
  await expect(page.getByRole('option', { name: 'Create “Security › Terrorism”' })).toBeVisible();
  await picker.press('Enter');
  await expect(reader.appliedTags()).toHaveCount(1);
  await expect(reader.appliedTags().first()).toContainText('Terrorism');

  // The codebook holds Terrorism under Security, each once.
  await page.getByTestId('nav-codebook').click();
  const tree = page.getByTestId('codebook-tree');
  await expect(tree.getByText('Security', { exact: true })).toHaveCount(1);
  await expect(tree.getByText('Terrorism', { exact: true })).toHaveCount(1);
  await expect(tree).toContainText('under Security');
});

test('counts read in the singular for one: "1 edit can be redone"', async ({ page }) => {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  await library.paste(ARTICLE);
  await reader.ready();
  await reader.items().first().click();
  await page.keyboard.press('r');
  await expect(page.getByTestId('undo-button')).toHaveAttribute('title', /1 edit can be undone$/);
  await page.getByTestId('undo-button').click();
  await expect(page.getByTestId('redo-button')).toHaveAttribute('title', /1 edit can be redone$/);
});
