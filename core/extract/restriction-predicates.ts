// What a statement does to a restriction on a target ("lift the ban on X" favours X) and negated requests ("urged X not to buy Y").
import DATA from './data/restriction-predicates.json';
import type { CueHit } from './cue-types';
import type { Token } from './tokenizer';

const RESTRICTIONS = new Set(DATA.restrictions);
const LIFTING = new Set(DATA.lifting);
const IMPOSING = new Set(DATA.imposing);
const BETWEEN = new Set(DATA.between);
const REACH = 4;
/** Verbs that ask something of someone ("urged", "called", "asked"): the negated requests here, demands elsewhere. */
export const REQUESTS = new Set(DATA.requestVerbs);
/** Words without which `restrictionCues` returns the cues as they are (a gate for the per-token word classes). */
export const RESTRICTION_TRIGGERS = [...DATA.lifting, ...DATA.imposing, ...DATA.requestVerbs];

/** "urged India not to buy Russian oil": a request not to do something with a target is against that target. */
function negatedRequests(tokens: Token[]): CueHit[] {
  const out: CueHit[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i]!.lower !== 'not' || tokens[i + 1]!.lower !== 'to') continue;
    let asked = false;
    for (let k = i - 1; k >= Math.max(0, i - 5) && !asked; k--) asked = REQUESTS.has(tokens[k]!.lower);
    if (asked)
      out.push({ cat: 'critic', dir: 'r', window: 6, w: 1.0, start: i, end: i + 2, negated: false, predicate: true });
  }
  return out;
}

/**
 * Replaces the cues of a restriction by one cue for the predicate that governs it: support for lifting, pressure for
 * imposing. `hits` are the statement's cues (from findCues), `negated` tells whether a word is negated.
 */
export function restrictionCues(tokens: Token[], hits: CueHit[], negatedAt: (i: number) => boolean): CueHit[] {
  const requests = negatedRequests(tokens);
  let out = requests.length ? [...hits, ...requests] : hits;
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
      predicate: true,
      restriction: lifting ? 'lift' : 'impose',
    });
    i = k;
  }
  return out === hits ? hits : out.sort((a, b) => a.start - b.start);
}
