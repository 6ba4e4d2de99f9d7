// A brief says what the analyst stands behind: confirmed-only by default once a stance is confirmed, suggestions marked.
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { BriefPage } from './pages/brief-page';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';

const ARTICLE = `Title: Envoys weigh the northern corridor
Source: Example Wire
Published: 2025-03-14

“Pakistan wants peace and stability in Afghanistan,” Pakistan’s Foreign Minister Shah Mahmood Qureshi said on Monday.
“The United States must stop its divisive strategies in the region,” Russian Foreign Minister Sergey Lavrov said.
Qureshi voiced concern about India’s actions in Kashmir.
The meeting lasted three hours.`;

async function draftFromTheArticle(brief: BriefPage): Promise<void> {
  await brief.goto();
  await brief.articleChoices().first().check();
  await brief.draft();
}

test('a brief counts confirmed stances only once one is confirmed, and marks suggestions when they are shown', async ({
  page,
}) => {
  // Two drafts, a stance confirmed in the reader and two refreshes: a long walk on a busy machine.
  test.slow();
  await new LibraryPage(page).paste(ARTICLE);
  await expect(page.getByRole('heading', { name: /Envoys weigh the northern corridor/ })).toBeVisible();
  const brief = new BriefPage(page);
  const preview = brief.preview();

  // Nothing confirmed yet: no choice to make, every cell is marked as a suggestion, and the bottom line says so.
  await draftFromTheArticle(brief);
  await expect(brief.confirmedOnly()).not.toBeChecked();
  await expect(brief.confirmedOnly()).toBeDisabled();
  await expect(brief.stanceBasis()).toContainText('0 confirmed and 3 suggested statements from 1 article');
  await expect(preview.locator('table.stances td.suggested').first()).toContainText('suggested, not reviewed');
  await expect(brief.field('bluf')).toHaveValue(/^No stance has been confirmed by the analyst yet/);
  await expect(brief.field('bluf')).not.toHaveValue(/speaks against/);
  // Leave the unsaved draft (the composer asks first).
  page.once('dialog', (d) => void d.accept());
  await page.getByTestId('brief-back').click();
  await expect(brief.articleChoices()).toHaveCount(1);

  // The analyst confirms Lavrov's line on the United States in the inspector.
  const library = new LibraryPage(page);
  await library.goto();
  await library.row('Envoys weigh the northern corridor').click();
  const reader = new ReaderPage(page);
  await reader.ready();
  await reader.highlights().filter({ hasText: 'divisive strategies' }).first().click();
  await reader.openInspector();
  await reader.stanceButton('us', 'against').click();
  await expect(reader.stanceButton('us', 'against')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');

  // A new draft counts confirmed stances only, and its bottom line states its basis.
  await draftFromTheArticle(brief);
  await expect(brief.confirmedOnly()).toBeChecked();
  await expect(brief.confirmedOnly()).toBeEnabled();
  await expect(brief.stanceBasis()).toContainText('1 confirmed and 2 suggested statements from 1 article');
  const table = preview.locator('table.stances');
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await expect(table.locator('tbody tr').first()).toContainText('Russia');
  await expect(table.locator('td.suggested')).toHaveCount(0);
  await expect(table.locator('caption')).toContainText('Analyst-confirmed stances only, from 1 statement.');
  await expect(brief.field('bluf')).toHaveValue(
    /^Russia speaks against the United States\. These positions rest on analyst-confirmed statements only\. Based on 1 confirmed and 2 suggested statements from 1 article/,
  );

  // Switched off, the suggestions come back into the table, each marked as not reviewed; the analyst's words stay.
  await brief.field('bluf').fill('Moscow hardens its line on Washington.');
  await brief.setConfirmedOnly(false);
  await expect(table.locator('tbody tr')).toHaveCount(2);
  // Pakistan on Afghanistan, India (concern) and Kashmir (neutral): all the engine's, none reviewed.
  await expect(table.locator('td.suggested')).toHaveCount(3);
  await expect(table.locator('td.suggested').first()).toContainText('suggested, not reviewed');
  await expect(brief.field('bluf')).toHaveValue('Moscow hardens its line on Washington.');
  const md = readFileSync((await (await brief.exportAs('md')).path())!, 'utf8');
  expect(md).toContain('*(suggested, not reviewed)*');
  expect(md).toContain('1 confirmed and 2 statements with unreviewed engine suggestions');

  // And on again.
  await brief.setConfirmedOnly(true);
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await expect(table.locator('td.suggested')).toHaveCount(0);
});
