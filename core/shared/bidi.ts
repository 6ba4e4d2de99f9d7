// Unicode bidi embedding, override and isolate controls (U+202A-202E, U+2066-2069): found, named and neutralised, so
// article text can never reorder what is shown around it (a "Trojan Source" reversal in a quote or a file name).
// The reader splits them out with these same rules (renderer/lib/bidi-parts.ts); exports neutralise them here.

const CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
/** Every control, globally: for replacing or splitting. */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** The short name a control is shown by, e.g. "RLO" for U+202E. */
const NAMES: Record<string, string> = {
  '\u202A': 'LRE',
  '\u202B': 'RLE',
  '\u202C': 'PDF',
  '\u202D': 'LRO',
  '\u202E': 'RLO',
  '\u2066': 'LRI',
  '\u2067': 'RLI',
  '\u2068': 'FSI',
  '\u2069': 'PDI',
};

export function hasBidiControls(text: string): boolean {
  return CONTROLS.test(text);
}

/** A control's name and code point, e.g. "RLO U+202E". */
export function bidiLabel(control: string): string {
  const code = control.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return `${NAMES[control] ?? 'bidi'} U+${code}`;
}

/** The visible stand-in for a control in exported text, e.g. "[RLO U+202E]". */
export function bidiMarker(control: string): string {
  return `[${bidiLabel(control)}]`;
}

/** Replaces every control by its visible marker (exports: the text then reads in its stored order). */
export function neutraliseBidi(text: string): string {
  return hasBidiControls(text) ? text.replace(BIDI_CONTROLS, bidiMarker) : text;
}
