// Screenshots the batch import results panel and the Backups tab at 1280×800, light and dark, into docs/screenshots.
// Run: npx electron-vite build && npx tsx tests/screenshots/batch-backup-screenshots.ts
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/browser-host';
import { OUT, shotLightDark, withShotSession } from './shots';

const FIXTURES = join(ROOT, 'tests/fixtures/workbench');

/** The workbench fixtures, a few wire items, one of them twice, and a scanned image saved as .txt. */
function batchFiles(): { name: string; mimeType: string; buffer: Buffer }[] {
  const files = readdirSync(FIXTURES)
    .filter((n) => n.endsWith('.txt'))
    .map((name) => ({ name, mimeType: 'text/plain', buffer: readFileSync(join(FIXTURES, name)) }));
  const wire = ['Herat', 'Kandahar', 'Peshawar', 'Quetta', 'Mazar-i-Sharif'].map((city, i) => ({
    name: `wire-${String(i + 1).padStart(2, '0')}-${city.toLowerCase()}.txt`,
    mimeType: 'text/plain',
    buffer: Buffer.from(
      `Aid convoy reaches ${city}\n\n"The road is open again," a UN spokesperson said in ${city} on Friday.`,
    ),
  }));
  return [
    ...files,
    ...wire,
    { ...wire[1]!, name: 'wire-02-kandahar (copy).txt' },
    { name: 'scanned-cable.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]) },
  ];
}

await withShotSession('batch', async ({ host, open }) => {
  const page = await open();
  await page.getByTestId('import-paste-button').waitFor();
  await page.getByTestId('import-file-input').setInputFiles(batchFiles());
  await page.locator('[data-testid="batch-import-panel"][data-state="finished"]').waitFor();
  await page.getByTestId('article-row').first().waitFor();
  await shotLightDark(page, 'batch-import');
  await page.getByTestId('batch-dismiss').click();

  // A manual backup, then a restore of it, so the list shows each reason a backup is made.
  await host.call('backups.create', {});
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-tab-backups').click();
  await page.getByTestId('backup-item').first().waitFor();
  const manual = page.locator('[data-testid="backup-item"][data-backup-name$=".manual.sqlite"]');
  await manual.getByTestId('backup-restore').click();
  await page.getByTestId('confirm-button').click();
  await page.locator('[data-backup-name$=".before-restore.sqlite"]').waitFor();
  await page.getByRole('button', { name: /^Dismiss: / }).click();
  await shotLightDark(page, 'backups');
  console.log(`Screenshots written to ${OUT}`);
});
