// Which statements a brief quotes: the analyst's starred ones, or for a first draft a spread of the strongest quotes.
import type { BriefStatement } from './source-data';

/** How many statements a first draft quotes, and at most how many from one speaker. */
export const SUGGESTED_TOTAL = 8;
export const SUGGESTED_PER_SPEAKER = 3;

/** A quote whose opening and closing marks are both in the statement reads whole; a fragment of one does not. */
function wholeQuote(text: string): boolean {
  const opens = (text.match(/[“"]/g) ?? []).length;
  const closes = (text.match(/[”"]/g) ?? []).length;
  return /[“"]/.test(text) && (text.includes('“') ? text.includes('”') : opens % 2 === 0 && closes > 0);
}

function score(s: BriefStatement): number {
  const positions = s.stances.filter((st) => st.label !== 'neutral').length;
  const length = s.text.length;
  return (
    (s.kind === 'direct_quote' ? (wholeQuote(s.text) ? 4 : 2) : 1) +
    Math.min(positions, 2) * 2 +
    (length >= 60 && length <= 400 ? 1 : 0) +
    (s.actor !== null ? 1 : 0)
  );
}

/** Speakers are grouped by the state they speak for when known, else by surname ("Minister Qureshi" = "Qureshi"). */
function speakerKey(s: BriefStatement): string {
  if (s.actor) return `actor:${s.actor}`;
  const words = (s.speaker ?? '').trim().split(/\s+/);
  return `name:${(words[words.length - 1] ?? '').toLowerCase()}`;
}

/**
 * A first draft's quotes: attributed quotes and reported speech, best first per speaker, taken in turn from each
 * speaker so one voice does not fill the list, then put back in reading order.
 */
export function suggestKeyStatements(
  statements: BriefStatement[],
  readingOrder: (a: BriefStatement, b: BriefStatement) => number,
): BriefStatement[] {
  const candidates = statements.filter(
    (s) => s.speaker !== null && s.kind !== 'narration' && s.text.trim().length >= 20,
  );
  const groups = new Map<string, BriefStatement[]>();
  for (const s of candidates) groups.set(speakerKey(s), [...(groups.get(speakerKey(s)) ?? []), s]);
  const queues = [...groups.values()]
    .map((g) => [...g].sort((a, b) => score(b) - score(a) || readingOrder(a, b)).slice(0, SUGGESTED_PER_SPEAKER))
    .sort((a, b) => score(b[0]!) - score(a[0]!) || b.length - a.length || readingOrder(a[0]!, b[0]!));
  const picked: BriefStatement[] = [];
  for (let round = 0; picked.length < SUGGESTED_TOTAL && queues.some((q) => q.length > round); round++) {
    for (const q of queues) {
      const next = q[round];
      if (next && picked.length < SUGGESTED_TOTAL) picked.push(next);
    }
  }
  return picked.sort(readingOrder);
}

/** The analyst's starred statements in reading order, or null when nothing is starred yet. */
export function starredStatements(
  statements: BriefStatement[],
  readingOrder: (a: BriefStatement, b: BriefStatement) => number,
): BriefStatement[] | null {
  const starred = statements.filter((s) => s.starred).sort(readingOrder);
  return starred.length ? starred : null;
}
