// The benchmarks' synthetic articles draw their words from the one list in bench/word-lists.ts.
import { describe, expect, it } from 'vitest';
import { insertSyntheticArticle } from '../../../bench/reader-data';
import { DIPLOMATIC_WORDS, READER_WORDS } from '../../../bench/word-lists';
import { memoryDb } from '../../support/db';

describe('bench word lists', () => {
  it('extend the compare list for the reader, without repeats', () => {
    expect(READER_WORDS.slice(0, DIPLOMATIC_WORDS.length)).toEqual([...DIPLOMATIC_WORDS]);
    expect(new Set(READER_WORDS).size).toBe(READER_WORDS.length);
  });

  it('are the only words of a synthetic reader article', () => {
    const db = memoryDb();
    const { id } = insertSyntheticArticle(db, 'Bench', 20, 120, 7);
    const body = db.prepare('SELECT body FROM articles WHERE id = ?').pluck().get(id) as string;
    const words = new Set(body.toLowerCase().match(/[a-z]+/g));
    words.delete('said');
    for (const w of words) expect(READER_WORDS as readonly string[]).toContain(w);
    db.close();
  });
});
