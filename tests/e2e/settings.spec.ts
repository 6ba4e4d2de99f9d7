// Targets and actors end to end: adding one re-runs detection over every article and keeps the analyst's edits.
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';
import { SettingsPage } from './pages/settings-page';

const ARTICLE = `Title: Ministers discuss Kashmir
Source: Example Wire

The minister stressed the importance of resolving the Kashmir dispute through dialogue.

"We are deeply concerned about the situation in Srinagar," the spokesperson said.

Trade with India was also discussed.`;

test('adding a target and an actor re-runs detection and keeps what the analyst set by hand', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.paste(ARTICLE);
  const reader = new ReaderPage(page);
  await reader.ready();
  const item = reader.items().filter({ hasText: 'deeply concerned' }).first();
  await item.click();
  const id = (await item.getAttribute('data-statement-id'))!;
  await reader.openInspector();
  await page.getByTestId('field-speaker').fill('Mumtaz Zahra Baloch');
  await page.getByTestId('field-speaker').press('Enter');
  await expect(reader.inspector().getByText('edited', { exact: true }).first()).toBeVisible();

  const settings = new SettingsPage(page);
  await settings.goto();
  await settings.addTarget('Kashmir', 'Jammu and Kashmir, Srinagar');
  await expect(page.getByTestId('toast').filter({ hasText: 'Adding target Kashmir: done' })).toContainText(
    /Statements in 1 article/,
  );
  await expect(settings.target('kashmir')).toContainText('Srinagar');

  await settings.addActor('Pakistan Foreign Office', 'organisation', 'FO', 'Mumtaz Zahra Baloch');
  await expect(settings.actor('pakistan-foreign-office')).toContainText('People: Mumtaz Zahra Baloch');

  // The new target has a stance row in the inspector; the speaker the analyst typed survived both re-runs.
  await library.goto();
  await library.row('Ministers discuss Kashmir').click();
  // The reader comes back where the analyst left it: the same statement in the inspector.
  await expect(reader.inspector()).toHaveAttribute('data-statement-id', id);
  await expect(reader.stanceRow('kashmir')).toBeVisible();
  await expect(page.getByTestId('field-speaker')).toHaveValue('Mumtaz Zahra Baloch');

  // Editing the target keeps its id; deleting it asks first.
  await settings.goto();
  await settings.target('kashmir').getByRole('button', { name: 'Edit Kashmir' }).click();
  await page.getByTestId('target-aliases').fill('Jammu and Kashmir, Srinagar, IIOJK');
  await page.getByTestId('target-save').click();
  await expect(settings.target('kashmir')).toContainText('IIOJK');
  await settings.target('kashmir').getByRole('button', { name: 'Delete Kashmir' }).click();
  await page.locator('dialog[open]').getByTestId('confirm-button').click();
  await expect(settings.target('kashmir')).toHaveCount(0);
});
