// Seeds dated articles (and the Pakistan–Russia report where ../shared exists), confirms a few stances, and screenshots
// the compare view's matrix and side by side at 1280×800, light and dark, into docs/screenshots.
// Run: npx electron-vite build && npx tsx tests/screenshots/compare-screenshots.ts
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import type { Statement } from '../../core/domain';
import { expandStatements } from '../../core/shared/compact-statements';
import { CHROMIUM, CHROMIUM_ARGS, ROOT, startBrowserHost, type BrowserHost } from '../support/browser-host';

const OUT = join(ROOT, 'docs/screenshots');
const FIXTURES = join(ROOT, 'tests/fixtures/compare');
const SHARED_FIXTURE = join(ROOT, '../shared/fixtures/pakistan-russia-talks.txt');

async function seed(host: BrowserHost): Promise<void> {
  const files = readdirSync(FIXTURES).map((name) => ({ name, text: readFileSync(join(FIXTURES, name), 'utf8') }));
  if (existsSync(SHARED_FIXTURE))
    files.push({ name: 'pakistan-russia-talks.txt', text: readFileSync(SHARED_FIXTURE, 'utf8') });
  for (const f of files) {
    const { article } = await host.call('articles.import', { text: f.text, fileName: f.name });
    const reply = await host.call('articles.get', { id: article.id });
    const statements = expandStatements<Statement>(reply.article, reply.statements);
    // Confirm the engine's stances on the default targets in two articles, so both kinds of cell show.
    if (f.name.includes('march') || f.name.includes('pakistan-russia')) {
      for (const s of statements) {
        for (const x of s.stances) {
          if (['afghanistan', 'us', 'india'].includes(x.target)) {
            await host.call('stances.accept', { statementId: s.id, target: x.target });
          }
        }
      }
    }
  }
}

async function shoot(page: Page, name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(OUT, `${name}-${scheme}.png`) });
  }
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const db = join(mkdtempSync(join(tmpdir(), 'parley-compare-shots-')), 'parley.sqlite');
  const host = await startBrowserHost(db);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    await seed(host);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(host.url);
    await page.getByTestId('nav-compare').click();
    await page.locator('[data-testid="matrix-cell"][data-actor="pakistan"][data-target="afghanistan"]').click();
    await page.getByTestId('timeline-chart').waitFor();
    await shoot(page, 'compare-matrix');

    await page.getByTestId('compare-tab-side').click();
    await page.getByTestId('side-actor-a').selectOption('pakistan');
    await page.getByTestId('side-actor-b').selectOption('russia');
    await page.locator('[data-testid="side-row"][data-target="afghanistan"]').click();
    await page.getByTestId('side-target-detail').getByTestId('timeline-chart').waitFor();
    await shoot(page, 'compare-side-by-side');
    console.log(`Screenshots written to ${OUT}`);
  } finally {
    await browser.close();
    await host.stop();
  }
}

await main();
