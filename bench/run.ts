// `npm run bench`: runs every benchmark, prints each figure beside its same-run baseline, writes bench/results.json.
//   npm run bench -- --scale 0.05      a small, quick run (CI's smoke test)
//   npm run bench -- --only import     one benchmark by name
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { BenchOptions, BenchResult } from './types';

type Bench = (opts: BenchOptions) => Promise<BenchResult[]>;

/** Each entry loads its module lazily, so one benchmark's heavy imports never slow another. */
const BENCHES: Record<string, () => Promise<Bench>> = {
  extraction: async () => {
    const { benchExtraction } = await import('./extract-bench');
    return async ({ scale }) => [await benchExtraction({ megabytes: Math.max(0.5, 5 * scale) })];
  },
  import: async () => (await import('./import-bench')).benchImport,
  search: async () => (await import('./search-bench')).benchSearch,
  compare: async () => (await import('./compare-bench')).benchCompare,
  reader: async () => (await import('./reader-bench')).benchReader,
  'large-article': async () => (await import('./large-article-bench')).benchLargeArticle,
  pdf: async () => (await import('./brief-bench')).benchBrief,
  qda: async () => (await import('./qda-bench')).benchQda,
  learner: async () => (await import('./learner-bench')).benchLearner,
  host: async () => (await import('./host-bench')).benchHost,
  writers: async () => (await import('./writers-bench')).benchWriters,
};

const fmt = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 1 ? n.toFixed(2) : n.toPrecision(3));

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { scale: { type: 'string' }, only: { type: 'string', multiple: true } } });
  const scale = Number(values.scale ?? 1);
  if (!(scale > 0)) throw new Error('--scale must be a positive number');
  const names = values.only?.length ? values.only : Object.keys(BENCHES);
  const results: (BenchResult & { bench: string })[] = [];
  const failures: { bench: string; error: string }[] = [];
  for (const name of names) {
    const load = BENCHES[name];
    if (!load) throw new Error(`unknown benchmark "${name}" (known: ${Object.keys(BENCHES).join(', ')})`);
    process.stdout.write(`bench: ${name} (scale ${scale})…\n`);
    try {
      const run = await load();
      for (const r of await run({ scale })) {
        results.push({ bench: name, ...r });
        process.stdout.write(
          `  ${r.name}: ${fmt(r.value)} ${r.unit}  | baseline ${fmt(r.baseline)} (${r.baselineName})  | ratio ${fmt(r.ratio)}${r.ratioMeaning ? ` ${r.ratioMeaning}` : ''}${r.goal ? `  | goal: ${r.goal}` : ''}\n`,
        );
        if (r.notes) process.stdout.write(`    ${r.notes}\n`);
      }
    } catch (err) {
      failures.push({ bench: name, error: err instanceof Error ? err.message : String(err) });
      process.stdout.write(`  FAILED: ${failures[failures.length - 1]!.error}\n`);
    }
  }
  const out = resolve(import.meta.dirname, 'results.json');
  writeFileSync(
    out,
    `${JSON.stringify({ scale, at: new Date().toISOString(), node: process.version, results, failures }, null, 2)}\n`,
  );
  process.stdout.write(
    `bench: ${results.length} figures written to ${out}${failures.length ? `; ${failures.length} failed` : ''}\n`,
  );
  if (failures.length) process.exitCode = 1;
}

await main();
