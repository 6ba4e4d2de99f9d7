// The net position of a set of stances, and the lean it falls in: the one scale the matrix, side by side and charts share.
//
// net = (favor − against) / n, where n = favor + against + concern + neutral.
//   +1: every statement favours the target; −1: every statement is against it; 0: balanced, or all neutral.
//   Concern is its own dimension, not a side: worry about a target's situation ("concerned about the rise in terrorist
//   activities in Afghanistan") is not hostility towards it. It counts in n (so it pulls the net towards 0, as neutral
//   does) and is shown beside the net as the concern share, concern / n.
//   Neutral statements count in n, so they pull the net towards 0: an actor who mostly reports facts about a target
//   has a weaker position than one who only takes sides.
import type { LabelCounts, Lean } from './schema';

/** |net| at or above this is a position (positive or negative); below it the actor is balanced. */
export const LEAN_THRESHOLD = 0.2;

export function totalOf(c: LabelCounts): number {
  return c.favor + c.against + c.concern + c.neutral;
}

/** Rounded to 4 decimals so the same counts always print the same number; 0 when there are no stances. */
export function netPosition(c: LabelCounts): number {
  const n = totalOf(c);
  if (n === 0) return 0;
  const net = (c.favor - c.against) / n;
  return Math.round(net * 10_000) / 10_000 || 0;
}

/** concern / n in [0, 1], rounded like the net; 0 when there are no stances. */
export function concernShare(c: LabelCounts): number {
  const n = totalOf(c);
  if (n === 0) return 0;
  return Math.round((c.concern / n) * 10_000) / 10_000;
}

export function leanOf(net: number): Lean {
  if (net >= LEAN_THRESHOLD) return 'positive';
  if (net <= -LEAN_THRESHOLD) return 'negative';
  return 'balanced';
}

export function emptyCounts(): LabelCounts {
  return { favor: 0, against: 0, concern: 0, neutral: 0 };
}
