// What a statement does to a restriction on a target ("lift the ban on X" favours X) and negated requests ("urged X not to buy Y").
import DATA from './data/restriction-predicates.json';
import { cuesOutside } from './cue-spans';
import type { CueHit } from './cue-types';
import type { Token } from './tokenizer';
import { W_RESTRICTION_TRIGGER } from './word-class-bits';

const RESTRICTIONS = new Set(DATA.restrictions);
const LIFTING = new Set(DATA.lifting);
const IMPOSING = new Set(DATA.imposing);
const BETWEEN = new Set(DATA.between);
const REACH = 4;
/** Verbs that ask something of someone ("urged", "called", "asked"): the negated requests here, demands elsewhere. */
export const REQUESTS = new Set(DATA.requestVerbs);
/** Words without which `restrictionCues` returns the cues as they are (a gate for the per-token word classes). */
export const RESTRICTION_TRIGGERS = [...DATA.lifting, ...DATA.imposing, ...DATA.requestVerbs];

const FAVOURS = new Set(DATA.favourVerbs);

/** A state or body named inside a restriction's phrase ("fresh US sanctions"): whose restriction it is. */
function ownerName(t: Token): boolean {
  return !!t.ent && t.ent.entity.kind !== 'concept';
}

/** Whether tokens[i] opens a negated infinitive, "not to". */
function opensNotTo(tokens: Token[], i: number): boolean {
  return tokens[i]!.lower === 'not' && tokens[i + 1]?.lower === 'to';
}

/** The request verb of a negated request opened at tokens[i] ("urged Chile not to"), or -1 ("was not to blame"). */
export function negatedRequestVerb(tokens: Token[], i: number): number {
  if (!opensNotTo(tokens, i)) return -1;
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) if (REQUESTS.has(tokens[k]!.lower)) return k;
  return -1;
}

/**
 * "urged India not to buy Russian oil": a request not to do something with a target is against that target. Where
 * what is not to be done would favour its object ("urged Brussels not to reward Belgrade"), the request verb's own
 * pressure on the one asked is dropped, and the verb's own cue (which the "not" would turn on the one asked): `spared`
 * gets both indices.
 */
function negatedRequests(tokens: Token[], spared: Set<number>): CueHit[] {
  const out: CueHit[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    const asked = negatedRequestVerb(tokens, i);
    if (asked < 0) continue;
    if (FAVOURS.has(tokens[i + 2]?.lower ?? '')) spared.add(asked).add(i + 2);
    out.push({ cat: 'critic', dir: 'r', window: 6, w: 1.0, start: i, end: i + 2, negated: false, predicate: true });
  }
  return out;
}

/**
 * Replaces the cues of a restriction by one cue for the predicate that governs it: support for lifting, pressure for
 * imposing. `hits` are the statement's cues (from findCues), `negated` tells whether a word is negated.
 */
export function restrictionCues(tokens: Token[], hits: CueHit[], negatedAt: (i: number) => boolean): CueHit[] {
  const spared = new Set<number>();
  const requests = negatedRequests(tokens, spared);
  let out = requests.length ? [...hits.filter((h) => !spared.has(h.start)), ...requests] : hits;
  for (let i = 0; i < tokens.length; i++) {
    if (!(tokens[i]!.cls & W_RESTRICTION_TRIGGER)) continue; // (RESTRICTION_TRIGGERS holds the verbs)
    const verb = tokens[i]!.lower;
    const lifting = LIFTING.has(verb);
    if (!lifting && !IMPOSING.has(verb)) continue;
    let k = i + 1;
    // (the one who imposed it may stand between: "rejected fresh US sanctions", "opposed Washington's tariffs")
    // (a name and its possessive count as one word of the reach)
    for (let words = 1; k < tokens.length && words <= REACH; words++) {
      const t = tokens[k]!;
      if (ownerName(t)) k = tokens[t.ent!.end]?.lower === "'s" ? t.ent!.end + 1 : t.ent!.end;
      else if (BETWEEN.has(t.lower)) k++;
      else break;
    }
    if (k >= tokens.length || !RESTRICTIONS.has(tokens[k]!.lower)) continue;
    const end = k + 1;
    out = cuesOutside(out, i, end);
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
