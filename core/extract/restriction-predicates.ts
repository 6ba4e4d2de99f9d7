// What a statement does to a restriction on a target ("lift the ban on X" favours X) and negated requests ("urged X not to buy Y").
import DATA from './data/restriction-predicates.json';
import { cuesOutside } from './cue-spans';
import type { CueHit } from './cue-types';
import type { Token } from './tokenizer';
import { W_RESTRICTION_TRIGGER } from './word-class-bits';

const RESTRICTIONS = new Set(DATA.restrictions);
const LIFTING = new Set(DATA.lifting);
const IMPOSING = new Set(DATA.imposing);
const UNDOING = new Set(DATA.undoing);
const BETWEEN = new Set(DATA.between);
const REACH = 4;
/** Verbs that ask something of someone ("urged", "called", "asked"): the negated requests here, demands elsewhere. */
export const REQUESTS = new Set(DATA.requestVerbs);
/** Words without which `restrictionCues` returns the cues as they are (a gate for the per-token word classes). */
export const RESTRICTION_TRIGGERS = [
  ...DATA.lifting,
  ...DATA.imposing,
  ...DATA.requestVerbs,
  ...DATA.listingVerbs,
  ...DATA.delistingVerbs,
];

const FAVOURS = new Set(DATA.favourVerbs);
const LISTING = new Set(DATA.listingVerbs);
const DELISTING = new Set(DATA.delistingVerbs);
const LISTS = new Set(DATA.lists);
/** Words from the preposition to the list noun: "from its list", "to the UN Security Council's sanctions list". */
const LIST_REACH = 6;
/** Words that end a list's qualifier: what follows them is the rest of the sentence ("... in April", "and restored"). */
const QUALIFIER_STOPS = new Set(['and', 'but', 'in', 'on', 'after', 'since', 'to', 'for', 'at', 'while']);
const QUALIFIER_WORD = /^[a-z-]+$/;

/**
 * Where a listing opened by a verb at tokens[i] ends (after its list noun), with the named party's index, or null: the
 * party right after the verb ("added X", "removed the X"), then "to"/"on" (or "from"/"off") and a list within reach.
 */
function listing(tokens: Token[], i: number): { party: number; end: number } | null {
  const verb = tokens[i]!.lower;
  const delisting = DELISTING.has(verb);
  if (!delisting && !LISTING.has(verb)) return null;
  const party = tokens[i + 1]?.lower === 'the' ? i + 2 : i + 1;
  const m = tokens[party]?.ent;
  if (!m) return null;
  const at = tokens[m.end]?.lower === 'back' ? m.end + 1 : m.end; // "put X back on the list"
  const prep = tokens[at]?.lower ?? '';
  if (delisting ? prep !== 'from' && prep !== 'off' : prep !== 'to' && prep !== 'on' && prep !== 'onto') return null;
  for (let k = at + 1; k < Math.min(tokens.length, at + 1 + LIST_REACH); k++) {
    if (LISTS.has(tokens[k]!.lower)) return { party, end: qualifierEnd(tokens, k + 1) };
    if (tokens[k]!.kind === 'punct' && tokens[k]!.lower !== "'s") return null;
  }
  return null;
}

/** The end of a list's "of" qualifier starting at `k` ("of state sponsors of terrorism"), or `k` when there is none. */
function qualifierEnd(tokens: Token[], k: number): number {
  if (tokens[k]?.lower !== 'of') return k;
  let end = k + 1;
  while (end < tokens.length && end - k <= LIST_REACH) {
    const t = tokens[end]!;
    if (t.kind === 'punct' || t.ent || t.inEnt || !QUALIFIER_WORD.test(t.lower) || QUALIFIER_STOPS.has(t.lower)) break;
    end++;
  }
  return end;
}

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
    const listed = listing(tokens, i);
    if (listed) {
      // "removed the Taliban from its list of banned organisations": the list's own words ("banned") say nothing of it
      out = [...cuesOutside(out, i, listed.end)];
      const delisting = DELISTING.has(tokens[i]!.lower);
      out.push({
        cat: delisting ? 'support' : 'pressure',
        dir: 'r',
        window: listed.party - i,
        w: 1.2,
        start: i,
        end: i + 1,
        negated: negatedAt(i),
        predicate: true,
      });
      i = listed.end - 1;
      continue;
    }
    const verb = tokens[i]!.lower;
    const lifting = LIFTING.has(verb);
    if (!lifting && !IMPOSING.has(verb)) continue;
    let k = i + 1;
    // (the one who imposed it may stand between: "rejected fresh US sanctions", "opposed Washington's tariffs")
    // (a name and its possessive count as one word of the reach)
    for (let words = 1; k < tokens.length && words <= REACH; words++) {
      const t = tokens[k]!;
      if (t.ent?.entity.kind === 'concept') break;
      if (ownerName(t)) k = tokens[t.ent!.end]?.lower === "'s" ? t.ent!.end + 1 : t.ent!.end;
      else if (BETWEEN.has(t.lower)) k++;
      else break;
    }
    if (k >= tokens.length) continue;
    // (a measure the analyst follows as a concept is one too when undone: "reverse the decision", "repeal the rule")
    const concept = UNDOING.has(verb) && tokens[k]!.ent?.entity.kind === 'concept' ? tokens[k]!.ent!.end : -1;
    if (concept < 0 && !RESTRICTIONS.has(tokens[k]!.lower)) continue;
    const end = concept < 0 ? k + 1 : concept;
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
    i = end - 1;
  }
  return out === hits ? hits : out.sort((a, b) => a.start - b.start);
}
