// Seeds the compare fixtures and screenshots the reader (inspector open) and compare views at 1024×700, and the reader
// at 200% zoom (1024×700 device pixels: 512×350 CSS pixels), into docs/screenshots.
// Run: npx electron-vite build && npx tsx tests/screenshots/layout-screenshots.ts
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/browser-host';
import { OUT, withShotSession } from './shots';

const FIXTURES = join(ROOT, 'tests/fixtures/compare');

await withShotSession('layout', async ({ host, browser }) => {
  let first: { article: number; statement: number } | null = null;
  for (const name of readdirSync(FIXTURES)) {
    const { article } = await host.call('articles.import', { text: readFileSync(join(FIXTURES, name), 'utf8') });
    const { statements } = await host.call('articles.get', { id: article.id });
    first ??= { article: article.id, statement: statements[Math.min(3, statements.length - 1)]!.id };
  }
  const place = `#/article/${first!.article}/statement/${first!.statement}/inspect`;
  for (const [name, viewport, scale] of [
    ['layout-1024x700', { width: 1024, height: 700 }, 1],
    ['layout-zoom-200', { width: 512, height: 350 }, 2],
  ] as const) {
    const page = await browser.newPage({ viewport, deviceScaleFactor: scale });
    await page.goto(host.url.replace(/#.*$/, '') + place);
    await page.getByTestId('inspector').waitFor();
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(OUT, name === 'layout-zoom-200' ? `${name}.png` : `${name}-reader.png`) });
    if (name === 'layout-1024x700') {
      await page.getByTestId('nav-compare').click();
      await page.getByTestId('matrix-cell').first().click();
      await page.waitForTimeout(800);
      await page.screenshot({ path: join(OUT, `${name}-compare.png`) });
    }
    await page.close();
  }
});
