// Turns an imported file's bytes into text, refusing empty, binary, non-UTF-8 and oversized input by name.
import { ParleyError } from '../errors';
import { MAX_IMPORT_BYTES } from '../shared/import-limits';

const describe = (fileName: string | undefined) => (fileName ? `"${fileName}"` : 'The pasted text');

/** Decodes UTF-8 (with or without BOM) or UTF-16 with a BOM; throws a ParleyError naming the file otherwise. */
export function decodeArticleBytes(bytes: Uint8Array, fileName?: string): string {
  const who = describe(fileName);
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    const mb = (bytes.byteLength / (1024 * 1024)).toFixed(1);
    throw new ParleyError('too_large', `${who} is ${mb} MB; Parley imports articles of up to 10 MB.`);
  }
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = strictDecode('utf-16le', bytes.subarray(2), who);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = strictDecode('utf-16be', bytes.subarray(2), who);
  else {
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
    throw new ParleyError('too_large', `${who} is over 10 MB; Parley imports articles of up to 10 MB.`);
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
