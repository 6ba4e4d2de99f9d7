// Screenshots the brief composer beside its preview at 1280×800, light and dark, into docs/screenshots/brief-*.png:
// a library where the analyst confirmed some stances, so the brief is confirmed-only; its PDF pages as images too.
// Run: npx electron-vite build && npx tsx tests/screenshots/brief-screenshots.ts
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Statement } from '../../core/domain';
import { expandStatements } from '../../core/shared/compact-statements';
import { ROOT } from '../support/browser-host';
import { HAS_SHARED, SHARED_FIXTURE } from '../support/shared';
import { OUT, shotLightDark, withShotSession } from './shots';

const WORKBENCH = join(ROOT, 'tests/fixtures/workbench');

await withShotSession('brief', async ({ host, open }) => {
  const files = HAS_SHARED
    ? [SHARED_FIXTURE]
    : ['islamabad-moscow.txt', 'kabul-envoys.txt'].map((n) => join(WORKBENCH, n));
  for (const file of files) {
    const imported = await host.call('articles.import', {
      text: readFileSync(file, 'utf8'),
      fileName: file.split('/').pop(),
    });
    await host.call('articles.setGrading', { id: imported.article.id, reliability: 'F', credibility: 3 });
    // The analyst confirms the engine's stance on every third statement that has one; the rest stay suggestions.
    const reply = await host.call('articles.get', { id: imported.article.id });
    const statements = expandStatements<Statement>(reply.article, reply.statements);
    const suggested = statements.filter((st) => st.stances.some((x) => x.origin === 'auto'));
    for (const st of suggested.filter((_, i) => i % 3 === 0)) await host.call('stances.accept', { statementId: st.id });
  }
  const page = await open();
  await page.getByTestId('nav-brief').click();
  await page.getByTestId('brief-draft').click();
  await page.getByTestId('brief-handling').fill('UNCLASSIFIED // FOR TRAINING');
  await page.getByTestId('brief-author').fill('R. Analyst');
  await page.getByTestId('judgment-add').click();
  await page
    .getByTestId('judgment-text')
    .fill('Moscow and Islamabad will widen security cooperation, with more joint exercises, over the next year.');
  await page.getByTestId('judgment-likelihood').selectOption('likely');
  await page.frameLocator('[data-testid="brief-preview"]').locator('ol.judgments').waitFor();
  await shotLightDark(page, 'brief', 200);
  // The same confirmed-only brief as PDF, each page as an image (pdftoppm, from poppler-utils).
  const brief = await host.call('briefs.default', {});
  const pdf = await host.call('briefs.exportPdf', {
    brief: { ...brief, handling: 'UNCLASSIFIED // FOR TRAINING', author: 'R. Analyst' },
  });
  const file = join(mkdtempSync(join(tmpdir(), 'parley-brief-pdf-')), 'brief.pdf');
  writeFileSync(file, Buffer.from(pdf.dataBase64, 'base64'));
  for (const old of readdirSync(OUT).filter((n) => n.startsWith('brief-pdf-page-'))) rmSync(join(OUT, old));
  execFileSync('pdftoppm', ['-png', '-r', '70', file, join(OUT, 'brief-pdf-page')]);
  console.log(`brief-light/dark.png and ${pdf.pages} PDF page images`);
});
