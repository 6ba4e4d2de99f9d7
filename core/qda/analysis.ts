// Looking across codes, pure: code × article counts, co-occurrence (overlapping or in the same statement), code ×
// actor and code × stance crosstabs, and inter-coder agreement (percent, Cohen's kappa, Krippendorff's alpha).

/** One coding as the analysis needs it; statementId is set for a statement tag. */
export interface CodingPoint {
  articleId: number;
  tagId: number;
  start: number;
  end: number;
  coder: string;
  statementId: number | null;
}

export interface StatementPoint {
  id: number;
  articleId: number;
  start: number;
  end: number;
  actor: string | null;
  /** "target:label" for each stance. */
  stances: string[];
}

export type Counts = Map<string, number>;
const bump = (m: Counts, key: string, by = 1) => m.set(key, (m.get(key) ?? 0) + by);

function byArticle<T extends { articleId: number }>(items: T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const it of items) {
    const list = out.get(it.articleId);
    if (list) list.push(it);
    else out.set(it.articleId, [it]);
  }
  return out;
}

/** The statements a coding touches: its own for a statement tag, else those its span overlaps (sorted by start). */
function touched(c: CodingPoint, statements: StatementPoint[]): StatementPoint[] {
  if (c.statementId !== null) return statements.filter((s) => s.id === c.statementId);
  let lo = 0;
  let hi = statements.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (statements[mid]!.end <= c.start) lo = mid + 1;
    else hi = mid;
  }
  const out: StatementPoint[] = [];
  for (let i = lo; i < statements.length && statements[i]!.start < c.end; i++) out.push(statements[i]!);
  return out;
}

/** Codings per code and article: "tagId:articleId" → count. */
export function codeByArticle(codings: CodingPoint[]): Counts {
  const out: Counts = new Map();
  for (const c of codings) bump(out, `${c.tagId}:${c.articleId}`);
  return out;
}

/**
 * Pairs of one coder's codings of two different codes that overlap or touch a common statement, counted once per pair:
 * "tagA:tagB" (tagA < tagB) → count. `onPair` sees each pair, for drilling into a cell.
 */
export function cooccurrence(
  codings: CodingPoint[],
  statements: StatementPoint[],
  onPair?: (a: CodingPoint, b: CodingPoint) => void,
): Counts {
  const out: Counts = new Map();
  const stmts = byArticle(statements);
  for (const s of stmts.values()) s.sort((x, y) => x.start - y.start);
  for (const [articleId, list] of byArticle(codings)) {
    const ss = stmts.get(articleId) ?? [];
    const ids = list.map((c) => new Set(touched(c, ss).map((s) => s.id)));
    for (let i = 0; i < list.length; i++) {
      const a = list[i]!;
      for (let j = i + 1; j < list.length; j++) {
        const b = list[j]!;
        // One analyst's codes meeting: two coders coding the same passage is agreement, not co-occurrence.
        if (a.tagId === b.tagId || a.coder !== b.coder) continue;
        const overlap = a.start < b.end && b.start < a.end;
        let shared = overlap;
        if (!shared) {
          for (const id of ids[j]!) {
            if (ids[i]!.has(id)) {
              shared = true;
              break;
            }
          }
        }
        if (!shared) continue;
        const [x, y] = a.tagId < b.tagId ? [a, b] : [b, a];
        bump(out, `${x.tagId}:${y.tagId}`);
        onPair?.(x, y);
      }
    }
  }
  return out;
}

/** Codings per code and the actor (or stance) of the statements they touch: "tagId|key" → count. */
export function crosstab(
  codings: CodingPoint[],
  statements: StatementPoint[],
  by: 'actor' | 'stance',
  onHit?: (c: CodingPoint, key: string) => void,
): Counts {
  const out: Counts = new Map();
  const stmts = byArticle(statements);
  for (const s of stmts.values()) s.sort((x, y) => x.start - y.start);
  for (const c of codings) {
    const keys = new Set<string>();
    for (const s of touched(c, stmts.get(c.articleId) ?? [])) {
      if (by === 'actor') {
        if (s.actor) keys.add(s.actor);
      } else for (const st of s.stances) keys.add(st);
    }
    for (const k of keys) {
      bump(out, `${c.tagId}|${k}`);
      onHit?.(c, k);
    }
  }
  return out;
}

export interface Agreement {
  units: number;
  percent: number | null;
  kappa: number | null;
  alpha: number | null;
}

/**
 * Two coders' nominal decisions over the same units as a square table: `table[i][j]` units coder A put in category i
 * and coder B in category j. Percent agreement, Cohen's kappa, and Krippendorff's alpha (nominal, no missing values,
 * from the coincidence matrix).
 */
export function agreementOfTable(table: number[][]): Agreement {
  const k = table.length;
  const units = table.reduce((n, row) => n + row.reduce((m, x) => m + x, 0), 0);
  if (units <= 0) return { units, percent: null, kappa: null, alpha: null };
  const rows = table.map((row) => row.reduce((m, x) => m + x, 0));
  const cols = table[0]!.map((_, j) => table.reduce((m, row) => m + row[j]!, 0));
  const agree = table.reduce((n, row, i) => n + row[i]!, 0);
  const po = agree / units;
  const pe = rows.reduce((p, r, i) => p + (r / units) * (cols[i]! / units), 0);
  const kappa = pe === 1 ? (po === 1 ? 1 : null) : (po - pe) / (1 - pe);
  // Each unit gives two pairable values; a category's total is how often either coder chose it.
  const n = 2 * units;
  const totals = rows.map((r, i) => r + cols[i]!);
  const disagree = units - agree;
  let expected = 0;
  for (let i = 0; i < k; i++) expected += totals[i]! * (n - totals[i]!);
  // Do/De = (n - 1) * 2 * disagree / Σ_{c≠k} n_c n_k; with one category used there is nothing to expect.
  const alpha = expected === 0 ? (disagree === 0 ? 1 : null) : 1 - ((n - 1) * 2 * disagree) / expected;
  return { units, percent: po * 100, kappa, alpha };
}

/** Two coders' yes/no decisions over `units`: n11 both, n10 only A, n01 only B. */
export function agreementOf(n11: number, n10: number, n01: number, units: number): Agreement {
  if (units <= 0) return { units, percent: null, kappa: null, alpha: null };
  return agreementOfTable([
    [n11, n10],
    [n01, units - n11 - n10 - n01],
  ]);
}

/** Sorted, merged intervals. */
export function union(spans: [number, number][]): [number, number][] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

const length = (u: [number, number][]) => u.reduce((n, [s, e]) => n + e - s, 0);

/** Parts of `a` not covered by `b` (both merged and sorted). */
export function minus(a: [number, number][], b: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [s0, e] of a) {
    let s = s0;
    for (const [bs, be] of b) {
      if (be <= s || bs >= e) continue;
      if (bs > s) out.push([s, bs]);
      s = Math.max(s, be);
    }
    if (s < e) out.push([s, e]);
  }
  return out;
}

export interface SpanComparison {
  n11: number;
  n10: number;
  n01: number;
  onlyA: [number, number][];
  onlyB: [number, number][];
}

/** Character-level comparison of two coders' spans of one code in one text of `size` characters. */
export function compareSpans(a: [number, number][], b: [number, number][]): SpanComparison {
  const ua = union(a);
  const ub = union(b);
  const onlyA = minus(ua, ub);
  const onlyB = minus(ub, ua);
  const both = length(ua) - length(onlyA);
  return { n11: both, n10: length(onlyA), n01: length(onlyB), onlyA, onlyB };
}
