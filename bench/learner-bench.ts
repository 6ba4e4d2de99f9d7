// The stance learner: learning curve (stance macro-F1 on held-back fixtures after 0…400 training decisions, with the
// time to train each) and training speed (one decision on a 5,000-example model; a full retrain of 50,000), beside
// the rules alone and a bare pass over the examples measured in the same run.
import { mkdtempSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
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

/** Trains in a worker thread while this thread keeps its event loop; the longest stall of this thread is measured. */
async function trainInWorker(examples: Example[]): Promise<{ ms: number; bytes: number; stallMs: number }> {
  const entry = new URL('./learner-train-worker.ts', import.meta.url).href;
  // the worker runs TypeScript through tsx, as the bench does
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  const worker = new Worker(boot, { eval: true });
  await new Promise((r) => worker.once('online', r));
  await new Promise((r) => setTimeout(r, 1500)); // let the worker load its modules before the clock starts
  const delay = monitorEventLoopDelay({ resolution: 10 });
  const t0 = now();
  delay.enable();
  const bytes = await new Promise<Uint8Array>((resolveBytes, reject) => {
    worker.once('message', resolveBytes);
    worker.once('error', reject);
    worker.postMessage(JSON.stringify(examples)); // one string crosses threads far faster than 50,000 objects
  });
  const ms = now() - t0;
  delay.disable();
  await worker.terminate();
  return { ms, bytes: bytes.byteLength, stallMs: delay.max / 1e6 };
}

function shuffled<T>(items: T[], seed: number): T[] {
  const next = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export async function benchLearner({ scale }: BenchOptions): Promise<BenchResult[]> {
  const paths = goldFixtures();
  const held = paths.filter((_, i) => i % 3 === 0);
  const pool = shuffled(paths.filter((_, i) => i % 3 !== 0).flatMap(examplesFromFile), 11);
  const dir = mkdtempSync(resolve(tmpdir(), 'parley-curve-'));
  const out: BenchResult[] = [];
  const rulesScore = held.map((h) => scoreBoth(h, [], dir).rules);
  const rulesMean = rulesScore.reduce((a, b) => a + b, 0) / held.length;
  for (const n of [0, 50, 100, 200, 400, pool.length]) {
    const train = pool.slice(0, Math.min(n, pool.length));
    const t0 = now();
    const cpu0 = process.cpuUsage();
    new StanceModel().train(train);
    const ms = now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const scores = held.map((h) => scoreBoth(h, train, dir).learner);
    const mean = scores.reduce((a, b) => a + b, 0) / held.length;
    out.push({
      name: `stance macro-F1 after ${n} decisions (${train.length} available)`,
      unit: 'macro-F1',
      value: mean,
      baseline: rulesMean,
      baselineName: 'rules alone, same held-back fixtures',
      ratio: mean / rulesMean,
      notes: `train ${ms.toFixed(1)} ms (CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms; with the bars' cross-validation); held back: ${held.map((h) => h.split('/').pop()).join(', ')}`,
    });
  }
  const small = Math.max(500, Math.round(5000 * scale));
  const big = Math.max(5000, Math.round(50000 * scale));
  const model = new StanceModel();
  model.train(synthetic(pool, small));
  const extra = synthetic(pool, 20).map((e, i) => ({ ...e, ref: `new${i}` }));
  const times: number[] = [];
  const learnCpu0 = process.cpuUsage();
  for (const e of extra) {
    const t0 = now();
    model.learn(e);
    times.push(now() - t0);
  }
  const learnCpu = process.cpuUsage(learnCpu0);
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
    notes: `CPU time ${((learnCpu.user + learnCpu.system) / 1000 / extra.length).toFixed(1)} ms per decision (mean of ${extra.length}); wall time rises with the machine's load`,
  });
  const bigSet = synthetic(pool, big);
  const cpu0 = process.cpuUsage();
  const t0 = now();
  const mainModel = new StanceModel();
  mainModel.train(bigSet);
  mainModel.serialize();
  const onMain = now() - t0;
  const mainCpu = process.cpuUsage(cpu0);
  const cpu1 = process.cpuUsage();
  const inWorker = await trainInWorker(bigSet);
  const workerCpu = process.cpuUsage(cpu1);
  const cpuMs = (u: NodeJS.CpuUsage) => ((u.user + u.system) / 1000).toFixed(0);
  out.push({
    name: `full retrain of ${big} examples in a worker thread (wall time, examples sent and model returned)`,
    unit: 'ms',
    value: inWorker.ms,
    baseline: onMain,
    baselineName: 'the same retrain and serialisation on the main thread, same run',
    ratio: onMain / inWorker.ms,
    goal: '< 5,000 ms at 50,000, never blocking',
    notes: `CPU time: worker run ${cpuMs(workerCpu)} ms (process, incl. the worker's start-up), main-thread run ${cpuMs(mainCpu)} ms; the main thread's longest event-loop stall meanwhile ${inWorker.stallMs.toFixed(0)} ms (on the main thread it is blocked for the whole retrain); model ${(inWorker.bytes / 1e6).toFixed(1)} MB`,
  });
  return out;
}
