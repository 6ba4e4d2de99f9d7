// A library of synthetic articles served by the browser host and open in Chromium: the stage of the reader benchmarks.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { chromium, type Page } from 'playwright-core';
import { openDatabase } from '../db/connection';
import { CHROMIUM, CHROMIUM_ARGS, startBrowserHost } from '../tests/support/browser-host';

/**
 * Makes a library in a temporary folder (`fill` writes its articles), serves it, opens the library view in a
 * 1280×800 page and runs `use`; the browser and the host are closed whatever `use` does.
 */
export async function withReaderPage<Seeded, T>(
  name: string,
  fill: (db: Database) => Seeded,
  use: (page: Page, origin: string, seeded: Seeded) => Promise<T>,
): Promise<T> {
  const dbPath = join(mkdtempSync(join(tmpdir(), `parley-bench-${name}-`)), 'parley.sqlite');
  const db = openDatabase(dbPath);
  const seeded = fill(db);
  db.close();

  const host = await startBrowserHost(dbPath);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // tsx compiles the functions handed to page.evaluate with esbuild's __name helper, which the page lacks.
    await page.addInitScript('window.__name = (f) => f');
    await page.goto(host.url);
    await page.getByTestId('article-row').first().waitFor();
    return await use(page, host.origin, seeded);
  } finally {
    await browser.close();
    await host.stop();
  }
}

/**
 * The baseline of the reader benchmarks: the same request, and the body painted as one plain text node in a pane
 * styled like the reader's. Resolves with ms until it is painted and, with `scroll`, ms for the pane to show its end.
 */
export function paintPlain(
  page: Page,
  articleId: number,
  scroll: boolean,
): Promise<{ open: number; end: number; reply: number }> {
  return page.evaluate(
    ({ id, withEnd }) =>
      new Promise<{ open: number; end: number; reply: number }>((resolve, reject) => {
        const t0 = performance.now();
        fetch('/api/articles.get', {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'X-Parley-Token': sessionStorage.getItem('parley.token') ?? '',
          },
          body: JSON.stringify({ id }),
        })
          .then((r) => r.json())
          .then((envelope: { value: { article: { body: string } } }) => {
            // the backend's reply, fetched and parsed: the part of opening that painting cannot save
            const reply = performance.now() - t0;
            const pane = document.createElement('div');
            pane.tabIndex = 0;
            pane.style.cssText =
              'position:fixed;inset:46px 40% 0 0;overflow:auto;padding:32px 48px;background:var(--surface);z-index:99';
            const text = document.createElement('div');
            text.style.cssText = 'max-width:70ch;margin:0 auto;font:17px/1.65 var(--font-text);white-space:pre-wrap';
            text.textContent = envelope.value.article.body;
            pane.append(text);
            document.body.append(pane);
            const frame = (then: () => void) => requestAnimationFrame(() => requestAnimationFrame(then));
            frame(() => {
              const open = performance.now() - t0;
              if (!withEnd) {
                pane.remove();
                resolve({ open, end: 0, reply });
                return;
              }
              const t1 = performance.now();
              pane.scrollTop = pane.scrollHeight;
              frame(() => {
                const end = performance.now() - t1;
                pane.remove();
                resolve({ open, end, reply });
              });
            });
          })
          .catch(reject);
      }),
    { id: articleId, withEnd: scroll },
  );
}
