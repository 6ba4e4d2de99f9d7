// What a statement does to a restriction on a target: "lift the ban on X" favours X, "impose sanctions on X" acts against X.
import DATA from './data/restriction-predicates.json';
import type { CueHit } from './stance-cues';
import type { Token } from './tokenizer';

const RESTRICTIONS = new Set(DATA.restrictions);
const LIFTING = new Set(DATA.lifting);
const IMPOSING = new Set(DATA.imposing);
const BETWEEN = new Set(DATA.between);
const REACH = 4;

/**
 * Replaces the cues of a restriction by one cue for the predicate that governs it: support for lifting, pressure for
 * imposing. `hits` are the statement's cues (from findCues), `negated` tells whether a word is negated.
 */
export function restrictionCues(tokens: Token[], hits: CueHit[], negatedAt: (i: number) => boolean): CueHit[] {
  let out = hits;
  for (let i = 0; i < tokens.length; i++) {
    const verb = tokens[i]!.lower;
    const lifting = LIFTING.has(verb);
    if (!lifting && !IMPOSING.has(verb)) continue;
    let k = i + 1;
    while (k < tokens.length && k - i <= REACH && BETWEEN.has(tokens[k]!.lower)) k++;
    if (k >= tokens.length || !RESTRICTIONS.has(tokens[k]!.lower)) continue;
    const end = k + 1;
    out = out.filter((h) => h.end <= i || h.start >= end);
    out.push({
      cat: lifting ? 'support' : 'pressure',
      dir: 'r',
      window: 5,
      w: 1.2,
      start: i,
      end,
      negated: negatedAt(i),
    });
    i = k;
  }
  return out === hits ? hits : out.sort((a, b) => a.start - b.start);
}
