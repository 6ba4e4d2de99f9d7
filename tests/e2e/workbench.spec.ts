// The analyst's workbench end to end: inspector edits by keyboard and mouse, undo/redo across a reload, statements by
// hand, a failed save that keeps the input, the shortcuts sheet, and the library's sorting, filters and deletion.
import { expect, test } from './fixtures';
import { openCodebookWith } from './pages/codebook-page';
import { clearFaults, plantFault } from './pages/faults';
import { LibraryPage } from './pages/library-page';
import { openPasted, ReaderPage } from './pages/reader-page';
import { dismissNotices } from './pages/toasts';

const ARTICLE = `Title: Ministers meet in Tashkent on the corridor
Source: Example Wire
Published: 2025-03-14

The foreign ministers of Uzbekistan and Pakistan met in Tashkent on Friday to discuss the railway corridor.

"We are ready to finish the corridor within two years," the Uzbek minister said. "It will carry trade to the sea."

The Pakistani minister said India had not been invited to the talks. She added that security along the route remained a concern.

Officials said the next round would take place in Islamabad in June.`;

/** The statement whose list entry contains `text`, selected by clicking it. */
async function selectByText(reader: ReaderPage, text: string): Promise<string> {
  const item = reader.items().filter({ hasText: text }).first();
  await item.click();
  return (await item.getAttribute('data-statement-id'))!;
}

test('tag with a number key, change a stance, add a note, undo twice, redo once, reload: exactly that state', async ({
  page,
}) => {
  await openCodebookWith(page, 'Connectivity');

  const reader = await openPasted(page, ARTICLE);
  const id = await selectByText(reader, 'ready to finish the corridor');

  // 1 applies the first tag of the codebook.
  await page.keyboard.press('1');
  await expect(reader.item(id)).toContainText('Connectivity');

  await reader.openInspector();
  await expect(reader.inspector()).toHaveAttribute('data-statement-id', id);
  await reader.stanceButton('india', 'against').click();
  await expect(reader.stanceButton('india', 'against')).toHaveAttribute('aria-pressed', 'true');

  await reader.note().fill('Compare with the ministry readout of 12 March.');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('note-status')).toHaveText('Saved');

  // Undo twice: the note goes, then the stance; redo once brings the stance back.
  await page.keyboard.press('Control+z');
  await expect(reader.note()).toHaveValue('');
  await page.keyboard.press('Control+z');
  await expect(reader.stanceButton('india', 'against')).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Control+Shift+z');
  await expect(reader.stanceButton('india', 'against')).toHaveAttribute('aria-pressed', 'true');

  await page.reload();
  await reader.ready();
  await reader.select(id);
  await expect(reader.item(id)).toContainText('Connectivity');
  await reader.openInspector();
  await expect(reader.stanceButton('india', 'against')).toHaveAttribute('aria-pressed', 'true');
  for (const label of ['favor', 'concern', 'neutral']) {
    await expect(reader.stanceButton('india', label)).toHaveAttribute('aria-pressed', 'false');
  }
  await expect(reader.note()).toHaveValue('');
  await expect(reader.appliedTags()).toHaveText([/Connectivity/]);
  // Undo still reaches back past the reload: the stance, then the tag.
  await page.keyboard.press('Control+z');
  await expect(reader.stanceButton('india', 'against')).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Control+z');
  await expect(reader.appliedTags()).toHaveCount(0);
});

test('the inspector sets speaker, kind, reviewed and star, each marked as the analyst’s', async ({ page }) => {
  const reader = await openPasted(page, ARTICLE);
  const id = await selectByText(reader, 'India had not been invited');
  await reader.openInspector();
  const speaker = page.getByTestId('field-speaker');
  await speaker.fill('Hina Rabbani Khar');
  await speaker.press('Enter');
  await expect(reader.inspector().getByText('edited', { exact: true }).first()).toBeVisible();
  await page.getByTestId('kind-indirect').check();
  await expect(page.getByTestId('kind-indirect')).toBeChecked();
  await page.getByTestId('toggle-star').click();
  await expect(page.getByTestId('toggle-star')).toHaveAttribute('aria-pressed', 'true');
  // Focus is on the star button now, not in a text field, so r is a shortcut.
  await page.keyboard.press('r');
  await expect(page.getByTestId('toggle-reviewed')).toHaveAttribute('aria-pressed', 'true');

  await page.keyboard.press('Escape');
  await expect(reader.item(id)).toContainText('Hina Rabbani Khar');
  await expect(reader.item(id)).toContainText('Paraphrase');
  await expect(reader.item(id)).toContainText('Reviewed');
  await expect(page.getByTestId('review-progress')).toContainText('1 / ');

  await page.reload();
  await reader.ready();
  await expect(reader.item(id)).toContainText('Hina Rabbani Khar');
  await expect(reader.item(id)).toContainText(/starred/i);
});

test('create a statement from a selection, split it, and merge it back; offsets stay exact', async ({ page }) => {
  const reader = await openPasted(page, ARTICLE);
  await dismissNotices(page); // the import's notice lies over the last statement in the list
  // Free the last paragraph by deleting its statement, so the text there is no statement's.
  const last = await selectByText(reader, 'next round would take place');
  await page.keyboard.press('Delete');
  await page.getByTestId('confirm-button').click();
  await expect(reader.item(last)).toHaveCount(0);
  const before = await reader.items().count();

  const chosen = 'the next round would take place in Islamabad';
  await reader.selectText(chosen);
  await expect(page.getByTestId('selection-popover')).toContainText(`${chosen.length} characters`);
  await page.keyboard.press('c');
  await expect(reader.items()).toHaveCount(before + 1);
  const created = reader.highlights().filter({ hasText: chosen });
  await expect(created).toHaveText(chosen);
  const createdId = (await created.getAttribute('data-statement-id'))!;
  await expect(reader.item(createdId)).toHaveAttribute('aria-selected', 'true');

  // Split after "the next round " with the caret, by keyboard.
  await page.keyboard.press('x');
  const splitText = page.getByTestId('split-text');
  await expect(splitText).toBeFocused();
  await splitText.press('Control+Home');
  for (let i = 0; i < 'the next round '.length; i++) await splitText.press('ArrowRight');
  await splitText.press('Enter');
  await expect(reader.items()).toHaveCount(before + 2);
  await expect(reader.highlights().filter({ hasText: /^the next round$/ })).toHaveCount(1);
  await expect(reader.highlights().filter({ hasText: /^would take place in Islamabad$/ })).toHaveCount(1);
  // The text reads exactly as imported, highlights and all.
  await expect(reader.body()).toContainText('Officials said the next round would take place in Islamabad in June.');

  // Merge the two halves again: m merges the selected statement with the next one.
  await reader
    .highlights()
    .filter({ hasText: /^the next round$/ })
    .click();
  await reader.openInspector();
  await page.getByTestId('merge-next').click();
  await expect(reader.inspector().locator('blockquote')).toHaveText(chosen);

  // Nudge the end one word later: "in June." joins the statement.
  await reader.inspector().getByRole('button', { name: 'End one word later' }).click();
  await expect(reader.inspector().locator('blockquote')).toHaveText(`${chosen} in`);
});

test('a statement by keyboard alone: free text is offered, Shift+arrows choose, Enter creates', async ({ page }) => {
  const reader = await openPasted(page, ARTICLE);
  await page.keyboard.press('End');
  const last = await reader.selectedId();
  await expect(reader.item(last)).toContainText('next round would take place');
  await page.keyboard.press('Delete');
  await expect(page.locator('dialog[open]')).toContainText('Delete this statement?');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(reader.item(last)).toHaveCount(0);

  await page.keyboard.press('End');
  await page.keyboard.press('c');
  const text = page.getByTestId('create-text');
  await expect(text).toBeFocused();
  // The freed sentence is offered whole; drop "in June." with Shift+Left, word by word.
  await text.press('Control+Shift+ArrowLeft');
  await text.press('Control+Shift+ArrowLeft');
  await text.press('Control+Shift+ArrowLeft');
  await text.press('Enter');
  await expect(
    reader.highlights().filter({ hasText: /^Officials said the next round would take place in Islamabad$/ }),
  ).toHaveCount(1);
  await expect(reader.body()).toContainText('Officials said the next round would take place in Islamabad in June.');
});

test('a failed save shows the error and keeps the analyst’s note on screen until it is saved', async ({ page }) => {
  const reader = await openPasted(page, ARTICLE);
  const id = await selectByText(reader, 'ready to finish the corridor');
  await reader.openInspector();
  // The backend answers as it does when the database file is read-only.
  await plantFault(page, 'notes.set', {
    code: 'read_only',
    message: 'The database is read-only, so the change was not saved.',
  });
  const text = 'Timeline looks optimistic; the 2019 estimate was five years.';
  await reader.note().fill(text);
  await page.keyboard.press('Tab');
  await expect(reader.inspector().getByRole('alert')).toContainText('read-only');
  await expect(reader.note()).toHaveValue(text);
  await expect(reader.toasts().filter({ hasText: 'Could not save the note' })).toBeVisible();

  // Moving to another statement and back does not lose it either.
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  await expect(reader.note()).toHaveValue(text);

  await clearFaults(page);
  await reader.inspector().getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByTestId('note-status')).toHaveText('Saved');
  await page.reload();
  await reader.ready();
  await reader.select(id);
  await reader.openInspector();
  await expect(reader.note()).toHaveValue(text);
});

test('keyboard first: j/k move, Enter inspects, Esc returns, ? lists every shortcut', async ({ page }) => {
  const reader = await openPasted(page, ARTICLE);
  await page.keyboard.press('j');
  const first = await reader.selectedId();
  await page.keyboard.press('j');
  const second = await reader.selectedId();
  expect(second).not.toBe(first);
  await page.keyboard.press('k');
  expect(await reader.selectedId()).toBe(first);
  await page.keyboard.press('Enter');
  await expect(reader.inspector()).toBeVisible();
  await page.keyboard.press('j');
  await expect(reader.inspector()).toHaveAttribute('data-statement-id', second);
  await page.keyboard.press('Escape');
  await expect(reader.inspector()).toHaveCount(0);
  await expect(page.getByRole('listbox', { name: 'Statements' })).toBeFocused();
  await page.keyboard.press('?');
  const sheet = page.getByTestId('shortcuts-dialog');
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText('Undo the last edit');
  await expect(sheet).toContainText('Apply or remove codebook tag 1–9');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await page.keyboard.press('/');
  await expect(page.getByTestId('search-input')).toBeFocused();
});

test('the library sorts and filters by date, outlet and progress, and deletes an article after confirmation', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  await library.paste(ARTICLE);
  const reader = new ReaderPage(page);
  await reader.ready();
  await page.keyboard.press('j');
  await page.keyboard.press('r');
  await expect(page.getByTestId('review-progress')).toContainText('1 / ');
  await library.goto();
  await library.paste(
    'Title: Envoys meet in Oslo\nSource: Nordic Post\nPublished: 2024-11-02\n\nThe envoys met for four hours. “We will meet again,” the Norwegian envoy said.',
  );
  await reader.ready();
  await library.goto();
  await expect(library.rows()).toHaveCount(2);

  await page.getByTestId('sort-published').click();
  await expect(library.rows().first()).toContainText('Ministers meet in Tashkent');
  await page.getByTestId('sort-published').click();
  await expect(library.rows().first()).toContainText('Envoys meet in Oslo');
  await page.getByTestId('outlet-filter').selectOption('Nordic Post');
  await expect(library.rows()).toHaveCount(1);
  await page.getByTestId('outlet-filter').selectOption('*');
  await page.getByTestId('progress-filter').selectOption('started');
  await expect(library.rows()).toHaveCount(1);
  await expect(library.rows().first()).toContainText('Tashkent');
  await expect(library.rows().first().getByTestId('article-progress')).toContainText('1 /');
  await page.getByTestId('progress-filter').selectOption('all');

  const row = library.row('Ministers meet in Tashkent');
  await row.getByTestId('article-delete').click();
  const dialog = page.getByTestId('confirm-dialog').filter({ hasText: 'Delete “Ministers meet' });
  await expect(dialog).toContainText(/\d+ statements go with it/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(library.rows()).toHaveCount(2);
  await row.getByTestId('article-delete').click();
  await page.getByTestId('confirm-button').filter({ hasText: 'Delete article' }).click();
  await expect(library.rows()).toHaveCount(1);
  await expect(library.toasts().filter({ hasText: 'Article deleted' })).toBeVisible();
  await page.reload();
  await expect(library.rows()).toHaveCount(1);
  await expect(library.rows().first()).toContainText('Envoys meet in Oslo');
});
