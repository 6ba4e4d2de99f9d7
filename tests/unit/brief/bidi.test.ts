// Bidi controls in article text: visible markers in the reader's parts and in both exports, never live controls.
import { describe, expect, it } from 'vitest';
import { neutraliseBidi } from '../../../core/shared/bidi';
import { splitBidiControls } from '../../../renderer/lib/bidi-parts';
import { esc } from '../../../core/brief/html-escape';
import { mdBlockQuote, mdLine } from '../../../core/brief/markdown-escape';

const TROJAN = 'The envoy said \u202Eyletelpmoc\u202C the deal was \u2067off\u2069.';
const CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

describe('bidi controls', () => {
  it('are cut out of the reader text as single parts with a marker, keeping every character in place', () => {
    const parts = splitBidiControls(TROJAN);
    expect(parts.map((p) => p.text).join('')).toBe(TROJAN);
    expect(parts.filter((p) => p.marker).map((p) => p.marker)).toEqual([
      'RLO U+202E',
      'PDF U+202C',
      'RLI U+2067',
      'PDI U+2069',
    ]);
    expect(parts.filter((p) => p.marker).every((p) => p.text.length === 1)).toBe(true);
    expect(splitBidiControls('plain')).toEqual([{ text: 'plain', marker: null }]);
  });

  it('are neutralised in the Markdown and HTML (PDF) exports: shown as markers, never emitted', () => {
    for (const out of [esc(TROJAN), mdLine(TROJAN), mdBlockQuote(TROJAN)]) {
      expect(out).not.toMatch(CONTROLS);
      expect(out).toContain('RLO U+202E');
      expect(out).toContain('PDI U+2069');
    }
    for (let c = 0x202a; c <= 0x202e; c++) expect(neutraliseBidi(String.fromCharCode(c))).not.toMatch(CONTROLS);
    for (let c = 0x2066; c <= 0x2069; c++) expect(neutraliseBidi(String.fromCharCode(c))).not.toMatch(CONTROLS);
  });
});
