// The analysis view: the co-occurrence matrix of codes tagged in the reader, drilling into a cell's segments,
// narrowing by a document variable; two coders' agreement from a team's .qdpx project, and two analysts' agreement on the
// stances they set in the reader.
import { strToU8, zipSync } from 'fflate';
import { expect, test } from './fixtures';
import { AnalysisPage } from './pages/analysis-page';
import { openCodebookWith } from './pages/codebook-page';
import { CodingPage } from './pages/coding-page';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';
import { SearchPage } from './pages/search-page';
import { filterByVariable, setArticleVariable } from './pages/variable-filters';

const DAWN = `Title: Water talks stall
Source: Dawn

Pakistan said the Indian dam would choke the river and hurt farmers.

Officials from both sides met in Lahore on Monday.

"Trade cannot resume while water is withheld," the minister said.`;

const HINDU = `Title: Dam row deepens
Source: The Hindu

India said the dam respects the treaty and will help trade.

The talks ended without a date for the next round.`;

test('the co-occurrence matrix counts codes on the same statement and opens the segments of a cell', async ({
  page,
}) => {
  await openCodebookWith(page, 'Water', 'Trade', 'Meetings');

  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  const tagStatement = async (text: string, keys: string[]) => {
    const item = reader.items().filter({ hasText: text }).first();
    await item.click();
    for (const key of keys) await page.keyboard.press(key);
    for (const name of ['Water', 'Trade', 'Meetings'].filter((_, i) => keys.includes(String(i + 1)))) {
      await expect(item).toContainText(name);
    }
  };
  for (const [article, coding] of [
    [
      DAWN,
      [
        ['choke the river', ['1', '2']],
        ['met in Lahore', ['3']],
        ['Trade cannot resume', ['1', '2']],
      ],
    ],
    [
      HINDU,
      [
        ['respects the treaty', ['1', '2']],
        ['without a date', ['3']],
      ],
    ],
  ] as const) {
    await library.goto();
    await library.paste(article);
    await reader.ready();
    for (const [text, keys] of coding) await tagStatement(text, [...keys]);
  }

  const analysis = new AnalysisPage(page);
  await analysis.goto();
  await analysis.showTab('cooccurrence');
  await expect(analysis.cell('Water', 'Trade')).toHaveText('3');
  await expect(analysis.cell('Trade', 'Water')).toHaveText('3');
  // Meetings never shares a statement with another code.
  await expect(analysis.matrix().getByRole('button', { name: /^Meetings × / })).toHaveCount(0);

  await analysis.cell('Water', 'Trade').click();
  await expect(analysis.segments()).toHaveCount(3);
  await expect(analysis.segments().filter({ hasText: 'choke the river' })).toContainText('Water talks stall');
  await expect(analysis.segments().filter({ hasText: 'respects the treaty' })).toContainText('Dam row deepens');

  // Narrowed to one outlet by its document variable, the cell holds that outlet's segments only.
  await analysis.filterBy('Outlet', 'Dawn');
  await expect(analysis.cell('Water', 'Trade')).toHaveText('2');
  await analysis.cell('Water', 'Trade').click();
  await expect(analysis.segments()).toHaveCount(2);
  await expect(analysis.segments().filter({ hasText: 'respects the treaty' })).toHaveCount(0);

  // A segment opens its statement in the reader.
  await analysis.segments().filter({ hasText: 'Trade cannot resume' }).getByRole('link').click();
  await expect(reader.selectedItem()).toContainText('Trade cannot resume');

  // Code × article counts codings per article.
  await analysis.goto();
  await analysis.showTab('article');
  await expect(analysis.cell('Water', 'Water talks stall')).toHaveText('2');
});

test('typing in one document variable survives the reply to another one saved meanwhile', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.paste(HINDU);
  await new ReaderPage(page).ready();
  const box = page.getByTestId('article-variables');
  await box.locator('summary').click();
  const language = page.getByTestId('article-variable-Language').locator('input');
  await language.fill('English');
  // the genre is chosen and saved while the language is still being typed (the caret stays in it)
  await page
    .getByTestId('article-variable-Genre')
    .locator('select')
    .evaluate((el) => {
      const select = el as HTMLSelectElement;
      select.value = 'editorial';
      select.dispatchEvent(new Event('change'));
    });
  await expect(box).toContainText('2 of 6 set');
  await expect(language).toHaveValue('English');
  await language.press('Enter');
  await language.blur();
  await expect(box).toContainText('3 of 6 set');
});

test('document variables set in the reader filter the library and search', async ({ page }) => {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  for (const article of [DAWN, HINDU]) {
    await library.goto();
    await library.paste(article);
    await reader.ready();
  }
  // The Hindu's article is open: its genre and language.
  await setArticleVariable(page, 'Genre', 'editorial');
  await setArticleVariable(page, 'Language', 'English');
  await expect(page.getByTestId('article-variables')).toContainText('3 of 6 set');

  await library.goto();
  await expect(page.getByTestId('article-row')).toHaveCount(2);
  await filterByVariable(page, 'Genre', 'editorial');
  await expect(page.getByTestId('article-row')).toHaveCount(1);
  await expect(page.getByTestId('article-row')).toContainText('Dam row deepens');
  await filterByVariable(page, 'Genre', 'Not set');
  await expect(page.getByTestId('article-row')).toHaveCount(2);

  const search = new SearchPage(page);
  await search.goto();
  await search.search('dam');
  await expect(search.results().filter({ hasText: 'choke the river' })).toHaveCount(1);
  await filterByVariable(page, 'Language', 'English');
  await expect(search.results().filter({ hasText: 'choke the river' })).toHaveCount(0);
  await expect(search.results().filter({ hasText: 'respects the treaty' })).toHaveCount(1);
});

const TEAM_TEXT =
  'Pakistan said the Indian dam would choke the river and hurt farmers. Officials met in Lahore on Monday. ' +
  '"Trade cannot resume while water is withheld," the minister said.';

/**
 * A project two analysts coded in another tool (QualCoder writes this shape): Ayesha and Bilal code the same text,
 * Bilal's Water span running on past Ayesha's; their Trade spans match.
 */
function teamProject(): Buffer {
  const users = { Ayesha: '11111111-1111-4111-8111-111111111111', Bilal: '22222222-2222-4222-8222-222222222222' };
  const codes = { Water: '33333333-3333-4333-8333-333333333333', Trade: '44444444-4444-4444-8444-444444444444' };
  let n = 0;
  const selection = (coder: keyof typeof users, code: keyof typeof codes, text: string) => {
    const start = TEAM_TEXT.indexOf(text);
    n++;
    return `<PlainTextSelection guid="55555555-5555-4555-8555-55555555555${n}" startPosition="${start}" endPosition="${start + text.length}" creatingUser="${users[coder]}">
<Coding guid="66666666-6666-4666-8666-66666666666${n}" creatingUser="${users[coder]}"><CodeRef targetGUID="${codes[code]}"/></Coding></PlainTextSelection>`;
  };
  const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Team project" origin="QualCoder">
<Users><User guid="${users.Ayesha}" name="Ayesha"/><User guid="${users.Bilal}" name="Bilal"/></Users>
<CodeBook><Codes>
<Code guid="${codes.Water}" name="Water" isCodable="true" color="#2266cc"/>
<Code guid="${codes.Trade}" name="Trade" isCodable="true" color="#cc6622"/>
</Codes></CodeBook>
<Sources><TextSource guid="77777777-7777-4777-8777-777777777777" name="Water talks">
<PlainTextContent>${TEAM_TEXT.replace(/"/g, '&quot;')}</PlainTextContent>
${selection('Ayesha', 'Water', 'the Indian dam would choke the river')}
${selection('Ayesha', 'Trade', 'Trade cannot resume')}
${selection('Bilal', 'Water', 'the Indian dam would choke the river and hurt farmers')}
${selection('Bilal', 'Trade', 'Trade cannot resume')}
</TextSource></Sources></Project>`;
  return Buffer.from(zipSync({ 'project.qde': strToU8(qde) }));
}

test('agreement of two coders from an imported project: figures per code and overall, and where they differ', async ({
  page,
}) => {
  const analysis = new AnalysisPage(page);
  await analysis.goto();
  await analysis.importProject({ name: 'team.qdpx', mimeType: 'application/zip', buffer: teamProject() });
  await expect(page.getByTestId('toast').filter({ hasText: 'Imported team.qdpx' })).toBeVisible();

  await analysis.showTab('agreement');
  await expect(page.getByTestId('coder-a')).toHaveValue('Ayesha');
  await expect(page.getByTestId('coder-b')).toHaveValue('Bilal');
  await expect(analysis.figure('agreement')).toContainText('Over the 1 article both coded');
  // Characters coded by one only: " and hurt farmers" (17 of the body), on Water alone; Trade agrees exactly.
  const share = (codes: number) => `${((1 - 17 / (codes * TEAM_TEXT.length)) * 100).toFixed(1)} %`;
  await expect(analysis.figure('spans-percent')).toHaveText(share(2));
  await expect(analysis.figure('spans-kappa')).not.toHaveText('—');
  await expect(analysis.figure('spans-alpha')).not.toHaveText('—');
  const codes = page.getByTestId('agreement-codes');
  await expect(codes.getByRole('row', { name: /^Trade/ })).toContainText('100.0 %');
  await expect(codes.getByRole('row', { name: /^Trade/ })).toContainText('1.00');
  await expect(
    codes
      .getByRole('row', { name: /^Water/ })
      .getByRole('cell')
      .first(),
  ).toHaveText(share(1));
  await expect(analysis.disagreements()).toHaveCount(1);
  await expect(analysis.disagreements().first()).toContainText('Water');
  await expect(analysis.disagreements().first().getByLabel('Only Bilal')).toContainText('and hurt farmers');
  await expect(analysis.disagreements().first().getByLabel('Only Ayesha')).toContainText('—');
});

const WATER = `Title: Water talks stall
Source: Dawn

Pakistan said the Indian dam would choke the river and hurt farmers.

"India must stop the work on the dam," the minister said.

"Trade with India cannot resume while water is withheld," the adviser said.

Pakistan welcomed India's offer of talks on the treaty, the spokesman said.`;

test('agreement of two analysts on the stances they set: figures overall and per target, and where they differ', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  const coding = new CodingPage(page);
  /** The analyst named in settings decides India's stance in each statement, from the inspector. */
  const decide = async (coder: string, labels: [string, string][]) => {
    await coding.setCoderName(coder);
    await library.goto();
    await library.row('Water talks stall').click();
    await reader.ready();
    for (const [text, label] of labels) {
      const item = reader.items().filter({ hasText: text }).first();
      await reader.setStance(item, 'india', label);
      await expect(reader.chip(item, 'india')).toHaveAttribute('data-label', label);
    }
  };
  await library.goto();
  await library.paste(WATER);
  await reader.ready();
  await decide('Ayesha', [
    ['choke the river', 'against'],
    ['stop the work', 'against'],
    ['Trade with India', 'concern'],
    ['offer of talks', 'favor'],
  ]);
  // Bilal sees Ayesha's stances; he confirms three (choosing the same label) and reads the trade quote differently.
  await decide('Bilal', [
    ['choke the river', 'against'],
    ['stop the work', 'against'],
    ['Trade with India', 'against'],
    ['offer of talks', 'favor'],
  ]);

  const analysis = new AnalysisPage(page);
  await analysis.goto();
  await analysis.showTab('agreement');
  await expect(page.getByTestId('coder-a')).toHaveValue('Ayesha');
  await expect(page.getByTestId('coder-b')).toHaveValue('Bilal');
  // 3 of 4 units agree. Ayesha: against 2, concern 1, favor 1; Bilal: against 3, favor 1: chance agreement 7/16, so
  // kappa = (12/16 − 7/16) / (9/16) = 0.56; alpha = 1 − 7 · 2 / 34 = 0.59 (8 values: against 5, concern 1, favor 2).
  await expect(analysis.figure('stances-units')).toContainText('Over the 4 stances both decided, in 4 statements');
  await expect(analysis.figure('stances-percent')).toHaveText('75.0 %');
  await expect(analysis.figure('stances-kappa')).toHaveText('0.56');
  await expect(analysis.figure('stances-alpha')).toHaveText('0.59');
  const india = page.getByTestId('agreement-targets').getByRole('row', { name: /^India/ });
  await expect(india.getByRole('cell')).toHaveText(['4', '75.0 %', '0.56', '0.59']);
  await expect(analysis.stanceDisagreements()).toHaveCount(1);
  const differ = analysis.stanceDisagreements().first();
  await expect(differ).toContainText('Trade with India cannot resume');
  await expect(differ.getByLabel('Ayesha')).toContainText('concern');
  await expect(differ.getByLabel('Bilal')).toContainText('against');

  // The disagreement opens its statement in the reader's inspector, where the stances are.
  await differ.getByRole('link').click();
  await expect(reader.inspector()).toContainText('Trade with India cannot resume');
  await expect(reader.stanceButton('india', 'against')).toHaveAttribute('aria-pressed', 'true');
});

test('the segments download as CSV and .xlsx; the Project menu exports the project (.qdpx) or codebook (.qdc)', async ({
  page,
}) => {
  const toast = page.getByTestId('toast');
  await new AnalysisPage(page).goto();
  await page.getByTestId('export-segments-csv').click();
  await expect(toast.filter({ hasText: 'coded segments exported' }).filter({ hasText: '.csv' })).toBeVisible();
  await page.getByTestId('export-segments-xlsx').click();
  await expect(toast.filter({ hasText: 'coded segments exported' }).filter({ hasText: '.xlsx' })).toBeVisible();
  await page.getByTestId('project-menu').click();
  await expect(page.getByTestId('export-qdpx')).toHaveText('Export project (.qdpx)');
  await expect(page.getByTestId('export-qdc')).toHaveText('Export codebook (.qdc)');
  await page.getByTestId('export-qdpx').click();
  await expect(toast.filter({ hasText: 'Project exported' })).toContainText('.qdpx');
  await page.getByTestId('export-qdc').click();
  await expect(toast.filter({ hasText: 'Codebook exported' })).toContainText('.qdc');
});
