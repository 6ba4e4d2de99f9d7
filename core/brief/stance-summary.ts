// The brief's stance summary, built by the comparison engine (core/compare) and kept with the quotes behind each cell.
import { buildMatrix, type StanceGroup } from '../compare';
import type { BriefStatement } from './source-data';
import type { Party, QuotedStatement, StanceBasis, StanceCell, StanceLayout, StanceSummary } from './model';

/** How many actors and targets a first draft shows: more columns than this stop fitting on a portrait page. */
export const DEFAULT_MAX_ACTORS = 6;
export const DEFAULT_MAX_TARGETS = 6;
const EXAMPLES_PER_CELL = 2;

export interface SummaryContext {
  /** Every target the analyst follows, defaults first, in their order. */
  targets: (Party & { isDefault: boolean })[];
  actorLabel: (id: string) => string;
  quote: (s: BriefStatement) => QuotedStatement;
}

export interface SummaryChoice {
  layout: StanceLayout;
  /** Leave engine suggestions out of the cells. */
  confirmedOnly: boolean;
  actors: string[] | null;
  targets: string[] | null;
}

/** One group per (statement, target) whose speaker's actor is known: narration without an actor takes no side. */
function stanceGroups(statements: BriefStatement[]): StanceGroup[] {
  return statements.flatMap((s) =>
    s.actor === null
      ? []
      : s.stances.map((st) => ({
          actor: s.actor!,
          target: st.target,
          label: st.label,
          confirmed: st.origin === 'analyst',
          count: 1,
          statementIds: [s.id],
          best: { statementId: s.id, confidence: st.confidence },
        })),
  );
}

const isConfirmed = (st: BriefStatement['stances'][number]) => st.origin === 'analyst';

/** A statement with a known actor and a stance counts as confirmed once the analyst set or accepted any of its stances. */
export function stanceBasis(statements: BriefStatement[]): StanceBasis {
  let confirmed = 0;
  let suggested = 0;
  const articles = new Set<number>();
  for (const s of statements) {
    if (s.actor === null || s.stances.length === 0) continue;
    if (s.stances.some(isConfirmed)) confirmed++;
    else suggested++;
    articles.add(s.articleId);
  }
  return { confirmed, suggested, articles: articles.size };
}

function dominantOf(counts: StanceCell['counts']): StanceCell['dominant'] {
  const [first, second] = (['favor', 'against', 'concern'] as const)
    .map((label) => ({ label, n: counts[label] }))
    .sort((a, b) => b.n - a.n);
  if (first!.n === 0) return counts.neutral > 0 ? 'neutral' : null;
  // Two positions taken equally often is a split position, not either one.
  return second!.n === first!.n ? 'mixed' : first!.label;
}

/**
 * The matrix for every actor and target the statements touch. The first draft shows the busiest actors and the
 * analyst's default targets; a later refresh keeps whatever the analyst picked.
 */
export function buildStanceSummary(
  statements: BriefStatement[],
  ctx: SummaryContext,
  choice: SummaryChoice,
): StanceSummary {
  const byId = new Map(statements.map((s) => [s.id, s]));
  const targetLabel = new Map(ctx.targets.map((t) => [t.id, t.label]));
  const matrix = buildMatrix(stanceGroups(statements), {
    withStatementIds: true,
    confirmedOnly: choice.confirmedOnly,
    targets: ctx.targets,
    labelOf: (id) => targetLabel.get(id) ?? ctx.actorLabel(id),
  });
  // The engine ranks by statement count; actor names come from the actor list, not the targets.
  const actors: Party[] = matrix.actors.map((a) => ({ id: a.id, label: ctx.actorLabel(a.id) }));
  const targets: Party[] = matrix.targets.map((t) => ({ id: t.id, label: t.label }));

  const cells: StanceCell[] = matrix.cells.map((c) => {
    const counts = { favor: c.favor, against: c.against, concern: c.concern, neutral: c.neutral };
    const dominant = dominantOf(counts);
    const behind = (c.statements ?? []).flatMap((id) => {
      const s = byId.get(id);
      return s ? [s] : [];
    });
    const labelOn = (s: BriefStatement) =>
      s.stances.find((st) => st.target === c.target && (!choice.confirmedOnly || isConfirmed(st)))?.label;
    // The engine's strongest statement first, then those taking the cell's dominant stance, quotes before paraphrase.
    const examples = [...behind]
      .sort(
        (a, b) =>
          Number(b.id === c.strongest?.statementId) - Number(a.id === c.strongest?.statementId) ||
          Number(labelOn(b) === dominant) - Number(labelOn(a) === dominant) ||
          Number(b.kind === 'direct_quote') - Number(a.kind === 'direct_quote') ||
          a.id - b.id,
      )
      .slice(0, EXAMPLES_PER_CELL)
      .map(ctx.quote);
    const citations = [...new Set(behind.map((s) => ctx.quote(s).citation))].sort((a, b) => a - b);
    return {
      actor: c.actor,
      target: c.target,
      counts,
      dominant,
      net: c.net,
      confirmed: c.confirmed,
      citations,
      examples,
    };
  });

  const pick = (ids: string[] | null, all: Party[], max: number, label: (id: string) => string): Party[] =>
    ids === null ? all.slice(0, max) : ids.map((id) => all.find((p) => p.id === id) ?? { id, label: label(id) });
  return {
    layout: choice.layout,
    confirmedOnly: choice.confirmedOnly,
    basis: stanceBasis(statements),
    actors: pick(choice.actors, actors, DEFAULT_MAX_ACTORS, ctx.actorLabel),
    targets: pick(choice.targets, targets, DEFAULT_MAX_TARGETS, (id) => targetLabel.get(id) ?? ctx.actorLabel(id)),
    available: { actors, targets },
    cells,
  };
}

/** The cell for an actor and a target, or null where the actor said nothing on it. */
export function cellAt(summary: StanceSummary, actor: string, target: string): StanceCell | null {
  return summary.cells.find((c) => c.actor === actor && c.target === target) ?? null;
}
