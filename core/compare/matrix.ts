// Aggregates stance rows (or pre-counted groups of them) into the actor × target matrix.
import type { StanceLabel } from '../domain';
import { emptyCounts, leanOf, netPosition, totalOf } from './net';
import type { LabelCounts, Matrix, MatrixCell, StrongestRef } from './schema';

/**
 * Stances that share actor, target, label and origin. A single stance row is a group with count 1; the database
 * may hand over groups it has already counted (with or without their statement ids and best statement).
 */
export interface StanceGroup {
  actor: string;
  target: string;
  label: StanceLabel;
  /** origin = 'analyst': the analyst set or accepted this stance. */
  confirmed: boolean;
  count: number;
  statementIds?: readonly number[];
  /** The group's highest-confidence statement. */
  best?: { statementId: number; confidence: number };
}

export interface TargetInfo {
  id: string;
  label: string;
  isDefault: boolean;
}

export interface BuildMatrixOptions {
  /** Count analyst-confirmed stances only (engine suggestions left out). */
  confirmedOnly?: boolean;
  /** Keep each cell's statement ids (ascending). */
  withStatementIds?: boolean;
  /** The analyst's targets in display order; default targets always get a column, even an empty one. */
  targets?: readonly TargetInfo[];
  /** Display name of an actor, or of a target missing from `targets`; the id itself by default. */
  labelOf?: (id: string) => string;
}

interface Accumulator {
  counts: LabelCounts;
  confirmed: number;
  ids: number[] | null;
  strongest: StrongestRef | undefined;
}

/** Analyst-confirmed first, then higher confidence, then the earlier statement (so ties resolve the same way). */
export function strongerThan(a: StrongestRef, b: StrongestRef): boolean {
  if (a.confirmed !== b.confirmed) return a.confirmed;
  if (a.confidence !== b.confidence) return a.confidence > b.confidence;
  return a.statementId < b.statementId;
}

const cellKey = (actor: string, target: string) => `${actor}\u0000${target}`;

export function buildMatrix(groups: Iterable<StanceGroup>, options: BuildMatrixOptions = {}): Matrix {
  const confirmedOnly = options.confirmedOnly ?? false;
  const cells = new Map<string, Accumulator & { actor: string; target: string }>();
  for (const g of groups) {
    if (confirmedOnly && !g.confirmed) continue;
    if (g.count <= 0) continue;
    const key = cellKey(g.actor, g.target);
    let acc = cells.get(key);
    if (!acc) {
      acc = { actor: g.actor, target: g.target, counts: emptyCounts(), confirmed: 0, ids: null, strongest: undefined };
      cells.set(key, acc);
    }
    acc.counts[g.label] += g.count;
    if (g.confirmed) acc.confirmed += g.count;
    if (options.withStatementIds && g.statementIds) {
      const ids = (acc.ids ??= []);
      // A loop, not push(...ids): a group can hold more ids than a call takes arguments.
      for (const id of g.statementIds) ids.push(id);
    }
    if (g.best) {
      const candidate = { ...g.best, label: g.label, confirmed: g.confirmed };
      if (!acc.strongest || strongerThan(candidate, acc.strongest)) acc.strongest = candidate;
    }
  }

  const actorTotals = new Map<string, number>();
  const targetTotals = new Map<string, number>();
  const out: MatrixCell[] = [];
  for (const acc of cells.values()) {
    const n = totalOf(acc.counts);
    actorTotals.set(acc.actor, (actorTotals.get(acc.actor) ?? 0) + n);
    targetTotals.set(acc.target, (targetTotals.get(acc.target) ?? 0) + n);
    const net = netPosition(acc.counts);
    const cell: MatrixCell = {
      actor: acc.actor,
      target: acc.target,
      ...acc.counts,
      n,
      net,
      lean: leanOf(net),
      confirmed: acc.confirmed,
    };
    if (options.withStatementIds) cell.statements = (acc.ids ?? []).sort((a, b) => a - b);
    if (acc.strongest) cell.strongest = acc.strongest;
    out.push(cell);
  }

  const labelOf = options.labelOf ?? ((id: string) => id);
  const actors = [...actorTotals]
    .map(([id, n]) => ({ id, label: labelOf(id), n }))
    .sort((a, b) => b.n - a.n || a.label.localeCompare(b.label));

  const known = options.targets ?? [];
  const knownIds = new Set(known.map((t) => t.id));
  const targets = [
    ...known
      .filter((t) => t.isDefault || targetTotals.has(t.id))
      .map((t) => ({ id: t.id, label: t.label, isDefault: t.isDefault, n: targetTotals.get(t.id) ?? 0 })),
    ...[...targetTotals]
      .filter(([id]) => !knownIds.has(id))
      .map(([id, n]) => ({ id, label: labelOf(id), isDefault: false, n }))
      .sort((a, b) => b.n - a.n || a.id.localeCompare(b.id)),
  ];

  const actorRank = new Map(actors.map((a, i) => [a.id, i]));
  const targetRank = new Map(targets.map((t, i) => [t.id, i]));
  out.sort(
    (a, b) =>
      actorRank.get(a.actor)! - actorRank.get(b.actor)! || targetRank.get(a.target)! - targetRank.get(b.target)!,
  );
  return { actors, targets, cells: out, confirmedOnly };
}

/** The cell of one actor on one target, or undefined when the actor said nothing on it. */
export function cellOf(matrix: Matrix, actor: string, target: string): MatrixCell | undefined {
  return matrix.cells.find((c) => c.actor === actor && c.target === target);
}
