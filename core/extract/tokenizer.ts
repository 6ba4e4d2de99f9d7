// Splits a sentence of the body into word, number and punctuation tokens with offsets and quote flags.
import { isDigitCode, isLetterCode, isSpaceCode, isUpperCode, isWordCode } from './char-class';
import type { EntityMention } from './gazetteer';
import type { QuoteSpan } from './quote-scanner';
import SEG from './data/segmentation.json';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  kind: TokenKind;
  /** First letter is upper case. */
  cap: boolean;
  /** Every letter is upper case and there are at least two (US, FM, IIOJK). */
  upper: boolean;
  /** Inside a quotation (quote marks themselves excluded). */
  quoted: boolean;
  /** 1 for an opening quote mark, 2 for a closing one, 0 otherwise. */
  mark: 0 | 1 | 2;
  /** The gazetteer entity whose name starts at this token (set by Gazetteer.annotate). */
  ent: EntityMention | null;
  /** Part of a gazetteer name, or of a phrase the gazetteer blocks (Latin America). */
  inEnt: boolean;
  /** Bit set of lexicon classes of the word (see word-classes.ts), set by `classify`. */
  cls: number;
}

const DOTTED_ABBREVIATIONS = new Set(SEG.titleAbbreviations);

function makeToken(text: string, start: number, end: number, kind: TokenKind): Token {
  const t = text.slice(start, end);
  const first = t.charCodeAt(0);
  let lower = t;
  if (kind === 'word') {
    // most words are already lower case: skip the allocation of toLowerCase for them
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c > 0x7f || (c >= 0x41 && c <= 0x5a)) {
        lower = t.toLowerCase();
        break;
      }
    }
  }
  let upper = false;
  if (kind === 'word' && end - start >= 2) {
    upper = true;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (isLetterCode(c) && !isUpperCode(c)) {
        upper = false;
        break;
      }
    }
  }
  return {
    start,
    end,
    text: t,
    lower,
    kind,
    cap: kind === 'word' && isUpperCode(first),
    upper,
    quoted: false,
    mark: 0,
    ent: null,
    inEnt: false,
    cls: 0,
  };
}

/** Normalises a phrase into the lowercase token strings that `tokenize` would produce, for lexicon keys. */
export function phraseTokens(phrase: string): string[] {
  return tokenize(phrase, 0, phrase.length).map((t) => t.lower);
}

/**
 * Tokens of body[from, to). Words keep inner apostrophes (don't, O'Brien) but split a possessive 's;
 * dotted initialisms (U.S.) and known abbreviations with their period (Mr., J.) are one token.
 */
export function tokenize(text: string, from: number, to: number, quotes: QuoteSpan[] = []): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    if (isDigitCode(c)) {
      let j = i + 1;
      while (j < to) {
        const d = text.charCodeAt(j);
        if (isDigitCode(d)) j++;
        else if ((d === 0x2c || d === 0x2e) && j + 1 < to && isDigitCode(text.charCodeAt(j + 1))) j += 2;
        else break;
      }
      out.push(makeToken(text, i, j, 'number'));
      i = j;
      continue;
    }
    if (isLetterCode(c)) {
      let j = i + 1;
      while (j < to) {
        const d = text.charCodeAt(j);
        if (isWordCode(d)) {
          j++;
        } else if ((d === 0x27 || d === 0x2019) && j + 1 < to && isLetterCode(text.charCodeAt(j + 1))) {
          // possessive 's stays apart so "Pakistan's" still names Pakistan
          const s = text.charCodeAt(j + 1);
          const after = j + 2 < to ? text.charCodeAt(j + 2) : 0x20;
          if ((s === 0x73 || s === 0x53) && !isWordCode(after)) break;
          j += 2;
        } else {
          break;
        }
      }
      // dotted initialisms: U.S., U.N., p.m.
      if (j === i + 1 && j + 2 < to && text.charCodeAt(j) === 0x2e && isLetterCode(text.charCodeAt(j + 1))) {
        let k = j;
        while (k + 1 < to && text.charCodeAt(k) === 0x2e && isLetterCode(text.charCodeAt(k + 1))) {
          if (k + 2 < to && isWordCode(text.charCodeAt(k + 2))) break;
          k += 2;
        }
        if (k > j) {
          if (k < to && text.charCodeAt(k) === 0x2e) k++;
          out.push(makeToken(text, i, k, 'word'));
          i = k;
          continue;
        }
      }
      if (j < to && text.charCodeAt(j) === 0x2e) {
        const w = text.slice(i, j).toLowerCase();
        if ((j === i + 1 && isUpperCode(c)) || DOTTED_ABBREVIATIONS.has(w)) j++;
      }
      out.push(makeToken(text, i, j, 'word'));
      i = j;
      continue;
    }
    if (
      (c === 0x27 || c === 0x2019) &&
      i + 1 < to &&
      (text.charCodeAt(i + 1) === 0x73 || text.charCodeAt(i + 1) === 0x53)
    ) {
      const after = i + 2 < to ? text.charCodeAt(i + 2) : 0x20;
      if (!isWordCode(after) && i > from && isWordCode(text.charCodeAt(i - 1))) {
        const t = makeToken(text, i, i + 2, 'word');
        t.lower = "'s";
        out.push(t);
        i += 2;
        continue;
      }
    }
    out.push(makeToken(text, i, i + 1, 'punct'));
    i++;
  }
  if (quotes.length) markQuotes(out, quotes);
  return out;
}

/** Sets `quoted` and `mark` from the paragraph's outermost quote spans (both sorted by offset). */
function markQuotes(tokens: Token[], quotes: QuoteSpan[]): void {
  let q = 0;
  for (const t of tokens) {
    while (q < quotes.length && quotes[q]!.close < t.start) q++;
    const span = quotes[q];
    if (!span) break;
    if (t.start === span.open) t.mark = 1;
    else if (t.start === span.close && span.closed) t.mark = 2;
    else if (t.start > span.open && t.start < span.close) t.quoted = true;
  }
}
