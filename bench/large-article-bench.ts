// A 5 MB article in the reader: time to open it (first statement painted, the list ready) and for End in the text
// pane to bring the last statement into view, each beside the same text painted plain in a pane of the same style
// (whose notes also give the backend's reply time: the part of opening that painting cannot save).
/// <reference lib="dom" />
import type { Database } from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { insertSyntheticArticle, type SyntheticArticle } from './reader-data';
import { paintPlain, withReaderPage } from './reader-page';
import { median, type BenchOptions, type BenchResult, timeAgainst } from './types';

const RUNS = 3;
const SENTENCE = 100;

/** Opens the article from its address; ms until its first highlight and its list's first item are painted. */
async function openArticle(page: Page, origin: string, tinyId: number, a: SyntheticArticle): Promise<number> {
  await page.goto(`${origin}/#/article/${tinyId}`);
  await page.getByTestId('statement-item').first().waitFor();
  return page.evaluate(
    (articleId) =>
      new Promise<number>((resolve) => {
        const t0 = performance.now();
        const ready = () =>
          document.querySelector('.reader-body [data-testid="statement-highlight"]') &&
          document.querySelector('[data-testid="statement-item"]') &&
          document.title.startsWith('Large article');
        const poll = () =>
          ready()
            ? requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)))
            : requestAnimationFrame(poll);
        window.location.hash = `#/article/${articleId}`;
        requestAnimationFrame(poll);
      }),
    a.id,
  );
}

/** Presses End in the text pane; ms until the last statement's highlight is inside the pane. */
async function endToLast(page: Page, a: SyntheticArticle): Promise<number> {
  const pane = page.getByRole('region', { name: 'Article text' });
  await pane.evaluate((el) => el.focus());
  const timing = page.evaluate(
    (lastId) =>
      new Promise<number>((resolve) => {
        const pane = document.querySelector<HTMLElement>('[aria-label="Article text"]')!;
        const t0 = performance.now();
        const poll = () => {
          const el = document.querySelector(`[data-testid="statement-highlight"][data-statement-id="${lastId}"]`);
          const p = pane.getBoundingClientRect();
          const r = el?.getBoundingClientRect();
          if (r && r.bottom <= p.bottom + 1 && r.top >= p.top - 1) resolve(performance.now() - t0);
          else requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
      }),
    a.lastStatementId,
  );
  await page.keyboard.press('End');
  return timing;
}

export async function benchLargeArticle({ scale }: BenchOptions): Promise<BenchResult[]> {
  const seed = (db: Database) => ({
    tiny: insertSyntheticArticle(db, 'Tiny article', 3, 80, 1),
    // About 5 MB at scale 1: sentences of about 100 characters, every one a statement.
    large: insertSyntheticArticle(db, 'Large article', Math.max(500, Math.round(50_000 * scale)), SENTENCE, 7),
  });
  return withReaderPage('large', seed, async (page, origin, { tiny, large }) => {
    const opens: number[] = [];
    const ends: number[] = [];
    const plainOpens: number[] = [];
    const plainEnds: number[] = [];
    const replies: number[] = [];
    for (let run = 0; run <= RUNS; run++) {
      const open = await openArticle(page, origin, tiny.id, large);
      await page.waitForTimeout(300);
      const end = await endToLast(page, large);
      const base = await paintPlain(page, large.id, true);
      if (run === 0) continue; // warm-up
      opens.push(open);
      ends.push(end);
      plainOpens.push(base.open);
      plainEnds.push(base.end);
      replies.push(base.reply);
    }
    const mb = (large.bytes / 1048576).toFixed(1);
    const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
    return [
      timeAgainst(`reader open, ${mb} MB article, ${large.statements} statements`, median(opens), median(plainOpens), {
        baselineName: 'same text fetched and painted plain',
        ratioMeaning: 'plain ÷ reader (1 = the reader costs nothing over plain text)',
        goal: scale >= 1 ? '< 2000 ms' : undefined,
        notes: `median of ${RUNS} (${list(opens)} ms); plain ${list(plainOpens)} ms; of which the backend's reply (articles.get, fetched and parsed) ${list(replies)} ms`,
      }),
      timeAgainst(`End to the last statement, ${mb} MB article`, median(ends), median(plainEnds), {
        baselineName: 'scrolling the plain pane to its end',
        ratioMeaning: 'plain ÷ reader',
        goal: scale >= 1 ? '< 200 ms' : undefined,
        notes: `median of ${RUNS} (${list(ends)} ms); plain ${list(plainEnds)} ms`,
      }),
    ];
  });
}
