// Reduces an HTML page to its article text with paragraph breaks, plus the metadata its head carries, in one pass.
// htmlparser2 tokenises in linear time (no backtracking on unclosed comments, scripts or tags) and decodes every
// named entity; a readability step then keeps the container that holds the article's paragraphs.
import { Parser } from 'htmlparser2';
import { collapseSpaces, collapseWhitespace } from './whitespace';
import { topFirstStack } from './top-first-stack';

export interface HtmlContent {
  text: string;
  title: string | null;
  source: string | null;
  published: string | null;
  url: string | null;
}

/** Elements whose content is never article text. */
const DROP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'iframe',
  'button',
  'select',
]);
/** Elements that break text into paragraphs. */
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'blockquote',
  'section',
  'article',
  'main',
  'body',
  'tr',
  'td',
  'table',
  'figure',
  'figcaption',
  'pre',
  'hr',
]);
/** Elements whose text counts as a paragraph of the container around them (Readability's scoring unit). */
const PARAGRAPH = new Set(['p', 'pre', 'blockquote', 'h2', 'h3', 'li', 'td']);
/** Elements that may hold the article. */
const CONTAINER = new Set(['div', 'article', 'main', 'section', 'td', 'body']);
const META_KEYS = ['og:title', 'og:site_name', 'article:published_time', 'date', 'og:url'] as const;
/** A paragraph shorter than this (in characters) is a caption or a button label, not article text. */
const MIN_PARAGRAPH = 25;
/** Below this much paragraph text in the best container the page is kept whole (a short note, not a news page). */
const MIN_ARTICLE = 140;
/** Siblings of the chosen container are kept when they score at least this share of it (Readability's rule). */
const SIBLING_SHARE = 0.2;
/** Candidates scoring this share of the best vote for a common ancestor (Readability's alternative candidates). */
const ALTERNATIVE_SHARE = 0.75;
/** How many alternatives, besides the best, must share an ancestor for it to be chosen instead. */
const ALTERNATIVES_NEEDED = 2;
/** Container ancestors remembered per element: bounded, so deep nesting stays linear. */
const ANCESTOR_DEPTH = 6;

interface Frame {
  tag: string;
  id: number;
  text: number;
  links: number;
  /** Text not inside any block child (a paragraph written without <p>, as in <td>…<br><br>…</td>). */
  own: number;
  ownLinks: number;
  /** Paragraph text directly inside (full weight) and one level further down (half weight). */
  score: number;
  parent: Frame | null;
  /** The nearest container ancestors' ids, nearest first, at most ANCESTOR_DEPTH. */
  ancestors: number[];
}

interface Candidate {
  id: number;
  start: number;
  end: number;
  parentId: number;
  score: number;
  ancestors: number[];
}

interface Segment {
  at: number;
  text: string;
}

/** The metadata key a <meta> tag carries, if it is one we read. */
function metaKey(attribs: Record<string, string>): (typeof META_KEYS)[number] | undefined {
  const key = (attribs.property ?? attribs.name ?? '').toLowerCase();
  return (META_KEYS as readonly string[]).includes(key) ? (key as (typeof META_KEYS)[number]) : undefined;
}

const oneLine = (s: string) => collapseWhitespace(s).trim();

export function looksLikeHtml(text: string, fileName?: string): boolean {
  if (fileName && /\.html?$/i.test(fileName)) return true;
  return /^\s*(<!doctype html|<html[\s>])/i.test(text);
}

export function htmlToText(html: string): HtmlContent {
  const meta = new Map<string, string>();
  const segments: Segment[] = [];
  const candidates: Candidate[] = [];
  let counter = 0;
  let dropDepth = 0;
  let linkDepth = 0;
  let titleDepth = 0;
  let titleText = '';
  let h1: { depth: number; text: string; done: boolean } = { depth: 0, text: '', done: false };
  /** Every container's range and parent, for a container chosen by its descendants' votes. */
  const containers = new Map<number, Omit<Candidate, 'score' | 'ancestors'>>();
  const root: Frame = {
    tag: '#root',
    id: 0,
    text: 0,
    links: 0,
    own: 0,
    ownLinks: 0,
    score: 0,
    parent: null,
    ancestors: [],
  };
  let top = root;

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        counter++;
        const ancestors = CONTAINER.has(top.tag)
          ? [top.id, ...top.ancestors.slice(0, ANCESTOR_DEPTH - 1)]
          : top.ancestors;
        top = { tag: name, id: counter, text: 0, links: 0, own: 0, ownLinks: 0, score: 0, parent: top, ancestors };
        if (name === 'meta') {
          const key = metaKey(attribs);
          if (key && !meta.has(key) && attribs.content) meta.set(key, oneLine(attribs.content));
        }
        if (DROP.has(name)) dropDepth++;
        else if (name === 'a') linkDepth++;
        else if (name === 'title') titleDepth++;
        else if (name === 'h1' && !h1.done && dropDepth === 0) h1.depth++;
        if (BLOCK.has(name)) segments.push({ at: counter, text: '\n\n' });
      },
      ontext(text) {
        if (titleDepth > 0) titleText += text;
        if (dropDepth > 0 || titleDepth > 0) return;
        if (h1.depth > 0) {
          h1.text += text; // the first h1 is the headline, not body text
          return;
        }
        segments.push({ at: counter, text });
        const length = text.trim().length;
        top.text += length;
        top.own += length;
        if (linkDepth > 0) {
          top.links += length;
          top.ownLinks += length;
        }
      },
      onclosetag(name) {
        const frame = top;
        counter++;
        if (DROP.has(name)) dropDepth = Math.max(0, dropDepth - 1);
        else if (name === 'a') linkDepth = Math.max(0, linkDepth - 1);
        else if (name === 'title') titleDepth = Math.max(0, titleDepth - 1);
        else if (name === 'h1' && h1.depth > 0 && --h1.depth === 0) h1 = { ...h1, done: true };
        if (BLOCK.has(name)) segments.push({ at: counter, text: '\n\n' });
        const parent = frame.parent ?? root;
        parent.text += frame.text;
        parent.links += frame.links;
        if (!BLOCK.has(name)) {
          parent.own += frame.own;
          parent.ownLinks += frame.ownLinks;
        }
        if (PARAGRAPH.has(name) && frame.text >= MIN_PARAGRAPH) {
          const worth = frame.text - frame.links;
          parent.score += worth;
          if (parent.parent) parent.parent.score += worth / 2;
        }
        if (CONTAINER.has(name)) {
          // Text written straight into a container, without <p>, is a paragraph of that container.
          const ownWorth = frame.own - frame.ownLinks;
          if (ownWorth >= MIN_PARAGRAPH) {
            frame.score += ownWorth;
            parent.score += ownWorth / 2;
          }
          containers.set(frame.id, { id: frame.id, start: frame.id, end: counter, parentId: parent.id });
        }
        if (CONTAINER.has(name) && frame.score > 0) {
          const density = frame.text > 0 ? frame.links / frame.text : 0;
          candidates.push({
            id: frame.id,
            start: frame.id,
            end: counter,
            parentId: parent.id,
            score: frame.score * (1 - density),
            ancestors: frame.ancestors,
          });
        }
        top = parent;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  // The Parser's own stacks copy themselves on every tag; these keep deep nesting linear (see top-first-stack.ts).
  const internals = parser as unknown as { stack: string[]; foreignContext: boolean[] };
  internals.stack = topFirstStack(internals.stack);
  internals.foreignContext = topFirstStack(internals.foreignContext);
  parser.end(html);

  const text = segments
    .filter(inRanges(articleRanges(candidates, containers)))
    .map((s) => s.text)
    .join('')
    .split('\n')
    .map((line) => collapseSpaces(line).trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const title = oneLine(h1.text) || meta.get('og:title') || oneLine(titleText) || null;
  return {
    text,
    title,
    source: meta.get('og:site_name') || null,
    published: meta.get('article:published_time') || meta.get('date') || null,
    url: meta.get('og:url') || null,
  };
}

/**
 * The best-scoring container — or, when several near-best candidates share an ancestor (a story written as one <p>
 * per wrapper <div>), that ancestor — and its well-scoring siblings, as [start, end) ranges in document order.
 */
function articleRanges(
  candidates: Candidate[],
  containers: Map<number, Omit<Candidate, 'score' | 'ancestors'>>,
): Array<[number, number]> | null {
  let best: Candidate | undefined;
  for (const c of candidates) if (!best || c.score > best.score) best = c;
  if (!best) return null;
  const top = best;
  const alternatives = candidates
    .filter((c) => c !== top && c.score >= top.score * ALTERNATIVE_SHARE)
    .sort((a, b) => b.score - a.score)
    .slice(0, 4);
  const shared = top.ancestors.find(
    (a) => alternatives.filter((c) => c.id === a || c.ancestors.includes(a)).length >= ALTERNATIVES_NEEDED,
  );
  const chosen = shared !== undefined ? containers.get(shared)! : top;
  const total = shared !== undefined ? top.score * (1 + alternatives.length) : top.score;
  if (total < MIN_ARTICLE) return null;
  const threshold = Math.max(MIN_PARAGRAPH, top.score * SIBLING_SHARE);
  return [
    [chosen.start, chosen.end] as [number, number],
    ...candidates
      .filter((c) => c.parentId === chosen.parentId && c.id !== chosen.id && c.score >= threshold)
      .filter((c) => !c.ancestors.includes(chosen.id))
      .map((c): [number, number] => [c.start, c.end]),
  ].sort((a, b) => a[0] - b[0]);
}

/** A filter for segments in document order: one pass over the sorted ranges. */
function inRanges(ranges: Array<[number, number]> | null): (s: Segment) => boolean {
  if (!ranges) return () => true;
  let i = 0;
  return (s) => {
    while (i < ranges.length && s.at >= ranges[i]![1]) i++;
    return i < ranges.length && s.at >= ranges[i]![0];
  };
}
