// Giving to a target ("lent Sri Lanka $4 billion", "supplying oil to India"): support for the recipient.
import DATA from './data/provision-predicates.json';
import type { CueHit } from './cue-types';
import type { Token } from './tokenizer';

const GIVE_VERBS = new Set(DATA.giveVerbs);
const GIVE_NOUNS = new Set(DATA.giveNouns);
const SHARING = new Set(DATA.sharingWords);
const HOSTILE = new Set(DATA.hostileObjects);
const STOPS = new Set(DATA.stopVerbs);
const QUOTES = new Set(['"', '“', '”', "'", '‘', '’']);
/**
 * Words of what is given before "to" or "with": "supplying oil", "about $4 billion in emergency aid", a model's
 * hyphenated designation ("shipments of the last three F-16 fighter jets to").
 */
const OBJECT_REACH = 12;

/** Words without which `provisionCues` returns the cues as they are (a gate for the per-token word classes). */
export const PROVISION_TRIGGERS = [...DATA.giveVerbs, ...DATA.giveNouns];

/** The index of the recipient's name a mention of giving at tokens[i] names, and where the scan ended; or null. */
function recipient(tokens: Token[], i: number): { at: number; end: number } | null {
  const verb = GIVE_VERBS.has(tokens[i]!.lower);
  // "lent Sri Lanka $4 billion", "offered India": the recipient right after the verb
  const direct = tokens[i + 1]?.lower === 'the' ? i + 2 : i + 1;
  if (verb && tokens[direct]?.ent && !HOSTILE.has(tokens[tokens[direct]!.ent!.end]?.lower ?? '')) {
    const after = tokens[tokens[direct]!.ent!.end];
    // (not "gave Peru's envoy", "sold India's", whose own thing is given)
    if (after?.lower !== "'s") return { at: direct, end: direct };
  }
  const prep = SHARING.has(tokens[i]!.lower) ? 'with' : 'to';
  for (let k = i + 1; k < Math.min(tokens.length, i + 1 + OBJECT_REACH); k++) {
    const t = tokens[k]!;
    if (t.ent || t.inEnt || HOSTILE.has(t.lower)) return null;
    if (t.kind === 'punct' && !QUOTES.has(t.text) && t.text !== '$' && t.text !== '-') return null;
    if (t.lower === prep) {
      const at = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
      return tokens[at]?.ent ? { at, end: k } : null;
    }
  }
  return null;
}

/** Whether a verb that stops or refuses stands right before the giving at `i` ("stopped supplying", "refused to sell"). */
function stopped(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]?.lower === 'to' ? i - 2 : i - 1;
  return STOPS.has(tokens[before]?.lower ?? '');
}

/** Adds a support cue on each giving whose recipient is named; returns `hits` itself when there is none. */
export function provisionCues(tokens: Token[], hits: CueHit[], negatedAt: (i: number) => boolean): CueHit[] {
  let out = hits;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.lower;
    if (!GIVE_VERBS.has(w) && !GIVE_NOUNS.has(w)) continue;
    const r = recipient(tokens, i);
    if (!r) continue;
    if (out === hits) out = [...hits];
    out.push({
      cat: 'support',
      dir: 'r',
      window: r.at - i,
      w: 1.0,
      start: i,
      end: i + 1,
      negated: negatedAt(i) || stopped(tokens, i),
      predicate: true,
    });
    // (a giving inside what is given is the same one: "share what others refuse to share with India")
    i = r.end;
  }
  return out === hits ? hits : out.sort((a, b) => a.start - b.start);
}
