// Seeds articles coded by two analysts (codes on spans and statements, stances decided, an outlet's genre) and
// screenshots the analysis view — co-occurrence with an open cell, code × stance, agreement on codes and on stances —
// at 1280×800 and 1024×700 into docs/screenshots.
// Run: npx electron-vite build && npx tsx tests/screenshots/analysis-screenshots.ts
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Statement } from '../../core/domain';
import { expandStatements } from '../../core/shared/compact-statements';
import { ROOT, type BrowserHost } from '../support/browser-host';
import { shot, withShotSession } from './shots';

const FIXTURES = join(ROOT, 'tests/fixtures/compare');
/** Codes and the words that make an analyst apply them to a statement. */
const CODES: [string, RegExp][] = [
  ['Security', /attack|militan|border|security|terror|force|army|kill|stabil/i],
  ['Diplomacy', /talk|meet|dialogue|negotiat|visit|minister|envoy|said/i],
  ['Economy', /trade|corridor|econom|tariff|invest|energy|gas/i],
  ['Afghanistan', /afghan|kabul|taliban/i],
];

type Statements = Statement[];

/** Stances decided so far, across the articles. */
let units = 0;

/**
 * Ayesha confirms each stance Parley found; Bilal confirms most of them too, but reads every third differently (the
 * next label round) and finds no stance in every seventh.
 */
async function decideStances(host: BrowserHost, statements: Statements): Promise<void> {
  const labels = ['favor', 'against', 'concern', 'neutral'] as const;
  await host.call('coder.set', { name: 'Ayesha' });
  for (const s of statements) if (s.stances.length) await host.call('stances.accept', { statementId: s.id });
  await host.call('coder.set', { name: 'Bilal' });
  for (const s of statements) {
    for (const { target, label } of s.stances) {
      const n = ++units;
      if (n % 7 === 0) await host.call('stances.set', { statementId: s.id, target, label: null });
      else if (n % 3 === 0) {
        const other = labels[(labels.indexOf(label) + 1) % labels.length]!;
        await host.call('stances.set', { statementId: s.id, target, label: other });
      } else await host.call('stances.accept', { statementId: s.id, target });
    }
  }
}

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
    await decideStances(host, statements);
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

await withShotSession('analysis', async ({ host, open }) => {
  await seed(host);
  for (const [w, h] of [
    [1280, 800],
    [1024, 700],
  ] as const) {
    const page = await open({ width: w, height: h });
    await page.getByTestId('nav-analysis').click();
    await page.getByTestId('analysis-tab-cooccurrence').click();
    await page.getByTestId('code-matrix').getByRole('button').first().click();
    await page.getByTestId('segment').first().waitFor();
    await shot(page, `analysis-cooccurrence-${w}x${h}`);
    await page.getByTestId('analysis-tab-stance').click();
    await page.getByTestId('code-matrix').waitFor();
    await shot(page, `analysis-stance-${w}x${h}`);
    await page.getByTestId('analysis-tab-agreement').click();
    await page.getByTestId('agreement-codes').waitFor();
    await shot(page, `analysis-agreement-${w}x${h}`);
    // The stance section's top a little below the filters, as an analyst scrolling to it would leave it.
    await page.getByTestId('agreement-stances').evaluate((e) => {
      const box = e.closest('.scroll')!;
      box.scrollTop += e.getBoundingClientRect().top - box.getBoundingClientRect().top - 12;
    });
    await shot(page, `analysis-agreement-stances-${w}x${h}`);
    await page.getByTestId('agreement').evaluate((e) => e.closest('.scroll')?.scrollTo({ top: 0 }));
    if (w === 1280) {
      await page.emulateMedia({ colorScheme: 'dark' });
      await shot(page, 'analysis-agreement-dark');
    }
    await page.close();
  }
});
