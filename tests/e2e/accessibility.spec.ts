// An axe-core scan of each view, light and dark, failing on any serious or critical violation; one test per view.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openCodebookWith } from './pages/codebook-page';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';

const ARTICLE = `Title: Envoys meet in Kabul
Source: Northern Herald
Published: 2025-01-20

Special envoys from six countries met in Kabul on Monday and called for a government that represents all Afghans.

"Stability in Afghanistan depends on including women and minorities in public life," said the United Nations envoy, Maria Lindqvist.

The Iranian envoy said Tehran was worried about the flow of refugees across its border, and urged donors to keep aid flowing to India and Pakistan alike.`;

/**
 * The rules whose outcome depends on colour. The schemes differ in colour only (the same markup, other values of the
 * theme's colour variables), so the dark scheme is scanned with these; every rule runs in the light one.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Runs axe in both colour schemes and fails on serious and critical violations, described for the report. */
async function expectAccessible(page: Page, where: string): Promise<void> {
  const found: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    const axe = new AxeBuilder({ page });
    const result = await (scheme === 'dark' ? axe.withRules(COLOUR_RULES) : axe).analyze();
    for (const v of result.violations) {
      if (v.impact !== 'serious' && v.impact !== 'critical') continue;
      const targets = v.nodes.slice(0, 3).map((n) => n.target.join(' '));
      found.push(`${where} (${scheme}): ${v.id} [${v.impact}] ${v.help} — ${targets.join(' | ')}`);
    }
  }
  expect(found, found.join('\n')).toEqual([]);
}

/** The article pasted through the UI; the reader shows it afterwards. */
async function withArticle(page: Page): Promise<void> {
  await new LibraryPage(page).paste(ARTICLE);
  await page.getByTestId('statement-item').first().waitFor();
}

/** The article pasted, then the library listing it. */
async function libraryWithArticle(page: Page): Promise<void> {
  await withArticle(page);
  const library = new LibraryPage(page);
  await library.goto();
  await library.rows().first().waitFor();
}

// Reduced motion from the start: the app then skips its transitions, so axe never measures a colour halfway through
// one (a highlight fading in after "j", the theme's switch).
test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

test('the empty library', async ({ page }) => {
  await page.getByTestId('import-paste-button').waitFor();
  await expectAccessible(page, 'empty library');
});

test('the library with an article', async ({ page }) => {
  await libraryWithArticle(page);
  await expectAccessible(page, 'library');
});

test('the reader', async ({ page }) => {
  await withArticle(page);
  await page.keyboard.press('j');
  await expectAccessible(page, 'reader');
});

test('the inspector', async ({ page }) => {
  await withArticle(page);
  await page.keyboard.press('j');
  await page.keyboard.press('Enter');
  await page.getByTestId('inspector').waitFor();
  await expectAccessible(page, 'inspector');
});

for (const [key, testId, name] of [
  ['x', 'split-dialog', 'split dialog'],
  ['c', 'create-dialog', 'new statement dialog'],
  ['?', 'shortcuts-dialog', 'shortcuts dialog'],
] as const) {
  test(`the ${name}`, async ({ page }) => {
    await withArticle(page);
    await page.keyboard.press('j');
    await page.keyboard.press(key);
    await page.getByTestId(testId).waitFor();
    await expectAccessible(page, name);
  });
}

test('the codebook', async ({ page }) => {
  const codebook = await openCodebookWith(page, 'Security');
  await codebook.addChild('Security', 'Refugees');
  await expectAccessible(page, 'codebook');
});

test('search', async ({ page }) => {
  await withArticle(page);
  await page.getByTestId('nav-search').click();
  await page.getByTestId('search-input').fill('envoy');
  await page.getByTestId('search-result').first().waitFor();
  await expectAccessible(page, 'search');
});

test('the analysis view: a co-occurrence cell open, and agreement', async ({ page }) => {
  await openCodebookWith(page, 'Security', 'Talks');
  await new LibraryPage(page).goto();
  await withArticle(page);
  await page.keyboard.press('j');
  const selected = new ReaderPage(page).selectedItem();
  await selected.waitFor();
  await page.keyboard.press('1');
  await page.keyboard.press('2');
  // Both tags saved before the analysis view loads its counts: it read them mid-save once and stayed empty.
  await expect(selected).toContainText('Security');
  await expect(selected).toContainText('Talks');
  await page.getByTestId('nav-analysis').click();
  await page.getByTestId('code-matrix').getByRole('button').first().click();
  await page.getByTestId('segment').first().waitFor();
  await expectAccessible(page, 'analysis');
  await page.getByTestId('analysis-tab-agreement').click();
  await page.getByTestId('agreement-empty').waitFor();
  await expectAccessible(page, 'analysis agreement');
});

test('settings', async ({ page }) => {
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('targets-list').waitFor();
  await expectAccessible(page, 'settings');
});

test('backups and the restore confirmation', async ({ page }) => {
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-tab-backups').click();
  await page.getByTestId('backup-create').click();
  await page.getByTestId('backup-item').first().waitFor();
  // the buttons are disabled while the copy is made: scanned only once it is done, not as they turn back on
  await expect(page.getByTestId('backup-create')).toBeEnabled();
  await expect(page.getByTestId('backup-restore').first()).toBeEnabled();
  await expectAccessible(page, 'backups');
  await page.getByTestId('backup-restore').first().click();
  await page.locator('dialog[open]').waitFor();
  await expectAccessible(page, 'restore confirmation');
});

test('the delete confirmation', async ({ page }) => {
  await libraryWithArticle(page);
  await page.getByTestId('article-delete').first().click();
  await page.locator('dialog[open]').waitFor();
  await expectAccessible(page, 'delete confirmation');
});

test('the batch import results', async ({ page }) => {
  // A batch with a failure and a duplicate, so the results panel shows every kind of row.
  await page.getByTestId('import-file-input').setInputFiles([
    {
      name: 'oslo.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Envoys meet in Oslo\n\n"We will meet again," the envoy said.'),
    },
    { name: 'kabul.txt', mimeType: 'text/plain', buffer: Buffer.from(ARTICLE) },
    { name: 'again.txt', mimeType: 'text/plain', buffer: Buffer.from(ARTICLE) },
    { name: 'scan.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]) },
  ]);
  await page.locator('[data-testid="batch-import-panel"][data-state="finished"]').waitFor();
  await expectAccessible(page, 'batch import results');
});
