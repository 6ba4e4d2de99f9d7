// A long article in the reader: only the text near the view is in the page, yet End, Home and a text selection near the
// end work as in a short one.
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';

const NAMES = ['Ayesha Rahman', 'Pavel Orlov', 'Lin Wei', 'Maria Lindqvist', 'Kenji Mori'];

/** About 250 KB: paragraphs of four quoted sentences, each unique by its number. */
function longArticle(paragraphs: number): string {
  const body: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const sentences: string[] = [];
    for (let s = 0; s < 4; s++) {
      const n = p * 4 + s + 1;
      const who = NAMES[n % NAMES.length]!;
      sentences.push(
        `"Clause ${n} of the corridor agreement will be honoured by both governments before the summit," ${who} said.`,
      );
    }
    body.push(sentences.join(' '));
  }
  return `Title: The corridor talks in full\nSource: Example Wire\nPublished: 2025-03-14\n\n${body.join('\n\n')}`;
}

test('End in a long article brings its last statement into view and selects it, with few statements in the page', async ({
  page,
}) => {
  test.slow();
  const library = new LibraryPage(page);
  await library.importFiles([
    { name: 'corridor-talks.txt', mimeType: 'text/plain', buffer: Buffer.from(longArticle(600)) },
  ]);
  const reader = new ReaderPage(page);
  await expect(page.getByRole('heading', { name: 'The corridor talks in full' })).toBeVisible({ timeout: 60_000 });
  await reader.ready();
  const total = Number(await reader.items().first().getAttribute('aria-setsize'));
  expect(total).toBeGreaterThan(1500);

  // Only the text near the view is rendered.
  const rendered = await reader.highlights().count();
  expect(rendered).toBeGreaterThan(0);
  expect(rendered).toBeLessThan(total / 5);

  // End, from the article text: the last statement is selected, in the list and in the text, and in view.
  await page.getByRole('region', { name: 'Article text' }).focus();
  await page.keyboard.press('End');
  await expect(reader.selectedItem()).toHaveAttribute('aria-posinset', String(total));
  const lastId = await reader.selectedId();
  await expect(reader.highlight(lastId)).toHaveClass(/selected/);
  await expect(reader.highlight(lastId)).toBeInViewport();
  await expect(reader.highlight(lastId)).toContainText('Clause 2400 of the corridor agreement');
  expect(await reader.highlights().count()).toBeLessThan(total / 5);

  // Text selected near the end maps to the right offsets: it runs into the last statement.
  await reader.selectText('Clause 2400 of the corridor');
  await expect(page.getByTestId('create-statement')).toHaveAttribute('title', new RegExp(`statement ${total}\\b`));

  // Home goes back to the first statement, rendered and in view again.
  await page.getByRole('region', { name: 'Article text' }).focus();
  await page.keyboard.press('Home');
  await expect(reader.selectedItem()).toHaveAttribute('aria-posinset', '1');
  const firstId = await reader.selectedId();
  await expect(reader.highlight(firstId)).toBeInViewport();
  await expect(reader.highlight(firstId)).toContainText('Clause 1 of the corridor agreement');
});
