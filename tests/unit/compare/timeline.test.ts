// Timeline bucketing: the unit for the span, ISO weeks, even axes with gaps, and net per bucket per actor.
import { describe, expect, it } from 'vitest';
import {
  MAX_BUCKETS,
  bucketRange,
  bucketStart,
  buildTimeline,
  chooseUnit,
  fitUnit,
  isoDay,
  nextDay,
} from '../../../core/compare/timeline';

describe('dates', () => {
  it('reads the ISO day of a date or timestamp, and refuses free text and impossible dates', () => {
    expect(isoDay('2021-04-07')).toBe('2021-04-07');
    expect(isoDay('2021-04-07T09:30:00Z')).toBe('2021-04-07');
    expect(isoDay('April 7, 2021')).toBeNull();
    expect(isoDay('2021-02-30')).toBeNull();
    expect(isoDay(null)).toBeNull();
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(nextDay('2024-12-31')).toBe('2025-01-01');
  });

  it('starts weeks on Monday, quarters in January, April, July and October', () => {
    expect(bucketStart('2021-04-07', 'week')).toBe('2021-04-05'); // a Wednesday
    expect(bucketStart('2021-04-05', 'week')).toBe('2021-04-05');
    expect(bucketStart('2021-04-11', 'week')).toBe('2021-04-05'); // Sunday
    expect(bucketStart('2021-08-19', 'quarter')).toBe('2021-07-01');
    expect(bucketStart('2021-08-19', 'month')).toBe('2021-08-01');
    expect(bucketStart('2021-08-19', 'year')).toBe('2021-01-01');
  });

  it('labels buckets and lists every one between the first and last, gaps included', () => {
    expect(bucketRange('2020-12-30', '2021-01-12', 'week')).toEqual([
      { start: '2020-12-28', label: '2020-W53' },
      { start: '2021-01-04', label: '2021-W01' },
      { start: '2021-01-11', label: '2021-W02' },
    ]);
    expect(bucketRange('2021-11-15', '2022-02-01', 'month').map((b) => b.label)).toEqual([
      '2021-11',
      '2021-12',
      '2022-01',
      '2022-02',
    ]);
    expect(bucketRange('2021-02-01', '2021-09-30', 'quarter').map((b) => b.label)).toEqual([
      '2021-Q1',
      '2021-Q2',
      '2021-Q3',
    ]);
  });

  it('chooses a unit for the span, and coarsens one that would need too many buckets', () => {
    expect(chooseUnit('2021-01-01', '2021-01-20')).toBe('day');
    expect(chooseUnit('2021-01-01', '2021-04-20')).toBe('week');
    expect(chooseUnit('2021-01-01', '2023-01-01')).toBe('month');
    expect(chooseUnit('2015-01-01', '2023-01-01')).toBe('quarter');
    expect(chooseUnit('1990-01-01', '2023-01-01')).toBe('year');
    expect(fitUnit('2000-01-01', '2023-01-01', 'day')).toBe('month');
    expect(
      bucketRange('2000-01-01', '2023-01-01', fitUnit('2000-01-01', '2023-01-01', 'day')).length,
    ).toBeLessThanOrEqual(MAX_BUCKETS);
  });
});

describe('buildTimeline', () => {
  const stances = [
    { actor: 'russia', label: 'favor' as const, date: '2021-01-10' },
    { actor: 'russia', label: 'favor' as const, date: '2021-01-20' },
    { actor: 'russia', label: 'against' as const, date: '2021-03-02' },
    { actor: 'russia', label: 'concern' as const, date: '2021-03-20' },
    { actor: 'pakistan', label: 'favor' as const, date: '2021-03-05' },
    { actor: 'china', label: 'against' as const, date: '2021-02-05' },
    { actor: 'russia', label: 'favor' as const, date: 'undated' },
  ];

  it('gives each requested actor a point per bucket: counts, and a net only where it said something', () => {
    const t = buildTimeline(stances, ['russia', 'pakistan'], 'month');
    expect(t.unit).toBe('month');
    expect(t.buckets.map((b) => b.label)).toEqual(['2021-01', '2021-02', '2021-03']);
    expect(t.series.map((s) => s.actor)).toEqual(['russia', 'pakistan']);
    const russia = t.series[0]!.points;
    expect(russia.map((p) => p.net)).toEqual([1, null, -0.5]);
    expect(russia[2]).toMatchObject({ against: 1, concern: 1, n: 2 });
    expect(t.series[1]!.points.map((p) => p.n)).toEqual([0, 0, 1]);
    // China was not asked for, so its February statement does not widen the axis by itself; undated rows are dropped.
    expect(t.dates).toBe(5);
  });

  it('chooses the unit itself when none is given, and is empty without dated statements', () => {
    expect(buildTimeline(stances, ['russia']).unit).toBe('week');
    const empty = buildTimeline([], ['russia']);
    expect(empty.buckets).toEqual([]);
    expect(empty.series).toEqual([{ actor: 'russia', points: [] }]);
  });
});
