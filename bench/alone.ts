// What a benchmark run alone (`bench/*-main.ts`) shares: its --scale argument and one line per result.
import { parseArgs } from 'node:util';
import type { BenchResult } from './types';

/** The --scale argument (default 1); throws unless it is a positive number. */
export function scaleArg(): number {
  const { values } = parseArgs({ options: { scale: { type: 'string' } } });
  const scale = Number(values.scale ?? 1);
  if (!(scale > 0)) throw new Error('--scale must be a positive number');
  return scale;
}

/** Writes each result, its baseline and their ratio, with `digits` decimals for the figures and for the ratio. */
export function printResults(results: BenchResult[], digits: { value: number; ratio: number }): void {
  for (const r of results) {
    process.stdout.write(
      `${r.name}: ${r.value.toFixed(digits.value)} ${r.unit} | ${r.baselineName}: ${r.baseline.toFixed(digits.value)} ${r.unit} | ratio ${r.ratio.toFixed(digits.ratio)}${r.goal ? ` | goal: ${r.goal}` : ''}\n  ${r.notes}\n`,
    );
  }
}
