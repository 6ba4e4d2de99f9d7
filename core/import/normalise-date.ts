// Reads an article's published date from the forms news uses into YYYY-MM-DD, with chrono-node (day-first default).
import * as chrono from 'chrono-node';

export interface NormalisedDate {
  /** YYYY-MM-DD, or null when the text holds no readable calendar date. */
  date: string | null;
  /** The text as found, kept when it was not already the normalised date (so the analyst can see what was there). */
  raw: string | null;
}

/** Words that may surround a date in a header ("Published on", "Updated", "GMT") without making it a sentence. */
const FILLER =
  /\b(published|updated|posted|last|first|modified|on|at|date[d]?|am|pm|gmt|utc|ist|pkt|est|edt|bst|cet)\b/gi;
const MAX_LEFTOVER_LETTERS = 3;

const pad = (n: number) => String(n).padStart(2, '0');

// Strict mode: calendar dates only, no "next week" or "yesterday"; little-endian reads 04/03 as 4 March.
const DAY_FIRST = new chrono.Chrono(chrono.en.configuration.createConfiguration(true, true));
const MONTH_FIRST = new chrono.Chrono(chrono.en.configuration.createConfiguration(true, false));

/** A year named near the top of the article (dateline or header), for dates written without one. */
export function yearFromContext(context: string): number | null {
  const m = /\b(19[7-9]\d|20\d\d)\b/.exec(context.slice(0, 2000));
  return m ? Number(m[1]) : null;
}

/** For "Tuesday 14 March" with no year anywhere: the latest year, up to `now`, in which that day was a Tuesday. */
function yearForWeekday(month: number, day: number, weekday: number, now: Date): number | null {
  for (let y = now.getFullYear(); y > now.getFullYear() - 12; y--) {
    const d = new Date(Date.UTC(y, month - 1, day));
    if (d.getUTCMonth() === month - 1 && d.getUTCDay() === weekday && d.getTime() <= now.getTime()) return y;
  }
  return null;
}

function parseOne(parser: chrono.Chrono, text: string, ref: Date): chrono.ParsedResult | null {
  const results = parser.parse(text, ref, { forwardDate: false });
  if (results.length !== 1) return null;
  const r = results[0]!;
  // A sentence that merely contains a date ("talks resume next week") is not a date.
  const leftover = (text.slice(0, r.index) + text.slice(r.index + r.text.length)).replace(FILLER, '');
  if ((leftover.match(/\p{L}/gu) ?? []).length > MAX_LEFTOVER_LETTERS) return null;
  if (!r.start.isCertain('day') || !r.start.isCertain('month')) return null;
  return r;
}

/**
 * Normalises a published date. `context` (the dateline or header text) supplies the year when the date has none;
 * `dayFirst` reads 04/03/2025 as 4 March (the default, as most outlets these analysts read write it).
 */
export function normaliseDate(
  value: string | null | undefined,
  options: { context?: string; dayFirst?: boolean; now?: Date } = {},
): NormalisedDate {
  const text = (value ?? '').replace(/\s+/g, ' ').trim();
  if (!text) return { date: null, raw: null };
  const now = options.now ?? new Date();
  const contextYear = options.context ? yearFromContext(options.context) : null;
  const ref = new Date(Date.UTC(contextYear ?? now.getFullYear(), 6, 1, 12));
  const [first, second] = options.dayFirst === false ? [MONTH_FIRST, DAY_FIRST] : [DAY_FIRST, MONTH_FIRST];
  const r = parseOne(first, text, ref) ?? parseOne(second, text, ref);
  if (!r) return { date: null, raw: text };
  const month = r.start.get('month')!;
  const day = r.start.get('day')!;
  let year: number | null = r.start.get('year')!;
  if (!r.start.isCertain('year')) {
    const weekday = r.start.isCertain('weekday') ? r.start.get('weekday') : null;
    year = contextYear ?? (weekday !== null ? yearForWeekday(month, day, weekday, now) : null);
    if (year === null) return { date: null, raw: text };
  }
  const date = `${year}-${pad(month)}-${pad(day)}`;
  return { date, raw: date === text ? null : text };
}
