// A bounded cache of the ASCII tokens read so far, so a word seen before costs no substring, toLowerCase or lookup.

/** What a token is: a word, a number or a punctuation mark. */
export type TokenKind = 'word' | 'number' | 'punct';

/** What a token takes from its characters alone (classes included, from the lexicons at the time it was read). */
export interface WordForm {
  kind: TokenKind;
  text: string;
  lower: string;
  cap: boolean;
  upper: boolean;
  cls: number;
}

/**
 * Words by their exact characters (case kept), in an open-addressing table keyed by a hash of their char codes.
 * The table stops taking words when full: memory stays bounded whatever the text, and unseen words are only slower.
 */
export class WordForms {
  private readonly slots = new Int32Array(1 << 16);
  /** Each slot's word hash: a probe compares it before any characters (a full table has long runs of other words). */
  private readonly hashes = new Int32Array(1 << 16);
  private forms: WordForm[] = [];

  /** Longest word kept: V8 shares the memory of longer substrings with the whole body, which must not stay alive. */
  static readonly MAX_LENGTH = 12;
  private static readonly LIMIT = 1 << 15;

  find(text: string, from: number, to: number, hash: number): WordForm | undefined {
    const mask = this.slots.length - 1;
    const h32 = hash | 0; // as the hash table stores it
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const slot = this.slots[s]!;
      if (slot === 0) return undefined;
      if (this.hashes[s] !== h32) continue;
      const form = this.forms[slot - 1]!;
      if (form.text.length === to - from && sameChars(form.text, text, from)) return form;
    }
  }

  add(hash: number, form: WordForm): void {
    if (this.forms.length >= WordForms.LIMIT) return;
    this.forms.push(form);
    const mask = this.slots.length - 1;
    let s = hash & mask;
    while (this.slots[s] !== 0) s = (s + 1) & mask;
    this.slots[s] = this.forms.length;
    this.hashes[s] = hash;
  }

  /** Forgets every word (their classes change when a lexicon word is added). */
  clear(): void {
    if (!this.forms.length) return; // lexicons are built before any body is read: nothing to forget then
    this.slots.fill(0);
    this.forms = [];
  }
}

function sameChars(a: string, text: string, from: number): boolean {
  for (let k = 0; k < a.length; k++) if (a.charCodeAt(k) !== text.charCodeAt(from + k)) return false;
  return true;
}
