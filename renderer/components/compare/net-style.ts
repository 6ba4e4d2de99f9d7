// The matrix's colour scale: a net position in [-1, 1] as a tint from the against colour through the surface to favor.

/** The tint grows with |net| up to this share of the stance colour, so text on it keeps its contrast in both themes. */
const MAX_TINT = 38;

export function netTint(net: number): string {
  const share = Math.round(Math.min(1, Math.abs(net)) * MAX_TINT);
  if (share === 0) return 'var(--surface)';
  const color = net > 0 ? 'var(--scale-favor)' : 'var(--scale-against)';
  return `color-mix(in oklab, ${color} ${share}%, var(--surface))`;
}

export function leanWord(lean: 'positive' | 'balanced' | 'negative'): string {
  return lean === 'positive' ? 'leans favor' : lean === 'negative' ? 'leans against' : 'balanced';
}
