// Quotes, kinds, attribution patterns and coreference of speakers.
import { describe, expect, test } from 'vitest';
import { one } from './extract-helpers';

describe('quotes and kinds', () => {
  test('apostrophes are not quote marks; a quoted fragment in a paraphrase is indirect', () => {
    const [s] = one("Foreign Minister Ali Khan said Pakistan's ties had entered 'a new era' with Russia.");
    expect(s).toMatchObject({ kind: 'indirect', speaker: 'Ali Khan' });
  });
  test('a quote split by its attribution keeps the speaker on both parts', () => {
    const st = one('“We agree,” Ali Khan said. “We will meet again.”');
    expect(st.map((s) => [s.kind, s.speaker])).toEqual([
      ['direct_quote', 'Ali Khan'],
      ['direct_quote', 'Ali Khan'],
    ]);
  });
  test('straight double quotes and the tag with adding', () => {
    const [s] = one('"We believe in dialogue," Ali Khan observed, adding that talks would resume.');
    expect(s).toMatchObject({ kind: 'direct_quote', speaker: 'Ali Khan' });
  });
  test('a quote paragraph without a verb continues the previous speaker', () => {
    const st = one('Ali Khan said talks went well.\n\n“We are satisfied with the outcome.”');
    expect(st[1]).toMatchObject({ kind: 'direct_quote', speaker: 'Ali Khan' });
  });
  test('narration has no speaker', () => {
    expect(one('The talks lasted three hours.')[0]).toMatchObject({ kind: 'narration', speaker: null, actor: null });
  });
});

describe('attribution patterns', () => {
  const base = 'Russian Foreign Minister Sergei Petrov met Pakistani Foreign Minister Ali Khan on Monday.';
  test.each([
    ['Petrov said the talks were useful.', 'Sergei Petrov'],
    ['The talks were useful, Petrov added.', 'Sergei Petrov'],
    ['“The talks were useful,” said Petrov.', 'Sergei Petrov'],
    ['According to Petrov, the talks were useful.', 'Sergei Petrov'],
    ['Petrov, in turn, noted that the talks were useful.', 'Sergei Petrov'],
    ['For his part, Petrov stressed that the talks were useful.', 'Sergei Petrov'],
    ['The Russian foreign minister said the talks were useful.', 'Sergei Petrov'],
    ['His Pakistani counterpart told reporters the talks were useful.', 'Ali Khan'],
    ['Khan told a news conference that the talks were useful.', 'Ali Khan'],
  ])('%s', (sentence, speaker) => {
    const st = one(`${base} ${sentence}`);
    expect(st[1]!.speaker).toBe(speaker);
    expect(st[1]!.kind).not.toBe('narration');
  });
  test('he and the FM resolve to the last speaker; according to him too', () => {
    const st = one(
      'Pakistani Foreign Minister Ali Khan said ties were strong. He added that trade grew. The FM also praised Turkey. According to him, talks will resume.',
    );
    expect(st.map((s) => s.speaker)).toEqual(['Ali Khan', 'Ali Khan', 'Ali Khan', 'Ali Khan']);
  });
  test('unnamed sources are reported speech and joint subjects narration, neither with a speaker', () => {
    const st = one(
      'Ali Khan said talks went well. Diplomatic sources said a deal was near. Both sides agreed to meet again. The ministers also discussed Syria.',
    );
    expect(st.slice(1).map((s) => [s.speaker, s.kind])).toEqual([
      [null, 'indirect'],
      [null, 'narration'],
      [null, 'narration'],
    ]);
  });
  test('a negated reporting verb is narration', () => {
    expect(one('Ali Khan said talks went well. He did not specify the equipment.')[1]).toMatchObject({
      speaker: null,
      kind: 'narration',
    });
  });
  test('a ministry is a speaker with its state as actor', () => {
    const [s] = one("Pakistan's Ministry of Foreign Affairs said in a statement that the attack was condemnable.");
    expect(s).toMatchObject({ speaker: 'Ministry of Foreign Affairs', actor: 'pakistan', kind: 'indirect' });
  });
});

describe('actors', () => {
  test('learned from titles, demonyms and possessives', () => {
    const st = one(
      "Chinese spokesperson Lin Hua said talks were useful. US Secretary of State Antony J. Blinken said the same. Turkey's foreign minister, Mehmet Kaya, said so too.",
    );
    expect(st.map((s) => s.actor)).toEqual(['china', 'us', 'turkey']);
  });
  test('narration reporting a state position carries the actor', () => {
    expect(one('Washington has warned India of possible sanctions.')[0]).toMatchObject({
      speaker: null,
      actor: 'us',
      kind: 'narration',
    });
  });
});
