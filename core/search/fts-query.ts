// Turns what an analyst types into a safe FTS5 MATCH expression: words and "quoted phrases", all required.

/**
 * Returns null when the text holds nothing searchable. With `prefix`, a last bare word still being typed also matches
 * longer words ("pipe" → pipeline): FTS5 must merge every such term, so callers try the exact query first.
 */
export function toFtsQuery(input: string, { prefix = false }: { prefix?: boolean } = {}): string | null {
  const parts: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  let m: RegExpExecArray | null;
  let lastIsWord = false;
  while ((m = re.exec(input)) !== null) {
    const phrase = m[1];
    const raw = phrase ?? m[2]!;
    // Only letters and digits reach FTS5: operators, column filters and stray quotes cannot.
    const words = raw.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length === 0) continue;
    parts.push(`"${words.join(' ')}"`);
    lastIsWord = phrase === undefined && words.length === 1;
  }
  if (parts.length === 0) return null;
  if (prefix && lastIsWord && !/\s$/.test(input)) parts[parts.length - 1] = `${parts[parts.length - 1]}*`;
  return parts.join(' ');
}

/** Splits a snippet marked with \u0001…\u0002 into plain segments, so the UI can highlight without HTML. */
export function snippetSegments(marked: string): { text: string; match: boolean }[] {
  const out: { text: string; match: boolean }[] = [];
  for (const piece of marked.split('\u0001')) {
    const close = piece.indexOf('\u0002');
    if (close < 0) {
      if (piece) out.push({ text: piece, match: false });
      continue;
    }
    if (close > 0) out.push({ text: piece.slice(0, close), match: true });
    const rest = piece.slice(close + 1);
    if (rest) out.push({ text: rest, match: false });
  }
  return out;
}
