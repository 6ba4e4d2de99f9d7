// Splits imported text into headline, metadata header (Title:, Source:, Published:, URL:) and body.
import { htmlToText, looksLikeHtml } from './html-to-text';
import { stripNavigationLines } from './navigation-lines';
import { collapseWhitespace } from './whitespace';
import { normaliseDate } from './normalise-date';
import { outletName } from './outlet-name';

export interface ParsedArticle {
  title: string;
  /** True when no headline was found and the title was made from the file name or the first words. */
  titleMissing: boolean;
  /** The outlet's name (og:site_name, a Source: line, or the URL's host). */
  source: string | null;
  url: string | null;
  /** YYYY-MM-DD, or null when no date could be read. */
  published: string | null;
  /** The published text as found when it was not already YYYY-MM-DD (unreadable ones are shown as a warning). */
  publishedRaw: string | null;
  body: string;
}

const HEADER_LINE = /^(title|source|outlet|published|date|url|link)\s*:\s*(.*)$/i;

function titleFromFileName(fileName: string | undefined): string | null {
  if (!fileName) return null;
  const base = fileName
    .split(/[\\/]/)
    .pop()!
    .replace(/\.[a-z0-9]+$/i, '');
  const words = base.replace(/[-_]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : null;
}

function clip(text: string, max: number): string {
  const t = collapseWhitespace(text).trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

export function parseArticle(raw: string, fileName?: string, now?: Date): ParsedArticle {
  let text = raw.replace(/\r\n?/g, '\n');
  const meta: { title: string | null; source: string | null; url: string | null; published: string | null } = {
    title: null,
    source: null,
    url: null,
    published: null,
  };
  if (looksLikeHtml(text, fileName)) {
    const html = htmlToText(text);
    Object.assign(meta, { title: html.title, source: html.source, url: html.url, published: html.published });
    text = html.text;
  }
  const lines = text.split('\n');
  let i = 0;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  // Optional header block of "Key: value" lines, ended by a blank line.
  let j = i;
  const header: Record<string, string> = {};
  while (j < lines.length && HEADER_LINE.test(lines[j]!.trim())) {
    const [, key, value] = HEADER_LINE.exec(lines[j]!.trim())!;
    header[key!.toLowerCase()] = value!.trim();
    j++;
  }
  if (j > i && (j === lines.length || lines[j]!.trim() === '')) {
    meta.title = header.title || meta.title;
    meta.source = header.source || header.outlet || meta.source;
    meta.published = header.published || header.date || meta.published;
    meta.url = header.url || header.link || meta.url;
    i = j;
    while (i < lines.length && lines[i]!.trim() === '') i++;
  }
  // A first non-empty line followed by a blank line is the headline, unless the title came from a header or HTML,
  // in which case the first line is dropped only when it repeats that title.
  const first = lines[i]?.trim().replace(/^#+\s*/, '') ?? '';
  const standsAlone = i + 1 < lines.length && lines[i + 1]!.trim() === '' && first.length <= 300;
  if (meta.title === null && standsAlone) {
    meta.title = first;
    i += 1;
  } else if (meta.title !== null && first === meta.title) {
    i += 1;
  }
  const body = stripNavigationLines(lines.slice(i).join('\n'));
  const title = meta.title || titleFromFileName(fileName) || clip(body, 80) || 'Untitled article';
  // A date without a year takes it from the header or the dateline at the top of the body.
  const date = normaliseDate(meta.published, {
    context: `${lines.slice(0, i).join('\n')}\n${body.slice(0, 600)}`,
    now,
  });
  return {
    title: clip(title, 300),
    titleMissing: !meta.title,
    source: outletName(meta.source, meta.url),
    url: meta.url,
    published: date.date,
    publishedRaw: date.raw,
    body,
  };
}
