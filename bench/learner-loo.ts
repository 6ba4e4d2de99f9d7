// Leave-one-article-out over the gold fixtures: stance macro-F1 of the rules alone vs rules + a learner trained on the
// other articles (`--learn-from`), same run. `npx tsx bench/learner-loo.ts [--all] [--json] [--seeds N]`.
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { examplesFromFile, readGoldFile } from '../cli/learn-from';
import { runExtract } from '../cli/extract-command';
import { goldTargets } from '../core/learn/gold';
import { StanceModel, type Example } from '../core/learn/model';
import type { SuggestOptions } from '../core/learn/suggest';
import { scoreExtraction, type Gold, type PredStatement } from '../tests/support/score-extraction';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

const TUNE = process.env.LEARN_TUNE ? (JSON.parse(process.env.LEARN_TUNE) as SuggestOptions) : undefined;
const FIXTURES = resolve(import.meta.dirname, '../tests/fixtures');

/**
 * Gold fixtures with their article beside them: tests/fixtures and tests/fixtures/blind (the 25), and with
 * `all` also the second blind set and the engine's dev set.
 */
export function goldFixtures(all = false): string[] {
  const sets = all ? ['', 'blind', 'blind2', 'dev'] : ['', 'blind'];
  const dirs = sets.map((d) => resolve(FIXTURES, d)).filter((d) => existsSync(d));
  return dirs.flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith('.gold.json') && existsSync(resolve(d, f.replace(/\.gold\.json$/, '.txt'))))
      .sort()
      .map((f) => resolve(d, f)),
  );
}

/** A `--targets` file with the gold file's targets, as the protocol passes the analyst's targets. */
export function targetsFileFor(goldPath: string, dir: string): string {
  const gold = readGoldFile(goldPath);
  const ids = new Set(Object.keys(gold.targets ?? {}));
  const out = resolve(dir, `${ids.size}-${goldPath.split('/').pop()}.targets.json`);
  const targets = goldTargets(gold).filter((t) => ids.has(t.id));
  writeFileSync(out, JSON.stringify(Object.fromEntries(targets.map((t) => [t.id, t.aliases]))));
  return out;
}

interface Row {
  article: string;
  rules: number;
  learner: number;
  /** Target F1 (which targets carry a stance), rules alone and with the learner: adding stances must not cost it. */
  rulesTargetF1: number;
  learnerTargetF1: number;
  trainingExamples: number;
}

/** Extracts one article with rules alone and with a model trained on `examples` (shuffled from `seed`); scores both. */
export function scoreBoth(
  goldPath: string,
  examples: Example[],
  dir: string,
  seed = 1,
): { rules: number; learner: number; rulesTargetF1: number; learnerTargetF1: number } {
  const txt = goldPath.replace(/\.gold\.json$/, '.txt');
  const targets = targetsFileFor(goldPath, dir);
  const gold = readGoldFile(goldPath) as Gold;
  const rules = runExtract(txt, targets) as { statements: PredStatement[] };
  const model = new StanceModel({ seed });
  model.train(examples);
  const learned = runExtract(txt, targets, [], model, TUNE) as { statements: PredStatement[] };
  const r = scoreExtraction(gold, rules.statements);
  const l = scoreExtraction(gold, learned.statements);
  return {
    rules: r.stance_macro_f1,
    learner: l.stance_macro_f1,
    rulesTargetF1: r.target_f1,
    learnerTargetF1: l.target_f1,
  };
}

export function leaveOneOut(paths = goldFixtures(), seed = 1): Row[] {
  const dir = mkdtempSync(resolve(tmpdir(), 'parley-loo-'));
  const examples = new Map(paths.map((p) => [p, examplesFromFile(p)]));
  return paths.map((held) => {
    const train = paths.filter((p) => p !== held).flatMap((p) => examples.get(p)!);
    return {
      article: held.split('/').slice(-2).join('/'),
      ...scoreBoth(held, train, dir, seed),
      trainingExamples: train.length,
    };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { json: { type: 'boolean' }, all: { type: 'boolean' }, seeds: { type: 'string' } },
  });
  // one run's gain moves by a few hundredths with the shuffle order alone: `--seeds N` repeats it with N seeds
  const seeds = Array.from({ length: Math.max(1, Number(values.seeds ?? 1)) }, (_, i) => i + 1);
  const runs = seeds.map((seed) => leaveOneOut(goldFixtures(values.all), seed));
  const mean = (rows: Row[], k: 'rules' | 'learner' | 'rulesTargetF1' | 'learnerTargetF1') =>
    rows.reduce((s, r) => s + r[k], 0) / rows.length;
  const worst = (rows: Row[]) => Math.min(...rows.map((r) => r.learner - r.rules));
  const summary = (rows: Row[]) =>
    `mean stance macro-F1: rules ${mean(rows, 'rules').toFixed(3)}, learner ${mean(rows, 'learner').toFixed(3)}, Δ ${(mean(rows, 'learner') - mean(rows, 'rules')).toFixed(3)}; worst Δ ${worst(rows).toFixed(3)}; target F1: rules ${mean(rows, 'rulesTargetF1').toFixed(3)}, learner ${mean(rows, 'learnerTargetF1').toFixed(3)}`;
  if (values.json) process.stdout.write(`${JSON.stringify(seeds.length > 1 ? runs : runs[0], null, 2)}\n`);
  else {
    for (const r of runs[0]!) {
      const d = r.learner - r.rules;
      process.stdout.write(
        `${r.article.padEnd(52)} rules ${r.rules.toFixed(3)}  learner ${r.learner.toFixed(3)}  Δ ${d >= 0 ? '+' : ''}${d.toFixed(3)}  (${r.trainingExamples} examples)\n`,
      );
    }
    if (seeds.length > 1) runs.forEach((rows, i) => process.stdout.write(`seed ${seeds[i]}: ${summary(rows)}\n`));
    const gains = runs.map((rows) => mean(rows, 'learner') - mean(rows, 'rules'));
    process.stdout.write(
      seeds.length > 1
        ? `over ${seeds.length} seeds: Δ mean ${(gains.reduce((a, b) => a + b, 0) / gains.length).toFixed(3)} (${Math.min(...gains).toFixed(3)} to ${Math.max(...gains).toFixed(3)}); worst article Δ ${Math.min(...runs.map(worst)).toFixed(3)}\n`
        : `${summary(runs[0]!)}\n`,
    );
  }
}
