// Escaping for GitHub-flavoured Markdown: text from articles and analysts can never become structure, links or HTML.
import { cleanText, oneLine, safeHttpUrl } from './text';

/**
 * Characters that start inline structure anywhere in a line: emphasis, code, links and images, autolinks and raw
 * HTML, table cells, strikethrough, entities ("&lt;" would be decoded), maths ($ on GitHub) and the escape itself.
 */
const INLINE = /[\\`*_[\]<>|~&$]/g;

export function mdInline(text: string): string {
  return oneLine(text).replace(INLINE, (c) => `\\${c}`);
}

/**
 * Structure that only counts at the start of a line: headings, lists, setext underlines and ordered lists. ('>',
 * '*', '|' and backticks are already escaped wherever they stand.)
 */
function escapeLineStart(line: string): string {
  return line.replace(/^([#+=-])/, '\\$1').replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

/** One line of running text: inline escapes, leading white space dropped (four spaces would make a code block). */
export function mdLine(text: string): string {
  return escapeLineStart(oneLine(text).replace(INLINE, (c) => `\\${c}`));
}

/** A heading's text: every '#' escaped too, since trailing ones would be read as the closing sequence. */
export function mdHeading(text: string): string {
  return escapeLineStart(oneLine(text).replace(/[\\`*_[\]<>|~&$#]/g, (c) => `\\${c}`)) || '\\-';
}

/** A table cell: one line, pipes escaped (GFM splits cells on an unescaped '|', even inside code). */
export function mdCell(text: string): string {
  const cell = mdInline(text);
  return cell === '' ? ' ' : cell;
}

/** Several lines of text kept as lines (hard breaks with a trailing backslash), each escaped on its own. */
export function mdLines(text: string): string[] {
  return cleanText(text)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map(mdLine);
}

/** A block quote of verbatim text: every line prefixed, so the quote cannot end early or open other blocks. */
export function mdBlockQuote(text: string): string {
  const lines = mdLines(text);
  return (lines.length ? lines : ['']).map((l) => `> ${l}`).join('\\\n');
}

/** An autolink for a safe http(s) URL; anything else is printed as inert text. */
export function mdUrl(url: string | null): string | null {
  if (!url) return null;
  const safe = safeHttpUrl(url);
  return safe ? `<${safe}>` : mdInline(url);
}
