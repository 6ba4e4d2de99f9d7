// Scores the engine on every annotated article in tests/fixtures, and on the shared fixture when shared/ is present.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { THRESHOLDS, scoreExtraction, type Gold } from '../../support/score-extraction';
import { extractFile } from './extract-helpers';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
const SHARED = resolve(import.meta.dirname, '../../../../shared/fixtures');

function check(goldPath: string): void {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
  const scores = scoreExtraction(gold, extractFile(goldPath.replace(/\.gold\.json$/, '.txt')));
  for (const [metric, min] of Object.entries(THRESHOLDS)) {
    expect(scores[metric as keyof typeof scores], `${metric} of ${goldPath}`).toBeGreaterThanOrEqual(min);
  }
}

describe('extraction quality on the project fixtures', () => {
  const golds = readdirSync(FIXTURES).filter((f) => f.endsWith('.gold.json'));
  test('there are at least six annotated articles', () => expect(golds.length).toBeGreaterThanOrEqual(6));
  for (const g of golds) test(`meets the thresholds on ${g}`, () => check(resolve(FIXTURES, g)));
});

const sharedGold = resolve(SHARED, 'pakistan-russia-talks.gold.json');
test.skipIf(!existsSync(sharedGold))(
  'meets the thresholds on the shared fixture (skipped: ../shared/fixtures is absent in this clone)',
  () => check(sharedGold),
);
