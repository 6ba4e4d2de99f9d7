// Time series of positions: dated stances bucketed by day, week, month, quarter or year, with a net per bucket.
import type { StanceLabel } from '../domain';
import { emptyCounts, netPosition, totalOf } from './net';
import type { TimeBucket, TimePoint, TimeUnit } from './schema';
import { TIME_UNITS } from './schema';

export interface DatedStance {
  actor: string;
  label: StanceLabel;
  /** The article's publication date, YYYY-MM-DD. */
  date: string;
}

/** More buckets than this make a small chart unreadable; a finer unit that would need more is coarsened. */
export const MAX_BUCKETS = 400;

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** The YYYY-MM-DD prefix of an ISO date or timestamp, or null for free-text dates ("March 3") that cannot be placed. */
export function isoDay(value: string | null | undefined): string | null {
  const m = value ? ISO_DATE.exec(value) : null;
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== m[0] ? null : m[0];
}

function toTime(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

function toDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The day after `day`: the exclusive end of an inclusive date range. */
export function nextDay(day: string): string {
  return toDay(toTime(day) + DAY_MS);
}

/** The first day of the bucket holding `day`; weeks start on Monday (ISO 8601). */
export function bucketStart(day: string, unit: TimeUnit): string {
  const d = new Date(toTime(day));
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  switch (unit) {
    case 'day':
      return day;
    case 'week':
      return toDay(d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY_MS);
    case 'month':
      return toDay(Date.UTC(y, m, 1));
    case 'quarter':
      return toDay(Date.UTC(y, m - (m % 3), 1));
    case 'year':
      return toDay(Date.UTC(y, 0, 1));
  }
}

function advance(start: string, unit: TimeUnit): string {
  const d = new Date(toTime(start));
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  switch (unit) {
    case 'day':
      return nextDay(start);
    case 'week':
      return toDay(d.getTime() + 7 * DAY_MS);
    case 'month':
      return toDay(Date.UTC(y, m + 1, 1));
    case 'quarter':
      return toDay(Date.UTC(y, m + 3, 1));
    case 'year':
      return toDay(Date.UTC(y + 1, 0, 1));
  }
}

/** ISO week number of the Monday `start`. */
function isoWeek(start: string): { year: number; week: number } {
  const thursday = new Date(toTime(start) + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return { year, week };
}

export function bucketLabel(start: string, unit: TimeUnit): string {
  switch (unit) {
    case 'day':
      return start;
    case 'week': {
      const { year, week } = isoWeek(start);
      return `${year}-W${String(week).padStart(2, '0')}`;
    }
    case 'month':
      return start.slice(0, 7);
    case 'quarter':
      return `${start.slice(0, 4)}-Q${Math.floor(Number(start.slice(5, 7)) / 3) + 1}`;
    case 'year':
      return start.slice(0, 4);
  }
}

/** Every bucket from the one holding `first` to the one holding `last`, gaps included, so a chart's axis is even. */
export function bucketRange(first: string, last: string, unit: TimeUnit): TimeBucket[] {
  const out: TimeBucket[] = [];
  const end = bucketStart(last, unit);
  for (let s = bucketStart(first, unit); s <= end; s = advance(s, unit))
    out.push({ start: s, label: bucketLabel(s, unit) });
  return out;
}

/** Days for up to ~6 weeks, weeks up to ~6 months, months up to 3 years, quarters up to 10, then years. */
export function chooseUnit(first: string, last: string): TimeUnit {
  const days = (toTime(last) - toTime(first)) / DAY_MS;
  if (days <= 45) return 'day';
  if (days <= 183) return 'week';
  if (days <= 3 * 366) return 'month';
  if (days <= 10 * 366) return 'quarter';
  return 'year';
}

/** The requested unit, or the next coarser one while it would need more than MAX_BUCKETS buckets. */
export function fitUnit(first: string, last: string, unit: TimeUnit): TimeUnit {
  let i = TIME_UNITS.indexOf(unit);
  while (i < TIME_UNITS.length - 1 && bucketRange(first, last, TIME_UNITS[i]!).length > MAX_BUCKETS) i++;
  return TIME_UNITS[i]!;
}

export interface TimelineSeries {
  unit: TimeUnit;
  buckets: TimeBucket[];
  series: { actor: string; points: TimePoint[] }[];
  /** Distinct dates seen. */
  dates: number;
}

/** Buckets the stances of each actor in `actors` (in that order); stances of other actors are ignored. */
export function buildTimeline(
  stances: readonly DatedStance[],
  actors: readonly string[],
  unit?: TimeUnit,
): TimelineSeries {
  const wanted = new Set(actors);
  const rows = stances.filter((s) => wanted.has(s.actor) && isoDay(s.date) !== null);
  if (rows.length === 0) {
    return { unit: unit ?? 'month', buckets: [], series: actors.map((actor) => ({ actor, points: [] })), dates: 0 };
  }
  const days = rows.map((r) => isoDay(r.date)!);
  const first = days.reduce((a, b) => (a < b ? a : b));
  const last = days.reduce((a, b) => (a > b ? a : b));
  const chosen = fitUnit(first, last, unit ?? chooseUnit(first, last));
  const buckets = bucketRange(first, last, chosen);
  const index = new Map(buckets.map((b, i) => [b.start, i]));
  const counts = new Map(actors.map((a) => [a, buckets.map(() => emptyCounts())]));
  rows.forEach((r, i) => {
    counts.get(r.actor)![index.get(bucketStart(days[i]!, chosen))!]![r.label]++;
  });
  return {
    unit: chosen,
    buckets,
    series: actors.map((actor) => ({
      actor,
      points: counts.get(actor)!.map((c) => {
        const n = totalOf(c);
        return { ...c, n, net: n === 0 ? null : netPosition(c) };
      }),
    })),
    dates: new Set(days).size,
  };
}
