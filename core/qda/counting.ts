// Co-occurrence and crosstab counts at library scale, pure: the same counts as cooccurrence() and crosstab() in
// ./analysis, over codings packed in typed columns (./packed), with no object per coding and no test of every pair.
import type { Counts } from './analysis';
import type { PackedCodings, PackedStatements } from './packed';

/** Cells of a rows × columns table of counts: dense while small, else a map. */
class Cells {
  private readonly dense: Int32Array | null;
  private readonly sparse = new Map<number, number>();
  constructor(
    private readonly cols: number,
    rows: number,
  ) {
    this.dense = rows * cols <= 1 << 21 ? new Int32Array(rows * cols) : null;
  }
  bump(row: number, col: number): void {
    const k = row * this.cols + col;
    if (this.dense) this.dense[k]!++;
    else this.sparse.set(k, (this.sparse.get(k) ?? 0) + 1);
  }
  /** Each non-zero cell as (row, column, count). */
  forEach(fn: (row: number, col: number, n: number) => void): void {
    if (this.dense) {
      for (let k = 0; k < this.dense.length; k++)
        if (this.dense[k]) fn(Math.floor(k / this.cols), k % this.cols, this.dense[k]!);
    } else for (const [k, n] of this.sparse) fn(Math.floor(k / this.cols), k % this.cols, n);
  }
}

/** Each coding's code as a dense index, and the code ids by index. */
function denseTags(codings: PackedCodings): { index: Int32Array; ids: number[] } {
  const of = new Map<number, number>();
  const ids: number[] = [];
  const n = codings.tag.length;
  const index = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const t = codings.tag[i]!;
    let d = of.get(t);
    if (d === undefined) {
      of.set(t, (d = ids.length));
      ids.push(t);
    }
    index[i] = d;
  }
  return { index, ids };
}

/**
 * Where the statements a coding touches lie in the statement columns, as touched() in ./analysis finds them: its own
 * for a statement tag, else those of its article (run from..to) its span overlaps. Written to `out` as [lo, hi).
 */
function touchedRange(
  s: PackedStatements,
  from: number,
  to: number,
  start: number,
  end: number,
  statementId: number,
  out: Int32Array,
): void {
  if (statementId !== -1) {
    const i = s.indexOf.get(statementId);
    const inRun = i !== undefined && i >= from && i < to;
    out[0] = inRun ? i : 0;
    out[1] = inRun ? i + 1 : 0;
    return;
  }
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s.end[mid]! <= start) lo = mid + 1;
    else hi = mid;
  }
  let i = lo;
  while (i < to && s.start[i]! < end) i++;
  out[0] = lo;
  out[1] = i;
}

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

/** The run of statements of an article: [from, to) in the statement columns, empty when it has none. */
function runOf(s: PackedStatements, articleId: number, out: Int32Array): void {
  const r = s.runOf.get(articleId);
  out[0] = r === undefined ? 0 : s.from[r]!;
  out[1] = r === undefined ? 0 : s.from[r + 1]!;
}

/**
 * Pairs of one coder's codings of two different codes that overlap or touch a common statement, once per pair:
 * "tagA:tagB" (tagA < tagB) → count. Each coding's hull (its span and the statements it touches) bounds every coding
 * it can meet, so a sweep over codings sorted by hull start compares only codings whose hulls meet.
 */
export function cooccurrenceCounts(c: PackedCodings, s: PackedStatements): Counts {
  const tags = denseTags(c);
  const cells = new Cells(tags.ids.length, tags.ids.length);
  const x = new Scratch();
  const run = new Int32Array(2);
  const range = new Int32Array(2);
  for (let g = 0; g < c.groups; g++) {
    const first = c.from[g]!;
    const n = c.from[g + 1]! - first;
    if (n < 2) continue;
    runOf(s, c.groupArticle[g]!, run);
    x.fit(n);
    const { lo, hi, hullStart, hullEnd, order } = x;
    for (let i = 0; i < n; i++) {
      const start = c.start[first + i]!;
      const end = c.end[first + i]!;
      touchedRange(s, run[0]!, run[1]!, start, end, c.statement[first + i]!, range);
      const l = range[0]!;
      const h = range[1]!;
      lo[i] = l;
      hi[i] = h;
      let a = Math.min(start, end);
      let b = Math.max(start, end);
      for (let k = l; k < h; k++) {
        a = Math.min(a, s.start[k]!, s.end[k]!);
        b = Math.max(b, s.start[k]!, s.end[k]!);
      }
      hullStart[i] = a;
      hullEnd[i] = b;
    }
    sortBy(order, n, hullStart);
    for (let p = 0; p < n; p++) {
      const i = order[p]!;
      const ti = tags.index[first + i]!;
      const si = c.start[first + i]!;
      const ei = c.end[first + i]!;
      for (let q = p + 1; q < n && hullStart[order[q]!]! <= hullEnd[i]!; q++) {
        const j = order[q]!;
        const tj = tags.index[first + j]!;
        if (ti === tj) continue;
        const overlap = si < c.end[first + j]! && c.start[first + j]! < ei;
        if (overlap || Math.max(lo[i]!, lo[j]!) < Math.min(hi[i]!, hi[j]!)) {
          if (ti < tj) cells.bump(ti, tj);
          else cells.bump(tj, ti);
        }
      }
    }
  }
  const out: Counts = new Map();
  cells.forEach((i, j, n) => {
    const [a, b] = [tags.ids[i]!, tags.ids[j]!];
    out.set(a < b ? `${a}:${b}` : `${b}:${a}`, n);
  });
  return out;
}

/** Codings per code and the keys (actor, or "target:label" stances) of the statements they touch: "tagId|key". */
export function crosstabCounts(c: PackedCodings, s: PackedStatements, statementsOfKey: [string, number[]][]): Counts {
  // The keys of each statement, by its index in the statement columns: keyList[keyFrom[i] .. keyFrom[i + 1]).
  const keys = [...new Set(statementsOfKey.map(([key]) => key))];
  const keyId = new Map(keys.map((k, i) => [k, i]));
  const statements = s.id.length;
  const keyFrom = new Int32Array(statements + 1);
  for (const [, ids] of statementsOfKey) {
    for (const id of ids) {
      const i = s.indexOf.get(id);
      if (i !== undefined) keyFrom[i + 1]!++;
    }
  }
  for (let i = 0; i < statements; i++) keyFrom[i + 1]! += keyFrom[i]!;
  const keyList = new Int32Array(keyFrom[statements]!);
  const at = keyFrom.slice(0, statements);
  for (const [key, ids] of statementsOfKey) {
    const k = keyId.get(key)!;
    for (const id of ids) {
      const i = s.indexOf.get(id);
      if (i !== undefined) keyList[at[i]!++] = k;
    }
  }
  const tags = denseTags(c);
  const cells = new Cells(keys.length, tags.ids.length);
  const stamp = new Int32Array(keys.length).fill(-1);
  const run = new Int32Array(2);
  const range = new Int32Array(2);
  for (let g = 0; g < c.groups; g++) {
    runOf(s, c.groupArticle[g]!, run);
    if (run[0] === run[1]) continue;
    for (let i = c.from[g]!; i < c.from[g + 1]!; i++) {
      touchedRange(s, run[0]!, run[1]!, c.start[i]!, c.end[i]!, c.statement[i]!, range);
      for (let k = range[0]!; k < range[1]!; k++) {
        for (let m = keyFrom[k]!; m < keyFrom[k + 1]!; m++) {
          const key = keyList[m]!;
          if (stamp[key] === i) continue;
          stamp[key] = i;
          cells.bump(tags.index[i]!, key);
        }
      }
    }
  }
  const out: Counts = new Map();
  cells.forEach((tag, key, n) => out.set(`${tags.ids[tag]}|${keys[key]}`, n));
  return out;
}
