// Two writers at the size: the app's backend and two `parley import` processes write one file at once
// (1,000 API writes, 2×450 imports). Errors, lost and duplicates must all be 0 (the bench fails otherwise); the figure
// is an API write's mean time meanwhile, beside the same writes with no importer running.
import { ensureCliBuilt } from '../scripts/build-cli.mjs';
import { runTwoWriters } from '../tests/support/two-writers';
import type { BenchOptions, BenchResult } from './types';

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

export async function benchWriters({ scale }: BenchOptions): Promise<BenchResult[]> {
  await ensureCliBuilt();
  const files = Math.max(3, Math.round(450 * scale));
  const apiWrites = Math.max(6, Math.round(1000 * scale));
  await runTwoWriters(3, 20, 0); // warm-up: the first writes pay for compiling the import path
  const alone = await runTwoWriters(files, apiWrites, 0);
  const r = await runTwoWriters(files, apiWrites);
  const errors = r.apiErrors.length + r.cliErrors.length + r.cliCodes.filter((c) => c !== 0).length;
  const figures =
    `${apiWrites} API writes (${r.overlapped} while the importers ran) and 2×${files} CLI imports: ` +
    `${errors} errors, ${r.lost} lost, ${r.duplicates} duplicates, ${r.articles} articles, ` +
    `wall time ${(r.wallMs / 1000).toFixed(1)} s`;
  if (errors || r.lost || r.duplicates) {
    throw new Error(`${figures}. First errors: ${[...r.apiErrors, ...r.cliErrors.map((e) => e.message)].slice(0, 3)}`);
  }
  const value = mean(r.apiMs);
  const baseline = mean(alone.apiMs);
  return [
    {
      name: 'API write with two importers writing',
      unit: 'ms (mean)',
      value,
      baseline,
      baselineName: 'the same API writes, no importer',
      ratio: baseline / value,
      ratioMeaning: '(1 = importers cost the app nothing)',
      goal: '0 errors, 0 lost, 0 duplicates (issue 12 §4)',
      notes: figures,
    },
  ];
}
