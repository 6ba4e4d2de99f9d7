// Codings and statements packed into typed columns for counting at library scale: no object per coding, and each
// group (one coder's codings in one article) or run (one article's statements) a slice of the columns.

/** One coder's codings per article: group g holds codings from[g] to from[g + 1] - 1 of the columns. */
export interface PackedCodings {
  groups: number;
  groupArticle: Float64Array;
  from: Int32Array;
  tag: Float64Array;
  start: Float64Array;
  end: Float64Array;
  /** The statement of a statement tag; -1 for a span coding. */
  statement: Float64Array;
}

/** Each article's statements sorted by start (then id): run r holds statements from[r] to from[r + 1] - 1. */
export interface PackedStatements {
  runOf: Map<number, number>;
  from: Int32Array;
  id: Float64Array;
  start: Float64Array;
  end: Float64Array;
  /** A statement id's index in the columns. */
  indexOf: Map<number, number>;
}

/** A growable column of numbers. */
class Column {
  data = new Float64Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  /** The values, value i at to[i]. */
  moved(to: Int32Array): Float64Array {
    const out = new Float64Array(this.length);
    for (let i = 0; i < this.length; i++) out[to[i]!] = this.data[i]!;
    return out;
  }
}

/**
 * A counting sort of rows into groups 0 to groups - 1 (group.data[i] is row i's): where each group starts in the sorted
 * order (from, with from[groups] the row count) and where each row goes (to), each group keeping its rows' order.
 */
function sortIntoGroups(group: Column, groups: number): { from: Int32Array; to: Int32Array } {
  const n = group.length;
  const gid = group.data;
  const from = new Int32Array(groups + 1);
  for (let i = 0; i < n; i++) from[gid[i]! + 1]!++;
  for (let g = 0; g < groups; g++) from[g + 1]! += from[g]!;
  const at = from.slice(0, groups);
  const to = new Int32Array(n);
  for (let i = 0; i < n; i++) to[i] = at[gid[i]!]!++;
  return { from, to };
}

/** Collects codings row by row, in any order, and packs them by article and coder. */
export class CodingPacker {
  private readonly groupOf = new Map<string, number>();
  private readonly articles: number[] = [];
  private lastArticle = NaN;
  private lastCoder: unknown = undefined;
  private lastGroup = -1;
  private readonly gid = new Column();
  private readonly tag = new Column();
  private readonly start = new Column();
  private readonly end = new Column();
  private readonly statement = new Column();

  add(articleId: number, coder: string, tagId: number, start: number, end: number, statementId: number): void {
    this.gid.push(this.groupFor(articleId, coder));
    this.tag.push(tagId);
    this.start.push(start);
    this.end.push(end);
    this.statement.push(statementId);
  }

  /** Rows of one article and coder usually come together, so a group is looked up once per run of them. */
  private groupFor(articleId: number, coder: string): number {
    if (articleId !== this.lastArticle || coder !== this.lastCoder) {
      const key = `${articleId}\u0000${coder}`;
      let g = this.groupOf.get(key);
      if (g === undefined) {
        this.groupOf.set(key, (g = this.articles.length));
        this.articles.push(articleId);
      }
      this.lastArticle = articleId;
      this.lastCoder = coder;
      this.lastGroup = g;
    }
    return this.lastGroup;
  }

  /** The codings sorted into their groups, each group keeping the order its codings came in. */
  pack(): PackedCodings {
    const groups = this.articles.length;
    const { from, to } = sortIntoGroups(this.gid, groups);
    return {
      groups,
      groupArticle: Float64Array.from(this.articles),
      from,
      tag: this.tag.moved(to),
      start: this.start.moved(to),
      end: this.end.moved(to),
      statement: this.statement.moved(to),
    };
  }
}

/** Collects statements in any order and packs them into runs per article, each sorted by start, then id. */
export class StatementPacker {
  private readonly runOf = new Map<number, number>();
  private readonly run = new Column();
  private readonly id = new Column();
  private readonly start = new Column();
  private readonly end = new Column();
  private lastArticle = NaN;
  private lastRun = -1;

  add(articleId: number, id: number, start: number, end: number): void {
    this.run.push(this.runFor(articleId));
    this.id.push(id);
    this.start.push(start);
    this.end.push(end);
  }

  /** Looked up once per run of rows from one article. */
  private runFor(articleId: number): number {
    if (articleId !== this.lastArticle) {
      let r = this.runOf.get(articleId);
      if (r === undefined) this.runOf.set(articleId, (r = this.runOf.size));
      this.lastArticle = articleId;
      this.lastRun = r;
    }
    return this.lastRun;
  }

  pack(): PackedStatements {
    const runs = this.runOf.size;
    const n = this.id.length;
    const { from, to } = sortIntoGroups(this.run, runs);
    const id = this.id.moved(to);
    const start = this.start.moved(to);
    const end = this.end.moved(to);
    // Each run by start, then id: an insertion sort, linear for the runs SQLite already gives in that order.
    for (let r = 0; r < runs; r++) {
      for (let i = from[r]! + 1; i < from[r + 1]!; i++) {
        const vi = id[i]!;
        const vs = start[i]!;
        const ve = end[i]!;
        let j = i - 1;
        while (j >= from[r]! && (start[j]! > vs || (start[j] === vs && id[j]! > vi))) {
          id[j + 1] = id[j]!;
          start[j + 1] = start[j]!;
          end[j + 1] = end[j]!;
          j--;
        }
        id[j + 1] = vi;
        start[j + 1] = vs;
        end[j + 1] = ve;
      }
    }
    const indexOf = new Map<number, number>();
    for (let i = 0; i < n; i++) if (!indexOf.has(id[i]!)) indexOf.set(id[i]!, i);
    return { runOf: this.runOf, from, id, start, end, indexOf };
  }
}
