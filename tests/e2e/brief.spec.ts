// Briefing notes through the UI: draft from an article, compose, preview, save and reopen, export Markdown and PDF.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { BriefPage } from './pages/brief-page';
import { LibraryPage } from './pages/library-page';
import { openPasted } from './pages/reader-page';

const ARTICLE = `Title: Envoys meet in Oslo on the corridor | phase 2
Source: Example Wire
Published: 2025-03-14
URL: https://example.org/oslo

“We will keep working for peace in Afghanistan,” Foreign Minister Ana Silva said on Monday.
Silva said India had been invited to join the talks <script>alert(1)</script>.
“The United States must not divide the region,” Silva added.
The meeting lasted three hours.`;

const HAS_PDFTOTEXT = existsSync('/usr/bin/pdftotext');

test('compose a brief from an article, save and reopen it, and export Markdown and PDF', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.paste(ARTICLE);
  await expect(page.getByRole('heading', { name: /Envoys meet in Oslo/ })).toBeVisible();

  const brief = new BriefPage(page);
  await brief.goto();
  await expect(brief.articleChoices()).toHaveCount(1);
  await brief.articleChoices().first().check();
  await brief.draft();

  // The first draft is already useful: title from the article, handling line, quotes, the source.
  await expect(brief.field('title')).toHaveValue('Envoys meet in Oslo on the corridor | phase 2');
  await expect(brief.field('handling')).toHaveValue('UNCLASSIFIED');
  await expect(brief.keyStatements().first()).toContainText('Silva');
  await expect(brief.preview().locator('h1')).toHaveText('Envoys meet in Oslo on the corridor | phase 2');
  await expect(brief.status()).toHaveText('Not saved yet');

  // Compose.
  await brief.field('title').fill('Oslo talks: corridor, phase 2');
  await brief.field('handling').fill('UNCLASSIFIED // FOR TRAINING');
  await brief.field('author').fill('R. Analyst');
  await brief.field('bluf').fill('Norway keeps the corridor talks alive.\n- India is invited.');
  await brief.addJudgment('Talks resume within a month.', 'very likely', 'high');
  await brief.grade(0, 'B', '2');
  await brief.starCandidate('The United States must not divide the region');
  await expect(brief.keyStatements()).toHaveCount(1);
  await expect(brief.keyStatements().first()).toContainText('The United States must not divide the region');

  // The preview follows, rendered from the same model as the exports.
  const preview = brief.preview();
  await expect(preview.locator('h1')).toHaveText('Oslo talks: corridor, phase 2');
  await expect(preview.locator('.handling').first()).toHaveText('UNCLASSIFIED // FOR TRAINING');
  await expect(preview.locator('ol.judgments')).toContainText('very likely');
  await expect(preview.locator('table.sources')).toContainText('B2');
  await expect(preview.locator('script')).toHaveCount(0);

  // Save, leave, reopen.
  await brief.save();
  await expect(brief.status()).toHaveText('Saved');
  await page.getByTestId('brief-back').click();
  await expect(brief.savedBriefs()).toHaveCount(1);
  await brief
    .savedBriefs()
    .first()
    .getByRole('button', { name: /^Oslo talks/ })
    .click();
  await expect(brief.field('author')).toHaveValue('R. Analyst');
  await expect(page.getByTestId('judgment-text')).toHaveValue('Talks resume within a month.');

  // Markdown.
  const md = await brief.exportAs('md');
  expect(md.suggestedFilename()).toMatch(/^\d{4}-\d{2}-\d{2}-oslo-talks-corridor-phase-2\.md$/);
  const text = readFileSync((await md.path())!, 'utf8');
  expect(text).toContain('**UNCLASSIFIED // FOR TRAINING**');
  expect(text).toContain('# Oslo talks: corridor, phase 2');
  expect(text).toContain('1. Talks resume within a month. — *Very likely (80–95%); high confidence*');
  expect(text).toContain('> “The United States must not divide the region,” Silva added.');
  expect(text).toContain('Admiralty grading: B2 (Usually reliable; probably true)');
  expect(text).toContain('| Actor |');

  // PDF.
  const pdf = await brief.exportAs('pdf');
  expect(pdf.suggestedFilename()).toMatch(/oslo-talks-corridor-phase-2\.pdf$/);
  const file = (await pdf.path())!;
  expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  if (HAS_PDFTOTEXT) {
    const printed = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(printed).toContain('Oslo talks: corridor, phase 2');
    expect(printed).toContain('UNCLASSIFIED // FOR TRAINING');
    expect(printed).toContain('Page 1 of');
    expect(printed).toContain('The United States must not divide the region');
  }
});

test('the brief view explains itself when the library is empty', async ({ page }) => {
  const brief = new BriefPage(page);
  await brief.goto();
  await expect(page.getByText('Import an article in the library first.')).toBeVisible();
  await expect(page.getByTestId('brief-draft')).toBeDisabled();
});

test('a starred statement keeps its note beside its quote, and a quote over two sentences is printed whole', async ({
  page,
}) => {
  const reader = await openPasted(
    page,
    `Title: Envoys weigh the corridor
Source: Example Wire
Published: 2025-03-14

“Pakistan wants peace and stability in Afghanistan. We will work with every neighbour to that end,” Pakistan’s Foreign Minister Shah Mahmood Qureshi said on Monday.
Qureshi voiced concern about India’s actions in Kashmir.
The meeting lasted three hours.`,
  );
  // The analyst notes a statement in the inspector.
  await reader.items().filter({ hasText: 'voiced concern' }).first().click();
  await reader.openInspector();
  await reader.note().fill('Kashmir line is new this year.');
  await reader.note().press('Tab');
  await expect(page.getByTestId('note-status')).toHaveText('Saved');
  await page.keyboard.press('Escape');

  const brief = new BriefPage(page);
  await brief.goto();
  await brief.articleChoices().first().check();
  await brief.draft();
  await brief.starCandidate('voiced concern');
  // The list of candidates is open now: star the second in it (the preview below shows when it is taken).
  await page
    .getByTestId('candidate-statement')
    .filter({ hasText: 'Pakistan wants peace' })
    .getByRole('button', { name: 'Star this statement' })
    .click();
  const quotes = brief.preview().locator('blockquote');
  await expect(quotes).toHaveCount(2);
  // The quotation runs over two statements: both sentences, both marks, nothing left dangling.
  await expect(quotes.filter({ hasText: 'Pakistan wants peace' })).toContainText(
    '“Pakistan wants peace and stability in Afghanistan. We will work with every neighbour to that end,” Pakistan’s Foreign Minister',
  );
  // The note stands beside its own quote, not elsewhere.
  await expect(quotes.filter({ hasText: 'voiced concern' })).toContainText(
    'Analyst note: Kashmir line is new this year.',
  );
  await expect(quotes.filter({ hasText: 'Pakistan wants peace' })).not.toContainText('Analyst note');
  const md = readFileSync((await (await brief.exportAs('md')).path())!, 'utf8');
  expect(md).toContain('*Analyst note:* Kashmir line is new this year.');
  expect(md).toContain(
    '> “Pakistan wants peace and stability in Afghanistan. We will work with every neighbour to that end,”',
  );
});
