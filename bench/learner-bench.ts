// The stance learner: learning curve (stance macro-F1 on held-back fixtures after 0…400 training decisions, with the
// time to train each) and training speed (one decision on a 5,000-example model; a full retrain of 50,000), beside
// the rules alone and a bare pass over the examples measured in the same run.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { examplesFromFile } from '../cli/learn-from';
import { StanceModel, type Example } from '../core/learn/model';
import { goldFixtures, scoreBoth } from './learner-loo';
import { seededRandom } from '../core/seeded-random';
import type { BenchOptions, BenchResult } from './types';

function synthetic(base: Example[], n: number): Example[] {
  const rnd = seededRandom(7);
  return Array.from({ length: n }, (_, i) => {
    const e = base[i % base.length]!;
    const noise = Array.from({ length: 4 }, () => `w:x${Math.floor(rnd() * 5000)}`);
    return { ...e, features: [...e.features, ...noise], ref: `syn${i}` };
  });
}

const now = () => performance.now();

export async function benchLearner({ scale }: BenchOptions): Promise<BenchResult[]> {
  const paths = goldFixtures();
  const held = paths.filter((_, i) => i % 3 === 0);
  const pool = paths.filter((_, i) => i % 3 !== 0).flatMap(examplesFromFile);
  const dir = mkdtempSync(resolve(tmpdir(), 'parley-curve-'));
  const out: BenchResult[] = [];
  const rulesScore = held.map((h) => scoreBoth(h, [], dir).rules);
  const rulesMean = rulesScore.reduce((a, b) => a + b, 0) / held.length;
  for (const n of [0, 50, 100, 200, 400]) {
    const train = pool.slice(0, Math.min(n, pool.length));
    const t0 = now();
    new StanceModel().train(train);
    const ms = now() - t0;
    const scores = held.map((h) => scoreBoth(h, train, dir).learner);
    const mean = scores.reduce((a, b) => a + b, 0) / held.length;
    out.push({
      name: `stance macro-F1 after ${n} decisions (${train.length} available)`,
      unit: 'macro-F1',
      value: mean,
      baseline: rulesMean,
      baselineName: 'rules alone, same held-back fixtures',
      ratio: mean / rulesMean,
      notes: `train ${ms.toFixed(1)} ms; held back: ${held.map((h) => h.split('/').pop()).join(', ')}`,
    });
  }
  const small = Math.max(500, Math.round(5000 * scale));
  const big = Math.max(5000, Math.round(50000 * scale));
  const model = new StanceModel();
  model.train(synthetic(pool, small));
  const extra = synthetic(pool, 20).map((e, i) => ({ ...e, ref: `new${i}` }));
  const times: number[] = [];
  for (const e of extra) {
    const t0 = now();
    model.learn(e);
    times.push(now() - t0);
  }
  times.sort((a, b) => a - b);
  const passT0 = now();
  let sink = 0;
  for (const e of synthetic(pool, small)) for (const f of e.features) sink += f.length;
  const pass = now() - passT0;
  out.push({
    name: `learn one decision on a ${small}-example model (median)`,
    unit: 'ms',
    value: times[Math.floor(times.length / 2)]!,
    baseline: pass,
    baselineName: `reading the ${small} examples' feature strings once${sink ? '' : ''}`,
    ratio: pass / times[Math.floor(times.length / 2)]!,
    goal: '< 50 ms at 5,000',
  });
  const bigSet = synthetic(pool, big);
  const t0 = now();
  new StanceModel().train(bigSet);
  const full = now() - t0;
  out.push({
    name: `full retrain of ${big} examples`,
    unit: 'ms',
    value: full,
    baseline: pass * (big / small),
    baselineName: 'reading their feature strings once (scaled)',
    ratio: (pass * (big / small)) / full,
    goal: '< 5,000 ms at 50,000',
  });
  return out;
}
