// The codebook end to end: a two-level hierarchy, tagging by keys, filtering by the parent, rename, merge and delete.
import { expect, test } from './fixtures';
import { openCodebookWith } from './pages/codebook-page';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';
import { SearchPage } from './pages/search-page';
import { dismissNotices } from './pages/toasts';

const ARTICLE = `Title: Border talks resume
Source: Example Wire
Published: 2025-04-02

Militants attacked a checkpoint near the border on Monday, officials said.

"We will not tolerate attacks on our soldiers," the defence minister said.

The two governments agreed to reopen the crossing for trade next month.

Farmers welcomed the decision to lower tariffs on fruit.`;

test('a two-level hierarchy: keys 1–9 tag, and filtering by the parent finds the children’s statements', async ({
  page,
}) => {
  const codebook = await openCodebookWith(page, 'Security');
  await codebook.addChild('Security', 'Terrorism');
  await codebook.addChild('Security', 'Border');
  await dismissNotices(page); // "Tag added" lies over the new-tag field's button
  await codebook.addTopLevel('Economy');
  // Reading order: Security (1), Terrorism (2), Border (3), Economy (4).
  await expect(codebook.tags().locator('kbd')).toHaveText(['1', '2', '3', '4']);
  await expect(codebook.tag('Terrorism')).toContainText('2');

  const library = new LibraryPage(page);
  await library.goto();
  await library.paste(ARTICLE);
  const reader = new ReaderPage(page);
  await reader.ready();
  const pick = async (text: string) => {
    const item = reader.items().filter({ hasText: text }).first();
    await item.click();
    return (await item.getAttribute('data-statement-id'))!;
  };
  const attack = await pick('Militants attacked a checkpoint');
  await page.keyboard.press('2');
  await expect(reader.item(attack)).toContainText('Terrorism');
  const crossing = await pick('reopen the crossing');
  await page.keyboard.press('3');
  await expect(reader.item(crossing)).toContainText('Border');
  const tariffs = await pick('lower tariffs');
  await page.keyboard.press('4');
  await expect(reader.item(tariffs)).toContainText('Economy');
  // Pressing a tag's key again takes it off.
  await page.keyboard.press('4');
  await expect(reader.item(tariffs)).not.toContainText('Economy');
  await page.keyboard.press('4');

  // Filtering the reader's list by the parent shows the statements tagged with its children.
  await page.getByTestId('tag-filter').selectOption({ label: 'Security (2)' });
  await expect(reader.items()).toHaveCount(2);
  await expect(reader.item(attack)).toBeVisible();
  await expect(reader.item(crossing)).toBeVisible();
  await page.getByTestId('tag-filter').selectOption({ label: '\u2003Border (1)' });
  await expect(reader.items()).toHaveCount(1);

  // So does search, and the codebook's "show its statements".
  const search = new SearchPage(page);
  await search.goto();
  await search.filter('tag').selectOption({ label: 'Security' });
  await expect(search.results()).toHaveCount(2);
  await codebook.goto();
  await codebook.tag('Security').click();
  await page.getByTestId('tag-show-statements').click();
  await expect(search.results()).toHaveCount(2);
  await expect(search.filter('tag')).toHaveValue(/\d+/);
});

test('rename, recolour, merge and delete tags; deleting tells how many statements it is on', async ({ page }) => {
  const codebook = await openCodebookWith(page, 'Security');
  await codebook.addChild('Security', 'Terrorism');
  await dismissNotices(page); // "Tag added" lies over the new-tag field's button
  await codebook.addTopLevel('Militancy');

  const library = new LibraryPage(page);
  await library.goto();
  await library.paste(ARTICLE);
  const reader = new ReaderPage(page);
  await reader.ready();
  await reader.items().filter({ hasText: 'Militants attacked' }).first().click();
  await page.keyboard.press('3'); // Militancy
  await reader.items().filter({ hasText: 'will not tolerate' }).first().click();
  await page.keyboard.press('2'); // Terrorism
  await page.keyboard.press('3');

  await codebook.goto();
  await codebook.tag('Militancy').click();
  await page.getByTestId('tag-name').fill('Armed groups');
  await page.getByTestId('tag-description').fill('Non-state armed actors');
  await codebook.editor().getByRole('radio', { name: '#059669' }).click();
  await page.getByTestId('tag-save').click();
  await expect(codebook.tag('Armed groups')).toBeVisible();
  await expect(codebook.tag('Armed groups').locator('.swatch')).toHaveCSS('background-color', 'rgb(5, 150, 105)');

  // Merge Armed groups into Terrorism: both statements carry Terrorism, Armed groups is gone.
  await dismissNotices(page); // the notices of the tagging and the save lie over the editor's buttons
  await page.getByTestId('merge-target').selectOption({ label: '\u2003Terrorism' });
  await page.getByTestId('merge-button').click();
  await page.getByTestId('confirm-button').filter({ hasText: 'Merge tags' }).click();
  await expect(codebook.tag('Armed groups')).toHaveCount(0);
  await expect(codebook.tag('Terrorism').locator('.count')).toContainText('2');

  // Deleting Security names the two statements it (with Terrorism below it) is on.
  await dismissNotices(page); // "Merged …" lies over the delete button
  await codebook.tag('Security').click();
  await page.getByTestId('tag-delete').click();
  await expect(page.getByTestId('delete-count')).toContainText('on 2 statements');
  await page.getByTestId('confirm-button').filter({ hasText: 'Delete tag' }).click();
  await expect(codebook.tags()).toHaveCount(0);
  await expect(page.getByTestId('toast').filter({ hasText: 'removed from 2 statements' })).toBeVisible();

  // Undo brings the whole subtree and its assignments back.
  await page.keyboard.press('Control+z');
  await expect(codebook.tag('Security')).toBeVisible();
  await expect(codebook.tag('Terrorism').locator('.count')).toContainText('2');
});
