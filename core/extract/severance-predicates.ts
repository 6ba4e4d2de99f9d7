// Breaking off ties ("suspended military cooperation with Peru", "froze talks with Kabul"): the cooperative cue it ends turns.
import DATA from './data/severance-predicates.json';
import type { CueHit } from './cue-types';
import { phraseTokens, type Token } from './tokenizer';

const BREAKING = new Set(DATA.breakingVerbs);
const PHRASES = DATA.breakingPhrases.map(phraseTokens);
/** Words without which `severanceCues` returns the cues as they are (a gate for the per-token word classes). */
export const SEVERANCE_TRIGGERS = [...DATA.breakingVerbs, ...PHRASES.map((p) => p[0]!)];
/** What a breaking verb may end: cooperation, peace and support cues ("talks", "aid", "the peace process"). */
const ENDABLE = new Set(['coop', 'peace', 'support']);
/** Words between the verb and what it ends: "suspended all military cooperation". */
const REACH = 2;

/** Whether tokens end at `end` (exclusive) with a breaking verb or phrase. */
function breaksBefore(tokens: Token[], end: number): boolean {
  if (BREAKING.has(tokens[end - 1]?.lower ?? '')) return true;
  return PHRASES.some((p) => p.length <= end && p.every((w, k) => tokens[end - p.length + k]!.lower === w));
}

/** Flips the cooperative cues that a breaking verb governs; returns `hits` itself when there is none. */
export function severanceCues(tokens: Token[], hits: CueHit[]): CueHit[] {
  let out = hits;
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h]!;
    if (!ENDABLE.has(hit.cat)) continue;
    for (let end = hit.start; end >= Math.max(1, hit.start - REACH); end--) {
      if (end < hit.start) {
        const between = tokens[end]!;
        if (between.kind === 'punct' || between.inEnt || between.ent) break;
      }
      if (!breaksBefore(tokens, end)) continue;
      if (out === hits) out = [...hits];
      out[h] = { ...hit, negated: !hit.negated, predicate: true };
      break;
    }
  }
  return out;
}
