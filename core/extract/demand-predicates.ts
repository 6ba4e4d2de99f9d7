// Demands: on a subject ("X must release the prisoners") or in a request ("asked X to release"), pressure against X unless
// what is asked is cooperative ("urged X and Y to resume talks").
import DATA from './data/demand-predicates.json';
import { cuesOutside } from './cue-spans';
import type { CueHit } from './cue-types';
import { REQUESTS } from './restriction-predicates';
import type { Token } from './tokenizer';
import { W_DEMAND_TRIGGER } from './word-class-bits';

const MODALS = new Set(DATA.modals);
const MODALS_WITH_TO = new Set(DATA.modalsWithTo);
const ADVERBS = new Set(DATA.adverbs);
const COOPERATIVE = new Set(DATA.cooperativeVerbs);
const COOPERATIVE_BEFORE_TO = new Set(DATA.cooperativeBeforeTo);
const SUBJECT_HEADS = new Set(DATA.subjectHeads);
const CONDITIONS = new Set(DATA.conditions);
const CONDITIONS_AFTER_NEGATION = new Set(DATA.conditionsAfterNegation);
const REFUSALS = new Set(DATA.refusals);
const WISHES = new Set(DATA.wishVerbs);
const WISH_AUXILIARIES = new Set(DATA.wishAuxiliaries);
const PROTECTIVE = new Set(DATA.protectiveVerbs);
const PROHIBITION_MODALS = new Set(DATA.prohibitionModals);
const PROHIBITION_NEGATORS = new Set(DATA.prohibitionNegators);
/** Words from "be" to "by" in a prohibited passive: "be allowed to be used by", "be used by". */
const PASSIVE_REACH = 5;
/** Words without which `demandCues` returns the cues as they are (a gate for the per-token word classes). */
export const DEMAND_TRIGGERS = [
  ...DATA.modals,
  ...DATA.modalsWithTo,
  ...REQUESTS,
  ...DATA.wishVerbs,
  ...DATA.conditions,
  ...DATA.conditionsAfterNegation,
  ...DATA.prohibitionNegators,
  'not',
  'never',
];
/** How far back a refusal may stand from its condition: "would not reopen the crossing until". */
const REFUSAL_REACH = 8;
/** How far a request's "to" may come after its verb: "urged the interim Afghan government to". */
const OBJECT_REACH = 8;
const COMPLEMENT_CUES = new Set(['peace', 'coop', 'support']);
/** Reach from the demand back to its subject: "Pakistan's government must" is three tokens away. */
const SUBJECT_REACH = 3;

/** Index of the verb a modal at `i` governs, or -1: "must (first) release", "has to stop", not "must not". */
function governedVerb(tokens: Token[], i: number): number {
  const w = tokens[i]!.lower;
  let k = i + 1;
  if (!MODALS.has(w) || w === 'ought') {
    if (!MODALS_WITH_TO.has(w) || tokens[k]?.lower !== 'to') return -1;
    k++;
  }
  return demandedVerb(tokens, k, i);
}

/** The verb at `k` (after adverbs) when it demands something, -1 when it asks for cooperation or is not a verb. */
function demandedVerb(tokens: Token[], k: number, i: number): number {
  while (k < tokens.length && k - i <= 4 && ADVERBS.has(tokens[k]!.lower)) k++;
  const verb = tokens[k];
  if (!verb || verb.kind !== 'word' || verb.cap || verb.inEnt || verb.ent) return -1;
  const cooperative =
    COOPERATIVE.has(verb.lower) || (COOPERATIVE_BEFORE_TO.has(verb.lower) && tokens[k + 1]?.lower === 'to');
  return cooperative ? -1 : k;
}

/** Whether the modal at `i` has a named subject right before it ("the United States must", "Serbia's leaders had to"). */
function namedSubject(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - SUBJECT_REACH); k--) {
    const t = tokens[k]!;
    if (t.inEnt || t.ent) return true;
    if (!SUBJECT_HEADS.has(t.lower)) return false;
  }
  return false;
}

/**
 * A request with a named object and a "to" clause ("asked the Chinese government to tighten controls"): the index of
 * the "to", and whether what is asked demands something (true) or asks for cooperation (false); null when it is not one.
 */
function requestClause(tokens: Token[], i: number): { to: number; demand: boolean; verb: number } | null {
  // (naming, not asking: "what he called US attempts to dictate", "what it called efforts to")
  if (tokens[i]!.lower === 'called' && (tokens[i - 1]?.lower === 'what' || tokens[i - 2]?.lower === 'what'))
    return null;
  let named = false;
  // (a wish: "hoped X would reverse", "expect X to act")
  const wish = WISHES.has(tokens[i]!.lower);
  for (let k = i + 1; k < tokens.length && k - i <= OBJECT_REACH; k++) {
    const t = tokens[k]!;
    if ((t.lower === 'to' || (wish && WISH_AUXILIARIES.has(t.lower))) && !t.inEnt) {
      // "urged X not to", "urged X to not": a negated request, read in restriction-predicates
      if (!named || tokens[k - 1]?.lower === 'not' || tokens[k + 1]?.lower === 'not') return null;
      const v = tokens[k + 1];
      if (!v || v.kind !== 'word' || v.cap) return null;
      const verb = demandedVerb(tokens, k + 1, k);
      return { to: k, demand: verb >= 0, verb };
    }
    if (t.kind === 'punct' && t.lower !== '-') return null;
    if (t.inEnt || t.ent) named = true;
  }
  return null;
}

/**
 * A condition put on a named party, "unless Iran stops", "would not reopen until Kabul gives guarantees": the end of
 * the party's words ("unless Peru and Bolivia"), or -1. "Until" is a condition only after a refusal in its own clause.
 */
function conditionedParty(tokens: Token[], i: number): number {
  const w = tokens[i]!.lower;
  if (!CONDITIONS.has(w)) {
    if (!CONDITIONS_AFTER_NEGATION.has(w)) return -1;
    let refused = false;
    for (let k = i - 1; k >= Math.max(0, i - REFUSAL_REACH) && !refused; k--) {
      if (tokens[k]!.kind === 'punct') break;
      refused = REFUSALS.has(tokens[k]!.lower);
    }
    if (!refused) return -1;
  }
  let k = i + 1;
  if (tokens[k]?.lower === 'the') k++;
  const t = tokens[k];
  if (!t || !(t.inEnt || t.ent)) return -1;
  // what the party is to do: a cooperative act ("unless the two sides resume talks") puts no blame on it
  let v = k + 1;
  const inSubject = (x: Token) => x.inEnt || !!x.ent || x.lower === 'and' || SUBJECT_HEADS.has(x.lower);
  while (v < tokens.length && v - k <= 6 && inSubject(tokens[v]!)) v++;
  return COOPERATIVE.has(tokens[v]?.lower ?? '') ? -1 : v;
}

/** End of the clause a request's "to" opens: up to six words, stopped by punctuation or "and", "but". */
function complementEnd(tokens: Token[], to: number): number {
  let k = to + 1;
  while (k < tokens.length && k - to <= 6 && tokens[k]!.kind !== 'punct' && !/^(and|but|while)$/.test(tokens[k]!.lower))
    k++;
  return k;
}

/** The cues left when the cooperative complement (to, end) of a request asks for peace, cooperation or support. */
function withoutComplementCues(hits: CueHit[], to: number, end: number): CueHit[] {
  return hits.filter((h) => !(COMPLEMENT_CUES.has(h.cat) && h.start > to && h.start < end));
}

/** Words from a demanded "take" to the "to" of its purpose: "take (all) effective measures to", "take steps to". */
const MEASURE_REACH = 4;

/**
 * What a demand of the verb at `verb` voices: worry when it asks to protect ("to protect the safety of", "take
 * effective measures to ensure the safety of"), else pressure.
 */
function demandCategory(tokens: Token[], verb: number): 'worry' | 'pressure' {
  if (PROTECTIVE.has(tokens[verb]?.lower ?? '')) return 'worry';
  if (tokens[verb]?.lower !== 'take') return 'pressure';
  for (let k = verb + 1; k < tokens.length && k - verb <= MEASURE_REACH; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.ent || t.inEnt) break;
    if (t.lower === 'to') return PROTECTIVE.has(tokens[k + 1]?.lower ?? '') ? 'worry' : 'pressure';
  }
  return 'pressure';
}

/** Whether tokens[j] ("be") follows a negated modal: "should not be", "must never be", "cannot be". */
function prohibitedBe(tokens: Token[], j: number): boolean {
  if (tokens[j]?.lower !== 'be') return false;
  const before = tokens[j - 1]?.lower ?? '';
  if (PROHIBITION_NEGATORS.has(before)) return true;
  return (before === 'not' || before === 'never') && PROHIBITION_MODALS.has(tokens[j - 2]?.lower ?? '');
}

/**
 * The "by" of a prohibited passive whose doer is named right after it ("should not be used by Chinese warships"), for
 * a negation at tokens[i], or -1.
 */
function prohibitedDoer(tokens: Token[], i: number): number {
  const be = i + 1;
  if (!prohibitedBe(tokens, be)) return -1;
  for (let k = be + 1; k < Math.min(tokens.length, be + 1 + PASSIVE_REACH); k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.cap || t.ent || t.inEnt) return -1;
    if (t.lower !== 'by') continue;
    const doer = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
    return tokens[doer]?.ent ? k : -1;
  }
  return -1;
}

/**
 * Adds a left-pointing pressure cue for each demand on a named subject, replacing the fixed cues it overlaps
 * ("must stop"). `hits` are the statement's cues so far.
 */
export function demandCues(tokens: Token[], hits: CueHit[]): CueHit[] {
  let out = hits;
  // (each scan tests a token's word class before its word: DEMAND_TRIGGERS holds every word the scans look for)
  for (let i = 1; i < tokens.length; i++) {
    if (!(tokens[i]!.cls & W_DEMAND_TRIGGER)) continue;
    const w = tokens[i]!.lower;
    if (!MODALS.has(w) && !MODALS_WITH_TO.has(w)) continue;
    const verb = governedVerb(tokens, i);
    if (verb < 0 || !namedSubject(tokens, i)) continue;
    const end = verb + 1;
    // (what the demanded verb does to a restriction stays: "Washington must lift the sanctions" is against them)
    const kept = out.filter((h) => h.restriction && h.start === verb);
    out = [...cuesOutside(out, i, end), ...kept];
    out.push({
      cat: demandCategory(tokens, verb),
      dir: 'l',
      window: SUBJECT_REACH,
      w: 1.1,
      start: i,
      end,
      negated: false,
      predicate: true,
    });
    i = verb;
  }
  for (let i = 0; i < tokens.length; i++) {
    if (!(tokens[i]!.cls & W_DEMAND_TRIGGER)) continue;
    if (!REQUESTS.has(tokens[i]!.lower) && !WISHES.has(tokens[i]!.lower)) continue;
    const clause = requestClause(tokens, i);
    if (!clause) continue;
    // the request verb's own cue ("urged", "called on") gives way to what is asked
    const verbEnd = tokens[i + 1]?.lower === 'on' || tokens[i + 1]?.lower === 'upon' ? i + 2 : i + 1;
    out = cuesOutside(out, i, verbEnd);
    if (clause.demand) {
      const window = clause.to - verbEnd;
      const cat = demandCategory(tokens, clause.verb);
      out.push({ cat, dir: 'r', window, w: 1.1, start: i, end: verbEnd, negated: false, predicate: true });
    } else {
      // what a cooperative request asks for ("to show restraint", "to build on the truce") is not praise of its object
      out = withoutComplementCues(out, clause.to, complementEnd(tokens, clause.to));
    }
    i = clause.to;
  }
  for (let i = 0; i < tokens.length; i++) {
    if (!(tokens[i]!.cls & W_DEMAND_TRIGGER)) continue;
    const partyEnd = conditionedParty(tokens, i);
    if (partyEnd < 0) continue;
    const window = partyEnd - (i + 1);
    out = out === hits ? [...hits] : out;
    out.push({ cat: 'pressure', dir: 'r', window, w: 1.1, start: i, end: i + 1, negated: false, predicate: true });
  }
  for (let i = 0; i < tokens.length; i++) {
    if (!(tokens[i]!.cls & W_DEMAND_TRIGGER)) continue;
    const by = prohibitedDoer(tokens, i);
    if (by < 0) continue;
    out = out === hits ? [...hits] : out;
    // (the evidence reads from the modal: "should not be used by")
    const start = PROHIBITION_NEGATORS.has(tokens[i]!.lower) ? i : i - 1;
    out.push({ cat: 'pressure', dir: 'r', window: 2, w: 1.1, start, end: by + 1, negated: false, predicate: true });
  }
  return out === hits ? hits : out.sort((a, b) => a.start - b.start);
}
