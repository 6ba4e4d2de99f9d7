// Reader benchmark in Chromium against the browser host: click-to-paint of a 100 KB article with 1,000 highlighted
// statements against rendering the same text plain, and the statement list's scroll smoothness at 50,000 statements.
/// <reference lib="dom" />
import type { Database } from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { insertSyntheticArticle, type SyntheticArticle } from './reader-data';
import { paintPlain, withReaderPage } from './reader-page';
import { median, percentile, type BenchOptions, type BenchResult, timeAgainst } from './types';

const RUNS = 7;
const SCROLL_FRAMES = 240;
const SCROLL_STEP_PX = 60;

/** Opens the library, then the tiny article (so the reader holds nothing of the big one), then the library again. */
async function resetToLibrary(page: Page, origin: string, tinyId: number): Promise<void> {
  await page.goto(`${origin}/#/article/${tinyId}`);
  await page.getByTestId('statement-item').first().waitFor();
  await page.getByTestId('nav-library').click();
  await page.getByTestId('article-row').first().waitFor();
}

/** Clicks the article's title in the library; resolves with ms until the frame after its last highlight exists. */
function clickToPaint(page: Page, a: SyntheticArticle): Promise<number> {
  return page.evaluate(
    ({ articleId, lastId }) =>
      new Promise<number>((resolve) => {
        const link = document.querySelector<HTMLElement>(`[data-article-id="${articleId}"] .title-link`)!;
        const selector = `[data-testid="statement-highlight"][data-statement-id="${lastId}"]`;
        const t0 = performance.now();
        const done = () => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
        const observer = new MutationObserver(() => {
          if (document.querySelector(selector)) {
            observer.disconnect();
            done();
          }
        });
        observer.observe(document.body, { childList: true, subtree: true });
        link.click();
      }),
    { articleId: a.id, lastId: a.lastStatementId },
  );
}

/** Scrolls the statement list by a fixed step every frame and returns each frame's duration. */
function scriptedScroll(page: Page): Promise<{ frames: number[]; rendered: number; scrolled: number }> {
  return page.evaluate(
    ({ frames, step }) =>
      new Promise<{ frames: number[]; rendered: number; scrolled: number }>((resolve) => {
        const scroller = document.querySelector<HTMLElement>('[data-testid="statement-scroller"]')!;
        const out: number[] = [];
        let last = performance.now();
        let rendered = 0;
        const tick = () => {
          const now = performance.now();
          out.push(now - last);
          last = now;
          rendered = Math.max(rendered, scroller.querySelectorAll('[data-testid="statement-item"]').length);
          if (out.length >= frames) return resolve({ frames: out.slice(1), rendered, scrolled: scroller.scrollTop });
          scroller.scrollTop += step;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    { frames: SCROLL_FRAMES, step: SCROLL_STEP_PX },
  );
}

async function openForScroll(page: Page, origin: string, a: SyntheticArticle): Promise<number> {
  const t0 = Date.now();
  await page.goto(`${origin}/#/article/${a.id}`);
  await page.getByTestId('statement-item').first().waitFor({ timeout: 120_000 });
  await page.locator(`[data-testid="statement-highlight"][data-statement-id="${a.lastStatementId}"]`).waitFor();
  await page.waitForTimeout(500);
  return Date.now() - t0;
}

export async function benchReader({ scale }: BenchOptions): Promise<BenchResult[]> {
  const seed = (db: Database) => ({
    tiny: insertSyntheticArticle(db, 'Tiny article', 3, 80, 1),
    reading: insertSyntheticArticle(db, 'Reader benchmark article', Math.max(50, Math.round(1000 * scale)), 100, 2),
    huge: insertSyntheticArticle(db, 'Scroll benchmark article', Math.max(500, Math.round(50_000 * scale)), 60, 3),
  });
  return withReaderPage('reader', seed, async (page, origin, { tiny, reading, huge }) => {
    // Warm-up (the first open pays for compiling the renderer's code paths), then measured runs.
    const opens: number[] = [];
    const plains: number[] = [];
    for (let run = 0; run <= RUNS; run++) {
      await resetToLibrary(page, origin, tiny.id);
      const plain = (await paintPlain(page, reading.id, false)).open;
      const open = await clickToPaint(page, reading);
      if (run > 0) {
        opens.push(open);
        plains.push(plain);
      }
    }
    const highlights = await page.getByTestId('statement-highlight').count();

    // Scrolling: the same scripted scroll over the 1,000-statement list (baseline) and the 50,000-statement list.
    await openForScroll(page, origin, reading);
    const small = await scriptedScroll(page);
    const hugeOpenMs = await openForScroll(page, origin, huge);
    const big = await scriptedScroll(page);

    const openMs = median(opens);
    const plainMs = median(plains);
    const bigP95 = percentile(big.frames, 95);
    const smallP95 = percentile(small.frames, 95);
    return [
      timeAgainst(
        `reader click-to-paint, ${(reading.bytes / 1024).toFixed(0)} KB, ${reading.statements} statements`,
        openMs,
        plainMs,
        {
          baselineName: 'same text fetched and painted plain',
          ratioMeaning: 'plain ÷ reader (1 = highlighting costs nothing)',
          goal: scale >= 1 ? '< 150 ms' : undefined,
          notes: `median of ${RUNS} (${opens.map((x) => x.toFixed(0)).join(', ')} ms); ${highlights} highlights in the body; plain ${plains.map((x) => x.toFixed(0)).join(', ')} ms`,
        },
      ),
      timeAgainst(`statement list scroll, ${huge.statements} statements (p95 frame)`, bigP95, smallP95, {
        baselineName: `same scroll over ${reading.statements} statements`,
        ratioMeaning: 'small ÷ large (1 = as smooth as the short list)',
        goal: 'p95 frame ≤ 1.25 × the short list’s, about 60 fps',
        notes: `${SCROLL_FRAMES} frames, ${SCROLL_STEP_PX} px a frame, ${(big.scrolled / 1000).toFixed(0)}k px scrolled; median frame ${median(big.frames).toFixed(1)} ms, max ${Math.max(...big.frames).toFixed(1)} ms; at most ${big.rendered} items in the DOM; opening the ${(huge.bytes / 1048576).toFixed(1)} MB article took ${hugeOpenMs} ms`,
      }),
    ];
  });
}
