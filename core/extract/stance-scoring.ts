// Scores of one statement's cues on one target: distance and clause scope, object position, organisations and groups.
import type { StanceLabel } from '../domain';
import type { Entity } from './gazetteer';
import { cueLabel, type CueHit } from './stance-cues';
import type { Token } from './tokenizer';
import CUES from './data/stance-cues.json';

const ATTEMPTS = new Set(CUES.attemptNouns);

/** "opposed any attempt to isolate X": between a criticism and its target, an attempt whose object the target is. */
function attemptOn(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) if (ATTEMPTS.has(tokens[k]!.lower) && tokens[k + 1]!.lower === 'to') return true;
  return false;
}

const VIOLATIONS = new Set(CUES.violationCues);
const BEFORE_OWNER = new Set(['of', 'a', 'an', 'the']);

/**
 * "violated Bolivia's airspace", "a violation of Mexico's sovereignty", "in breach of a UN arms embargo": a violation
 * cue right before the mention ("of" and a determiner between at most), the mention owning what is violated (its "'s"
 * or a noun after it).
 */
function violatedOwner(tokens: Token[], c: CueHit, m: { start: number; end: number }, body: string): boolean {
  if (!VIOLATIONS.has(cueText(tokens, c, body).toLowerCase())) return false;
  if (m.start < c.end || m.start - c.end > 2) return false;
  for (let k = c.end; k < m.start; k++) if (!BEFORE_OWNER.has(tokens[k]!.lower)) return false;
  const next = tokens[m.end];
  return (
    !!next && (next.lower === "'s" || (next.kind === 'word' && !next.cap && !next.ent && /^[a-z-]+$/.test(next.text)))
  );
}

export interface Scored {
  entity: Entity;
  scores: Record<StanceLabel, number>;
  cues: Set<string>;
  implicit: boolean;
  /** For each label, the cue that gave it most: the statement's governing word for that target. */
  lead: Partial<Record<StanceLabel, { text: string; w: number }>>;
  /** The first explicit mention scored, for the clause around it. */
  at?: { start: number; end: number };
}

const ORG_CATEGORIES = new Set(['support', 'critic', 'pressure', 'hostile']);

export function emptyScores(): Record<StanceLabel, number> {
  return { favor: 0, against: 0, concern: 0, neutral: 0 };
}

export function cueText(tokens: Token[], hit: { start: number; end: number }, body: string): string {
  return body.slice(tokens[hit.start]!.start, tokens[hit.end - 1]!.end);
}

/** Token distance from a cue to a mention in the cue's direction, or -1 when out of scope (window, clause). */
function distance(tokens: Token[], cue: CueHit, m: { start: number; end: number }, breaks: Int32Array): number {
  let d = -1;
  if ((cue.dir === 'r' || cue.dir === 'b') && m.start >= cue.end) d = m.start - cue.end;
  else if ((cue.dir === 'l' || cue.dir === 'b') && m.end <= cue.start) d = cue.start - m.end;
  if (d < 0 || d > cue.window) return -1;
  const a = Math.min(cue.start, m.start);
  const b = Math.max(cue.end, m.end);
  if (breaks[b - 1]! - breaks[a]! > 0) return -1; // a clause break lies between them
  void tokens;
  return d;
}

/** One buffer of clause-break counts reused by every statement: a typed array per sentence costs more than the scan. */
let breakBuf = new Int32Array(256);
export function breakBuffer(n: number): Int32Array {
  if (breakBuf.length < n) breakBuf = new Int32Array(n * 2);
  return breakBuf;
}

const COORDINATION = new Set(['and', 'or', ',', 'the', 'both', 'as', 'well']);

/**
 * Whether the mention at `at` is the first target after a right-pointing cue ending at `from`, or coordinated with it
 * ("welcomes talks between Pakistan and India"): a verb's object ends its reach ("accused Washington of blocking the council").
 */
function firstObject(tokens: Token[], from: number, at: number, starts: number[]): boolean {
  let prev = -1;
  for (const s of starts) if (s >= from && s < at && s > prev) prev = s;
  if (prev < 0) return true;
  let k = prev + 1;
  while (k < at && (tokens[k]!.inEnt || tokens[k]!.lower === "'s")) k++;
  for (; k < at; k++) if (!COORDINATION.has(tokens[k]!.lower)) return false;
  return true;
}

/** Whether another right-pointing cue with a label of its own lies between cue `c` and a mention at `at`. */
function governedByNearer(cues: CueHit[], c: CueHit, at: number): boolean {
  for (const o of cues) {
    if (o !== c && o.start >= c.end && o.end <= at && o.dir === 'r' && o.cat !== 'neutral' && o.cat !== c.cat) {
      return true;
    }
  }
  return false;
}

/** "militants of the TTP", "fighters of ISIS": a word said of a group's members, joined to its name by "of". */
function ofGroup(tokens: Token[], c: CueHit, m: { start: number; end: number }): boolean {
  if (c.end > m.start) return false;
  const between = tokens.slice(c.end, m.start).map((t) => t.lower);
  return between[0] === 'of' && between.length <= 2 && (between.length === 1 || between[1] === 'the');
}

/** What scoring one statement's targets needs; built once per statement, so no closure is made per statement. */
export interface ScoreContext {
  tokens: Token[];
  body: string;
  byId: Map<string, Scored>;
  partners: Set<string>;
  /** The cues that may score: the verb's own cue alone in narration of an act on an object, else all of them. */
  cues: CueHit[];
  objectCue: CueHit | undefined;
  breaks: Int32Array;
  starts: number[];
}

/** Adds the cues in scope of mention `m` to the scores of `entity` (creating its entry), and returns the entry. */
export function scoreTarget(
  ctx: ScoreContext,
  m: { start: number; end: number },
  entity: Entity,
  implicit: boolean,
): Scored {
  const { tokens, byId, partners, objectCue, breaks, starts } = ctx;
  let s = byId.get(entity.id);
  if (!s) {
    s = { entity, scores: emptyScores(), cues: new Set(), implicit, lead: {} };
    byId.set(entity.id, s);
  }
  s.implicit &&= implicit;
  if (!implicit && !s.at) s.at = { start: m.start, end: m.end };
  const isPartner = partners.has(entity.id);
  const org = entity.kind === 'organisation';
  const group = entity.kind === 'group';
  for (const c of ctx.cues) {
    if (c.restriction && m.start > c.start && m.end === c.end) {
      // "lift the sanctions" where the sanctions are the target: lifting them is against them, imposing them for them
      addScore(s, restrictionLabel(c), c.w, cueText(tokens, c, ctx.body));
      continue;
    }
    if (c.restriction === 'lift' && !c.negated && m.start > c.start && m.end < c.end) {
      // "rejected fresh US sanctions": opposing a restriction is against whoever imposed it
      addScore(s, 'against', c.w, cueText(tokens, c, ctx.body));
      continue;
    }
    if (c.end > m.start && c.start < m.end) continue; // a cue inside the name itself
    const d = distance(tokens, c, m, breaks);
    if (d < 0) continue;
    // (the object of an opposed attempt may follow the attempt's author: "criticised US attempts to dictate to India")
    const attempted = c.cat === 'critic' && m.start >= c.end && attemptOn(tokens, c.end, m.start);
    if (c.dir === 'r' && m.start >= c.end && !attempted && !firstObject(tokens, c.end, m.start, starts)) continue;
    // "condemned the attack and stands with X": a nearer cue governs the mention, not one before it
    if (c.dir !== 'l' && m.start >= c.end && governedByNearer(ctx.cues, c, m.start)) continue;
    if (objectCue && d > 3 && !c.predicate) continue;
    // (a body is judged by what acts on it, or by a word said of it right after its name: "the IAEA was biased")
    if (org && (!ORG_CATEGORIES.has(c.cat) || (c.dir !== 'r' && !(c.start >= m.end && d <= 1)))) continue;
    // armed groups: only what is said of them directly ("the banned TTP", "condemned ISIS"), not a list they end
    if (group && (c.dir === 'r' ? starts.some((x) => x >= c.end && x < m.start) : d > 1 && !ofGroup(tokens, c, m)))
      continue;
    let label = cueLabel(c, entity.kind, isPartner);
    if (label === 'neutral') continue;
    // (the one whose airspace or sovereignty is violated is wronged: "violated Bolivia's airspace")
    if (label === 'against' && violatedOwner(tokens, c, m, ctx.body)) {
      if (entity.kind !== 'state' && entity.kind !== 'territory') continue;
      label = 'concern';
    }
    // (the one the opposed attempt would act on is defended: "rejected attempts to isolate X")
    if (label === 'against' && attempted) label = 'favor';
    addScore(s, label, c.w * (1 - (0.5 * d) / (c.window + 1)), cueText(tokens, c, ctx.body));
  }
  return s;
}

/** Adds weight `w` for `label` to a target's scores, with the cue's text as evidence (the lead where it weighs most). */
export function addScore(s: Scored, label: StanceLabel, w: number, text: string): void {
  s.scores[label] += w;
  s.cues.add(text);
  if (w > (s.lead[label]?.w ?? 0)) s.lead[label] = { text, w };
}

/** The label a predicate on a restriction gives the restriction itself: "would not lift the sanctions" is for them. */
function restrictionLabel(c: CueHit): StanceLabel {
  return (c.restriction === 'lift') !== c.negated ? 'against' : 'favor';
}
