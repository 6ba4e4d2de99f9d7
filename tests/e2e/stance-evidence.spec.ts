// Each stance suggestion shows its evidence: the governing word on the chip and, in the inspector, with the other cues.
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';

test('a suggested stance shows the word that governs it, on the chip and in the inspector', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.paste(
    'Envoy condemns raid\n\nChilean Foreign Minister Ana Lopez condemned Bolivia for the border raid. The talks lasted four hours.',
  );
  const reader = new ReaderPage(page);
  await expect(reader.items()).toHaveCount(2);
  const item = reader.items().first();
  await expect(item.getByTestId('chip-evidence')).toHaveText('condemned');
  await item.click();
  await reader.openInspector();
  await expect(page.getByTestId('stance-predicate').first()).toHaveText('condemned');
});
