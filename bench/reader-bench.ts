// Reader benchmark in Chromium against the browser host: click-to-paint of a 100 KB article with 1,000 highlighted
// statements against rendering the same text plain, and the statement list's scroll smoothness at 50,000 statements.
/// <reference lib="dom" />
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { openDatabase } from '../db/connection';
import { CHROMIUM, CHROMIUM_ARGS, startBrowserHost } from '../tests/support/browser-host';
import { insertSyntheticArticle, type SyntheticArticle } from './reader-data';
import { median, percentile, type BenchOptions, type BenchResult } from './types';

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

/** The baseline: the same request and the same text painted as one plain text node in a pane of the same style. */
function plainPaint(page: Page, a: SyntheticArticle): Promise<number> {
  return page.evaluate(
    ({ articleId }) =>
      new Promise<number>((resolve, reject) => {
        const t0 = performance.now();
        fetch('/api/articles.get', {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'X-Parley-Token': sessionStorage.getItem('parley.token') ?? '',
          },
          body: JSON.stringify({ id: articleId }),
        })
          .then((r) => r.json())
          .then((envelope: { value: { article: { body: string } } }) => {
            const pane = document.createElement('div');
            pane.style.cssText =
              'position:fixed;inset:46px 40% 0 0;overflow:auto;padding:32px 48px;background:var(--surface);z-index:99';
            const text = document.createElement('div');
            text.style.cssText = 'max-width:70ch;margin:0 auto;font:17px/1.65 var(--font-text);white-space:pre-wrap';
            text.textContent = envelope.value.article.body;
            pane.append(text);
            document.body.append(pane);
            requestAnimationFrame(() =>
              requestAnimationFrame(() => {
                const ms = performance.now() - t0;
                pane.remove();
                resolve(ms);
              }),
            );
          })
          .catch(reject);
      }),
    { articleId: a.id },
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
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-reader-'));
  const dbPath = join(dir, 'parley.sqlite');
  const db = openDatabase(dbPath);
  const tiny = insertSyntheticArticle(db, 'Tiny article', 3, 80, 1);
  const reading = insertSyntheticArticle(
    db,
    'Reader benchmark article',
    Math.max(50, Math.round(1000 * scale)),
    100,
    2,
  );
  const huge = insertSyntheticArticle(db, 'Scroll benchmark article', Math.max(500, Math.round(50_000 * scale)), 60, 3);
  db.close();

  const host = await startBrowserHost(dbPath);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // tsx compiles the functions handed to page.evaluate with esbuild's __name helper, which the page lacks.
    await page.addInitScript('window.__name = (f) => f');
    await page.goto(host.url);
    await page.getByTestId('article-row').first().waitFor();

    // Warm-up (the first open pays for compiling the renderer's code paths), then measured runs.
    const opens: number[] = [];
    const plains: number[] = [];
    for (let run = 0; run <= RUNS; run++) {
      await resetToLibrary(page, host.origin, tiny.id);
      const plain = await plainPaint(page, reading);
      const open = await clickToPaint(page, reading);
      if (run > 0) {
        opens.push(open);
        plains.push(plain);
      }
    }
    const highlights = await page.getByTestId('statement-highlight').count();

    // Scrolling: the same scripted scroll over the 1,000-statement list (baseline) and the 50,000-statement list.
    await openForScroll(page, host.origin, reading);
    const small = await scriptedScroll(page);
    const hugeOpenMs = await openForScroll(page, host.origin, huge);
    const big = await scriptedScroll(page);

    const openMs = median(opens);
    const plainMs = median(plains);
    const bigP95 = percentile(big.frames, 95);
    const smallP95 = percentile(small.frames, 95);
    return [
      {
        name: `reader click-to-paint, ${(reading.bytes / 1024).toFixed(0)} KB, ${reading.statements} statements`,
        unit: 'ms',
        value: openMs,
        baseline: plainMs,
        baselineName: 'same text fetched and painted plain',
        ratio: plainMs / openMs,
        ratioMeaning: 'plain ÷ reader (1 = highlighting costs nothing)',
        goal: scale >= 1 ? '< 150 ms' : undefined,
        notes: `median of ${RUNS} (${opens.map((x) => x.toFixed(0)).join(', ')} ms); ${highlights} highlights in the body; plain ${plains.map((x) => x.toFixed(0)).join(', ')} ms`,
      },
      {
        name: `statement list scroll, ${huge.statements} statements (p95 frame)`,
        unit: 'ms',
        value: bigP95,
        baseline: smallP95,
        baselineName: `same scroll over ${reading.statements} statements`,
        ratio: smallP95 / bigP95,
        ratioMeaning: 'small ÷ large (1 = as smooth as the short list)',
        goal: 'p95 frame ≤ 1.25 × the short list’s, about 60 fps',
        notes: `${SCROLL_FRAMES} frames, ${SCROLL_STEP_PX} px a frame, ${(big.scrolled / 1000).toFixed(0)}k px scrolled; median frame ${median(big.frames).toFixed(1)} ms, max ${Math.max(...big.frames).toFixed(1)} ms; at most ${big.rendered} items in the DOM; opening the ${(huge.bytes / 1048576).toFixed(1)} MB article took ${hugeOpenMs} ms`,
      },
    ];
  } finally {
    await browser.close();
    await host.stop();
  }
}
