// XML text helpers for QDA-XML: escaping for attributes and text, and the shared fast-xml-parser settings.
import { XMLParser } from 'fast-xml-parser';

/** Characters XML 1.0 cannot carry. */
const INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const INVALID_ALL = new RegExp(INVALID.source, 'gu');
/** Anything escaping changes: most attributes (guids, numbers, dates) have none and come back as they are. */
const SPECIAL = /[&<>"'\r]/;

/** Escapes text for an attribute or element; characters XML 1.0 cannot carry are dropped. */
export function esc(s: string): string {
  if (INVALID.test(s)) s = s.replace(INVALID_ALL, '');
  if (!SPECIAL.test(s)) return s;
  return s
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;')
    .replaceAll('\r', '&#13;');
}

export function attrs(a: Record<string, string | number | boolean | null | undefined>): string {
  let out = '';
  for (const [k, v] of Object.entries(a)) if (v !== null && v !== undefined) out += ` ${k}="${esc(String(v))}"`;
  return out;
}

/** Elements that may repeat are always read as arrays, so one child and many read alike. */
const REPEATED = new Set([
  'User',
  'Code',
  'Variable',
  'TextSource',
  'PlainTextSelection',
  'Coding',
  'NoteRef',
  'VariableValue',
  'Note',
  'Case',
  'Set',
  'MemberCode',
]);

export function parseXml(xml: string): Record<string, unknown> {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: true,
    isArray: (name) => REPEATED.has(name),
  });
  return parser.parse(xml) as Record<string, unknown>;
}

/** An element's text content whether the parser gave a string or an object with #text. */
export function textOf(node: unknown): string | null {
  if (node === undefined || node === null) return null;
  if (typeof node === 'string') return node;
  if (typeof node === 'object' && '#text' in node) return String((node as { '#text': unknown })['#text']);
  return '';
}

/** JS strings count UTF-16 units; QDA-XML counts code points. These convert offsets between the two. */
export function toCodePointOffset(text: string, unit: number): number {
  if (!/[\uD800-\uDBFF]/.test(text)) return unit;
  let cp = 0;
  for (let i = 0; i < unit && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) cp++;
  }
  return cp;
}

export function toUnitOffset(text: string, codePoint: number): number {
  if (!/[\uD800-\uDBFF]/.test(text)) return codePoint;
  let cp = 0;
  let i = 0;
  while (cp < codePoint && i < text.length) {
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    cp++;
  }
  return i;
}
