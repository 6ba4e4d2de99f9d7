// The blind sets (written without sight of the engine, never tuned to): the engine must not fall below their first runs.
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { FIXTURES_DIR, goldFiles, meanScores, scoreGoldFile } from '../../support/fixture-scores';
import type { Scores } from '../../support/score-extraction';

interface BlindSet {
  name: string;
  dir: string;
  /** How many gold files the set has at least. */
  files: number;
  /** Means of the set's first run, before any rule was changed (its FIRST-RUN.md). */
  firstRun: Partial<Scores>;
}

const SETS: BlindSet[] = [
  {
    name: 'the blind set',
    dir: 'blind',
    files: 10,
    firstRun: { kind_accuracy: 0.736, actor_accuracy: 0.44, target_f1: 0.372, stance_macro_f1: 0.136 },
  },
  {
    // engine 1b418fa
    name: 'the fourth blind set',
    dir: 'blind4',
    files: 8,
    firstRun: { kind_accuracy: 0.827, actor_accuracy: 0.419, target_f1: 0.663, stance_macro_f1: 0.424 },
  },
];

for (const set of SETS) {
  test(`${set.name} scores at least as well as on its first run`, () => {
    const golds = goldFiles(resolve(FIXTURES_DIR, set.dir));
    expect(golds.length).toBeGreaterThanOrEqual(set.files);
    const mean = meanScores(golds.map(scoreGoldFile));
    for (const [metric, first] of Object.entries(set.firstRun)) {
      expect(mean[metric as keyof Scores], metric).toBeGreaterThanOrEqual(first);
    }
  });
}
