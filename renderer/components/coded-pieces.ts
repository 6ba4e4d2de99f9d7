// A text run cut into the pieces the reader shows: each with its underline lanes, the codes' labels and keys.
import { laneStyle, piecesOf, type LaneCoding, type Laned } from '../lib/coding-lanes';

/** A coding as the reader underlines it: its code's colour and a label for the tooltip. */
export interface ShownCoding extends LaneCoding {
  color: string;
  label: string;
}

/** One piece of shown text; `keys` is empty where no coding runs under it. */
export interface ShownPiece {
  key: string;
  text: string;
  style: Record<string, string>;
  codes: string;
  keys: string;
}

/** The pieces of `text`, which stands at [from, from + text.length) of the coded document. */
export function shownPieces(laned: readonly Laned<ShownCoding>[], text: string, from = 0): ShownPiece[] {
  return piecesOf(laned, from, from + text.length).map((p) => ({
    key: `${p.start}`,
    text: text.slice(p.start - from, p.end - from),
    style: laneStyle(p.marks.map((m) => ({ lane: m.lane, color: m.coding.color }))),
    codes: p.marks.map((m) => m.coding.label).join('; '),
    keys: p.marks.map((m) => m.coding.key).join(' '),
  }));
}
