// A quote printed whole: a statement that opens a quotation a later statement closes is joined with the rest of it.
import type { BriefStatement } from './source-data';

/** How many neighbouring statements a quotation may run over before the brief gives up joining it. */
export const MAX_QUOTE_SPAN = 8;

/** For each quotation mark in the text: +1 if it opens a quotation, -1 if it closes one, by position. */
function marks(text: string): { at: number; dir: 1 | -1 }[] {
  const out: { at: number; dir: 1 | -1 }[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '“') out.push({ at: i, dir: 1 });
    else if (ch === '”') out.push({ at: i, dir: -1 });
    else if (ch === '"') {
      // A straight quote opens when a word follows it and none precedes it.
      const opens = /[\p{L}\p{N}‘'(]/u.test(text[i + 1] ?? '') && !/[\p{L}\p{N}.,!?]/u.test(text[i - 1] ?? '');
      out.push({ at: i, dir: opens ? 1 : -1 });
    }
  }
  return out;
}

/** Open quotations minus closed ones. */
function depth(text: string): number {
  return marks(text).reduce((d, m) => d + m.dir, 0);
}

/** Drops quotation marks left without their partner, so a fragment never prints with a dangling mark. */
function dropDangling(text: string): string {
  const open: number[] = [];
  const drop = new Set<number>();
  for (const m of marks(text)) {
    if (m.dir === 1) open.push(m.at);
    else if (open.length) open.pop();
    else drop.add(m.at);
  }
  for (const at of open) drop.add(at);
  return text
    .split('')
    .filter((_, i) => !drop.has(i))
    .join('')
    .trim();
}

/**
 * The statement's words, extended over its neighbours in the same article until every quotation mark it opens is
 * closed (or every one it closes was opened): “We want peace. We will fight terrorism,” he said — whole, not half.
 * `siblings` are the article's statements in reading order.
 */
export function wholeQuoteText(s: BriefStatement, siblings: readonly BriefStatement[]): string {
  let d = depth(s.text);
  if (d === 0) return s.text;
  const at = siblings.findIndex((x) => x.id === s.id);
  const parts = [s.text];
  if (at >= 0 && d > 0) {
    for (let i = at + 1; i < siblings.length && i <= at + MAX_QUOTE_SPAN && d > 0; i++) {
      parts.push(siblings[i]!.text);
      d += depth(siblings[i]!.text);
    }
  } else if (at >= 0 && d < 0) {
    for (let i = at - 1; i >= 0 && i >= at - MAX_QUOTE_SPAN && d < 0; i--) {
      parts.unshift(siblings[i]!.text);
      d += depth(siblings[i]!.text);
    }
  }
  const joined = parts.map((p) => p.trim()).join(' ');
  return d === 0 ? joined : dropDangling(s.text);
}
