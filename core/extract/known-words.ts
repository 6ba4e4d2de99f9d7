// Every lexicon word with its class bits, found straight from the body's char codes (no substring, no Map lookup).
import { WordForms } from './word-forms';

/** FNV-1a over the lower-cased char codes of a word: the tokenizer computes it while it reads the word. */
export const HASH_SEED = 0x811c9dc5;
export function hashStep(h: number, lowerCode: number): number {
  return Math.imul(h ^ lowerCode, 0x01000193);
}

function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * Words to class bits. ASCII words sit also in an open-addressing table keyed by their hash, so a token of the body is
 * found by comparing char codes, and its lower-case string is the stored key (no toLowerCase, no hashing of a new string).
 */
export class KnownWords {
  /** Words read from bodies with their forms and classes (see word-forms.ts). */
  readonly forms = new WordForms();
  private readonly bits = new Map<string, number>();
  private slots = new Int32Array(1 << 12);
  /** Each slot's word hash: a probe compares it before any characters. */
  private hashes = new Int32Array(1 << 12);
  private keys: string[] = [];
  private keyBits: number[] = [];

  /** Adds `bit` to the classes of `word`. */
  add(word: string, bit: number): void {
    const all = (this.bits.get(word) ?? 0) | bit;
    this.forms.clear();
    this.bits.set(word, all);
    if (!isAscii(word)) return;
    let h = HASH_SEED;
    for (let i = 0; i < word.length; i++) h = hashStep(h, word.charCodeAt(i));
    const at = this.find(word, 0, word.length, h, false);
    if (at >= 0) {
      this.keyBits[at] = all;
      return;
    }
    if ((this.keys.length + 1) * 2 > this.slots.length) this.grow();
    this.keys.push(word);
    this.keyBits.push(all);
    this.place(h, this.keys.length);
  }

  /** Class bits of a lower-case word (0 when it is in no lexicon). */
  get(word: string): number {
    return this.bits.get(word) ?? 0;
  }

  /**
   * Index of the known word equal to text[from, to), lower-cased when `fold`, given the hash of its lower-cased codes;
   * -1 when the word is unknown. Only ASCII words are in the table.
   */
  find(text: string, from: number, to: number, hash: number, fold = true): number {
    const mask = this.slots.length - 1;
    const len = to - from;
    const h32 = hash | 0; // as the hash table stores it
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const slot = this.slots[s]!;
      if (slot === 0) return -1;
      if (this.hashes[s] !== h32) continue;
      const key = this.keys[slot - 1]!;
      if (key.length === len && sameWord(key, text, from, fold)) return slot - 1;
    }
  }

  /** The lower-case string of the word at `index`. */
  key(index: number): string {
    return this.keys[index]!;
  }

  bitsAt(index: number): number {
    return this.keyBits[index]!;
  }

  private place(hash: number, slotValue: number): void {
    const mask = this.slots.length - 1;
    let s = hash & mask;
    while (this.slots[s] !== 0) s = (s + 1) & mask;
    this.slots[s] = slotValue;
    this.hashes[s] = hash;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    this.hashes = new Int32Array(this.slots.length);
    this.keys.forEach((k, i) => {
      let h = HASH_SEED;
      for (let j = 0; j < k.length; j++) h = hashStep(h, k.charCodeAt(j));
      this.place(h, i + 1);
    });
  }
}

function sameWord(key: string, text: string, from: number, fold: boolean): boolean {
  for (let k = 0; k < key.length; k++) {
    let c = text.charCodeAt(from + k);
    if (fold && c >= 0x41 && c <= 0x5a) c += 0x20;
    if (key.charCodeAt(k) !== c) return false;
  }
  return true;
}
