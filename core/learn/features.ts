// Features of one (statement, target) pair: the words around the target's mention (or that it was named in the statement
// before), negation, modals, the rule engine's cue categories and polar words (its data and word polarity, not its
// stance code), its suggestion and confidence, the speaker's actor and the target. Pure.

import { lexiconFeatures } from './lexicon-features';

/** What the learner sees of one statement and one of its targets. */
export interface StanceInput {
  text: string;
  target: string;
  /** Names of the target (its aliases); the first found in the text is the mention. */
  aliases: string[];
  actor: string | null;
  kind: string;
  /** The rule engine's label for this target, or null when it suggested none. */
  ruleLabel: string | null;
  ruleConfidence: number;
  /** The statements just before this one in the article (contextOf), where a target named may be the one meant here. */
  context?: string | null;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const CLAUSE_BREAK = /[,;:.!?()“”"—–]/;
const NEGATION = new Set(['not', 'no', 'never', 'nor', "n't", 'without', 'neither', 'cannot', 'against']);
const MODALS = new Set(['should', 'must', 'would', 'could', 'may', 'might', 'will', 'shall', 'can', 'ought', 'need']);
const FUNCTION = new Set(
  'the a an of to with and or its his her their our your my on in for by from at as that this these those is was are were be been has have had it which who whom whose s’ s'.split(
    ' ',
  ),
);
const LEFT = 6;
const RIGHT = 5;

interface Tok {
  w: string;
  start: number;
  /** Index of the clause the token is in (clauses split at punctuation). */
  clause: number;
}

function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  let clause = 0;
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const between = text.slice(last, m.index);
    if (CLAUSE_BREAK.test(between)) clause++;
    let w = m[0].toLowerCase();
    if (w.endsWith("n't") || w.endsWith('n’t')) w = "n't";
    out.push({ w, start: m.index, clause });
    last = m.index + m[0].length;
  }
  return out;
}

/** A crude suffix stripper, so "condemned", "condemns" and "condemning" share a feature. */
export function stem(w: string): string {
  if (w.length <= 4) return w;
  for (const suf of ['ing', 'ed', 'es', 's', 'ly']) {
    if (w.endsWith(suf) && w.length - suf.length >= 4) return w.slice(0, -suf.length);
  }
  return w;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Character offset of the first mention of any alias (whole words; short names case-sensitive), or -1. */
export function findMention(text: string, aliases: string[]): { start: number; end: number } | null {
  let best: { start: number; end: number } | null = null;
  for (const alias of aliases) {
    if (!alias.trim()) continue;
    const flags = alias.length <= 3 ? 'u' : 'iu';
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(alias)}(?![\\p{L}\\p{N}])`, flags);
    const m = re.exec(text);
    if (m && (!best || m.index < best.start)) best = { start: m.index, end: m.index + m[0].length };
  }
  return best;
}

const bucket = (c: number) => (c >= 0.75 ? 'hi' : c >= 0.45 ? 'mid' : 'lo');

/** Named features (deduplicated); the model hashes them. */
export function stanceFeatures(input: StanceInput): string[] {
  const f = new Set<string>();
  const rule = input.ruleLabel ?? 'none';
  f.add('bias');
  f.add(`rule:${rule}`);
  f.add(`rule:${rule}:${bucket(input.ruleConfidence)}`);
  f.add(`kind:${input.kind}`);
  f.add(`target:${input.target}`);
  f.add(`actor:${input.actor ?? '-'}`);
  f.add(`actor-target:${input.actor ?? '-'}>${input.target}`);
  if (input.actor && input.actor === input.target) f.add('self');
  const toks = tokenize(input.text);
  // no bag of the statement's words: they name the article's topic, which does not carry to the next article (leaving
  // them out raised the leave-one-article-out gain from +0.027 to +0.040); the mention's clause and the cues do carry
  for (const t of toks) if (NEGATION.has(t.w)) f.add('has-neg');
  const mention = findMention(input.text, input.aliases);
  if (!mention) {
    f.add('no-mention');
    for (const x of lexiconFeatures(toks, -1, -1)) f.add(x);
    if (input.context && findMention(input.context, input.aliases)) {
      f.add('ctx-prev');
      f.add(`ctx-prev:${input.kind}`);
      f.add(`ctx-prev:${input.actor ? 'actor' : '-'}>${input.target}`);
    }
    return [...f];
  }
  const at = toks.findIndex((t) => t.start >= mention.start);
  const after = toks.findIndex((t) => t.start >= mention.end);
  const mi = at < 0 ? toks.length : at;
  const ai = after < 0 ? toks.length : after;
  const clause = toks[mi]?.clause ?? -1;
  if (mi <= 1) f.add('mention-first');
  for (const x of lexiconFeatures(toks, mi, clause)) f.add(x);
  const left = toks.slice(Math.max(0, mi - LEFT), mi);
  const right = toks.slice(ai, ai + RIGHT);
  left.forEach((t, i) => {
    const s = stem(t.w);
    f.add(`L:${s}`);
    if (t.clause === clause) f.add(`LC:${s}`);
    if (i > 0) f.add(`LB:${stem(left[i - 1]!.w)}_${s}`);
    if (NEGATION.has(t.w)) f.add('neg-before');
    if (MODALS.has(t.w)) f.add(`modal:${t.w}`);
  });
  right.forEach((t) => {
    const s = stem(t.w);
    f.add(`R:${s}`);
    if (t.clause === clause) f.add(`RC:${s}`);
  });
  // The governing word: the nearest content word before the mention (often the verb or noun acting on it).
  const gov = [...left].reverse().find((t) => !FUNCTION.has(t.w) && !NEGATION.has(t.w) && !MODALS.has(t.w));
  if (gov) {
    f.add(`gov:${stem(gov.w)}`);
    f.add(`gov:${stem(gov.w)}:${rule}`);
    if (left.some((t) => NEGATION.has(t.w) && t.start < gov.start)) f.add(`neg-gov:${stem(gov.w)}`);
  }
  const next = right.find((t) => !FUNCTION.has(t.w));
  if (next) f.add(`next:${stem(next.w)}`);
  return [...f];
}
