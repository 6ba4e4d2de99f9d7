// The blind sets (written without sight of the engine, never tuned to): the engine must not fall below their first runs.
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { FIXTURES_DIR, goldFiles, meanScores, scoreGoldFile } from '../../support/fixture-scores';
import type { Scores } from '../../support/score-extraction';

/** Means of the first run, before any rule was changed (tests/fixtures/blind/FIRST-RUN.md). */
const FIRST_RUN: Partial<Scores> = {
  kind_accuracy: 0.736,
  actor_accuracy: 0.44,
  target_f1: 0.372,
  stance_macro_f1: 0.136,
};

test('the blind set scores at least as well as on its first run', () => {
  const golds = goldFiles(resolve(FIXTURES_DIR, 'blind'));
  expect(golds.length).toBeGreaterThanOrEqual(10);
  const mean = meanScores(golds.map(scoreGoldFile));
  for (const [metric, first] of Object.entries(FIRST_RUN)) {
    expect(mean[metric as keyof Scores], metric).toBeGreaterThanOrEqual(first);
  }
});

/** Means of blind4's first run (tests/fixtures/blind4/FIRST-RUN.md, engine 1b418fa). */
const FIRST_RUN_4: Partial<Scores> = {
  kind_accuracy: 0.827,
  actor_accuracy: 0.419,
  target_f1: 0.663,
  stance_macro_f1: 0.424,
};

test('the fourth blind set scores at least as well as on its first run', () => {
  const golds = goldFiles(resolve(FIXTURES_DIR, 'blind4'));
  expect(golds.length).toBeGreaterThanOrEqual(8);
  const mean = meanScores(golds.map(scoreGoldFile));
  for (const [metric, first] of Object.entries(FIRST_RUN_4)) {
    expect(mean[metric as keyof Scores], metric).toBeGreaterThanOrEqual(first);
  }
});
