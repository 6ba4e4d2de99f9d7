// The shared gold format (statements with text, speaker, actor, kind and target labels; actors and targets with
// aliases): reading it as labelled statements, and writing the analyst's confirmed statements in it.
import type { ExtractedStatement, TargetDef } from '../extract/types';
import type { LearnLabel } from './model';
import { contextOf, isCandidate, type LabelledStatement } from './suggest';

export interface GoldFile {
  article?: string;
  title?: string;
  notes?: string;
  actors?: Record<string, { label?: string; aliases?: string[]; people?: string[] }>;
  targets?: Record<string, string[]>;
  statements: {
    text: string;
    speaker: string | null;
    actor: string | null;
    kind: string;
    targets?: Record<string, string>;
  }[];
}

const LABELS = new Set(['favor', 'against', 'concern', 'neutral']);

/** Checks the shape of a parsed gold file; returns a message naming the first problem, or null. */
export function goldProblem(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'it is not a JSON object';
  const g = raw as Partial<GoldFile>;
  if (!Array.isArray(g.statements)) return 'it has no "statements" list';
  for (const [i, s] of g.statements.entries()) {
    if (typeof s !== 'object' || s === null || typeof s.text !== 'string') return `statement ${i + 1} has no text`;
    for (const [t, l] of Object.entries(s.targets ?? {})) {
      if (!LABELS.has(l)) return `statement ${i + 1} labels "${t}" as "${l}" (favor, against, concern or neutral)`;
    }
  }
  return null;
}

/** The gold file's targets (and its actors, which can be targets too), as target definitions. */
export function goldTargets(gold: GoldFile): TargetDef[] {
  const byId = new Map<string, TargetDef>();
  for (const [id, a] of Object.entries(gold.actors ?? {})) {
    byId.set(id, { id, label: a.label ?? id, aliases: [...new Set([a.label ?? id, ...(a.aliases ?? [])])] });
  }
  for (const [id, aliases] of Object.entries(gold.targets ?? {})) {
    const prev = byId.get(id);
    byId.set(id, {
      id,
      label: prev?.label ?? aliases[0] ?? id,
      aliases: [...new Set([...(prev?.aliases ?? []), ...aliases])],
    });
  }
  return [...byId.values()];
}

/** A stand-in article body when only the gold file is at hand: its statements, one paragraph. */
export function goldBody(gold: GoldFile): string {
  return gold.statements.map((s) => s.text).join(' ');
}

const bag = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

function overlap(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const t of a) if (b.has(t)) inter++;
  return inter / (a.size + b.size - inter || 1);
}

/** The extracted statement that best covers a text (by shared words), or null below half overlap. */
export function bestMatch<T extends { text: string }>(text: string, candidates: T[]): T | null {
  const g = bag(text);
  let best: T | null = null;
  let bestScore = 0.5;
  for (const c of candidates) {
    const score = overlap(g, bag(c.text));
    if (score >= bestScore) [best, bestScore] = [c, score];
  }
  return best;
}

/**
 * Labelled statements from a gold file and the rule engine's output on its article: every labelled target, and
 * "none" for each gold target named in a statement (or the few before it) but not labelled there (gold files label
 * every target). Actor and kind are the engine's, as on the unreviewed statements the learner will correct.
 */
export function labelledFromGold(gold: GoldFile, ruleOutput: ExtractedStatement[], name: string): LabelledStatement[] {
  const targets = goldTargets(gold).filter((t) => gold.targets && t.id in gold.targets);
  return gold.statements.map((s, i) => {
    const rule = bestMatch(s.text, ruleOutput);
    const labels: Record<string, LearnLabel> = {};
    const context = contextOf(gold.statements, i);
    for (const t of targets) if (isCandidate({ text: s.text, context }, t.aliases)) labels[t.id] = 'none';
    for (const [t, l] of Object.entries(s.targets ?? {})) labels[t] = l as LearnLabel;
    return {
      ref: `${name}:${i + 1}`,
      article: name,
      text: s.text,
      // what the engine saw on the statement, as the learner sees it when suggesting; the gold's own where unmatched
      actor: rule ? rule.actor : s.actor,
      kind: rule ? rule.kind : s.kind,
      context,
      rule: (rule?.stances ?? []).map(({ target, label, confidence }) => ({ target, label, confidence })),
      labels,
    };
  });
}
