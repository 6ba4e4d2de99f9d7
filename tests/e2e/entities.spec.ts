// Entities and metadata end to end: "UK" and "Britain" select the known United Kingdom (no second actor), a speaker
// fills Speaks for, article details edited and undone, dates normalised or warned about, outlet as a name, merges.
import { expect, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import { LibraryPage } from './pages/library-page';
import { openPasted } from './pages/reader-page';
import { SettingsPage } from './pages/settings-page';

const ARTICLE = `Title: Ministers meet in Tashkent on the corridor
Source: https://www.trtworld.com/asia/ministers-meet-in-tashkent-12345
Published: March 14, 2025

The foreign ministers of Uzbekistan and Pakistan met in Tashkent on Friday to discuss the railway corridor.

"We are ready to finish the corridor within two years," the Uzbek minister said. "It will carry trade to the sea."`;

const BAD_DATE = `Source: Example Wire
Published: Officials said the talks would continue after the holiday.

Envoys met in Doha on Friday. They agreed to meet again next month.`;

/** Pastes ARTICLE, opens the minister's statement in the inspector and gives its Speaks for field. */
async function pastedActorField(page: Page): Promise<Locator> {
  const reader = await openPasted(page, ARTICLE);
  await reader.items().filter({ hasText: 'ready to finish the corridor' }).first().click();
  await reader.openInspector();
  return page.getByTestId('field-actor');
}

const shot = async (page: Page, name: string) => {
  if (process.env.PARLEY_SCREENSHOTS) await page.screenshot({ path: `docs/screenshots/${name}.png` });
};

test('typing "Britain" or "UK" in Speaks for selects the known United Kingdom and creates no actor', async ({
  page,
}) => {
  const actor = await pastedActorField(page);
  for (const typed of ['Britain', 'UK', 'United Kingdom']) {
    await actor.fill(typed);
    await actor.press('Enter');
    await expect(actor).toHaveValue('United Kingdom');
  }
  const settings = new SettingsPage(page);
  await settings.goto();
  await expect(page.getByTestId('actor-item')).toHaveCount(0);
});

test('setting a speaker fills Speaks for from what Parley knows, and Speaks for offers states not yet in the library', async ({
  page,
}) => {
  const actor = await pastedActorField(page);
  const offered = () => actor.evaluate((el) => [...((el as HTMLInputElement).list?.options ?? [])].map((o) => o.value));
  expect(await offered()).toEqual(expect.arrayContaining(['Chile', 'United Kingdom', 'Uzbekistan']));
  const speaker = page.getByTestId('field-speaker');
  await speaker.fill('Sergey Lavrov');
  await speaker.press('Enter');
  await expect(actor).toHaveValue('Russia');
});

test('title, outlet, date and URL are edited after import and the edit is undone', async ({ page }) => {
  const reader = await openPasted(page, ARTICLE);
  const title = page.locator('#article-title');
  await expect(title).toHaveText('Ministers meet in Tashkent on the corridor');
  await page.getByTestId('edit-meta').click();
  await page.getByTestId('meta-title').fill('Uzbekistan and Pakistan agree on the corridor');
  await page.getByTestId('meta-published').fill('2 April 2025');
  await page.getByTestId('meta-source').fill('https://www.dawn.com/news/1234');
  await page.getByTestId('meta-url').fill('https://www.dawn.com/news/1234');
  await shot(page, 'metadata-edit');
  await page.getByTestId('meta-save').click();
  await expect(title).toHaveText('Uzbekistan and Pakistan agree on the corridor');
  await expect(page.getByTestId('article-published')).toContainText(/Apr/);
  // An outlet typed as a link is kept as its name; the link shows as its host.
  await expect(page.getByTestId('article-outlet')).toHaveText('dawn.com');
  await expect(page.getByRole('link', { name: 'www.dawn.com' })).toHaveAttribute(
    'href',
    'https://www.dawn.com/news/1234',
  );
  await expect(page.getByTestId('meta-form')).toHaveCount(0);

  await reader.items().first().click();
  await page.keyboard.press('Control+z');
  await expect(title).toHaveText('Ministers meet in Tashkent on the corridor');
  await expect(page.getByTestId('article-published')).toContainText(/Mar/);
  await expect(page.getByTestId('article-outlet')).toHaveText('trtworld.com');
  await expect(page.getByRole('link', { name: 'www.dawn.com' })).toHaveCount(0);

  await page.reload();
  await reader.ready();
  await expect(title).toHaveText('Ministers meet in Tashkent on the corridor');
});

test('dates are shown normalised, an unreadable one as a warning, and the outlet as a name', async ({ page }) => {
  await openPasted(page, ARTICLE);
  await expect(page.getByTestId('article-published')).toHaveText(/^Published (14 Mar 2025|Mar 14, 2025)$/);
  await expect(page.getByTestId('article-outlet')).toHaveText('trtworld.com');

  await openPasted(page, BAD_DATE);
  const warning = page.getByTestId('date-warning');
  await expect(warning).toContainText('Date not readable');
  await expect(warning).toContainText('Officials said the talks would continue');
  await expect(page.getByTestId('article-published')).toHaveCount(0);
  await expect(page.getByTestId('headline-missing')).toBeVisible();

  // The warning leads to the fix.
  await warning.click();
  await page.getByTestId('meta-published').fill('14/03/2025');
  await page.getByTestId('meta-title').fill('Envoys meet in Doha');
  await page.getByTestId('meta-save').click();
  await expect(page.getByTestId('article-published')).toHaveText(/^Published (14 Mar 2025|Mar 14, 2025)$/);
  await expect(page.getByTestId('headline-missing')).toHaveCount(0);
});

test('two spellings of one speaker are merged across the library, undoably; a later import reads the variant as one', async ({
  page,
}) => {
  await openPasted(
    page,
    'Talks in Islamabad\n\nForeign Minister Shah Mahmood said on Monday that Pakistan wanted peace with India.',
  );
  await openPasted(
    page,
    'Qureshi in Moscow\n\nForeign Minister Shah Mehmood Qureshi said on Tuesday that Pakistan would deepen trade with Russia.',
  );
  const settings = new SettingsPage(page);
  await settings.goto();
  await page.getByTestId('merge-from').fill('Shah Mahmood');
  await page.getByTestId('merge-into').fill('Shah Mehmood Qureshi');
  await page.getByTestId('merge-save').click();
  await expect(page.getByTestId('merged-person')).toContainText('also Shah Mahmood');
  await page.getByTestId('merge-card').scrollIntoViewIfNeeded();
  await shot(page, 'actor-merge');
  await expect(page.getByTestId('toast').filter({ hasText: 'Merged Shah Mahmood' })).toContainText('1 statement');

  // Undone from Settings: the list no longer shows the merge; redone, and a later import reads the variant as the record.
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('toast').filter({ hasText: 'Undone: speaker merge' })).toBeVisible();
  await expect(page.getByTestId('merged-person')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByTestId('merged-person')).toContainText('also Shah Mahmood');
  const later = await openPasted(
    page,
    'Qureshi in Beijing\n\nForeign Minister Shah Mahmood said on Friday that Pakistan wanted calm on the border.',
  );
  await expect(later.items().first()).toContainText('Shah Mehmood Qureshi');
});

test('one actor merged into another across the library, and the merge undone', async ({ page }) => {
  const reader = await openPasted(
    page,
    'Talks in Islamabad\n\nForeign Minister Shah Mahmood Qureshi said on Monday that Pakistan wanted peace with India.',
  );
  await expect(reader.items().first()).toContainText('Speaks for Pakistan');
  const settings = new SettingsPage(page);
  await settings.goto();
  await page.getByTestId('merge-kind').selectOption('actors');
  await page.getByTestId('merge-from').fill('Pakistan');
  await page.getByTestId('merge-into').fill('Islamabad bloc');
  await page.getByTestId('merge-save').click();
  await expect(page.getByTestId('merged-actor')).toContainText('also Pakistan');
  await expect(page.getByTestId('toast').filter({ hasText: 'Merged Pakistan' })).toContainText('1 statement');

  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('merged-actor')).toHaveCount(0);
  await page.getByTestId('nav-library').click();
  await new LibraryPage(page).row('Talks in Islamabad').click();
  await expect(reader.items().first()).toContainText('Speaks for Pakistan');
});
