// Co-occurrence and crosstab counts at library scale, pure: the same counts as cooccurrence() and crosstab() in
// ./analysis, over codings packed per article and coder, with no object per coding and no test of every pair.
import type { Counts } from './analysis';

/** One coder's codings in one article, flat: tagId, start, end, statementId (-1 for a span coding), repeated. */
export interface CodingGroup {
  articleId: number;
  coder: string;
  items: number[];
}

/** An article's statements sorted by start, flat: id, start, end, repeated. */
export type StatementRun = number[];

const STRIDE = 4;

/** The index range [lo, hi) of the statements a coding touches, as touched() in ./analysis finds them. */
function touchedRange(
  run: StatementRun,
  start: number,
  end: number,
  statementId: number,
  indexOf: Map<number, number> | undefined,
): [number, number] {
  if (statementId !== -1) {
    const i = indexOf?.get(statementId);
    return i === undefined ? [0, 0] : [i, i + 1];
  }
  const n = run.length / 3;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (run[mid * 3 + 2]! <= start) lo = mid + 1;
    else hi = mid;
  }
  let i = lo;
  while (i < n && run[i * 3 + 1]! < end) i++;
  return [lo, i];
}

function indexById(run: StatementRun): Map<number, number> {
  const out = new Map<number, number>();
  for (let i = 0; i * 3 < run.length; i++) if (!out.has(run[i * 3]!)) out.set(run[i * 3]!, i);
  return out;
}

/** A lazily built id → index map per article, only for articles with statement tags. */
function indexer(statements: Map<number, StatementRun>) {
  const cache = new Map<number, Map<number, number>>();
  return (articleId: number) => {
    let m = cache.get(articleId);
    if (!m) cache.set(articleId, (m = indexById(statements.get(articleId) ?? [])));
    return m;
  };
}

const bump = (m: Map<number, Map<number, number>>, a: number, b: number) => {
  let row = m.get(a);
  if (!row) m.set(a, (row = new Map()));
  row.set(b, (row.get(b) ?? 0) + 1);
};

/** Scratch arrays reused across groups, grown to the largest group. */
class Scratch {
  lo = new Int32Array(64);
  hi = new Int32Array(64);
  hullStart = new Float64Array(64);
  hullEnd = new Float64Array(64);
  order = new Int32Array(64);
  fit(n: number): void {
    if (n <= this.lo.length) return;
    const size = Math.max(n, this.lo.length * 2);
    this.lo = new Int32Array(size);
    this.hi = new Int32Array(size);
    this.hullStart = new Float64Array(size);
    this.hullEnd = new Float64Array(size);
    this.order = new Int32Array(size);
  }
}

/** Sorts the first n entries of `order` by `key` (insertion sort for the usual handful, else a comparison sort). */
function sortBy(order: Int32Array, n: number, key: Float64Array): void {
  for (let i = 0; i < n; i++) order[i] = i;
  if (n > 32) {
    order.subarray(0, n).sort((x, y) => key[x]! - key[y]! || x - y);
    return;
  }
  for (let i = 1; i < n; i++) {
    const v = order[i]!;
    let j = i - 1;
    while (j >= 0 && key[order[j]!]! > key[v]!) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = v;
  }
}

/**
 * Pairs of one coder's codings of two different codes that overlap or touch a common statement, once per pair:
 * "tagA:tagB" (tagA < tagB) → count. Each coding's hull (its span and the statements it touches) bounds every coding
 * it can meet, so a sweep over codings sorted by hull start compares only codings whose hulls meet.
 */
export function cooccurrenceCounts(groups: CodingGroup[], statements: Map<number, StatementRun>): Counts {
  const pairs = new Map<number, Map<number, number>>();
  const indexOf = indexer(statements);
  const x = new Scratch();
  for (const g of groups) {
    const items = g.items;
    const n = items.length / STRIDE;
    if (n < 2) continue;
    const run = statements.get(g.articleId) ?? [];
    x.fit(n);
    const { lo, hi, hullStart, hullEnd, order } = x;
    for (let i = 0; i < n; i++) {
      const start = items[i * STRIDE + 1]!;
      const end = items[i * STRIDE + 2]!;
      const sid = items[i * STRIDE + 3]!;
      const [l, h] = touchedRange(run, start, end, sid, sid === -1 ? undefined : indexOf(g.articleId));
      lo[i] = l;
      hi[i] = h;
      let a = Math.min(start, end);
      let b = Math.max(start, end);
      for (let k = l; k < h; k++) {
        a = Math.min(a, run[k * 3 + 1]!, run[k * 3 + 2]!);
        b = Math.max(b, run[k * 3 + 1]!, run[k * 3 + 2]!);
      }
      hullStart[i] = a;
      hullEnd[i] = b;
    }
    sortBy(order, n, hullStart);
    for (let p = 0; p < n; p++) {
      const i = order[p]!;
      const ti = items[i * STRIDE]!;
      const si = items[i * STRIDE + 1]!;
      const ei = items[i * STRIDE + 2]!;
      for (let q = p + 1; q < n && hullStart[order[q]!]! <= hullEnd[i]!; q++) {
        const j = order[q]!;
        const tj = items[j * STRIDE]!;
        if (ti === tj) continue;
        const overlap = si < items[j * STRIDE + 2]! && items[j * STRIDE + 1]! < ei;
        if (overlap || Math.max(lo[i]!, lo[j]!) < Math.min(hi[i]!, hi[j]!)) {
          if (ti < tj) bump(pairs, ti, tj);
          else bump(pairs, tj, ti);
        }
      }
    }
  }
  const out: Counts = new Map();
  for (const [a, row] of pairs) for (const [b, n] of row) out.set(`${a}:${b}`, n);
  return out;
}

/** Codings per code and the keys (actor, or "target:label" stances) of the statements they touch: "tagId|key". */
export function crosstabCounts(
  groups: CodingGroup[],
  statements: Map<number, StatementRun>,
  statementsOfKey: [string, number[]][],
): Counts {
  const keyId = new Map<string, number>();
  const keys: string[] = [];
  const byStatement = new Map<number, number[]>();
  for (const [key, ids] of statementsOfKey) {
    let id = keyId.get(key);
    if (id === undefined) {
      keyId.set(key, (id = keys.length));
      keys.push(key);
    }
    for (const statementId of ids) {
      const list = byStatement.get(statementId);
      if (list) list.push(id);
      else byStatement.set(statementId, [id]);
    }
  }
  const stamp = new Float64Array(keys.length).fill(-1);
  const counts = new Map<number, Map<number, number>>();
  const indexOf = indexer(statements);
  let coding = 0;
  for (const g of groups) {
    const run = statements.get(g.articleId);
    if (!run) continue;
    const items = g.items;
    for (let i = 0; i < items.length; i += STRIDE, coding++) {
      const sid = items[i + 3]!;
      const ids = sid === -1 ? undefined : indexOf(g.articleId);
      const [lo, hi] = touchedRange(run, items[i + 1]!, items[i + 2]!, sid, ids);
      for (let k = lo; k < hi; k++) {
        const found = byStatement.get(run[k * 3]!);
        if (!found) continue;
        for (const key of found) {
          if (stamp[key] === coding) continue;
          stamp[key] = coding;
          bump(counts, items[i]!, key);
        }
      }
    }
  }
  const out: Counts = new Map();
  for (const [tag, row] of counts) for (const [key, n] of row) out.set(`${tag}|${keys[key]}`, n);
  return out;
}
