// Backups end to end: back up, change the library, restore the backup after confirming, and find it as it was.
import { expect, test } from './fixtures';
import { BackupsPage } from './pages/backups-page';
import { CodebookPage } from './pages/codebook-page';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';

const FIRST =
  'Envoys meet in Oslo\n\n“We will meet again next month,” the Norwegian envoy said. The talks lasted four hours.';
const SECOND =
  'Ministers visit Kabul\n\n“Aid must keep flowing,” the German minister said on arrival. Talks begin on Monday.';

test('a backup made now is restored after confirming: later articles and tags are gone', async ({ page }) => {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  const backups = new BackupsPage(page);
  const codebook = new CodebookPage(page);

  await library.paste(FIRST);
  await expect(page.getByRole('heading', { name: 'Envoys meet in Oslo' })).toBeVisible();

  await backups.goto();
  // Browser mode backs the library up when it starts, like the app.
  await expect(backups.withReason('When Parley started').first()).toBeVisible();
  await backups.backUpNow().click();
  await expect(library.toasts().filter({ hasText: 'Backup made' })).toBeVisible();
  const manual = backups.withReason('Made by you');
  await expect(manual).toHaveCount(1);
  const manualName = (await manual.getAttribute('data-backup-name'))!;
  expect(manualName).toMatch(/\.manual\.sqlite$/);

  // After the backup: one more article, and a tag.
  await library.goto();
  await library.paste(SECOND);
  await expect(page.getByRole('heading', { name: 'Ministers visit Kabul' })).toBeVisible();
  await expect(reader.items().first()).toBeVisible();
  const secondUrl = page.url();
  await codebook.goto();
  await codebook.addTopLevel('Humanitarian aid');
  await library.goto();
  await expect(library.rows()).toHaveCount(2);

  // Cancel leaves everything as it is.
  await backups.goto();
  await backups.askRestore(manual);
  await expect(backups.dialog()).toContainText('Everything in the library');
  await expect(backups.dialog()).toContainText('is replaced by this backup');
  await expect(backups.dialog()).toContainText('The current state is saved as a backup first');
  await backups.dialog().getByRole('button', { name: 'Cancel' }).click();
  await expect(backups.dialog()).toHaveCount(0);
  await expect(backups.withReason('Before a restore')).toHaveCount(0);

  await backups.askRestore(manual);
  await backups.dialog().getByTestId('confirm-button').click();
  const toast = library.toasts().filter({ hasText: 'Backup restored' });
  await expect(toast).toContainText(manualName);
  await expect(backups.dialog()).toHaveCount(0);

  // The state before the restore was saved, and is listed under its reason and named in the notice.
  const safety = backups.withReason('Before a restore');
  await expect(safety).toHaveCount(1);
  const safetyName = (await safety.getAttribute('data-backup-name'))!;
  expect(safetyName).toMatch(/\.before-restore\.sqlite$/);
  await expect(toast).toContainText(safetyName);

  await library.goto();
  await expect(library.rows()).toHaveCount(1);
  await expect(library.row('Envoys meet in Oslo')).toHaveCount(1);
  await codebook.goto();
  await expect(codebook.tag('Humanitarian aid')).toHaveCount(0);

  // The article open before the restore is gone with it: its address now says so instead of showing a stale copy.
  await page.goto(secondUrl);
  await expect(page.getByRole('alert')).toContainText('Could not open this article.');
  await expect(page.getByRole('heading', { name: 'Ministers visit Kabul' })).toHaveCount(0);
});
