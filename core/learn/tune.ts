// The learner's bars for overriding the rules, chosen by cross-validation inside the training decisions only: the
// decisions are split by article, a model trained on the rest predicts each part, and the bars that would have scored
// best (stance macro-F1, a stance added where the analyst said "none" counting against it) are kept.
import { LEARN_LABELS, type LearnLabel } from './labels';
import type { Example, Prediction } from './examples';

/** The learner's confidence needed to change the rules' label, by what the rules had said. */
export interface Bars {
  /** The rules found no stance. */
  none: number;
  /** The rules fell back on "neutral". */
  neutral: number;
  /** A cue decided favor, against or concern. */
  cue: number;
}

/** Bars that never let the learner change the rules. */
export const NEVER = 1.01;
/** Highest first, so that of bars scoring the same the one changing the rules least is kept. */
const GRID = [NEVER, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5, 0.45, 0.4, 0.35];
/** Decisions the split works on at most (whole articles, drawn in a fixed order), so a large library tunes quickly. */
const TUNE_CAP = 2000;
const FOLDS = 4;
const STANCES: readonly LearnLabel[] = ['favor', 'against', 'concern', 'neutral'];

const STANCE_LABELS: readonly LearnLabel[] = LEARN_LABELS.filter((l) => l !== 'none');

/**
 * The learner's label. Where the rules already found a stance, the question is only which one: the probabilities are
 * taken given that the target is addressed ("none" left out and the rest renormalised), since decisions that a target
 * was merely named outnumber the polar ones and would otherwise drown them.
 */
export function choose(p: Record<LearnLabel, number>, addressed: boolean): { label: LearnLabel; confidence: number } {
  const labels: readonly LearnLabel[] = addressed ? STANCE_LABELS : LEARN_LABELS;
  const total = labels.reduce((s, l) => s + p[l], 0) || 1;
  let best: LearnLabel = labels[0]!;
  for (const l of labels) if (p[l] > p[best]) best = l;
  return { label: best, confidence: p[best] / total };
}

/**
 * Whether the rules' label came from a cue (favor, against, concern): then the target is addressed and the learner only
 * chooses which stance. Over the rules' fallback "neutral" it weighs "none" too, since a target merely named (which
 * the rules also call neutral) is not a polar one.
 */
export const isCueLabel = (rule: string | null | undefined): boolean => !!rule && rule !== 'none' && rule !== 'neutral';

/** The rule engine's label as the example's features carry it ("rule:against"), or "none". */
export function ruleLabelOf(features: string[]): LearnLabel {
  for (const f of features) {
    if (!f.startsWith('rule:')) continue;
    const l = f.slice(5);
    if ((LEARN_LABELS as readonly string[]).includes(l)) return l as LearnLabel;
  }
  return 'none';
}

/** Which part of a split an example falls in: its article where known, else its statement (the ref before "#"). */
export const groupOf = (e: Example): string => e.group ?? e.ref.split('#')[0]!;

/** One held-out decision: what the rules said, what the learner chose (and how sure), and the analyst's label. */
export interface Scored {
  rule: LearnLabel;
  label: LearnLabel;
  confidence: number;
  gold: LearnLabel;
  /** The article it came from. */
  group: string;
}

const barFor = (rule: LearnLabel, b: Bars) => (rule === 'none' ? b.none : rule === 'neutral' ? b.neutral : b.cue);

/** The label kept under these bars: the learner's where it differs with enough confidence (its "none" never deletes). */
export function applyBars(s: Omit<Scored, 'gold' | 'group'>, bars: Bars): LearnLabel {
  if (s.label === s.rule || s.label === 'none' || s.confidence < barFor(s.rule, bars)) return s.rule;
  return s.label;
}

/** Stance macro-F1 over the labels the analyst used; a stance given where the analyst said "none" is a false one. */
export function macroF1(scored: Scored[], bars: Bars): number {
  const tp = new Map<LearnLabel, number>();
  const fp = new Map<LearnLabel, number>();
  const fn = new Map<LearnLabel, number>();
  const inc = (m: Map<LearnLabel, number>, l: LearnLabel) => m.set(l, (m.get(l) ?? 0) + 1);
  for (const s of scored) {
    const p = applyBars(s, bars);
    if (p === s.gold) {
      if (p !== 'none') inc(tp, p);
      continue;
    }
    if (s.gold !== 'none') inc(fn, s.gold);
    if (p !== 'none' && (s.gold !== 'none' || p !== 'neutral')) inc(fp, p);
  }
  const present = STANCES.filter((l) => (tp.get(l) ?? 0) + (fn.get(l) ?? 0) > 0);
  if (!present.length) return 0;
  let sum = 0;
  for (const l of present) {
    const t = tp.get(l) ?? 0;
    sum += t ? (2 * t) / (2 * t + (fp.get(l) ?? 0) + (fn.get(l) ?? 0)) : 0;
  }
  return sum / present.length;
}

/** Per-article losses beyond this count against a set of bars (the learner must not make any article much worse). */
const TOLERATED_LOSS = 0.05;

/**
 * The bars that score best on held-out decisions, searched over a grid: the mean per-article gain in stance macro-F1
 * over the rules alone, less twice the mean loss beyond TOLERATED_LOSS on the articles it makes worse. Ties go to the
 * higher bar (fewer changes to the rules); bars that do not gain at least `margin` are not taken (the rules stay).
 */
export function chooseBars(scored: Scored[], margin = 0.005): Bars {
  const never: Bars = { none: NEVER, neutral: NEVER, cue: NEVER };
  const byGroup = new Map<string, Scored[]>();
  for (const s of scored) byGroup.set(s.group, [...(byGroup.get(s.group) ?? []), s]);
  const groups = [...byGroup.values()];
  const base = groups.map((g) => macroF1(g, never));
  const value = (b: Bars) => {
    let sum = 0;
    for (let i = 0; i < groups.length; i++) {
      const d = macroF1(groups[i]!, b) - base[i]!;
      sum += d < -TOLERATED_LOSS ? d - 2 * (-d - TOLERATED_LOSS) : d;
    }
    return sum / (groups.length || 1);
  };
  let best = never;
  let bestScore = margin;
  for (const none of GRID)
    for (const neutral of GRID)
      for (const cue of GRID) {
        if (cue < neutral) continue; // a cue's label is never easier to change than the fallback
        const b = { none, neutral, cue };
        const v = value(b);
        if (v > bestScore + 1e-9) [best, bestScore] = [b, v];
      }
  return best;
}

/** What tuning needs of a model: a plain retrain (no tuning of its own) and a prediction. */
export interface Trainable {
  train(examples: Example[], options: { tune: false }): void;
  predict(features: string[]): Prediction;
}

/**
 * Bars chosen by grouped k-fold cross-validation over these decisions (by article; at most TUNE_CAP decisions, whole
 * articles), or null when they come from fewer than three articles (too few to tell; the defaults stay).
 */
export function tuneBars(examples: Example[], make: () => Trainable): Bars | null {
  const groups = new Map<string, Example[]>();
  for (const e of examples) {
    const g = groupOf(e);
    groups.set(g, [...(groups.get(g) ?? []), e]);
  }
  if (groups.size < 3) return null;
  // a fixed spread of articles (every article in turn until the cap), independent of the examples' order
  const order = [...groups.keys()].sort((a, b) => hash(a) - hash(b));
  const picked: string[] = [];
  let n = 0;
  for (const g of order) {
    if (n >= TUNE_CAP) break;
    picked.push(g);
    n += groups.get(g)!.length;
  }
  const k = Math.min(FOLDS, picked.length);
  const scored: Scored[] = [];
  for (let f = 0; f < k; f++) {
    const test = picked.filter((_, i) => i % k === f).flatMap((g) => groups.get(g)!);
    const train = picked.filter((_, i) => i % k !== f).flatMap((g) => groups.get(g)!);
    const m = make();
    m.train(train, { tune: false });
    for (const e of test) {
      const rule = ruleLabelOf(e.features);
      const c = choose(m.predict(e.features).probabilities, isCueLabel(rule));
      scored.push({ rule, label: c.label, confidence: c.confidence, gold: e.label, group: groupOf(e) });
    }
  }
  return chooseBars(scored);
}

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
