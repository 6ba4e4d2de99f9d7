// Splits a sentence of the body into word, number and punctuation tokens with offsets and quote flags.
import { isDigitCode, isLetterCode, isSpaceCode, isUpperCode, isWordCode } from './char-class';
import { HASH_SEED, hashStep, type KnownWords } from './known-words';
import { Token, type TokenKind } from './token';
import { WordForms, type WordForm } from './word-forms';
import type { QuoteSpan } from './quote-scanner';
import SEG from './data/segmentation.json';

export { Token, type TokenKind } from './token';

const DOTTED_ABBREVIATIONS = new Set(SEG.titleAbbreviations);

/** All-caps flag of a non-ASCII word: Unicode letter classes decide what counts as upper case. */
function unicodeUpper(t: string): boolean {
  if (t.length < 2) return false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (isLetterCode(c) && !isUpperCode(c)) return false;
  }
  return true;
}

/** The form of a number or punctuation mark: its text is its lower-case form. */
function plainForm(text: string, start: number, end: number, kind: TokenKind): WordForm {
  const t = text.slice(start, end);
  return { kind, text: t, lower: t, cap: false, upper: false, cls: 0 };
}

/** A number token; with the lexicon's words, its form comes from their cache. */
function makeNumber(text: string, start: number, end: number, words: KnownWords | undefined): Token {
  const form = (words && cachedForm(text, start, end, words, 'number')) || plainForm(text, start, end, 'number');
  return new Token(start, end, form);
}

/** The form of each punctuation mark read so far (a mark has no classes, whatever the lexicons). */
const MARKS = new Map<number, WordForm>();

/** A punctuation token of one char. */
function makeMark(text: string, at: number): Token {
  const code = text.charCodeAt(at);
  let form = MARKS.get(code);
  if (!form) {
    form = plainForm(text, at, at + 1, 'punct');
    MARKS.set(code, form);
  }
  return new Token(at, at + 1, form);
}

/**
 * The form of the ASCII token text[start, end) of at most WordForms.MAX_LENGTH chars from the cache (added when new);
 * null otherwise. The cache is keyed by exact characters: a word, a number and a mark never share theirs.
 */
function cachedForm(text: string, start: number, end: number, words: KnownWords, kind: TokenKind): WordForm | null {
  if (end - start > WordForms.MAX_LENGTH) return null;
  let h = HASH_SEED;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) return null;
    h = hashStep(h, c);
  }
  let f = words.forms.find(text, start, end, h);
  if (!f) {
    f = kind === 'word' ? wordForm(text, start, end, words) : plainForm(text, start, end, kind);
    words.forms.add(h, f);
  }
  return f;
}

/** A word token; with the lexicon's words, a word read before comes from their cache of word forms. */
function makeWord(text: string, start: number, end: number, words: KnownWords | undefined): Token {
  const form = (words && cachedForm(text, start, end, words, 'word')) || wordForm(text, start, end, words);
  return new Token(start, end, form);
}

/** Whether text[start, end) followed by a period is a known abbreviation that keeps it (Mr., Gen.). */
function isDottedAbbreviation(text: string, start: number, end: number, words: KnownWords | undefined): boolean {
  const f = words ? cachedForm(text, start, end, words, 'word') : null;
  return DOTTED_ABBREVIATIONS.has(f ? f.lower : text.slice(start, end).toLowerCase());
}

/**
 * Text, lower-case form, case flags and classes of the word text[start, end). An ASCII word is read once for its case
 * and hash; a known word's lower-case string and classes come from the table (and so does the word itself when
 * already lower case).
 */
function wordForm(text: string, start: number, end: number, words: KnownWords | undefined): WordForm {
  let h = HASH_SEED;
  let hasUpper = false;
  let hasLower = false;
  let ascii = true;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c > 0x7f) {
      ascii = false;
      break;
    }
    if (c >= 0x41 && c <= 0x5a) {
      hasUpper = true;
      c += 0x20;
    } else if (c >= 0x61 && c <= 0x7a) hasLower = true;
    h = hashStep(h, c);
  }
  const cap = isUpperCode(text.charCodeAt(start));
  if (!ascii) {
    const t = text.slice(start, end);
    const lower = t.toLowerCase();
    return { kind: 'word', text: t, lower, cap, upper: unicodeUpper(t), cls: words ? words.get(lower) : 0 };
  }
  const upper = end - start >= 2 && !hasLower;
  const found = words ? words.find(text, start, end, h) : -1;
  if (found >= 0) {
    const lower = words!.key(found);
    return {
      kind: 'word',
      text: hasUpper ? text.slice(start, end) : lower,
      lower,
      cap,
      upper,
      cls: words!.bitsAt(found),
    };
  }
  const t = text.slice(start, end);
  return { kind: 'word', text: t, lower: hasUpper ? t.toLowerCase() : t, cap, upper, cls: 0 };
}

/** Normalises a phrase into the lowercase token strings that `tokenize` would produce, for lexicon keys. */
export function phraseTokens(phrase: string): string[] {
  return tokenize(phrase, 0, phrase.length).map((t) => t.lower);
}

/** A possessive marker ("'s", or the apostrophe of "Nations'") read as the word "'s". */
function asPossessive(t: Token, words: KnownWords | undefined): Token {
  t.form = { ...t.form, kind: 'word', lower: "'s", cls: words ? words.get("'s") : 0 };
  return t;
}

/** Whether the apostrophe at `i` follows a plural in s and precedes a word: "the Nations' envoy", not "'chaos'". */
function isPluralPossessive(text: string, i: number, to: number, quotes: QuoteSpan[]): boolean {
  const before = text.charCodeAt(i - 1);
  if (before !== 0x73 && before !== 0x53) return false;
  if (i + 2 >= to || text.charCodeAt(i + 1) !== 0x20 || !isLetterCode(text.charCodeAt(i + 2))) return false;
  return !quotes.some((q) => q.open === i || q.close === i);
}

/**
 * Tokens of body[from, to). Words keep inner apostrophes (don't, O'Brien) but split a possessive 's;
 * dotted initialisms (U.S.) and known abbreviations with their period (Mr., J.) are one token.
 */
export function tokenize(
  text: string,
  from: number,
  to: number,
  quotes: QuoteSpan[] = [],
  words?: KnownWords,
): Token[] {
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
      out.push(makeNumber(text, i, j, words));
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
          out.push(makeWord(text, i, k, words));
          i = k;
          continue;
        }
      }
      if (j < to && text.charCodeAt(j) === 0x2e) {
        if ((j === i + 1 && isUpperCode(c)) || isDottedAbbreviation(text, i, j, words)) j++;
      }
      out.push(makeWord(text, i, j, words));
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
        out.push(asPossessive(makeWord(text, i, i + 2, words), words));
        i += 2;
        continue;
      }
    }
    // a plural possessive ("the United Nations' envoy") stands as 's does, unless the apostrophe closes a quotation
    if ((c === 0x27 || c === 0x2019) && i > from && isPluralPossessive(text, i, to, quotes)) {
      out.push(asPossessive(new Token(i, i + 1, plainForm(text, i, i + 1, 'word')), words));
      i++;
      continue;
    }
    out.push(makeMark(text, i));
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
