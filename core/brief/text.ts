// Text helpers both renderers share: cleaning, the analyst's paragraphs and bullets, dates, words for labels, safe URLs.
import { slug } from '../shared/slug';
import { neutraliseBidi } from '../shared/bidi';
import type { Kind } from '../domain';
import type { StanceCell } from './model';

/**
 * Drops control characters (except tab and newline), normalises line ends, and shows bidi controls as visible markers
 * (so they cannot reorder the exported text), so no renderer sees any of them.
 */
export function cleanText(text: string): string {
  return neutraliseBidi(
    text.replace(/\r\n?|[\u2028\u2029]/g, '\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, ''),
  );
}

/** One line: newlines and runs of white space become single spaces. */
export function oneLine(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').trim();
}

export type TextBlock = { kind: 'paragraph'; lines: string[] } | { kind: 'list'; items: string[] };

const BULLET = /^\s*(?:[-*•‣◦])\s+(.*)$/;

/**
 * The analyst's free text as blocks: blank lines separate paragraphs, and lines starting with "- ", "* " or "• "
 * are bullet items. That is the only structure read from it; everything else stays literal text.
 */
export function textBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current: TextBlock | null = null;
  for (const raw of cleanText(text).split('\n')) {
    const line = raw.trim();
    if (line === '') {
      current = null;
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet) {
      if (current?.kind !== 'list') {
        current = { kind: 'list', items: [] };
        blocks.push(current);
      }
      current.items.push(bullet[1]!.trim());
    } else if (current?.kind === 'list') {
      // A line under a bullet continues that bullet.
      const last = current.items.length - 1;
      current.items[last] = `${current.items[last]} ${line}`;
    } else {
      if (current === null) {
        current = { kind: 'paragraph', lines: [] };
        blocks.push(current);
      }
      current.lines.push(line);
    }
  }
  return blocks;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2021-04-07…" → "7 April 2021"; anything else is printed as the analyst or the article gave it. */
export function formatDate(value: string | null): string | null {
  if (value === null || value.trim() === '') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (!m) return oneLine(value);
  const month = MONTHS[Number(m[2]) - 1];
  const day = Number(m[3]);
  if (!month || day < 1 || day > 31) return oneLine(value);
  return `${day} ${month} ${m[1]}`;
}

export const KIND_WORDS: Record<Kind, string> = {
  direct_quote: 'direct quote',
  indirect: 'reported speech',
  narration: 'narration',
};

export const STANCE_WORDS: Record<NonNullable<StanceCell['dominant']>, string> = {
  favor: 'Favor',
  against: 'Against',
  concern: 'Concern',
  neutral: 'Neutral',
  mixed: 'Mixed',
};

/** The URL when it is an absolute http(s) URL, else null: only those may become links in an export. */
export function safeHttpUrl(value: string | null): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password) return null;
  const href = url.href;
  return /^[^\s<>"'`\\]+$/.test(href) ? href : null;
}

/** "[1]", "[1, 3]": the citation marks after a quote or in a cell. */
export function citationMark(citations: number[]): string {
  const unique = [...new Set(citations)].sort((a, b) => a - b);
  return unique.length ? `[${unique.join(', ')}]` : '';
}

/** A file name from the title and date: lower-case ASCII words joined by dashes, never empty. */
export function briefFileName(title: string, date: string, extension: 'md' | 'pdf'): string {
  const name = slug(oneLine(title));
  const day = /^\d{4}-\d{2}-\d{2}/.exec(date.trim())?.[0];
  return `${[day, name || 'brief'].filter(Boolean).join('-')}.${extension}`;
}
