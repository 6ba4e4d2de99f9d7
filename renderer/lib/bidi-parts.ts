// Cuts text into ordinary runs and single bidi controls (U+202A-202E, U+2066-2069, the set core/shared/bidi.ts neutralises
// in exports), so the reader can show each control as a visible, isolated marker while keeping every character.
import { BIDI_CONTROLS, bidiLabel, hasBidiControls } from '../../core/shared/bidi';

export interface BidiPart {
  text: string;
  /** The marker to show for a control character, e.g. "RLO U+202E", or null for ordinary text. */
  marker: string | null;
}

/** Ordinary runs and single controls, in order; joined they give back the text exactly (offsets stay exact). */
export function splitBidiControls(text: string): BidiPart[] {
  if (!hasBidiControls(text)) return [{ text, marker: null }];
  const parts: BidiPart[] = [];
  let last = 0;
  for (const m of text.matchAll(BIDI_CONTROLS)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index), marker: null });
    parts.push({ text: m[0], marker: bidiLabel(m[0]) });
    last = m.index + 1;
  }
  if (last < text.length) parts.push({ text: text.slice(last), marker: null });
  return parts;
}
