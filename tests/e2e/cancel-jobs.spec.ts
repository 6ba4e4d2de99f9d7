// Cancelling a long job from its progress panel: the panel says how far it got, and every article is either fully
// re-extracted or exactly as it was.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { reextractionState, seedStaleLibrary } from './pages/library-seed';
import { SettingsPage } from './pages/settings-page';

/** Enough articles that re-running detection outlasts the click on any machine (a loaded one only gives more time). */
const ARTICLES = 400;
const RUNNING = new RegExp(`^re-running detection · [1-9]\\d* of ${ARTICLES}$`);
const CANCELLED = new RegExp(
  `^Cancelled after (\\d+) of ${ARTICLES} articles; (\\d+) re-extracted, (\\d+) unchanged\\.$`,
);

/** Opens settings over a library of ARTICLES articles whose extraction is out of date. */
async function settingsOverStaleLibrary(page: Page, dbPath: string): Promise<SettingsPage> {
  test.setTimeout(180_000);
  await seedStaleLibrary(dbPath, ARTICLES);
  const settings = new SettingsPage(page);
  await settings.goto();
  return settings;
}

/**
 * Reads "Cancelled after N of M articles; N re-extracted, K unchanged.", checks that it adds up and that it is what the
 * file holds: no article half re-extracted.
 */
async function expectCancelledOutcome(page: Page, dbPath: string): Promise<void> {
  const text = (await page.getByTestId('job-outcome-text').textContent())!.trim();
  const m = CANCELLED.exec(text);
  expect(m, text).not.toBeNull();
  const [done, reextracted, unchanged] = [Number(m![1]), Number(m![2]), Number(m![3])];
  expect(reextracted).toBe(done);
  expect(done + unchanged).toBe(ARTICLES);
  expect(done).toBeGreaterThan(0);
  expect(unchanged).toBeGreaterThan(0);
  expect(await reextractionState(dbPath)).toEqual({ reextracted: done, untouched: unchanged, mixed: 0 });
}

test('Cancel on detection re-run after adding a target: the outcome in words, each article done or untouched', async ({
  page,
  dbPath,
}) => {
  const settings = await settingsOverStaleLibrary(page, dbPath);
  await settings.addTarget('Norway', 'Norway, Oslo');

  const progress = page.getByTestId('job-progress');
  await expect(progress).toContainText('Adding target Norway');
  await expect(page.getByTestId('job-progress-count')).toHaveText(RUNNING);
  // The button is an ordinary control: reached by focus and pressed with the keyboard.
  await page.getByTestId('job-cancel').focus();
  await page.keyboard.press('Enter');

  const outcome = page.getByTestId('job-outcome');
  await expect(outcome).toContainText('Adding target Norway:');
  await expect(progress).toHaveCount(0);
  await expectCancelledOutcome(page, dbPath);
  // The target itself was kept.
  await expect(settings.target('norway')).toBeVisible();
  await page.getByTestId('job-outcome-dismiss').click();
  await expect(outcome).toHaveCount(0);
});

test('Cancel on the re-extraction that saving an actor runs: followed by its events, the same outcome', async ({
  page,
  dbPath,
}) => {
  const settings = await settingsOverStaleLibrary(page, dbPath);
  await settings.addActor('Nordic Council', 'organisation', 'Nordic Council', 'Lars Holm');

  await expect(page.getByTestId('job-progress')).toContainText('Adding actor Nordic Council');
  await expect(page.getByTestId('job-progress-count')).toHaveText(RUNNING);
  await page.getByTestId('job-cancel').click();

  await expect(page.getByTestId('job-outcome')).toContainText('Adding actor Nordic Council:');
  await expectCancelledOutcome(page, dbPath);
  await expect(settings.actor('nordic-council')).toBeVisible();
});
