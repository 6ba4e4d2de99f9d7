// The one shape every benchmark reports: a figure, its baseline measured in the same run, and their ratio.

export interface BenchResult {
  name: string;
  unit: string;
  value: number;
  baseline: number;
  baselineName: string;
  /** value ÷ baseline, or baseline ÷ value for times, so that higher is always better; see `ratioMeaning`. */
  ratio: number;
  ratioMeaning?: string;
  goal?: string;
  notes?: string;
}

/** A time (ms) against its baseline time: the ratio is baseline ÷ time, so that higher is better. */
export function timeAgainst(
  name: string,
  ms: number,
  baselineMs: number,
  rest: Pick<BenchResult, 'baselineName' | 'ratioMeaning' | 'goal' | 'notes'>,
): BenchResult {
  return { name, unit: 'ms', value: ms, baseline: baselineMs, ratio: baselineMs / ms, ...rest };
}

export interface BenchOptions {
  /** 1 = the full size the issues ask for; CI runs a small fraction as a smoke test. */
  scale: number;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : NaN;
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! : NaN;
}

function timed(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** Interleaves the subject and the baseline run by run (after one warm-up each), so both see the same cache and load. */
export function measure(
  subject: () => unknown,
  baseline: () => unknown,
  runs: number,
): { value: number; baseline: number } {
  subject();
  baseline();
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(timed(subject));
    b.push(timed(baseline));
  }
  return { value: median(a), baseline: median(b) };
}
