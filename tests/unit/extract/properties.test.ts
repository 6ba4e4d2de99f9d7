// Property-based tests: extraction never throws and its offsets are always exact, ordered and disjoint.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { extract } from '../../../core/extract';

function checkInvariants(body: string): void {
  const { statements } = extract(body, {});
  let last = 0;
  for (const s of statements) {
    expect(s.start).toBeGreaterThanOrEqual(last);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(body.length);
    expect(s.text).toBe(body.slice(s.start, s.end));
    for (const st of s.stances) expect(st.confidence).toBeGreaterThanOrEqual(0);
    last = s.end;
  }
}

const words = [
  'Russia',
  'said',
  'he',
  '“',
  '”',
  '"',
  "'",
  '’',
  'U.S.',
  'Mr.',
  '...',
  '…',
  '.',
  ',',
  '?',
  'the',
  'FM',
  'Pakistan',
  'welcomes',
  'not',
  'against',
  '\n',
  '\n\n',
  '\u00a0',
  'S-400',
  'Lavrov',
  'according',
  'to',
  'him',
  '46%',
  '$790',
  'million',
];
const newsLike = fc.array(fc.constantFrom(...words), { maxLength: 120 }).map((ws) => ws.join(' '));

describe('extraction invariants', () => {
  test('any string', () => fc.assert(fc.property(fc.string({ maxLength: 400 }), checkInvariants), { numRuns: 300 }));
  test('any unicode string', () =>
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), checkInvariants), { numRuns: 200 }));
  test('news-like strings', () => fc.assert(fc.property(newsLike, checkInvariants), { numRuns: 300 }));
  test('pathological inputs stay fast: a 1 MB paragraph without punctuation, 1 MB of quote marks', () => {
    const t0 = performance.now();
    checkInvariants('word '.repeat(200_000));
    checkInvariants('“”"\''.repeat(250_000));
    checkInvariants('Mr. '.repeat(250_000));
    expect(performance.now() - t0).toBeLessThan(15_000);
  });
});
