// Splits an article body into paragraphs and sentences with exact [start, end) offsets, skipping navigation lines.
import { isCloserCode, isDigitCode, isLetterCode, isSpaceCode, isUpperCode, isWordCode } from './char-class';
import { NAVIGATION_FIRST_WORDS, isNavigationText } from '../shared/navigation-lines';
import SEG from './data/segmentation.json';

export interface Span {
  start: number;
  end: number;
}

export interface ParagraphSpan extends Span {
  sentences: Span[];
}

const TITLE_ABBREVIATIONS = new Set(SEG.titleAbbreviations);
const NEVER_FINAL = new Set(SEG.neverFinal);
const BEFORE_NUMBER = new Set(SEG.beforeNumber);
const SENTENCE_STARTERS = new Set(SEG.sentenceStarters);
const BOILERPLATE_PREFIXES = SEG.boilerplatePrefixes;
/** First two characters of the boilerplate prefixes: most paragraphs are ruled out by one lookup. */
const PREFIX_HEADS = new Set(BOILERPLATE_PREFIXES.map((p) => p.slice(0, 2)));

const PERIOD = 0x2e;
const ELLIPSIS = 0x2026;

const TERMINATOR = /[.!?\u2026]/g;

function isTerminator(c: number): boolean {
  return c === PERIOD || c === 0x21 || c === 0x3f || c === ELLIPSIS;
}

function isOpenerCode(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201c || c === 0x2018 || c === 0x28 || c === 0x5b || c === 0xab;
}

/** The word (letters and inner dots) that ends right before `i`, lowercased, e.g. "mr", "u.s". */
function wordBefore(text: string, i: number, floor: number): string {
  let j = i - 1;
  while (j >= floor && (isLetterCode(text.charCodeAt(j)) || text.charCodeAt(j) === PERIOD)) j--;
  return text.slice(j + 1, i);
}

/** The lowercased word starting at `k` (letters only), used to test for common sentence starters. */
function wordAt(text: string, k: number, to: number): string {
  let j = k;
  while (j < to && !isLetterCode(text.charCodeAt(j)) && j < k + 2) j++;
  const from = j;
  while (j < to && isLetterCode(text.charCodeAt(j))) j++;
  return text.slice(from, j).toLowerCase();
}

function isInitialism(word: string): boolean {
  // "U.S", "U.N", "p.m": single letters joined by dots
  if (word.length < 3) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (i % 2 === 1 ? c !== PERIOD : !isLetterCode(c)) return false;
  }
  return true;
}

/** Whether a single period at `i` (followed by a likely sentence start at `k`) really ends the sentence. */
function periodEndsSentence(text: string, i: number, k: number, from: number, to: number): boolean {
  const word = wordBefore(text, i, from);
  if (!word) return true;
  const lower = word.toLowerCase();
  const next = text.charCodeAt(k);
  if (NEVER_FINAL.has(lower)) return false;
  if (BEFORE_NUMBER.has(lower) && isDigitCode(next)) return false;
  if (word.length === 1 && isUpperCode(word.charCodeAt(0))) return !isUpperCode(next); // initial: "Antony J. Blinken"
  if (TITLE_ABBREVIATIONS.has(lower) || isInitialism(word)) return SENTENCE_STARTERS.has(wordAt(text, k, to));
  return true;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  for (let i = start; i < end; i++) {
    if (isWordCode(text.charCodeAt(i))) {
      out.push({ start, end });
      return;
    }
  }
}

/** Splits one paragraph range into sentence spans. Linear in the paragraph length. */
export function splitSentences(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let start = from;
  let i = from;
  // the regular expression engine finds the next terminator faster than a loop over char codes; searching a slice
  // of the paragraph (no copy) keeps each search inside it
  const para = text.slice(from, to);
  while (i < to) {
    TERMINATOR.lastIndex = i - from;
    if (!TERMINATOR.test(para)) break;
    i = from + TERMINATOR.lastIndex - 1;
    const c = text.charCodeAt(i);
    let j = i + 1;
    while (j < to && isTerminator(text.charCodeAt(j))) j++;
    const run = j - i;
    while (j < to && isCloserCode(text.charCodeAt(j))) j++;
    if (j >= to) break;
    if (!isSpaceCode(text.charCodeAt(j))) {
      i = j;
      continue;
    }
    let k = j;
    while (k < to && isSpaceCode(text.charCodeAt(k))) k++;
    if (k >= to) break;
    const n = text.charCodeAt(k);
    let boundary = isUpperCode(n) || isDigitCode(n) || isOpenerCode(n);
    if (boundary && c === PERIOD && run === 1) boundary = periodEndsSentence(text, i, k, from, to);
    if (boundary) {
      pushTrimmed(text, start, j, out);
      start = k;
    }
    i = k;
  }
  pushTrimmed(text, start, to, out);
  return out;
}

function endsWithTerminal(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && (isSpaceCode(text.charCodeAt(e - 1)) || isCloserCode(text.charCodeAt(e - 1)))) e--;
  return e > start && (isTerminator(text.charCodeAt(e - 1)) || text.charCodeAt(e - 1) === 0x3a);
}

function wordCount(text: string, start: number, end: number): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const w = isWordCode(text.charCodeAt(i));
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

function isAsciiWordCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

/** Cheap test before the full one: the line starts with a navigation word, or with a mark the full test keeps. */
function mayBeNavigation(text: string, start: number, end: number): boolean {
  let j = start;
  while (j < end && isAsciiWordCode(text.charCodeAt(j))) j++;
  const next = j < end ? text.charCodeAt(j) : 0x20;
  // non-ASCII, and ':', '©', '(' (which the full test keeps inside words): left to the full test
  if (j === start || next > 0x7f || next === 0x3a || next === 0x28) return true;
  return NAVIGATION_FIRST_WORDS.has(text.slice(start, j).toLowerCase());
}

/** Navigation, sharing and credit lines, and short unpunctuated headings: not statements. */
export function isNonStatementLine(text: string, start: number, end: number): boolean {
  if (PREFIX_HEADS.has(text.slice(start, start + 2).toLowerCase())) {
    const head = text.slice(start, Math.min(end, start + 40)).toLowerCase();
    for (const prefix of BOILERPLATE_PREFIXES) if (head.startsWith(prefix)) return true;
  }
  if (end - start < 100 && mayBeNavigation(text, start, end)) {
    const bare = text
      .slice(start, end)
      .toLowerCase()
      .replace(/[^\p{L}\p{N}:©( ]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (!bare || isNavigationText(bare)) return true;
  }
  return !endsWithTerminal(text, start, end) && wordCount(text, start, end) <= 14;
}

/** Paragraphs: blocks separated by blank lines; inside a block, a line ending a sentence also ends a paragraph. */
export function segmentParagraphs(body: string): ParagraphSpan[] {
  const out: ParagraphSpan[] = [];
  const len = body.length;
  let paraStart = -1;
  let paraEnd = -1;
  const flush = (): void => {
    if (paraStart >= 0 && !isNonStatementLine(body, paraStart, paraEnd)) {
      const sentences = splitSentences(body, paraStart, paraEnd);
      if (sentences.length)
        out.push({ start: sentences[0]!.start, end: sentences[sentences.length - 1]!.end, sentences });
    }
    paraStart = -1;
  };
  let pos = 0;
  while (pos <= len) {
    let nl = body.indexOf('\n', pos);
    if (nl < 0) nl = len;
    let s = pos;
    let e = nl;
    while (s < e && isSpaceCode(body.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(body.charCodeAt(e - 1))) e--;
    if (s === e) {
      flush();
    } else if (paraStart >= 0 && !isNonStatementLine(body, s, e) && !endsWithTerminal(body, paraStart, paraEnd)) {
      paraEnd = e; // a wrapped line continues the paragraph
    } else {
      flush();
      paraStart = s;
      paraEnd = e;
    }
    pos = nl + 1;
  }
  flush();
  return out;
}

export function segmentSentences(body: string): Span[] {
  return segmentParagraphs(body).flatMap((p) => p.sentences);
}
