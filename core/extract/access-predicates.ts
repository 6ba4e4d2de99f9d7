// Cutting a target off ("closed its airspace to Mali", "suspended flights to Russia"): a measure against the target.
import DATA from './data/access-predicates.json';
import { cuesOutside } from './cue-spans';
import type { CueHit } from './cue-types';
import type { Token } from './tokenizer';
import { W_CLAUSE_BREAK } from './word-class-bits';

const CUT = new Set(DATA.cutVerbs);
const FLOWS = new Set(DATA.flowNouns);
const TO = new Set(DATA.prepositions);
const STOPS = new Set([',', ';', ':', '.', '?', '!']);
/** Words the verb may have before the preposition: "closed its northern ports", "paused $18 million in funding". */
const OBJECT_REACH = 7;
/** Words after the preposition within which the target must come: "to all flights to and from Mali". */
const TARGET_REACH = 6;

/** Words without which `accessCues` returns the cues as they are (a gate for the per-token word classes). */
export const ACCESS_TRIGGERS = DATA.cutVerbs;

function stops(t: Token): boolean {
  return t.kind === 'punct' ? STOPS.has(t.lower) : (t.cls & W_CLAUSE_BREAK) !== 0;
}

/**
 * The index of the preposition after the flow a cut-off verb at tokens[i] acts on, when a name follows it in reach,
 * or -1: a flow noun, then "to"/"for", then a name, all in one clause ("closed its ports to Russian vessels").
 */
function cutOffEnd(tokens: Token[], i: number): number {
  let flow = false;
  for (let k = i + 1; k < Math.min(tokens.length, i + 1 + OBJECT_REACH); k++) {
    const t = tokens[k]!;
    if (stops(t)) return -1;
    if (FLOWS.has(t.lower)) flow = true;
    else if (flow && (t.ent || t.inEnt))
      return -1; // a name after the flow is its owner or recipient without "to"
    else if (flow && TO.has(t.lower)) {
      for (let j = k + 1; j < Math.min(tokens.length, k + 1 + TARGET_REACH); j++) {
        if (tokens[j]!.ent) return k;
        if (stops(tokens[j]!)) return -1;
      }
      return -1;
    }
  }
  return -1;
}

/**
 * Replaces the cues under each cut-off whose recipient is named by one pressure cue over the verb, its object and
 * the preposition; returns `hits` itself when there is none.
 */
export function accessCues(tokens: Token[], hits: CueHit[], negatedAt: (i: number) => boolean): CueHit[] {
  let out = hits;
  for (let i = 0; i < tokens.length; i++) {
    if (!CUT.has(tokens[i]!.lower)) continue;
    const to = cutOffEnd(tokens, i);
    if (to < 0) continue;
    out = cuesOutside(out, i, to + 1);
    out.push({
      cat: 'pressure',
      dir: 'r',
      window: 1 + TARGET_REACH,
      w: 1.2,
      start: i,
      end: to + 1,
      negated: negatedAt(i),
      predicate: true,
    });
    i = to;
  }
  return out === hits ? hits : out.sort((a, b) => a.start - b.start);
}
