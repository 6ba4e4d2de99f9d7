// The extraction engine's hash tables: known words found from char codes in any case, and a bounded word cache.
import { describe, expect, it } from 'vitest';
import { HASH_SEED, hashStep, KnownWords } from '../../../core/extract/known-words';
import { WordForms } from '../../../core/extract/word-forms';

const hashOf = (text: string, from = 0, to = text.length) => {
  let h = HASH_SEED;
  for (let i = from; i < to; i++)
    h = hashStep(h, text.charCodeAt(i) | (text.charCodeAt(i) < 91 && text.charCodeAt(i) > 64 ? 32 : 0));
  return h;
};

describe('KnownWords', () => {
  it('finds a lexicon word inside a body by its characters, whatever its case, and merges class bits', () => {
    const words = new KnownWords();
    words.add('said', 1);
    words.add('said', 4);
    words.add('minister', 2);
    const body = 'The Minister SAID it.';
    const at = words.find(body, 4, 12, hashOf(body, 4, 12));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(words.key(at)).toBe('minister');
    const said = words.find(body, 13, 17, hashOf(body, 13, 17));
    expect(words.bitsAt(said)).toBe(5);
    expect(words.find(body, 0, 3, hashOf(body, 0, 3))).toBe(-1);
    expect(words.get('said')).toBe(5);
    expect(words.get('unknown')).toBe(0);
  });

  it('keeps working past its initial table size', () => {
    const words = new KnownWords();
    for (let i = 0; i < 5000; i++) words.add(`word${i}`, 1);
    const body = 'x word4321 y';
    expect(words.key(words.find(body, 2, 10, hashOf(body, 2, 10)))).toBe('word4321');
  });
});

describe('WordForms', () => {
  it('returns a cached form by exact characters and stops growing at its limit', () => {
    const forms = new WordForms();
    const form = { kind: 'word' as const, text: 'Kabul', lower: 'kabul', cap: true, upper: false, cls: 0 };
    const body = 'in Kabul today';
    forms.add(hashOf(body, 3, 8), form);
    expect(forms.find(body, 3, 8, hashOf(body, 3, 8))).toBe(form);
    expect(forms.find('in kabul', 3, 8, hashOf('in kabul', 3, 8))).toBeUndefined();
    for (let i = 0; i < 40_000; i++)
      forms.add(i * 7919, { kind: 'word', text: `w${i}`, lower: `w${i}`, cap: false, upper: false, cls: 0 });
    forms.clear();
    expect(forms.find(body, 3, 8, hashOf(body, 3, 8))).toBeUndefined();
  });
});
