// Writes docs/samples/brief-sample.md and .pdf: the default brief for the Pakistan–Russia fixture, as an analyst finishes it,
// from a library where some stances are confirmed (one starred, noted) and the rest are the engine's suggestions.
// Run: npx tsx tests/screenshots/brief-samples.ts   (needs ../shared/fixtures and Chromium)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../db/connection';
import { closePdfPrinter } from '../../services/pdf-printer';
import { ok, readArticle } from '../support/calls';
import { HAS_SHARED, NO_SHARED_REASON, SHARED_FIXTURE } from '../support/shared';

const OUT = join(import.meta.dirname, '../../docs/samples');

async function main(): Promise<void> {
  if (!HAS_SHARED) throw new Error(NO_SHARED_REASON);
  const db = openDatabase(':memory:');
  try {
    const imported = await ok(db, 'articles.import', {
      fileName: 'pakistan-russia-talks.txt',
      dataBase64: readFileSync(SHARED_FIXTURE).toString('base64'),
    });
    // The article names no outlet, so its reliability cannot be judged; its account is possibly true.
    await ok(db, 'articles.setGrading', { id: imported.article.id, reliability: 'F', credibility: 3 });
    // The analyst confirms the engine's stance on every third statement that has one, and stars and notes the first.
    const { statements } = await readArticle(db, imported.article.id);
    const suggested = statements.filter((st) => st.stances.some((x) => x.origin === 'auto'));
    for (const st of suggested.filter((_, i) => i % 3 === 0)) await ok(db, 'stances.accept', { statementId: st.id });
    const first = suggested[0]!;
    await ok(db, 'statements.update', { id: first.id, starred: true });
    await ok(db, 'notes.set', { statementId: first.id, body: 'Check against the Foreign Office readout.' });
    const draft = await ok(db, 'briefs.default', {});
    const brief = {
      ...draft,
      handling: 'UNCLASSIFIED // FOR TRAINING',
      author: 'Parley sample brief',
      date: '2021-04-08',
      keyJudgments: [
        {
          text: 'Moscow and Islamabad will widen security cooperation, with more joint exercises and Russian military equipment for Pakistan’s counter-terrorism forces, over the next year.',
          likelihood: 'likely' as const,
          confidence: 'moderate' as const,
        },
        {
          text: 'India’s objections will stop Russia from supplying military equipment to Pakistan.',
          likelihood: 'unlikely' as const,
          confidence: 'low' as const,
        },
      ],
      notes:
        '- Single source: the report names no outlet. Check Lavrov’s trade figures (up 46% to $790 million) against the official readouts.\n- The gas pipeline rests on a 2015 agreement still to be signed: watch for a signing date.',
    };
    const md = await ok(db, 'briefs.exportMarkdown', { brief });
    writeFileSync(join(OUT, 'brief-sample.md'), md.text);
    const pdf = await ok(db, 'briefs.exportPdf', { brief });
    writeFileSync(join(OUT, 'brief-sample.pdf'), Buffer.from(pdf.dataBase64, 'base64'));
    console.log(`docs/samples/brief-sample.md and brief-sample.pdf (${pdf.pages} pages)`);
  } finally {
    await closePdfPrinter(db);
    db.close();
  }
}

await main();
