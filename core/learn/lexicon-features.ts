// Cue-lexicon features for the learner: which of the rule engine's stance-cue categories (read from its data, not its
// code) and which polar words (AFINN with the diplomatic register) occur in the statement, in the target's clause, and
// on which side of the mention. Categories carry across articles where the words themselves do not.
import CUES from '../extract/data/stance-cues.json';
import { wordPolarity } from '../extract/polarity';

/** Cue phrase (lower-case words) → its categories; phrases keyed by their first word. */
const PHRASES = new Map<string, { words: string[]; cat: string }[]>();
for (const g of CUES.groups) {
  for (const cue of g.cues) {
    const words = cue.toLowerCase().split(/\s+/);
    const list = PHRASES.get(words[0]!) ?? [];
    list.push({ words, cat: g.cat });
    PHRASES.set(words[0]!, list);
  }
}
for (const w of CUES.rejectionVerbs) PHRASES.set(w, [...(PHRASES.get(w) ?? []), { words: [w], cat: 'reject' }]);
for (const w of CUES.falsityWords) PHRASES.set(w, [...(PHRASES.get(w) ?? []), { words: [w], cat: 'falsity' }]);

export interface LexToken {
  w: string;
  clause: number;
}

/** Cue categories starting at each token index (longest phrases included; a word may start several). */
export function cueHits(toks: LexToken[]): { at: number; cat: string }[] {
  const out: { at: number; cat: string }[] = [];
  toks.forEach((t, i) => {
    for (const p of PHRASES.get(t.w) ?? []) {
      if (p.words.every((w, k) => toks[i + k]?.w === w)) out.push({ at: i, cat: p.cat });
    }
  });
  return out;
}

const NEGATORS = new Set(['not', 'no', 'never', "n't", 'without', 'cannot', 'nor']);

/**
 * Features of the cue categories and polar words: statement-wide, and relative to the mention at token `mi` in
 * clause `clause` (mi < 0: no mention in the statement).
 */
export function lexiconFeatures(toks: LexToken[], mi: number, clause: number): string[] {
  const f: string[] = [];
  for (const { at, cat } of cueHits(toks)) {
    const negated = toks.slice(Math.max(0, at - 3), at).some((t) => NEGATORS.has(t.w));
    const c = negated ? `${cat}~neg` : cat;
    f.push(`cue:${c}`);
    if (mi < 0) continue;
    if (toks[at]!.clause === clause) f.push(`cueC:${c}`, `cueC${at < mi ? 'L' : 'R'}:${c}`);
    if (Math.abs(at - mi) <= 6) f.push(`cueN:${c}`);
  }
  let pos = 0;
  let neg = 0;
  toks.forEach((t, i) => {
    const v = wordPolarity(t.w);
    if (!v) return;
    const flipped = toks.slice(Math.max(0, i - 3), i).some((x) => NEGATORS.has(x.w)) ? -v : v;
    const near = mi >= 0 && t.clause === clause;
    if (flipped > 0) pos += near ? 2 : 1;
    else neg += near ? 2 : 1;
    if (near) f.push(`polC:${flipped > 0 ? 'pos' : 'neg'}`);
  });
  if (pos || neg) f.push(`pol:${pos > neg ? 'pos' : neg > pos ? 'neg' : 'mixed'}`);
  return f;
}
