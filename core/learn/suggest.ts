// Rules first, learner second: training examples from labelled statements, and the learner's corrections of the rule
// engine's stances where the analyst's own decisions say so strongly.
import type { ExtractedStance, ExtractedStatement, TargetDef } from '../extract/types';
import { findMention, stanceFeatures } from './features';
import { LEARN_LABELS, type Example, type LearnLabel, type StanceModel } from './model';
import { choose, isCueLabel } from './tune';

export { choose };

export interface RuleStance {
  target: string;
  label: string;
  confidence: number;
}

/** A statement with the labels an analyst gave it (or confirmed), and what the rules had suggested. */
export interface LabelledStatement {
  ref: string;
  /** The article it is in (cross-validation holds out whole articles). */
  article?: string | number;
  text: string;
  actor: string | null;
  kind: string;
  /** The statements before it in the article (see contextOf; targets named there are candidates too). */
  context?: string | null;
  rule: RuleStance[];
  /** target id → label; "none" says the target is not one the statement takes a position on. */
  labels: Record<string, LearnLabel>;
}

const isLabel = (l: string): l is LearnLabel => (LEARN_LABELS as readonly string[]).includes(l);

type Seen = { text: string; actor: string | null; kind: string; context?: string | null };

function featuresFor(s: Seen, target: string, aliases: string[], rule: RuleStance | undefined): string[] {
  return stanceFeatures({
    text: s.text,
    target,
    aliases,
    actor: s.actor,
    kind: s.kind,
    ruleLabel: rule?.label ?? null,
    ruleConfidence: rule?.confidence ?? 0,
    context: s.context ?? null,
  });
}

const aliasesOf = (targets: Map<string, TargetDef>, id: string) => targets.get(id)?.aliases ?? [id];

/** One example per labelled target of each statement. */
export function examplesOf(statements: LabelledStatement[], targets: TargetDef[]): Example[] {
  const byId = new Map(targets.map((t) => [t.id, t]));
  const out: Example[] = [];
  for (const s of statements) {
    for (const [target, label] of Object.entries(s.labels)) {
      if (!isLabel(label)) continue;
      const rule = s.rule.find((r) => r.target === target);
      out.push({
        features: featuresFor(s, target, aliasesOf(byId, target), rule),
        label,
        ref: `${s.ref}#${target}`,
        text: s.text,
        ...(s.article !== undefined ? { group: String(s.article) } : {}),
      });
    }
  }
  return out;
}

/** Statements before this one whose targets the learner considers too (a topic is often named a few statements up). */
export const CONTEXT_STATEMENTS = 3;

/** The text of the statements before the i-th (up to CONTEXT_STATEMENTS, in reading order), or null for the first. */
export function contextOf(statements: { text: string }[], i: number): string | null {
  if (i <= 0) return null;
  return statements
    .slice(Math.max(0, i - CONTEXT_STATEMENTS), i)
    .map((s) => s.text)
    .join(' ');
}

/** A target the learner considers: named in the statement or in one of the few before it. */
export function isCandidate(s: { text: string; context?: string | null }, aliases: string[]): boolean {
  return !!findMention(s.text, aliases) || (!!s.context && !!findMention(s.context, aliases));
}

export interface Learned {
  /** How many of the analyst's decisions, similar to this one, carry the same label. */
  from: number;
  /** What the rules had said (null: no stance on this target). */
  ruleLabel: string | null;
  /** The nearest of those decisions (refs and texts). */
  nearest: { ref: string; text: string; similarity: number }[];
}

export type SuggestedStance = ExtractedStance & { learned?: Learned };

export interface SuggestOptions {
  /** The learner's probability needed to add a stance where the rules found none. */
  minConfidence?: number;
  /** … to replace the rules' "neutral" (the label the rules fall back on when no cue decides). */
  minConfidenceOverNeutral?: number;
  /** … to replace a favor, against or concern the rules found from a cue. */
  minConfidenceOverCue?: number;
  /** Similar agreeing decisions needed to change the rules' label. */
  minAgreeing?: number;
  /** Similarity (shared content features) for a decision to count as similar. */
  minSimilarity?: number;
}

export interface Decision {
  label: LearnLabel;
  confidence: number;
  learned?: Learned;
}

/**
 * The rules' label unless the learner disagrees with enough confidence and enough similar decisions behind it. The
 * bar rises with the rules' own evidence: lowest where they found no stance, higher over their fallback "neutral",
 * highest over a label a cue decided. The learner may relabel or add a stance; its "none" never deletes one.
 */
export function decide(
  model: StanceModel,
  features: string[],
  rule: { label: string; confidence: number } | undefined,
  options: SuggestOptions = {},
): Decision {
  const ruleLabel = (rule?.label ?? 'none') as LearnLabel;
  const kept: Decision = { label: ruleLabel, confidence: rule?.confidence ?? 0 };
  if (model.size === 0) return kept;
  const { label, confidence } = choose(model.predict(features).probabilities, isCueLabel(ruleLabel));
  const bars = model.bars;
  const bar =
    ruleLabel === 'none'
      ? (options.minConfidence ?? bars?.none ?? 0.5)
      : ruleLabel === 'neutral'
        ? (options.minConfidenceOverNeutral ?? bars?.neutral ?? 0.6)
        : (options.minConfidenceOverCue ?? bars?.cue ?? 0.9);
  if (label === ruleLabel || label === 'none' || confidence < bar) return kept;
  const why = model.explain(features, label, { minSimilarity: options.minSimilarity ?? 0.1 });
  if (why.agreeing < (options.minAgreeing ?? 2)) return kept;
  return {
    label,
    confidence: Math.round(confidence * 100) / 100,
    learned: {
      from: why.agreeing,
      ruleLabel: rule?.label ?? null,
      nearest: why.nearest.map(({ ref, text, similarity }) => ({ ref, text, similarity })),
    },
  };
}

/** Features of one statement's target, as the learner sees them. */
export function targetFeatures(statement: Seen, target: TargetDef | string, rule: RuleStance | undefined): string[] {
  const id = typeof target === 'string' ? target : target.id;
  const aliases = typeof target === 'string' ? [target] : target.aliases;
  return featuresFor(statement, id, aliases, rule);
}

/**
 * The rule engine's stances, corrected by the learner where it is confident and backed by enough similar decisions.
 * Candidate targets: those the rules gave a stance, and those named in the text or the statement before it.
 */
export function suggestStances(
  model: StanceModel,
  statement: Pick<ExtractedStatement, 'text' | 'actor' | 'kind' | 'stances'> & { context?: string | null },
  targets: TargetDef[],
  options: SuggestOptions = {},
): SuggestedStance[] {
  if (model.size === 0) return statement.stances;
  const byId = new Map(targets.map((t) => [t.id, t]));
  const candidates = new Set(statement.stances.map((s) => s.target));
  for (const t of targets) if (isCandidate(statement, t.aliases)) candidates.add(t.id);
  const out: SuggestedStance[] = [];
  for (const target of candidates) {
    const rule = statement.stances.find((s) => s.target === target);
    const d = decide(model, featuresFor(statement, target, aliasesOf(byId, target), rule), rule, options);
    if (!d.learned) {
      if (rule) out.push(rule);
      continue;
    }
    out.push({
      target,
      label: d.label as ExtractedStance['label'],
      confidence: d.confidence,
      cues: rule?.cues ?? [],
      learned: d.learned,
    });
  }
  return out;
}
