// Cuts an article body into plain and statement segments by offsets, so the text renders as text, never as HTML.

interface Range {
  id: number;
  start: number;
  end: number;
}

export interface Segment<R extends Range = Range> {
  /** Stable key for v-for. */
  key: string;
  text: string;
  /** The statement this segment belongs to, or null for text between statements. */
  statementId: number | null;
  /** That statement itself (so a long article needs no lookup table of its statements). */
  range?: R;
}

const byStart = (a: Range, b: Range) => a.start - b.start || a.end - b.end;

/**
 * Statements are [start, end) ranges into the body. They should be sorted and disjoint; if a later
 * revision of the extractor produces an overlap or an out-of-range offset, clamp rather than
 * duplicating or dropping text, so the body always reads exactly as imported.
 */
export function segmentBody<R extends Range>(body: string, ranges: readonly R[]): Segment<R>[] {
  // The reader passes its statements in reading order already; sorting 50,000 of them again is not free.
  const inOrder = ranges.every((r, i) => i === 0 || byStart(ranges[i - 1]!, r) <= 0);
  const sorted = inOrder ? ranges : [...ranges].sort(byStart);
  const segments: Segment<R>[] = [];
  let cursor = 0;
  for (const range of sorted) {
    const start = Math.max(cursor, Math.min(range.start, body.length));
    const end = Math.max(start, Math.min(range.end, body.length));
    if (start > cursor) segments.push({ key: `g${cursor}`, text: body.slice(cursor, start), statementId: null });
    if (end > start) segments.push({ key: `s${range.id}`, text: body.slice(start, end), statementId: range.id, range });
    cursor = end;
  }
  if (cursor < body.length) segments.push({ key: `g${cursor}`, text: body.slice(cursor), statementId: null });
  return segments;
}

export interface Chunk<R extends Range = Range> {
  key: string;
  segments: Segment<R>[];
  /** Where the chunk begins in the body. */
  start: number;
  /** Characters in the chunk, for estimating its height before it is laid out. */
  length: number;
}

/**
 * Groups segments into blocks of whole paragraphs, at least `minLength` characters each, cutting only inside text
 * between statements just after a blank line (so every highlight stays one element and the text is unchanged). The
 * browser lays out many mid-sized blocks far faster than one block holding a whole long article, and can skip those
 * off screen; blocks are kept few so that skipping stays cheap while the statement list scrolls.
 */
export function chunkSegments<R extends Range>(segments: readonly Segment<R>[], minLength = 3000): Chunk<R>[] {
  const chunks: Chunk<R>[] = [];
  let current: Segment<R>[] = [];
  let start = 0;
  let offset = 0;
  const close = () => {
    if (current.length) chunks.push({ key: `c${start}`, segments: current, start, length: offset - start });
    current = [];
    start = offset;
  };
  for (const seg of segments) {
    if (seg.statementId !== null) {
      current.push(seg);
      offset += seg.text.length;
      continue;
    }
    const breaks = /\n[ \t]*\n\s*/g;
    let from = 0;
    for (let m = breaks.exec(seg.text); m; m = breaks.exec(seg.text)) {
      const to = m.index + m[0].length;
      if (offset + (to - from) - start < minLength) continue;
      current.push({ key: `g${offset}`, text: seg.text.slice(from, to), statementId: null });
      offset += to - from;
      from = to;
      close();
    }
    if (from < seg.text.length) {
      current.push({ key: `g${offset}`, text: seg.text.slice(from), statementId: null });
      offset += seg.text.length - from;
    }
  }
  close();
  return chunks;
}

/** The index of the chunk holding body offset `at` (the last chunk for an offset past the end), by binary search. */
export function chunkAt(chunks: readonly Chunk[], at: number): number {
  let lo = 0;
  let hi = chunks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (chunks[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
