// A stance on any target from the inspector: a known state by any of its names, a new target typed there; the
// library is re-read in the background while the analyst keeps working.
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';

test.describe.configure({ timeout: 120_000 });

const article = (i: number) => `Title: Fisheries talks, round ${i}
Source: Example Wire

"Fishing boats must be allowed into the Dogger Bank," the minister said on day ${i}.

"We will not sign anything this week," the envoy said.

The talks ended without a date for the next round.`;

test('typing UK in the inspector adds the United Kingdom as a target; its stance is set while detection re-runs', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  for (const i of [1, 2, 3]) {
    await library.goto();
    await library.paste(article(i));
    await reader.ready();
  }
  const quote = reader.items().filter({ hasText: 'not sign anything' }).first();
  const id = (await quote.getAttribute('data-statement-id'))!;
  await quote.click();
  await reader.openInspector();
  await expect(reader.stanceRow('uk')).toHaveCount(0);

  // "America" is a target already (the United States): its row is focused, nothing is added.
  await page.getByTestId('target-adder-input').fill('America');
  await page.getByTestId('target-adder-input').press('Enter');
  await expect(reader.stanceRow('us').getByTestId('stance-favor')).toBeFocused();
  await expect(page.getByTestId('target-adder-input')).toHaveValue('');

  // "UK" is the United Kingdom Parley knows: one row under its name, its first label focused.
  await page.getByTestId('target-adder-input').fill('UK');
  await page.getByTestId('target-adder-add').click();
  await expect(reader.stanceRow('uk')).toContainText('United Kingdom');
  await expect(reader.stanceButton('uk', 'favor')).toBeFocused();
  // The workbench stays usable while detection re-runs: the analyst decides at once.
  await reader.stanceButton('uk', 'against').click();
  await page.getByTestId('toggle-reviewed').click();
  await expect(reader.stanceButton('uk', 'against')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('toggle-reviewed')).toHaveAttribute('aria-pressed', 'true');

  await expect(reader.toasts().filter({ hasText: 'Adding target United Kingdom: done' })).toContainText(
    'Statements in 3 articles',
  );
  await expect(page.getByTestId('job-progress')).toHaveCount(0);
  // The re-run kept the analyst's decision.
  await expect(reader.inspector()).toHaveAttribute('data-statement-id', id);
  await expect(reader.stanceButton('uk', 'against')).toHaveAttribute('aria-pressed', 'true');

  // A target Parley does not know is added under the name typed.
  await page.getByTestId('target-adder-input').fill('Dogger Bank');
  await page.getByTestId('target-adder-input').press('Enter');
  await expect(reader.stanceRow('dogger-bank')).toContainText('Dogger Bank');
  await reader.stanceButton('dogger-bank', 'concern').click();
  await expect(reader.toasts().filter({ hasText: 'Adding target Dogger Bank: done' })).toBeVisible();

  await page.reload();
  await reader.ready();
  await expect(reader.stanceButton('dogger-bank', 'concern')).toHaveAttribute('aria-pressed', 'true');
  await expect(reader.stanceButton('uk', 'against')).toHaveAttribute('aria-pressed', 'true');

  // The re-run read every article for the new target: the first article's quote now has a suggestion on it.
  await library.goto();
  await library.row('Fisheries talks, round 1').click();
  await reader.ready();
  await reader.select(
    (await reader.items().filter({ hasText: 'Dogger Bank' }).first().getAttribute('data-statement-id'))!,
  );
  await reader.openInspector();
  await expect(reader.stanceRow('dogger-bank')).toContainText('Suggested');
});
