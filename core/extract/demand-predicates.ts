// Demands on a subject ("X must release the prisoners", "X has to stop"): pressure against X unless the verb is cooperative.
import DATA from './data/demand-predicates.json';
import type { CueHit } from './cue-types';
import type { Token } from './tokenizer';

const MODALS = new Set(DATA.modals);
const MODALS_WITH_TO = new Set(DATA.modalsWithTo);
const ADVERBS = new Set(DATA.adverbs);
const COOPERATIVE = new Set(DATA.cooperativeVerbs);
const COOPERATIVE_BEFORE_TO = new Set(DATA.cooperativeBeforeTo);
const SUBJECT_HEADS = new Set(DATA.subjectHeads);
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
 * Adds a left-pointing pressure cue for each demand on a named subject, replacing the fixed cues it overlaps
 * ("must stop"). `hits` are the statement's cues so far.
 */
export function demandCues(tokens: Token[], hits: CueHit[]): CueHit[] {
  let out = hits;
  for (let i = 1; i < tokens.length; i++) {
    const w = tokens[i]!.lower;
    if (!MODALS.has(w) && !MODALS_WITH_TO.has(w)) continue;
    const verb = governedVerb(tokens, i);
    if (verb < 0 || !namedSubject(tokens, i)) continue;
    const end = verb + 1;
    out = out.filter((h) => h.end <= i || h.start >= end);
    out.push({
      cat: 'pressure',
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
  return out === hits ? hits : out.sort((a, b) => a.start - b.start);
}
