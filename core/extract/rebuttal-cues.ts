// Denials and reactions: "rejected the allegations" answers the accuser; "the US report was baseless", the report's owner.
import CUES from './data/stance-cues.json';
import type { CueHit } from './cue-types';
import type { Token } from './tokenizer';

const REJECTIONS = new Set(CUES.rejectionVerbs);
const CLAIMS = new Set(CUES.accusationNouns);
const REACTIONS = new Set(CUES.reactionWords);
const ACTS = new Set(CUES.actNouns);
/** Words without which `claimOwnerCues` returns the cues as they are (a gate for the per-token word classes). */
export const CLAIM_OWNER_TRIGGERS = CUES.accusationNouns;
const FALSITY = new Set(CUES.falsityWords);
/** Words that call a claim false once negated: "not true", "isn't correct". */
const TRUTH = new Set(['true', 'correct', 'accurate', 'right', 'factual']);
/** How far after a rejection verb its claim noun may come: "rejected what it called baseless claims". */
const CLAIM_REACH = 6;

/** "rejected the allegations": a rebuttal whose target is whoever made the allegations. */
export function isRebuttal(tokens: Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!REJECTIONS.has(tokens[i]!.lower)) continue;
    for (let k = i + 1; k <= Math.min(tokens.length - 1, i + CLAIM_REACH); k++)
      if (CLAIMS.has(tokens[k]!.lower)) return true;
  }
  return false;
}

/** "reacted by saying", "responded that", "the decision": a statement that answers whoever spoke or acted before it. */
export function isReaction(tokens: Token[]): boolean {
  return tokens.some(
    (t, i) => REACTIONS.has(t.lower) || (ACTS.has(t.lower) && /^(the|this|that)$/.test(tokens[i - 1]?.lower ?? '')),
  );
}

/** Whether the statement denies something: a rejection verb, a word of falsity, or "not true". */
export function denies(tokens: Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.lower;
    if (REJECTIONS.has(w) || FALSITY.has(w)) return true;
    if (TRUTH.has(w) && i > 0 && /^(not|n't|never)$|n't$/.test(tokens[i - 1]!.lower)) return true;
  }
  return false;
}

/**
 * In a statement that denies something, a claim noun right after a name ("a US report", "Washington's allegations")
 * is a left-pointing critic cue on that name: the denial is against whoever owns the claim.
 */
export function claimOwnerCues(tokens: Token[], hits: CueHit[]): CueHit[] {
  let out = hits;
  let denial: boolean | null = null;
  for (let i = 1; i < tokens.length; i++) {
    if (!CLAIMS.has(tokens[i]!.lower)) continue;
    let k = i - 1;
    if (tokens[k]!.lower === "'s" && k > 0) k--;
    const owner = tokens[k]!;
    if (!owner.inEnt && !owner.ent) continue;
    denial ??= denies(tokens);
    if (!denial) return hits;
    if (out === hits) out = [...hits];
    out.push({ cat: 'critic', dir: 'l', window: i - k, w: 1.0, start: i, end: i + 1, negated: false, owner: true });
  }
  return out === hits ? hits : out.sort((a, b) => a.start - b.start);
}
