// Seeds articles coded by two analysts (codes on spans and statements, an outlet's genre) and screenshots the analysis
// view — co-occurrence with an open cell, code × stance, agreement — at 1280×800 and 1024×700 into docs/screenshots.
// Run: npx electron-vite build && npx tsx tests/screenshots/analysis-screenshots.ts
import { mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import type { Statement } from '../../core/domain';
import { expandStatements } from '../../core/shared/compact-statements';
import { CHROMIUM, CHROMIUM_ARGS, ROOT, startBrowserHost, type BrowserHost } from '../support/browser-host';

const OUT = join(ROOT, 'docs/screenshots');
const FIXTURES = join(ROOT, 'tests/fixtures/compare');
/** Codes and the words that make an analyst apply them to a statement. */
const CODES: [string, RegExp][] = [
  ['Security', /attack|militan|border|security|terror|force|army|kill|stabil/i],
  ['Diplomacy', /talk|meet|dialogue|negotiat|visit|minister|envoy|said/i],
  ['Economy', /trade|corridor|econom|tariff|invest|energy|gas/i],
  ['Afghanistan', /afghan|kabul|taliban/i],
];

async function seed(host: BrowserHost): Promise<void> {
  const tagIds = new Map<string, number>();
  for (const [name] of CODES) tagIds.set(name, (await host.call('tags.create', { name })).id);
  const genre = (await host.call('variables.list', {})).find((v) => v.name === 'Genre')!;
  let n = 0;
  for (const name of readdirSync(FIXTURES)) {
    const { article } = await host.call('articles.import', {
      text: readFileSync(join(FIXTURES, name), 'utf8'),
      fileName: name,
    });
    await host.call('variables.set', {
      articleId: article.id,
      variableId: genre.id,
      value: n++ % 2 ? 'analysis' : 'news',
    });
    const reply = await host.call('articles.get', { id: article.id });
    const statements = expandStatements<Statement>(reply.article, reply.statements);
    for (const coder of ['Ayesha', 'Bilal']) {
      await host.call('coder.set', { name: coder });
      for (const [i, s] of statements.entries()) {
        for (const [code, words] of CODES) {
          if (!words.test(s.text)) continue;
          // Bilal codes a little less of each statement, and skips every fifth.
          if (coder === 'Bilal' && i % 5 === 4) continue;
          const end = coder === 'Bilal' ? Math.max(s.start + 1, s.end - 12) : s.end;
          await host.call('codings.create', {
            articleId: article.id,
            start: s.start,
            end,
            tagIds: [tagIds.get(code)!],
          });
        }
      }
    }
  }
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(OUT, `${name}.png`) });
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const db = join(mkdtempSync(join(tmpdir(), 'parley-analysis-shots-')), 'parley.sqlite');
  const host = await startBrowserHost(db);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    await seed(host);
    for (const [w, h] of [
      [1280, 800],
      [1024, 700],
    ] as const) {
      const page = await browser.newPage({ viewport: { width: w, height: h } });
      await page.goto(host.url);
      await page.getByTestId('nav-analysis').click();
      await page.getByTestId('analysis-tab-cooccurrence').click();
      await page.getByTestId('code-matrix').getByRole('button').first().click();
      await page.getByTestId('segment').first().waitFor();
      await shoot(page, `analysis-cooccurrence-${w}x${h}`);
      await page.getByTestId('analysis-tab-stance').click();
      await page.getByTestId('code-matrix').waitFor();
      await shoot(page, `analysis-stance-${w}x${h}`);
      await page.getByTestId('analysis-tab-agreement').click();
      await page.getByTestId('agreement-codes').waitFor();
      await shoot(page, `analysis-agreement-${w}x${h}`);
      if (w === 1280) {
        await page.emulateMedia({ colorScheme: 'dark' });
        await shoot(page, 'analysis-agreement-dark');
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await host.stop();
  }
}

await main();
