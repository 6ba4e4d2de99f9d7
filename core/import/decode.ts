// Turns an imported file's bytes into text, refusing empty, binary, non-UTF-8 and oversized input by name.
import { ParleyError } from '../errors';
import { MAX_IMPORT_BYTES } from '../shared/import-limits';

const describe = (fileName: string | undefined) => (fileName ? `"${fileName}"` : 'The pasted text');

/** The size refusal, in words, for every way a file arrives (CLI, batch, single import, pasted text). */
export function tooLargeMessage(fileName: string | undefined, bytes?: number): string {
  const size = bytes === undefined ? '' : ` (${(bytes / (1024 * 1024)).toFixed(1)} MB)`;
  return `${describe(fileName)} is over the 10 MB limit${size}; Parley imports articles of up to 10 MB.`;
}

/** Decodes UTF-8 (with or without BOM) or UTF-16 (with a BOM, or recognised by its zero bytes); throws a ParleyError naming the file otherwise. */
export function decodeArticleBytes(bytes: Uint8Array, fileName?: string): string {
  const who = describe(fileName);
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    throw new ParleyError('too_large', tooLargeMessage(fileName, bytes.byteLength));
  }
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = strictDecode('utf-16le', bytes.subarray(2), who);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = strictDecode('utf-16be', bytes.subarray(2), who);
  else {
    const utf16 = utf16WithoutBom(bytes);
    if (utf16) return checkText(strictDecode(utf16, bytes, who), fileName);
    if (looksBinary(bytes)) {
      throw new ParleyError('binary_input', `${who} is a binary file, not text; import .txt, .md or .html articles.`);
    }
    text = strictDecode('utf-8', bytes, who);
  }
  return checkText(text, fileName);
}

/** Checks text that arrived already decoded (pasted): empty, too large or binary-looking. */
export function checkText(text: string, fileName?: string): string {
  const who = describe(fileName);
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.length > MAX_IMPORT_BYTES / 3 && new TextEncoder().encode(clean).byteLength > MAX_IMPORT_BYTES) {
    throw new ParleyError('too_large', tooLargeMessage(fileName));
  }
  if (clean.includes('\u0000')) {
    throw new ParleyError('binary_input', `${who} contains NUL characters, so it is binary data, not text.`);
  }
  if (clean.trim() === '') {
    throw new ParleyError('empty_input', `${who} is empty: there is no text to import.`);
  }
  return clean;
}

function strictDecode(encoding: string, bytes: Uint8Array, who: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new ParleyError(
      'bad_encoding',
      `${who} is not valid ${encoding.toUpperCase()} text; save it as UTF-8 and import it again.`,
    );
  }
}

/** A NUL byte, or many control bytes, in the first 8 KB marks a binary file. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.byteLength, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}

/**
 * UTF-16 saved without a byte order mark: every space, digit and Latin letter has a zero high byte, so zero bytes
 * stand (almost) only at odd offsets (little-endian) or only at even ones (big-endian). Binary data has them at both.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.byteLength, 8192) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  const enough = (count: number) => count >= pairs * 0.05;
  const scarce = (count: number) => count <= pairs * 0.01;
  if (enough(odd) && scarce(even)) return decodesAsText(bytes, 'utf-16le') ? 'utf-16le' : null;
  if (enough(even) && scarce(odd)) return decodesAsText(bytes, 'utf-16be') ? 'utf-16be' : null;
  return null;
}

/** The start of `bytes` decodes in `encoding` to words between spaces, with no control characters but breaks and tabs. */
function decodesAsText(bytes: Uint8Array, encoding: string): boolean {
  const cut = bytes.byteLength > 8192;
  let head = new TextDecoder(encoding).decode(bytes.subarray(0, cut ? 8192 : bytes.byteLength & ~1));
  if (cut) head = head.slice(0, -1); // may be half of a surrogate pair cut at the 8 KB mark
  return /\s/.test(head) && !/[\u0000-\u0008\u000e-\u001f\ufffd]/.test(head);
}
