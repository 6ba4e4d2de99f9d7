// The stance learner in the app: a suggestion changes after the analyst confirms similar statements, says what it
// learned from (the nearest decisions one click away), and Settings shows the learner's accuracy, an off switch, reset.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';
import { SettingsPage } from './pages/settings-page';

const LATER = 'Later moves\n\nTurkey described the farm policy of India as a masterstroke.';
const TEACH = `Policies\n\n${[
  'Pakistan described the trade policy of India as a masterstroke.',
  'Iran described the energy policy of India as a masterstroke.',
  'China described the water policy of India as a masterstroke.',
  'Egypt described the space policy of India as a masterstroke.',
].join(' ')}`;

const shot = async (page: Page, name: string) => {
  if (process.env.PARLEY_SCREENSHOTS) await page.screenshot({ path: `docs/screenshots/${name}.png` });
};

test('a suggestion changes after the analyst confirms similar statements, with what it learned from', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  await library.paste(LATER);
  const turkey = reader.items().filter({ hasText: 'Turkey described' });
  // the rules alone: neutral, nothing learned
  await expect(reader.chip(turkey, 'india')).toHaveAttribute('data-label', 'neutral');
  await expect(turkey.getByTestId('chip-learned')).toHaveCount(0);

  await library.goto();
  await library.paste(TEACH);
  const egypt = reader.items().filter({ hasText: 'Egypt described' });
  await expect(reader.chip(egypt, 'india')).toHaveAttribute('data-label', 'neutral');
  for (const who of ['Pakistan', 'Iran', 'China']) {
    await reader.setStance(reader.items().filter({ hasText: `${who} described` }), 'india', 'favor');
  }
  // the statement left undecided in the same article follows the analyst at once
  await expect(reader.chip(egypt, 'india')).toHaveAttribute('data-label', 'favor');
  await expect(egypt.getByTestId('chip-learned')).toContainText(/learned from \d+ of your decisions/);

  // so does the article read before
  await library.goto();
  await library.row('Later moves').click();
  await expect(reader.chip(turkey, 'india')).toHaveAttribute('data-label', 'favor');
  const learned = turkey.getByTestId('chip-learned');
  await expect(learned).toHaveText(/learned from [2-9] of your decisions/);
  await learned.click();
  const evidence = page.getByTestId('learned-evidence');
  await expect(evidence.getByTestId('learned-summary')).toContainText('The rules said neutral on India');
  const examples = evidence.getByTestId('learned-example');
  await expect(examples.first()).toContainText('described the');
  await expect(examples.first()).toContainText('Policies');
  await expect(examples.first()).toContainText('favor');
  await shot(page, 'learner-chip-evidence');
  await page.keyboard.press('Escape');
  await expect(evidence).toHaveCount(0);

  // the same evidence by keyboard: Enter opens the inspector, where "learned from" is a button in the tab order
  await turkey.click();
  await reader.openInspector();
  const why = reader.stanceRow('india').getByTestId('stance-learned');
  await expect(why).toHaveText(/learned from [2-9] of your decisions/);
  await why.focus();
  await page.keyboard.press('Enter');
  await expect(evidence.getByTestId('learned-summary')).toContainText('The rules said neutral on India');
  await expect(evidence).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(evidence).toHaveCount(0);
  await expect(why).toBeFocused();
  await expect(reader.inspector()).toBeVisible();
  await page.keyboard.press('Escape');

  // confirm the learned suggestion here too, so two articles carry decisions and accuracy can be cross-validated
  await reader.setStance(turkey, 'india', 'favor');
  const settings = new SettingsPage(page);
  const panel = await settings.openLearner();
  await expect(panel.getByTestId('learner-decisions')).toHaveText('4 decisions');
  await expect(panel.getByTestId('learner-accuracy')).toHaveText(/^\d+%$/);
  await expect(panel.getByTestId('learner-rules-accuracy')).toHaveText(/^\d+%$/);
  await expect(panel.getByTestId('learner-accuracy-note')).toContainText('Cross-validated by article');
  await shot(page, 'learner-settings');

  // off: suggestions follow the rules alone again
  await panel.getByTestId('learner-enabled').uncheck();
  await expect(panel.getByTestId('learner-enabled')).not.toBeChecked();
  await library.goto();
  await library.row('Policies').click();
  await expect(reader.chip(egypt, 'india')).toHaveAttribute('data-label', 'neutral');
  await expect(egypt.getByTestId('chip-learned')).toHaveCount(0);

  // on again, then reset: nothing learned
  const again = await settings.openLearner();
  await again.getByTestId('learner-enabled').check();
  await expect(again.getByTestId('learner-enabled')).toBeChecked();
  await again.getByTestId('learner-reset').click();
  await page.getByRole('button', { name: 'Forget what it learned' }).click();
  await expect(again.getByTestId('learner-decisions')).toHaveText('0 decisions');
  await library.goto();
  await library.row('Policies').click();
  await expect(reader.chip(egypt, 'india')).toHaveAttribute('data-label', 'neutral');
});
