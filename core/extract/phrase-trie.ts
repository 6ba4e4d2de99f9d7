// Longest-match lookup of multi-word phrases over token sequences, built once from lexicon data.
import type { Token } from './tokenizer';

interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  values: V[];
}

export interface PhraseMatch<V> {
  length: number;
  values: V[];
}

export class PhraseTrie<V> {
  private readonly root: TrieNode<V> = { next: new Map(), values: [] };

  add(keys: string[], value: V): void {
    if (!keys.length) return;
    let node = this.root;
    for (const k of keys) {
      let child = node.next.get(k);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(k, child);
      }
      node = child;
    }
    node.values.push(value);
  }

  /** The first tokens of all phrases, for the per-token word classes. */
  firstKeys(): IterableIterator<string> {
    return this.root.next.keys();
  }

  /** Starts with a token's key; a cheap test before a full match. */
  has(key: string): boolean {
    return this.root.next.has(key);
  }

  /**
   * Longest phrase starting at tokens[i], or null.
   * Cost is bounded by the longest phrase, so a scan over a sentence stays linear.
   */
  match(tokens: Token[], i: number): PhraseMatch<V> | null {
    let node: TrieNode<V> | undefined = this.root;
    // one result object per match, not one per prefix that has values
    let bestValues: V[] | null = null;
    let bestLength = 0;
    for (let j = i; j < tokens.length; j++) {
      // a leaf ends every phrase through it: no lookup of the next word (most cues are one word)
      if (node.next.size === 0) break;
      node = node.next.get(tokens[j]!.lower);
      if (!node) break;
      if (node.values.length) {
        bestValues = node.values;
        bestLength = j - i + 1;
      }
    }
    return bestValues ? { length: bestLength, values: bestValues } : null;
  }
}
