// Moves a statement's start or end by one word in the article body, for adjusting boundaries from the keyboard.

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);

/** The start of the word before `at` (or of the word `at` is inside). */
export function previousWordStart(body: string, at: number): number {
  let i = Math.max(0, Math.min(at, body.length));
  while (i > 0 && isSpace(body[i - 1])) i--;
  while (i > 0 && !isSpace(body[i - 1])) i--;
  return i;
}

/** The start of the word after the one `at` is in. */
export function nextWordStart(body: string, at: number): number {
  let i = Math.max(0, Math.min(at, body.length));
  while (i < body.length && !isSpace(body[i])) i++;
  while (i < body.length && isSpace(body[i])) i++;
  return i;
}

/** The end of the word before the one ending at `at`. */
export function previousWordEnd(body: string, at: number): number {
  let i = Math.max(0, Math.min(at, body.length));
  while (i > 0 && !isSpace(body[i - 1])) i--;
  while (i > 0 && isSpace(body[i - 1])) i--;
  return i;
}

/** The end of the next word after `at`. */
export function nextWordEnd(body: string, at: number): number {
  let i = Math.max(0, Math.min(at, body.length));
  while (i < body.length && isSpace(body[i])) i++;
  while (i < body.length && !isSpace(body[i])) i++;
  return i;
}

/**
 * Where to offer a split by default: the sentence or clause boundary nearest the middle of the statement, as an
 * offset into its text, or the middle word boundary when there is none.
 */
export function suggestedSplit(text: string): number {
  const middle = text.length / 2;
  let best = -1;
  const re = /[.!?;:,]["”’)]?\s+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index + m[0].length;
    if (at >= text.length) break;
    if (best === -1 || Math.abs(at - middle) < Math.abs(best - middle)) best = at;
  }
  if (best > 0) return best;
  const space = text.indexOf(' ', Math.floor(middle));
  return space > 0 ? space + 1 : Math.max(1, Math.floor(middle));
}
