// Display formatting for dates, counts and enum labels shown in the chrome.
import type { Kind, StanceLabel } from '../../core/domain';

const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const dayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

/** Published dates are free text from the article; show them formatted only when they parse as ISO dates. */
export function formatPublished(value: string | null): string {
  if (!value) return '—';
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) {
    const date = new Date(value.length === 10 ? `${value}T12:00:00` : value);
    if (!Number.isNaN(date.getTime())) return dateFormat.format(date);
  }
  return value;
}

/** Short where it can be (today, this year) so the library's column stays narrow; full form for the tooltip. */
export function formatImported(value: string, now = new Date()): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  if (date.toDateString() === now.toDateString()) return `Today, ${timeFormat.format(date)}`;
  if (date.getFullYear() === now.getFullYear()) return dayFormat.format(date);
  return dateFormat.format(date);
}

export function formatDateTime(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateTimeFormat.format(date);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export const KIND_LABELS: Record<Kind, string> = {
  direct_quote: 'Direct quote',
  indirect: 'Paraphrase',
  narration: 'Narration',
};

export const STANCE_SYMBOLS: Record<StanceLabel, string> = {
  favor: '+',
  against: '−',
  concern: '!',
  neutral: '○',
};

/** Turns an id such as "united_states" into "United states" when no label is known. */
export function humanizeId(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  if (words.length <= 3) return words.toUpperCase();
  return words[0]!.toUpperCase() + words.slice(1);
}

/** An agreement percentage as the agreement tables show it ("75.0 %"), a dash where nothing was compared. */
export function formatAgreementPercent(x: number | null): string {
  return x === null ? '—' : `${x.toFixed(1)} %`;
}

/** A kappa or alpha coefficient to two places, a dash where it is undefined. */
export function formatCoefficient(x: number | null): string {
  return x === null ? '—' : x.toFixed(2);
}
