// The .qdc codebook (urn:QDA-XML:codebook:1.0), as Taguette, QualCoder and ATLAS.ti exchange it.
import type { RefiCode } from './model';
import { codesXml, readCodes } from './project-xml';
import { parseXml } from './xml';

export const CODEBOOK_NS = 'urn:QDA-XML:codebook:1.0';

export function writeCodebookXml(codes: RefiCode[], origin = 'Parley'): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<CodeBook xmlns="${CODEBOOK_NS}" origin="${origin}">\n<Codes>\n${codesXml(codes)}\n</Codes>\n</CodeBook>\n`;
}

export function readCodebookXml(xml: string): RefiCode[] {
  const doc = parseXml(xml);
  const book = (doc.CodeBook ?? (doc.Project as Record<string, unknown> | undefined)?.CodeBook) as
    Record<string, unknown> | undefined;
  if (!book) throw new Error('This is not a QDA-XML codebook: it has no <CodeBook> element.');
  const codes = (book.Codes as Record<string, unknown> | undefined)?.Code;
  return readCodes(Array.isArray(codes) ? (codes as Record<string, unknown>[]) : []);
}
