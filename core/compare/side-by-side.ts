// Two actors' positions target by target, each marked as agreeing, diverging or one-sided.
import { leanOf } from './net';
import type { LabelCounts, Lean, Matrix, MatrixCell, Party, Relation, StrongestRef } from './schema';

/**
 * When one actor is balanced and the other leans, positions further apart than this diverge: Pakistan fully in favour
 * (+1) and Russia neutral (0) are not in agreement, though neither is against.
 */
export const DIVERGE_GAP = 0.5;

export interface Position extends LabelCounts {
  n: number;
  net: number;
  lean: Lean;
  confirmed: number;
  strongest: StrongestRef | null;
}

export interface SideRow {
  target: string;
  targetLabel: string;
  a: Position | null;
  b: Position | null;
  relation: Relation;
  gap: number | null;
}

export interface SideBySideResult {
  a: Party;
  b: Party;
  rows: SideRow[];
  confirmedOnly: boolean;
}

/**
 * agree: both lean the same way (positive, balanced or negative), however strongly; or one is balanced and the other
 * leans within DIVERGE_GAP of it. diverge: one positive and the other negative, or one balanced and the other leaning
 * further than DIVERGE_GAP from it. one-sided: only one of the two said anything on the target.
 */
export function classify(a: { net: number } | null, b: { net: number } | null): Relation {
  if (!a || !b) return 'one-sided';
  const la = leanOf(a.net);
  const lb = leanOf(b.net);
  if (la === lb) return 'agree';
  if (la !== 'balanced' && lb !== 'balanced') return 'diverge';
  return Math.abs(a.net - b.net) > DIVERGE_GAP ? 'diverge' : 'agree';
}

function positionOf(cell: MatrixCell | undefined): Position | null {
  if (!cell) return null;
  return {
    favor: cell.favor,
    against: cell.against,
    concern: cell.concern,
    neutral: cell.neutral,
    n: cell.n,
    net: cell.net,
    lean: leanOf(cell.net),
    confirmed: cell.confirmed,
    strongest: cell.strongest ?? null,
  };
}

function partyOf(matrix: Matrix, id: string, labelOf: (id: string) => string): Party {
  return matrix.actors.find((p) => p.id === id) ?? { id, label: labelOf(id), n: 0 };
}

/** One row per target either actor spoke on, in the matrix's column order. */
export function sideBySide(
  matrix: Matrix,
  a: string,
  b: string,
  labelOf: (id: string) => string = (id) => id,
): SideBySideResult {
  const byKey = new Map(matrix.cells.map((c) => [`${c.actor}\u0000${c.target}`, c]));
  const rows: SideRow[] = [];
  for (const target of matrix.targets) {
    const pa = positionOf(byKey.get(`${a}\u0000${target.id}`));
    const pb = positionOf(byKey.get(`${b}\u0000${target.id}`));
    if (!pa && !pb) continue;
    rows.push({
      target: target.id,
      targetLabel: target.label,
      a: pa,
      b: pb,
      relation: classify(pa, pb),
      gap: pa && pb ? Math.round(Math.abs(pa.net - pb.net) * 10_000) / 10_000 : null,
    });
  }
  return { a: partyOf(matrix, a, labelOf), b: partyOf(matrix, b, labelOf), rows, confirmedOnly: matrix.confirmedOnly };
}
