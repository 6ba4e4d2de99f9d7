// Finds stance cue words in a statement (with negation) and maps a cue category to a label for a kind of target.
import {
  W_ANAPHORA,
  W_BILATERAL,
  W_CLAIM_OWNER_TRIGGER,
  W_CLAUSE_BREAK,
  W_CUE,
  W_DEMAND_TRIGGER,
  W_NEGATOR,
  W_RESTRICTION_TRIGGER,
  W_SEVERANCE_TRIGGER,
  W_ACCESS_TRIGGER,
} from './word-class-bits';
import type { StanceLabel } from '../domain';
import CUES from './data/stance-cues.json';
import type { EntityKind } from './gazetteer';
import { PhraseTrie } from './phrase-trie';
import { phraseTokens, type Token } from './tokenizer';
import { restrictionCues } from './restriction-predicates';
import { demandCues } from './demand-predicates';
import { severanceCues } from './severance-predicates';
import { accessCues } from './access-predicates';
import { provisionCues } from './provision-predicates';
import { contrastCues } from './contrast-predicates';
import { dismissalCues } from './dismissal-predicates';
import { claimOwnerCues } from './rebuttal-cues';
import { scantAt } from './polarity';

export type { CueCategory, CueDirection, CueDef, CueHit } from './cue-types';
import type { CueCategory, CueDirection, CueDef, CueHit } from './cue-types';

const TRIE = new PhraseTrie<CueDef>();
for (const g of CUES.groups) {
  const def: CueDef = { cat: g.cat as CueCategory, dir: g.dir as CueDirection, window: g.window, w: g.w };
  for (const c of g.cues) TRIE.add(phraseTokens(c), def);
}
const BILATERAL = new PhraseTrie<true>();
for (const c of CUES.bilateralCues) BILATERAL.add(phraseTokens(c), true);
const ANAPHORA = new PhraseTrie<'place' | 'organisation' | 'pair'>();
for (const c of CUES.contextAnaphora) ANAPHORA.add(phraseTokens(c), 'place');
for (const c of CUES.organisationAnaphora) ANAPHORA.add(phraseTokens(c), 'organisation');
for (const c of CUES.pairAnaphora) ANAPHORA.add(phraseTokens(c), 'pair');

export const CUE_FIRST_KEYS = [...TRIE.firstKeys()];
export const BILATERAL_FIRST_KEYS = [...BILATERAL.firstKeys()];
export const ANAPHORA_FIRST_KEYS = [...ANAPHORA.firstKeys()];

type LabelKind = 'state' | 'territory' | 'organisation' | 'group' | 'concept';
const LABELS = CUES.labels as Record<CueCategory, Record<LabelKind, StanceLabel>>;
const NEGATED = CUES.negatedLabels as Record<StanceLabel, StanceLabel>;

export const CLAUSE_BREAK_WORDS = ['but', 'while', 'whereas', 'although', 'however', 'instead'];
const CLAUSE_BREAKS = new Set([';', '.', '?', '!', ...CLAUSE_BREAK_WORDS]);

export function isClauseBreak(t: Token): boolean {
  return t.kind === 'punct' ? CLAUSE_BREAKS.has(t.lower) : (t.cls & W_CLAUSE_BREAK) !== 0;
}

function negatedAt(tokens: Token[], start: number): boolean {
  for (let k = start - 1; k >= 0 && k >= start - 3; k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && t.text !== '-') return false;
    if (t.lower === 'only' && tokens[k - 1]?.lower === 'not') return false; // "not only ... but also"
    if (
      t.cls & W_NEGATOR ||
      t.lower.endsWith("n't") ||
      (t.lower === 'longer' && tokens[k - 1]?.lower === 'no') ||
      scantAt(tokens, k)
    ) {
      return true;
    }
  }
  return false;
}

/** Every cue in the statement, longest phrase first, left to right. */
export function findCues(tokens: Token[]): CueHit[] {
  const out: CueHit[] = [];
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i]!;
    if (!(t.cls & W_CUE)) {
      i++;
      continue;
    }
    const m = TRIE.match(tokens, i);
    if (!m) {
      i++;
      continue;
    }
    const def = m.values[0]!;
    // built field by field: object spread is a slow path in V8 here
    out.push({
      cat: def.cat,
      dir: def.dir,
      window: def.window,
      w: def.w,
      start: i,
      end: i + m.length,
      negated: negatedAt(tokens, i),
    });
    i += m.length;
  }
  // each predicate changes the cues only around its own words, which most statements do not have
  let words = 0;
  for (let i = 0; i < tokens.length; i++) words |= tokens[i]!.cls;
  let hits = words & W_SEVERANCE_TRIGGER ? severanceCues(tokens, out) : out;
  if (words & W_ACCESS_TRIGGER) {
    // (giving first: a cut-off's flow, "halted deliveries to X", replaces the giving under it)
    hits = provisionCues(tokens, hits, (i) => negatedAt(tokens, i));
    hits = accessCues(tokens, hits, (i) => negatedAt(tokens, i));
  }
  if (words & W_RESTRICTION_TRIGGER) hits = restrictionCues(tokens, hits, (i) => negatedAt(tokens, i));
  if (words & W_DEMAND_TRIGGER) hits = demandCues(tokens, hits);
  if (words & W_CLAUSE_BREAK) hits = contrastCues(tokens, hits);
  hits = dismissalCues(tokens, hits); // (a scan of the cues alone: no word class gates it)
  return words & W_CLAIM_OWNER_TRIGGER ? claimOwnerCues(tokens, hits) : hits;
}

/** First bilateral cue ("mutual trade", "the two countries", "cooperation") in the statement, as token range. */
export function findBilateralCue(tokens: Token[]): [number, number] | null {
  for (let i = 0; i < tokens.length; i++) {
    if (!(tokens[i]!.cls & W_BILATERAL)) continue;
    const m = BILATERAL.match(tokens, i);
    // "negotiations between the parties": a third party's mediation, not the speaker's own ties
    if (m && tokens[i + m.length]?.lower !== 'between') return [i, i + m.length];
  }
  return null;
}

const CONFLICTS = new Set(CUES.conflictAnaphora);
const QUESTION_OPENERS = new PhraseTrie<true>();
for (const q of CUES.questionOpeners) QUESTION_OPENERS.add(phraseTokens(q), true);

/** End of a reporter's question that opens the sentence ("Asked about the war in Ukraine,"), or 0. */
export function questionEnd(tokens: Token[]): number {
  if (!tokens.length || !QUESTION_OPENERS.match(tokens, 0)) return 0;
  for (let i = 1; i < Math.min(tokens.length, 30); i++) if (tokens[i]!.text === ',') return i + 1;
  return 0;
}

export interface Anaphor {
  start: number;
  end: number;
  /**
   * What it refers back to: a place or conflict ("the country", "the civil war"), a body ("the agency"), or the two
   * sides of a dispute ("both sides").
   */
  refers: 'place' | 'organisation' | 'pair';
  /** A war or conflict: worrying in itself unless a cue says otherwise. */
  conflict: boolean;
}

/** Definite references to a place, conflict or organisation named before. */
export function findAnaphora(tokens: Token[]): Anaphor[] {
  const out: Anaphor[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!(tokens[i]!.cls & W_ANAPHORA)) continue;
    const m = ANAPHORA.match(tokens, i);
    if (m) {
      const text = tokens
        .slice(i, i + m.length)
        .map((t) => t.lower)
        .join(' ');
      out.push({ start: i, end: i + m.length, refers: m.values[0]!, conflict: CONFLICTS.has(text) });
      i += m.length - 1;
    }
  }
  return out;
}

export function labelKind(kind: EntityKind): LabelKind {
  return kind;
}

/** The label a cue gives a target of some kind, with negation applied. */
export function cueLabel(hit: Pick<CueHit, 'cat' | 'negated'>, kind: EntityKind, counterpart: boolean): StanceLabel {
  let label = LABELS[hit.cat][labelKind(kind)];
  if (hit.cat === 'coop' && kind === 'state' && !counterpart) label = 'neutral';
  return hit.negated ? NEGATED[label] : label;
}
