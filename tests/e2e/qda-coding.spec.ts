// QDA coding in the browser: overlapping span codings with a legend and one undo, a memo pulled into a brief, and
// auto-coding every search hit as one undoable action.
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { BriefPage } from './pages/brief-page';
import { CodebookPage, openCodebookWith } from './pages/codebook-page';
import { CodingPage } from './pages/coding-page';
import { LibraryPage } from './pages/library-page';
import { SearchPage } from './pages/search-page';

const ARTICLE = `Title: Envoys meet in Oslo
Source: Example Wire
Published: 2025-03-14

The envoys met in Oslo on Monday to discuss the corridor.

“We will return to Oslo next month,” the Norwegian foreign minister said.

Officials in Kabul welcomed the talks.`;

const OTHER = `Title: Corridor talks continue
Source: Example Wire
Published: 2025-03-20

Delegates said the Oslo format would continue through the spring.

Nobody else commented.`;

async function setUp(page: import('@playwright/test').Page, codes: string[]): Promise<CodingPage> {
  const coding = new CodingPage(page);
  await coding.setCoderName('Ayesha Raza');
  await openCodebookWith(page, ...codes);
  return coding;
}

test('span coding: overlapping codes shown as lanes with a legend, picker by key, Escape returns focus, undo', async ({
  page,
}) => {
  const coding = await setUp(page, ['Venue', 'Diplomacy', 'Time']);
  const library = new LibraryPage(page);
  await library.goto();
  await library.paste(ARTICLE);
  await coding.reader.ready();

  // Part of a sentence, two codes at once, with a memo.
  await coding.code('met in Oslo', ['Venue', 'Diplomacy'], 'Oslo hosts the first round');
  // An overlapping span, from the keyboard: q opens the picker, typing narrows, Enter picks, Enter applies.
  await coding.openPicker('Oslo on Monday', 'key');
  await page.keyboard.type('tim');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(coding.popover()).toBeHidden();
  // A span over two sentences, nesting both codings above.
  await coding.code('The envoys met in Oslo on Monday to discuss the corridor.\n\n“We will return', ['Diplomacy']);

  // "Oslo" lies under all four codings: four lanes under the same words.
  const oslo = coding
    .codedText()
    .filter({ hasText: /^Oslo$/ })
    .first();
  await expect(oslo).toHaveAttribute('data-codings', /^(\S+ ){3}\S+$/);
  await expect(coding.legend()).toHaveText([/Diplomacy\s*2/, /Time\s*1/, /Venue\s*1/]);

  await coding.openCodings();
  await expect(coding.rows()).toHaveCount(4);
  const venue = coding.rows().filter({ hasText: 'Venue' });
  await expect(venue).toContainText('Ayesha Raza');
  await expect(venue).toContainText('“met in Oslo”');
  await expect(venue.getByTestId('coding-memo')).toHaveValue('Oslo hosts the first round');

  // Escape closes the picker and gives focus back to the text it was opened from.
  await coding.openPicker('Norwegian foreign minister', 'key');
  await page.keyboard.press('Escape');
  await expect(coding.popover()).toBeHidden();
  await expect(coding.textPane()).toBeFocused();

  // One undo takes back the last coding (the two-sentence Diplomacy span).
  await page.keyboard.press('Control+z');
  await expect(coding.legend()).toHaveText([/Diplomacy\s*1/, /Time\s*1/, /Venue\s*1/]);
  await expect(coding.rows()).toHaveCount(3);
});

test('the headline: part of the title coded with two codes, underlined in lanes, in the legend and the list', async ({
  page,
}) => {
  const coding = await setUp(page, ['Venue', 'Diplomacy']);
  const library = new LibraryPage(page);
  await library.goto();
  await library.paste(ARTICLE);
  await coding.reader.ready();

  // Text of the headline can be coded, not made a statement.
  await coding.reader.selectText('meet in Oslo', coding.headline());
  await expect(page.getByTestId('selection-code')).toBeVisible();
  await expect(page.getByTestId('create-statement')).toHaveCount(0);
  await coding.code('meet in Oslo', ['Venue', 'Diplomacy'], 'The headline names the venue', 'toolbar', 'title');
  // The same words in the body are another coding's business: "Oslo" in the body stays uncoded.
  await coding.code('Oslo', ['Venue'], '', 'toolbar', 'title');

  const oslo = coding
    .headline()
    .getByTestId('coded-text')
    .filter({ hasText: /^Oslo$/ });
  await expect(oslo).toHaveAttribute('data-codings', /^(\S+ ){2}\S+$/);
  await expect(coding.headline()).toHaveText('Envoys meet in Oslo');
  await expect(coding.reader.body().getByTestId('coded-text')).toHaveCount(0);
  await expect(coding.legend()).toHaveText([/Diplomacy\s*1/, /Venue\s*2/]);

  await coding.openCodings();
  await expect(coding.rows()).toHaveCount(3);
  const diplomacy = coding.rows().filter({ hasText: 'Diplomacy' });
  await expect(diplomacy).toContainText('Headline: “meet in Oslo”');
  await expect(diplomacy.getByTestId('coding-memo')).toHaveValue('The headline names the venue');

  // One undo takes back the last headline coding.
  await page.keyboard.press('Control+z');
  await expect(coding.legend()).toHaveText([/Diplomacy\s*1/, /Venue\s*1/]);
});

test('memos: on a code, an article and a coding; found by search; a memo inserted into a brief reaches Markdown', async ({
  page,
}) => {
  const coding = await setUp(page, ['Venue']);
  const codebook = new CodebookPage(page);
  await codebook.tag('Venue').click();
  await coding.writeMemo(page.getByTestId('code-memo'), 'Apply Venue where a capital hosts negotiations.');

  const library = new LibraryPage(page);
  await library.goto();
  await library.paste(ARTICLE);
  await coding.reader.ready();
  await coding.code('met in Oslo', ['Venue'], 'Oslo as a neutral host');
  await coding.openCodings();
  await coding.writeMemo(page.getByTestId('article-memo'), 'Wire copy; the first report of the Oslo round.');

  const search = new SearchPage(page);
  await search.goto();
  await search.search('neutral host');
  await expect(page.getByTestId('memo-result')).toHaveText([
    /Coding memo\s*Venue · Envoys meet in Oslo.*Oslo as a neutral host/,
  ]);
  await search.search('capital hosts');
  await expect(page.getByTestId('memo-result')).toHaveText([/Code memo\s*Venue\s*— Ayesha Raza.*capital hosts/]);

  const brief = new BriefPage(page);
  await brief.goto();
  await brief.draft();
  await page.getByTestId('insert-memo').click();
  await expect(page.getByTestId('memo-choice')).toHaveCount(3);
  await page.getByTestId('memo-choice').filter({ hasText: 'Memo on the code' }).click();
  await expect(brief.field('notes')).toHaveValue(
    'Memo on the code “Venue” (Ayesha Raza):\nApply Venue where a capital hosts negotiations.',
  );
  await expect(brief.preview().getByText('Apply Venue where a capital hosts negotiations.')).toBeVisible();
  const md = readFileSync((await (await brief.exportAs('md')).path())!, 'utf8');
  expect(md).toContain('Apply Venue where a capital hosts negotiations.');
  expect(md).toContain('Memo on the code “Venue” (Ayesha Raza):');
});

test('auto-coding codes every hit in every article as one action that one undo takes back', async ({ page }) => {
  const coding = await setUp(page, ['Oslo format']);
  const library = new LibraryPage(page);
  await library.goto();
  await library.paste(ARTICLE);
  await coding.reader.ready();
  await library.goto();
  await library.paste(OTHER);
  await coding.reader.ready();

  const search = new SearchPage(page);
  await search.goto();
  await search.search('Oslo');
  await expect(search.results()).toHaveCount(3);
  await coding.autoCode('Oslo format', 'match');
  const toast = page
    .getByTestId('toast')
    .filter({ hasText: 'Coded 3 matched passages in 2 articles with Oslo format' });
  await expect(toast).toBeVisible();

  // The other article shows its coded word underlined.
  await search.results().filter({ hasText: 'Delegates' }).click();
  await coding.reader.ready();
  await expect(coding.codedText()).toHaveText(['Oslo']);
  await expect(coding.legend()).toHaveText([/Oslo format\s*1/]);

  // One undo removes every coding the action made, in both articles.
  await page.keyboard.press('Control+z');
  await expect(coding.codedText()).toHaveCount(0);
  await search.goto();
  await search.search('Oslo');
  await search.results().filter({ hasText: 'envoys met' }).click();
  await coding.reader.ready();
  await expect(coding.codedText()).toHaveCount(0);
  await expect(coding.legend()).toHaveCount(0);
});
