// Sentence segmentation of news text: offsets, abbreviations, initials, ellipses, quotes and navigation lines.
import { describe, expect, test } from 'vitest';
import { segmentSentences } from '../../../core/extract/sentence-segmenter';

const texts = (body: string): string[] => segmentSentences(body).map((s) => body.slice(s.start, s.end));

describe('segmentation', () => {
  test('keeps abbreviations, titles and initials inside a sentence', () => {
    const body = 'Mr. Blinken met Dr. Wang in the U.S. capital on Monday. Antony J. Blinken said No. 1 was S-400.';
    expect(texts(body)).toEqual([
      'Mr. Blinken met Dr. Wang in the U.S. capital on Monday.',
      'Antony J. Blinken said No. 1 was S-400.',
    ]);
  });
  test('"No." ends an answer unless a number follows', () => {
    expect(texts('Vidal: No. Peru has been a serious partner.')).toEqual([
      'Vidal: No.',
      'Peru has been a serious partner.',
    ]);
  });
  test('an initialism ends a sentence when a sentence starter follows', () => {
    expect(texts('He flew to the U.S. The talks began.')).toEqual(['He flew to the U.S.', 'The talks began.']);
  });
  test('an ellipsis inside a sentence does not split it', () => {
    expect(texts('We will develop relations... and the key role is trade. Next one.')).toHaveLength(2);
  });
  test('a quote of two sentences gives two statements', () => {
    expect(texts('“This visit is significant. We hope for peace,” Qureshi said.')).toEqual([
      '“This visit is significant.',
      'We hope for peace,” Qureshi said.',
    ]);
  });
  test('a question or exclamation inside a quote followed by the tag is one sentence', () => {
    expect(texts('“Why now?” he asked. “Never!” she said.')).toEqual(['“Why now?” he asked.', '“Never!” she said.']);
  });
  test('non-breaking spaces count as spaces and offsets stay exact', () => {
    const body = 'Talks\u00a0ended.\u00a0The\u00a0FM left.';
    const spans = segmentSentences(body);
    expect(spans.map((s) => body.slice(s.start, s.end))).toEqual(['Talks\u00a0ended.', 'The\u00a0FM left.']);
  });
  test('navigation, sharing and short headings are not statements', () => {
    expect(texts('The talks ended.\n\nPrevious Post Next Post')).toEqual(['The talks ended.']);
    expect(texts('Share this article\n\nThe talks ended.\n\nAlso Read: Russia and Pakistan agree')).toEqual([
      'The talks ended.',
    ]);
    expect(texts('Kashmir dispute\n\nThe talks ended.')).toEqual(['The talks ended.']);
  });
  test('hard-wrapped lines of one paragraph join', () => {
    expect(texts('The foreign minister said that the\ntalks were useful.')).toEqual([
      'The foreign minister said that the\ntalks were useful.',
    ]);
  });
});
