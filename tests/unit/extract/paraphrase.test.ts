// The engine on paraphrased articles (synonyms, people and countries renamed, the same labels) scores as on the originals.
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FIXTURES_DIR, goldFiles, meanScores, scoreGoldFile } from '../../support/fixture-scores';

/** The issue's goal: stance accuracy on the paraphrases within 0.05 of the originals'. */
const MAX_GAP = 0.05;

for (const [set, dir] of [
  ['own fixtures', FIXTURES_DIR],
  ['blind fixtures', resolve(FIXTURES_DIR, 'blind')],
] as const) {
  describe(`paraphrases of the ${set}`, () => {
    const originals = goldFiles(dir);
    const variants = goldFiles(resolve(FIXTURES_DIR, 'paraphrase', dir === FIXTURES_DIR ? '' : 'blind'));
    test('every original has a paraphrase with as many statements', () => {
      expect(variants.map((v) => v.split('/').pop())).toEqual(originals.map((o) => o.split('/').pop()));
    });
    test(`stance accuracy on the paraphrases is within ${MAX_GAP} of the originals'`, () => {
      const original = meanScores(originals.map(scoreGoldFile)).stance_accuracy;
      const paraphrased = meanScores(variants.map(scoreGoldFile)).stance_accuracy;
      expect(Math.abs(original - paraphrased)).toBeLessThanOrEqual(MAX_GAP);
    });
  });
}
