// Finds article text that no statement covers yet, so a statement can be made from it without a mouse.

interface Span {
  id: number;
  start: number;
  end: number;
}

export interface FreeText {
  start: number;
  end: number;
}

/** The stretches of the body between statements (sorted by start) that hold more than white space. */
export function freeStretches(body: string, ordered: readonly Span[]): FreeText[] {
  const out: FreeText[] = [];
  let cursor = 0;
  const add = (start: number, end: number) => {
    if (end > start && /\S/.test(body.slice(start, end))) out.push({ start, end });
  };
  for (const s of ordered) {
    add(cursor, s.start);
    cursor = Math.max(cursor, s.end);
  }
  add(cursor, body.length);
  return out;
}

/** The free text right after the selected statement, else right before it, else the first in the article. */
export function freeTextNear(body: string, ordered: readonly Span[], selectedId: number | null): FreeText | null {
  const free = freeStretches(body, ordered);
  const selected = ordered.find((s) => s.id === selectedId);
  if (selected) {
    const after = free.find((f) => f.start === selected.end);
    if (after) return after;
    const before = free.find((f) => f.end === selected.start);
    if (before) return before;
    return free.find((f) => f.start >= selected.end) ?? free[free.length - 1] ?? null;
  }
  return free[0] ?? null;
}
