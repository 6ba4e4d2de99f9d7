// Lays span codings out as underline lanes: overlapping codings get different lanes, and a text run is cut into
// pieces at every coding boundary, each piece knowing which lanes (and colours) run under it.

export interface LaneCoding {
  key: string;
  tagId: number;
  start: number;
  end: number;
}

export interface Laned<C extends LaneCoding> {
  coding: C;
  lane: number;
}

/** Greedy interval partitioning in reading order (longer first at a tie): the fewest lanes that never overlap. */
export function assignLanes<C extends LaneCoding>(codings: readonly C[]): Laned<C>[] {
  const sorted = [...codings].sort((a, b) => a.start - b.start || b.end - a.end || a.key.localeCompare(b.key));
  const laneEnds: number[] = [];
  return sorted.map((coding) => {
    let lane = laneEnds.findIndex((end) => end <= coding.start);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = coding.end;
    return { coding, lane };
  });
}

export interface Piece<C extends LaneCoding> {
  start: number;
  end: number;
  /** The codings under this piece, by lane. */
  marks: Laned<C>[];
}

/** Cuts [from, to) at every coding boundary inside it; pieces without codings carry no marks. */
export function piecesOf<C extends LaneCoding>(laned: readonly Laned<C>[], from: number, to: number): Piece<C>[] {
  const inside = laned.filter((l) => l.coding.start < to && l.coding.end > from);
  if (inside.length === 0) return to > from ? [{ start: from, end: to, marks: [] }] : [];
  const cuts = new Set([from, to]);
  for (const l of inside) {
    if (l.coding.start > from) cuts.add(l.coding.start);
    if (l.coding.end < to) cuts.add(l.coding.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece<C>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const marks = inside.filter((l) => l.coding.start <= start && l.coding.end >= end).sort((a, b) => a.lane - b.lane);
    pieces.push({ start, end, marks });
  }
  return pieces;
}

/** CSS for a piece: one 2px line per lane below the text, lane 0 nearest the text. */
export function laneStyle(marks: readonly { lane: number; color: string }[]): Record<string, string> {
  if (marks.length === 0) return {};
  const deepest = Math.max(...marks.map((m) => m.lane));
  return {
    backgroundImage: marks.map((m) => `linear-gradient(${m.color}, ${m.color})`).join(', '),
    backgroundSize: marks.map(() => '100% 2px').join(', '),
    backgroundPosition: marks.map((m) => `0 calc(100% - ${(deepest - m.lane) * 3}px)`).join(', '),
    backgroundRepeat: 'no-repeat',
    paddingBottom: `${(deepest + 1) * 3}px`,
  };
}
