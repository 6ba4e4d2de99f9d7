// The blind sets (written without sight of the engine, never tuned to): the engine must not fall below their first runs.
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { FIXTURES_DIR, goldFiles, meanScores, scoreGoldFile } from '../../support/fixture-scores';
import type { Scores } from '../../support/score-extraction';

/** Each blind set's first-run means (its FIRST-RUN.md): the set, how many articles it holds, the floor per metric. */
const FIRST_RUNS: { set: string; articles: number; floor: Partial<Scores> }[] = [
  // tests/fixtures/blind/FIRST-RUN.md, before any rule was changed
  {
    set: 'blind',
    articles: 10,
    floor: { kind_accuracy: 0.736, actor_accuracy: 0.44, target_f1: 0.372, stance_macro_f1: 0.136 },
  },
  // tests/fixtures/blind4/FIRST-RUN.md, engine 1b418fa
  {
    set: 'blind4',
    articles: 8,
    floor: { kind_accuracy: 0.827, actor_accuracy: 0.419, target_f1: 0.663, stance_macro_f1: 0.424 },
  },
  // tests/fixtures/blind5/FIRST-RUN.md, engine 4233350
  {
    set: 'blind5',
    articles: 10,
    floor: { kind_accuracy: 0.806, actor_accuracy: 0.552, target_f1: 0.811, stance_macro_f1: 0.318 },
  },
  // tests/fixtures/blind6/FIRST-RUN.md, engine f8aeb47
  {
    set: 'blind6',
    articles: 10,
    floor: { kind_accuracy: 0.7, actor_accuracy: 0.538, target_f1: 0.699, stance_macro_f1: 0.373 },
  },
  // tests/fixtures/blind7/FIRST-RUN.md, engine 2ee9b52
  {
    set: 'blind7',
    articles: 10,
    floor: { kind_accuracy: 0.843, actor_accuracy: 0.661, target_f1: 0.762, stance_macro_f1: 0.352 },
  },
  // tests/fixtures/blind8/FIRST-RUN.md, engine 146fb0c
  {
    set: 'blind8',
    articles: 10,
    floor: { kind_accuracy: 0.83, actor_accuracy: 0.736, target_f1: 0.666, stance_macro_f1: 0.276 },
  },
  // tests/fixtures/blind9/FIRST-RUN.md, engine cacd826
  {
    set: 'blind9',
    articles: 10,
    floor: { kind_accuracy: 0.829, actor_accuracy: 0.568, target_f1: 0.73, stance_macro_f1: 0.486 },
  },
];

test.each(FIRST_RUNS)('the $set set scores at least as well as on its first run', ({ set, articles, floor }) => {
  const golds = goldFiles(resolve(FIXTURES_DIR, set));
  expect(golds.length).toBeGreaterThanOrEqual(articles);
  const mean = meanScores(golds.map(scoreGoldFile));
  for (const [metric, first] of Object.entries(floor)) {
    expect(mean[metric as keyof Scores], metric).toBeGreaterThanOrEqual(first);
  }
});
