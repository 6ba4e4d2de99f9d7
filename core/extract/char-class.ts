// Character classes by UTF-16 code unit, so hot loops avoid per-character regular expressions.

const NON_ASCII_LETTER = /\p{L}|\p{M}/u;
const NON_ASCII_UPPER = /\p{Lu}|\p{Lt}/u;

export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

export function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function isLetterCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if (c >= 0xd800 && c <= 0xdfff) return true; // astral letters (rare in news): treat surrogates as word characters
  if (c === 0xa0 || c === 0xad || (c >= 0x2000 && c <= 0x206f)) return false; // spaces, soft hyphen, punctuation block
  return NON_ASCII_LETTER.test(String.fromCharCode(c));
}

export function isUpperCode(c: number): boolean {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return NON_ASCII_UPPER.test(String.fromCharCode(c));
}

export function isWordCode(c: number): boolean {
  return isLetterCode(c) || isDigitCode(c);
}

/** Double quote marks that open or close a quotation: straight, curly, low-9 and guillemets. */
export const DOUBLE_OPEN = new Set([0x201c, 0x201e, 0x00ab]);
export const DOUBLE_CLOSE = new Set([0x201d, 0x00bb]);
export const STRAIGHT_DOUBLE = 0x22;
export const SINGLE_OPEN = 0x2018;
export const SINGLE_CLOSE = 0x2019;
export const STRAIGHT_SINGLE = 0x27;

export function isQuoteCode(c: number): boolean {
  return (
    c === STRAIGHT_DOUBLE ||
    c === STRAIGHT_SINGLE ||
    c === SINGLE_OPEN ||
    c === SINGLE_CLOSE ||
    DOUBLE_OPEN.has(c) ||
    DOUBLE_CLOSE.has(c)
  );
}

/** Characters that may follow a sentence terminator and still belong to the sentence. */
export function isCloserCode(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0x5d || c === 0xbb;
}
