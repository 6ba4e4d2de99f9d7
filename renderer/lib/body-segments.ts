// Cuts an article body into plain and statement segments by offsets, so the text renders as text, never as HTML.

export interface Segment {
  /** Stable key for v-for. */
  key: string;
  text: string;
  /** The statement this segment belongs to, or null for text between statements. */
  statementId: number | null;
}

interface Range {
  id: number;
  start: number;
  end: number;
}

/**
 * Statements are [start, end) ranges into the body. They should be sorted and disjoint; if a later
 * revision of the extractor produces an overlap or an out-of-range offset, clamp rather than
 * duplicating or dropping text, so the body always reads exactly as imported.
 */
export function segmentBody(body: string, ranges: readonly Range[]): Segment[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const range of sorted) {
    const start = Math.max(cursor, Math.min(range.start, body.length));
    const end = Math.max(start, Math.min(range.end, body.length));
    if (start > cursor) segments.push({ key: `g${cursor}`, text: body.slice(cursor, start), statementId: null });
    if (end > start) segments.push({ key: `s${range.id}`, text: body.slice(start, end), statementId: range.id });
    cursor = end;
  }
  if (cursor < body.length) segments.push({ key: `g${cursor}`, text: body.slice(cursor), statementId: null });
  return segments;
}
