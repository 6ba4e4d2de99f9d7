// Published dates read from the forms news uses into YYYY-MM-DD; anything else kept raw as no date.
import { describe, expect, it } from 'vitest';
import { normaliseDate } from '../../../core/import/normalise-date';

const now = new Date('2026-06-01T12:00:00Z');

describe('normaliseDate', () => {
  it.each([
    ['March 14, 2025', '2025-03-14'],
    ['14 March 2025', '2025-03-14'],
    ['2025-03-14', '2025-03-14'],
    ['2025-03-14T10:22:00Z', '2025-03-14'],
    ['14/03/2025', '2025-03-14'],
    ['Fri 14 Mar 2025 10:22 GMT', '2025-03-14'],
    ['Published on 14.03.2025', '2025-03-14'],
  ])('reads %s as %s', (text, date) => {
    expect(normaliseDate(text, { now }).date).toBe(date);
  });

  it('reads slashed dates day-first by default, month-first when asked or when day-first cannot be', () => {
    expect(normaliseDate('04/03/2025', { now }).date).toBe('2025-03-04');
    expect(normaliseDate('04/03/2025', { now, dayFirst: false }).date).toBe('2025-04-03');
    expect(normaliseDate('03/14/2025', { now }).date).toBe('2025-03-14');
  });

  it('takes the year of a date without one from the dateline or header', () => {
    const context = 'ISLAMABAD, March 2025 (Reuters) - Talks resumed.';
    expect(normaliseDate('Tuesday 14 March', { now, context }).date).toBe('2025-03-14');
  });

  it('without any year, picks the latest year in which the weekday fits', () => {
    expect(normaliseDate('Tuesday 14 March', { now }).date).toBe('2023-03-14');
  });

  it('stores a sentence, a relative day or nonsense as no date, keeping the raw text', () => {
    for (const text of [
      'The talks were held on March 14, 2025 in Geneva after months of delay.',
      'next week',
      'yesterday',
      'Breaking news',
      '14 March',
    ]) {
      const got = normaliseDate(text, { now });
      expect(got, text).toEqual({ date: null, raw: text });
    }
  });

  it('keeps no raw text when the value was already normalised, and nothing for an empty value', () => {
    expect(normaliseDate('2025-03-14', { now })).toEqual({ date: '2025-03-14', raw: null });
    expect(normaliseDate('14 March 2025', { now })).toEqual({ date: '2025-03-14', raw: '14 March 2025' });
    expect(normaliseDate('  ', { now })).toEqual({ date: null, raw: null });
  });
});
