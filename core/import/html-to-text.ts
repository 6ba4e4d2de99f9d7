// Reduces an HTML page to readable text with paragraph breaks, plus the metadata its head carries.

export interface HtmlContent {
  text: string;
  title: string | null;
  source: string | null;
  published: string | null;
  url: string | null;
}

const DROP =
  /<(script|style|noscript|template|svg|nav|header|footer|aside|form|iframe|button|select)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const BLOCK =
  /<\/?(p|div|br|h[1-6]|li|ul|ol|blockquote|section|article|tr|table|figure|figcaption|pre|hr|main)\b[^>]*>/gi;
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  copy: '©',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return NAMED[code.toLowerCase()] ?? whole;
  });
}

function meta(html: string, key: string): string | null {
  const re = new RegExp(`<meta\\b[^>]*(?:property|name)=["']${key}["'][^>]*>`, 'i');
  const tag = re.exec(html)?.[0];
  const content = tag ? /content=["']([^"']*)["']/i.exec(tag)?.[1] : undefined;
  return content ? decodeEntities(content).trim() || null : null;
}

function inner(html: string, tag: string): string | null {
  const m = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}\\s*>`, 'i').exec(html);
  return m
    ? decodeEntities(m[1]!.replace(/<[^>]*>/g, ''))
        .replace(/\s+/g, ' ')
        .trim() || null
    : null;
}

export function looksLikeHtml(text: string, fileName?: string): boolean {
  if (fileName && /\.html?$/i.test(fileName)) return true;
  return /^\s*(<!doctype html|<html[\s>])/i.test(text);
}

export function htmlToText(html: string): HtmlContent {
  const title = inner(html, 'h1') ?? meta(html, 'og:title') ?? inner(html, 'title');
  const source = meta(html, 'og:site_name');
  const published = meta(html, 'article:published_time') ?? meta(html, 'date');
  const url = meta(html, 'og:url');
  const bodyHtml = /<body\b[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  const text = decodeEntities(
    bodyHtml
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(DROP, '')
      .replace(/<h1\b[^>]*>[\s\S]*?<\/h1\s*>/i, '')
      .replace(BLOCK, '\n\n')
      .replace(/<[^>]*>/g, ''),
  )
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, title, source, published, url };
}
