// Finds quotations in a paragraph: curly, straight and single marks, told apart from apostrophes (Pakistan's, don’t).
import {
  DOUBLE_CLOSE,
  DOUBLE_OPEN,
  SINGLE_CLOSE,
  SINGLE_OPEN,
  STRAIGHT_DOUBLE,
  STRAIGHT_SINGLE,
  isSpaceCode,
  isWordCode,
} from './char-class';

/** A quotation from its opening mark at `open` to its closing mark at `close` (or the paragraph end when unclosed). */
export interface QuoteSpan {
  open: number;
  close: number;
  closed: boolean;
}

function isOpeningContext(c: number): boolean {
  // what may stand before an opening mark: space, bracket, dash, colon, another quote mark
  return (
    isSpaceCode(c) ||
    c === 0x28 ||
    c === 0x5b ||
    c === 0x2d ||
    c === 0x2014 ||
    c === 0x2013 ||
    c === 0x3a ||
    c === 0x22 ||
    c === 0x201c ||
    c === 0x2018
  );
}

/** The marks `scanQuotes` looks at: straight and curly quotes (U+2018 to U+201E) and guillemets. */
const CANDIDATE = /["'\u2018-\u201e\xab\xbb]/g;

/**
 * Quote spans of the paragraph [from, to), outermost and nested (single marks inside double), sorted by `open`.
 * One left-to-right pass; an unclosed double quote runs to the paragraph end, as news paragraphs that continue a quote do.
 */
export function scanQuotes(text: string, from: number, to: number): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let dOpen = -1;
  let sOpen = -1;
  let sCurly = false;
  // jump from candidate to candidate with a regular expression over a slice of the paragraph (no copy)
  const para = text.slice(from, to);
  CANDIDATE.lastIndex = 0;
  while (CANDIDATE.test(para)) {
    const i = from + CANDIDATE.lastIndex - 1;
    const c = text.charCodeAt(i);
    const prev = i > from ? text.charCodeAt(i - 1) : 0x20;
    const next = i + 1 < to ? text.charCodeAt(i + 1) : 0x20;
    if (DOUBLE_OPEN.has(c)) {
      if (dOpen >= 0) spans.push({ open: dOpen, close: i, closed: false });
      dOpen = i;
      sOpen = -1;
    } else if (DOUBLE_CLOSE.has(c)) {
      if (dOpen >= 0) {
        spans.push({ open: dOpen, close: i, closed: true });
        dOpen = -1;
        sOpen = -1;
      }
    } else if (c === STRAIGHT_DOUBLE) {
      if (dOpen < 0) {
        if (!isSpaceCode(next)) dOpen = i;
      } else if (isOpeningContext(prev) && !isSpaceCode(next) && isWordCode(next)) {
        spans.push({ open: dOpen, close: i, closed: false });
        dOpen = i;
        sOpen = -1;
      } else {
        spans.push({ open: dOpen, close: i, closed: true });
        dOpen = -1;
        sOpen = -1;
      }
    } else if (c === SINGLE_OPEN) {
      if (sOpen < 0 && !isSpaceCode(next)) {
        sOpen = i;
        sCurly = true;
      }
    } else if (c === SINGLE_CLOSE || c === STRAIGHT_SINGLE) {
      const between = isWordCode(prev) && isWordCode(next); // Pakistan's, don't
      if (sOpen >= 0) {
        if (!between && !isSpaceCode(prev)) {
          spans.push({ open: sOpen, close: i, closed: true });
          sOpen = -1;
        }
      } else if (c === STRAIGHT_SINGLE && isOpeningContext(prev) && isWordCode(next)) {
        sOpen = i;
        sCurly = false;
      }
    }
  }
  if (dOpen >= 0) spans.push({ open: dOpen, close: to, closed: false });
  // an unclosed single quote is kept only where it opens the paragraph (British-style quote running on)
  if (sOpen >= 0 && sCurly && sOpen === from) spans.push({ open: sOpen, close: to, closed: false });
  spans.sort((a, b) => a.open - b.open);
  return spans;
}

/** Outermost spans only (nested single quotes inside double ones dropped), for inside/outside tests. */
export function outermost(spans: QuoteSpan[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.open < last.close) {
      if (s.close > last.close) last.close = s.close;
      continue;
    }
    out.push({ ...s });
  }
  return out;
}
