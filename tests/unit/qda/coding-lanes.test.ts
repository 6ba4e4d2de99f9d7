// Lanes for overlapping and nested codings, and the pieces a run of text is cut into for underlining.
import { describe, expect, it } from 'vitest';
import { assignLanes, laneStyle, piecesOf } from '../../../renderer/lib/coding-lanes';

const c = (key: string, start: number, end: number) => ({ key, tagId: 1, start, end });

describe('coding lanes', () => {
  it('gives overlapping and nested codings different lanes and reuses a lane once it is free', () => {
    const laned = assignLanes([c('outer', 0, 50), c('inner', 10, 20), c('cross', 15, 60), c('later', 55, 70)]);
    const lane = Object.fromEntries(laned.map((l) => [l.coding.key, l.lane]));
    expect(lane).toEqual({ outer: 0, inner: 1, cross: 2, later: 0 });
  });

  it('cuts a run at every boundary inside it, each piece listing the codings under it by lane', () => {
    const laned = assignLanes([c('a', 5, 15), c('b', 10, 30)]);
    const pieces = piecesOf(laned, 0, 20).map((p) => [p.start, p.end, p.marks.map((m) => m.coding.key)]);
    expect(pieces).toEqual([
      [0, 5, []],
      [5, 10, ['a']],
      [10, 15, ['a', 'b']],
      [15, 20, ['b']],
    ]);
    expect(piecesOf(laned, 40, 45)).toEqual([{ start: 40, end: 45, marks: [] }]);
  });

  it('draws one line per lane, the deepest lane lowest', () => {
    const style = laneStyle([
      { lane: 0, color: 'red' },
      { lane: 2, color: 'blue' },
    ]);
    expect(style.backgroundImage).toBe('linear-gradient(red, red), linear-gradient(blue, blue)');
    expect(style.backgroundPosition).toBe('0 calc(100% - 6px), 0 calc(100% - 0px)');
    expect(style.paddingBottom).toBe('9px');
    expect(laneStyle([])).toEqual({});
  });
});
