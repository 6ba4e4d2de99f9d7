// Prints the engine's scores on each fixture set as a table: `npx tsx bench/extraction-quality.ts [--files] [--blind] [--json]`.
// The blind sets are left out unless --blind is given: they are scored at the start and the end of a change, never while tuning.
import { basename, resolve } from 'node:path';
import { FIXTURES_DIR, goldFiles, meanScores, scoreGoldFile } from '../tests/support/fixture-scores';
import type { Scores } from '../tests/support/score-extraction';

const SETS: Record<string, string> = {
  own: FIXTURES_DIR,
  'own, paraphrased': resolve(FIXTURES_DIR, 'paraphrase'),
  dev: resolve(FIXTURES_DIR, 'dev'),
  dev2: resolve(FIXTURES_DIR, 'dev2'),
  dev3: resolve(FIXTURES_DIR, 'dev3'),
  blind: resolve(FIXTURES_DIR, 'blind'),
  'blind, paraphrased': resolve(FIXTURES_DIR, 'paraphrase/blind'),
  blind2: resolve(FIXTURES_DIR, 'blind2'),
  blind3: resolve(FIXTURES_DIR, 'blind3'),
  blind4: resolve(FIXTURES_DIR, 'blind4'),
  blind5: resolve(FIXTURES_DIR, 'blind5'),
  blind6: resolve(FIXTURES_DIR, 'blind6'),
  blind7: resolve(FIXTURES_DIR, 'blind7'),
  blind8: resolve(FIXTURES_DIR, 'blind8'),
  blind9: resolve(FIXTURES_DIR, 'blind9'),
  shared: resolve(FIXTURES_DIR, '../../../shared/fixtures'),
};
const COLUMNS: [keyof Scores, string][] = [
  ['segmentation_f1', 'seg'],
  ['speaker_accuracy', 'spk'],
  ['speaker_full_name_accuracy', 'full'],
  ['kind_accuracy', 'kind'],
  ['actor_accuracy', 'actor'],
  ['target_f1', 'tgtF1'],
  ['stance_accuracy', 'stAcc'],
  ['stance_macro_f1', 'stF1'],
];

const row = (name: string, s: Scores) =>
  `${name.padEnd(44)} ${COLUMNS.map(([k]) => s[k].toFixed(2).padStart(6)).join('')}`;
const json = process.argv.includes('--json');
const out: Record<string, { files: Record<string, Scores>; mean: Scores }> = {};
for (const [set, dir] of Object.entries(SETS)) {
  if (set.startsWith('blind') && !process.argv.includes('--blind')) continue;
  const files = goldFiles(dir);
  if (!files.length) continue;
  const scores = Object.fromEntries(files.map((f) => [basename(f, '.gold.json'), scoreGoldFile(f)]));
  out[set] = { files: scores, mean: meanScores(Object.values(scores)) };
}
if (json) console.log(JSON.stringify(out, null, 2));
else {
  console.log(`${''.padEnd(44)} ${COLUMNS.map(([, h]) => h.padStart(6)).join('')}`);
  for (const [set, { files, mean }] of Object.entries(out)) {
    console.log(`— ${set}`);
    if (process.argv.includes('--files')) for (const [f, s] of Object.entries(files)) console.log(row(`  ${f}`, s));
    console.log(row(`  mean of ${Object.keys(files).length}`, mean));
  }
}
