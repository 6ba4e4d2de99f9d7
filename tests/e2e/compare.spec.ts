// Compare stances end to end: confirm stances in the inspector, then the matrix, its evidence, side by side, export,
// scope by date, article and document variable, and the timeline of dated articles.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, ROOT } from './fixtures';
import { ComparePage } from './pages/compare-page';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';
import { filterByVariable, setArticleVariable } from './pages/variable-filters';

const SHARED_FIXTURE = resolve(ROOT, '../shared/fixtures/pakistan-russia-talks.txt');
const HAS_SHARED = existsSync(SHARED_FIXTURE);
const COMPARE_FIXTURES = resolve(ROOT, 'tests/fixtures/compare');

/** Selects the statement containing `text`, opens the inspector and sets (or accepts) a stance, as an analyst does. */
async function confirmStance(reader: ReaderPage, text: string, target: string, label: string): Promise<void> {
  const page = reader.page;
  if (await reader.inspector().isVisible()) await page.keyboard.press('Escape');
  // The list is virtualised (far items are not in the page); the article's highlights all are.
  await reader.highlights().filter({ hasText: text }).first().click();
  await reader.openInspector();
  await reader.stanceButton(target, label).click();
  await expect(reader.stanceButton(target, label)).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
}

test('Pakistan–Russia: confirmed stances give the matrix, its evidence and the side by side', async ({ page }) => {
  test.skip(!HAS_SHARED, 'skipped: ../shared/fixtures is absent (it exists on developer machines and in CI only)');
  await new LibraryPage(page).importFiles([
    { name: 'pakistan-russia-talks.txt', mimeType: 'text/plain', buffer: readFileSync(SHARED_FIXTURE) },
  ]);
  const reader = new ReaderPage(page);
  await reader.ready();
  await confirmStance(reader, 'Jammu and Kashmir (IIOJK)', 'india', 'against');
  await confirmStance(reader, 'divisive strategies', 'us', 'against');
  await confirmStance(reader, 'sincere efforts for peace in Afghanistan', 'afghanistan', 'favor');
  await confirmStance(reader, 'put an end to the civil war', 'afghanistan', 'favor');
  await confirmStance(reader, 'rise in terrorist activities in Afghanistan', 'afghanistan', 'concern');

  const compare = new ComparePage(page);
  await compare.goto();
  await expect(compare.matrix()).toBeVisible();
  // With suggestions counted, cells the analyst has not touched are marked as suggestions only.
  await expect(compare.cell('pakistan', 'india')).toHaveAccessibleName(/1 of 1 analyst-confirmed/);
  await expect(compare.cell('us', 'india')).toHaveClass(/suggested/);

  await compare.setConfirmedOnly(true);
  await expect(compare.confirmedOnly()).toBeChecked();
  await expect(compare.cell('us', 'india')).toHaveCount(0);
  const pkIndia = compare.cell('pakistan', 'india');
  await expect(pkIndia).toHaveAccessibleName(/Pakistan on India: net −1\.00, 1 statement \(1 against\)/);
  await pkIndia.click();
  await expect(compare.detail()).toContainText('Pakistan on India');
  await expect(compare.evidence()).toHaveCount(1);
  await expect(compare.evidence().first()).toContainText('Indian Illegally Occupied Jammu and Kashmir');
  await expect(compare.evidence().first()).toContainText('Pakistan-Russia talks mark the beginning');
  await expect(compare.evidence().first()).toContainText('Shah Mahmood Qureshi');

  const ruUs = compare.cell('russia', 'us');
  await expect(ruUs).toHaveAccessibleName(/Russia on United States: net −1\.00, 1 statement \(1 against\)/);
  await ruUs.click();
  await expect(compare.evidence().first()).toContainText('the United States promotes divisive strategies');

  // The evidence opens the statement in its article.
  await compare.evidence().first().click();
  await expect(reader.inspector()).toContainText('divisive strategies');
  await expect(page.getByRole('heading', { name: /Pakistan-Russia talks/ })).toBeVisible();

  await compare.goto();
  await compare.sideBySide('pakistan', 'russia');
  const afghanistan = compare.sideRow('afghanistan');
  await expect(afghanistan).toHaveAttribute('data-relation', 'agree');
  await expect(afghanistan).toContainText('Agree');
  await expect(afghanistan.getByTestId('side-strongest').first()).toContainText('sincere efforts for peace');
  await expect(compare.sideRow('india')).toHaveAttribute('data-relation', 'one-sided');

  const side = await compare.exportCsv('export-side-by-side');
  expect(side.name).toBe('parley-pakistan-vs-russia-confirmed.csv');
  const header = side.text.replace(/^\ufeff/, '').split('\r\n')[0]!;
  expect(header.startsWith('target_id,target,relation,gap,pakistan_statements,pakistan_net')).toBe(true);
  expect(side.text).toMatch(/\r\nafghanistan,Afghanistan,agree,/);

  await page.getByTestId('compare-tab-matrix').click();
  const matrix = await compare.exportCsv('export-matrix');
  expect(matrix.name).toBe('parley-stance-matrix-confirmed.csv');
  expect(matrix.text).toMatch(/\r\npakistan,Pakistan,india,India,0,1,0,0,1,-1,1,\d+\r\n/);
});

/** Imports our three compare fixtures (two dated articles a quarter apart, one undated note) through the library. */
async function importDated(page: Page): Promise<void> {
  const library = new LibraryPage(page);
  await library.importFiles(
    readdirSync(COMPARE_FIXTURES).map((name) => ({
      name,
      mimeType: 'text/plain',
      buffer: readFileSync(resolve(COMPARE_FIXTURES, name)),
    })),
  );
  await library.goto();
  await expect(library.rows()).toHaveCount(3);
}

test('dated articles: the timeline moves, and the scope narrows by date and by article', async ({ page }) => {
  await importDated(page);

  const compare = new ComparePage(page);
  await compare.goto();
  const cell = compare.cell('pakistan', 'afghanistan');
  await expect(cell).toHaveAccessibleName(/net \+0\.75, concern in 25%, 4 statements \(3 favor, 1 concern\)/);
  // Concern is shown as its own dimension, not folded into the net as "against".
  await expect(cell.getByTestId('cell-concern')).toHaveText('concern 25%');
  // And the note under the matrix says so, in the words of the number shown.
  await expect(page.getByTestId('net-note')).toContainText(
    'Net = (favor − against) ÷ statements. Concern is not against',
  );
  await expect(page.getByTestId('net-note')).not.toContainText('half against');
  await cell.click();
  await expect(compare.timelineChart()).toBeVisible();
  await expect(compare.timelineChart().locator('canvas')).toHaveAttribute(
    'aria-label',
    /Pakistan: 0\.00 in 2021-W\d+, \+1\.00 in 2021-W\d+/,
  );
  await expect(compare.detail()).toContainText('1 statement from undated articles left out of the chart');
  await page.getByRole('button', { name: 'By date' }).click();
  await expect(compare.evidence().first()).toContainText('refugees');

  // March only: one date, so no movement to chart; the January concern is out of scope.
  await compare.setDates('2021-03-01', '2021-03-31');
  await expect(cell).toHaveAccessibleName(/Pakistan on Afghanistan: net \+1\.00, 2 statements/);
  await expect(compare.detail()).toContainText('one publication date');
  await expect(compare.timelineChart()).toHaveCount(0);

  // A date range that ends before it starts is refused in place, and the matrix stays as it was.
  await compare.setDates('2021-04-01', '2021-03-01');
  await expect(page.getByRole('alert')).toHaveText('The date range ends before it starts.');
  await expect(cell).toHaveAccessibleName(/2 statements/);
  await page.getByTestId('scope-reset').click();
  await expect(cell).toHaveAccessibleName(/net \+0\.75, concern in 25%, 4 statements \(3 favor, 1 concern\)/);

  // One article: the undated note.
  const articles = page.getByTestId('scope-articles');
  await articles.locator('summary').click();
  await articles.getByLabel('All articles').uncheck();
  await articles.getByLabel('Notes from the border crossing').check();
  await expect(cell).toHaveAccessibleName(/net \+1\.00, 1 statement/);
  await expect(compare.cell('russia', 'afghanistan')).toHaveCount(0);
});

test('a document variable narrows the matrix to the articles that have its value', async ({ page }) => {
  await importDated(page);
  const library = new LibraryPage(page);
  await library.row('Notes from the border crossing').click();
  await new ReaderPage(page).ready();
  await setArticleVariable(page, 'Genre', 'editorial');

  const compare = new ComparePage(page);
  await compare.goto();
  const cell = compare.cell('pakistan', 'afghanistan');
  await expect(cell).toHaveAccessibleName(/4 statements/);
  await expect(compare.cell('russia', 'afghanistan')).toHaveCount(1);
  await filterByVariable(page, 'Genre', 'editorial');
  await expect(cell).toHaveAccessibleName(/net \+1\.00, 1 statement/);
  await expect(compare.cell('russia', 'afghanistan')).toHaveCount(0);
  await page.getByTestId('scope-reset').click();
  await expect(cell).toHaveAccessibleName(/4 statements/);
});

test('hostile text in a statement stays text in the evidence', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await new LibraryPage(page).paste(
    'Qureshi on the border\n\nForeign Minister Shah Mahmood Qureshi said Pakistan fully supports peace in Afghanistan <img src=x onerror="alert(1)"> and <script>alert(2)</script> today.',
  );
  await new ReaderPage(page).ready();
  const compare = new ComparePage(page);
  await compare.goto();
  await compare.cell('pakistan', 'afghanistan').click();
  await expect(compare.evidence().first()).toContainText('<img src=x onerror="alert(1)">');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('an empty library says what the comparison needs', async ({ page }) => {
  const compare = new ComparePage(page);
  await compare.goto();
  await expect(page.getByTestId('compare-empty')).toContainText('No positions to compare');
});

test('the matrix, a cell and the side by side pass axe in light and dark', async ({ page }) => {
  await importDated(page);
  const compare = new ComparePage(page);
  await compare.goto();
  await compare.cell('pakistan', 'afghanistan').click();
  await expect(compare.timelineChart()).toBeVisible();
  const problems: string[] = [];
  const scan = async (where: string) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const result = await new AxeBuilder({ page }).analyze();
      for (const v of result.violations) {
        if (v.impact === 'serious' || v.impact === 'critical') {
          problems.push(
            `${where} (${scheme}): ${v.id} ${v.help} — ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(' | ')}`,
          );
        }
      }
    }
  };
  await scan('matrix');
  await compare.sideBySide('pakistan', 'russia');
  await expect(compare.sideRow('afghanistan')).toBeVisible();
  await scan('side by side');
  expect(problems, problems.join('\n')).toEqual([]);
});
