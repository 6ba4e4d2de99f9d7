// Whitespace collapsing that stays linear on huge input: a single space is left in place rather than replaced.
// (V8 slows down far more than linearly when a global replace makes hundreds of thousands of replacements.)

/** Every run of whitespace becomes one space (as `s.replace(/\s+/g, ' ')`). */
export function collapseWhitespace(s: string): string {
  return s.replace(/\s{2,}|[^\S ]/g, ' ');
}

/** Every run of spaces, tabs and no-break spaces becomes one space, leaving line breaks alone. */
export function collapseSpaces(s: string): string {
  return s.replace(/[ \t\u00a0]{2,}|[\t\u00a0]/g, ' ');
}
