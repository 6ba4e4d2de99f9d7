// Seeds dated articles (and the Pakistan–Russia report where ../shared exists), confirms a few stances, and screenshots
// the compare view's matrix and side by side at 1280×800, light and dark, into docs/screenshots.
// Run: npx electron-vite build && npx tsx tests/screenshots/compare-screenshots.ts
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Statement } from '../../core/domain';
import { expandStatements } from '../../core/shared/compact-statements';
import { ROOT, type BrowserHost } from '../support/browser-host';
import { HAS_SHARED, SHARED_FIXTURE } from '../support/shared';
import { OUT, shotLightDark, withShotSession } from './shots';

const FIXTURES = join(ROOT, 'tests/fixtures/compare');

async function seed(host: BrowserHost): Promise<void> {
  const files = readdirSync(FIXTURES).map((name) => ({ name, text: readFileSync(join(FIXTURES, name), 'utf8') }));
  if (HAS_SHARED) files.push({ name: 'pakistan-russia-talks.txt', text: readFileSync(SHARED_FIXTURE, 'utf8') });
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

await withShotSession('compare', async ({ host, open }) => {
  await seed(host);
  const page = await open();
  await page.getByTestId('nav-compare').click();
  await page.locator('[data-testid="matrix-cell"][data-actor="pakistan"][data-target="afghanistan"]').click();
  await page.getByTestId('timeline-chart').waitFor();
  await shotLightDark(page, 'compare-matrix');

  await page.getByTestId('compare-tab-side').click();
  await page.getByTestId('side-actor-a').selectOption('pakistan');
  await page.getByTestId('side-actor-b').selectOption('russia');
  await page.locator('[data-testid="side-row"][data-target="afghanistan"]').click();
  await page.getByTestId('side-target-detail').getByTestId('timeline-chart').waitFor();
  await shotLightDark(page, 'compare-side-by-side');
  console.log(`Screenshots written to ${OUT}`);
});
