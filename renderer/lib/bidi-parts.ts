// Cuts text into ordinary runs and single bidi controls (U+202A-202E, U+2066-2069, the set core/bidi.ts neutralises
// in exports), so the reader can show each control as a visible, isolated marker while keeping every character.

const CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
const CONTROLS_ALL = /[\u202A-\u202E\u2066-\u2069]/g;
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

export interface BidiPart {
  text: string;
  /** The marker to show for a control character, e.g. "RLO U+202E", or null for ordinary text. */
  marker: string | null;
}

function marker(control: string): string {
  return `${NAMES[control]} U+${control.codePointAt(0)!.toString(16).toUpperCase()}`;
}

/** Ordinary runs and single controls, in order; joined they give back the text exactly (offsets stay exact). */
export function splitBidiControls(text: string): BidiPart[] {
  if (!CONTROLS.test(text)) return [{ text, marker: null }];
  const parts: BidiPart[] = [];
  let last = 0;
  for (const m of text.matchAll(CONTROLS_ALL)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index), marker: null });
    parts.push({ text: m[0], marker: marker(m[0]) });
    last = m.index + 1;
  }
  if (last < text.length) parts.push({ text: text.slice(last), marker: null });
  return parts;
}
