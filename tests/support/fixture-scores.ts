// Scores the engine on a folder of gold fixtures, each extracted with its own gold targets as the analyst's targets.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { mergeTargets, targetsFromMap } from '../../core/default-targets';
import { extract } from '../../core/extract';
import { parseArticle } from '../../core/import/parse-article';
import { scoreExtraction, type Gold, type PredStatement, type Scores } from './score-extraction';

export const FIXTURES_DIR = resolve(import.meta.dirname, '../fixtures');

/** Gold files (`*.gold.json`) directly inside `dir`, sorted; none when the folder is absent. */
export function goldFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => resolve(dir, f));
}

/** The engine's statements for the article beside a gold file, in the scorer's shape. */
export function predictFor(goldPath: string, gold: Gold): PredStatement[] {
  const parsed = parseArticle(readFileSync(goldPath.replace(/\.gold\.json$/, '.txt'), 'utf8'), goldPath);
  const targets = mergeTargets(targetsFromMap(gold.targets ?? {}));
  return extract(parsed.body, { targets }).statements.map((s) => ({
    text: s.text,
    speaker: s.speaker,
    actor: s.actor,
    kind: s.kind,
    stances: Object.fromEntries(s.stances.map((st) => [st.target, st.label])),
  }));
}

export function scoreGoldFile(goldPath: string): Scores {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
  return scoreExtraction(gold, predictFor(goldPath, gold));
}

/** The unweighted mean of each metric over several articles. */
export function meanScores(all: Scores[]): Scores {
  const keys = Object.keys(all[0] ?? {}) as (keyof Scores)[];
  return Object.fromEntries(
    keys.map((k) => [k, all.reduce((s, x) => s + x[k], 0) / (all.length || 1)]),
  ) as unknown as Scores;
}
