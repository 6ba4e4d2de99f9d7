// The learner's bars for overriding the rules, chosen by cross-validation inside the training decisions.
import { describe, expect, it } from 'vitest';
import { applyBars, chooseBars, NEVER, ruleLabelOf, type Scored } from '../../../core/learn/tune';
import { contextOf } from '../../../core/learn/suggest';

const row = (
  group: string,
  rule: Scored['rule'],
  label: Scored['label'],
  confidence: number,
  gold: Scored['gold'],
) => ({
  group,
  rule,
  label,
  confidence,
  gold,
});

describe('bars for overriding the rules', () => {
  it('reads the rules’ label from the features', () => {
    expect(ruleLabelOf(['bias', 'rule:neutral', 'rule:neutral:lo'])).toBe('neutral');
    expect(ruleLabelOf(['bias', 'w:talks'])).toBe('none');
  });

  it('keeps the rules where changing them does not pay on held-out articles', () => {
    const scored = ['a', 'b', 'c'].flatMap((g) => [
      row(g, 'favor', 'against', 0.9, 'favor'),
      row(g, 'against', 'against', 0.9, 'against'),
    ]);
    expect(chooseBars(scored)).toEqual({ none: NEVER, neutral: NEVER, cue: NEVER });
  });

  it('lowers the bar over the fallback neutral where the learner’s confident changes were right', () => {
    const scored = ['a', 'b', 'c'].flatMap((g) => [
      row(g, 'neutral', 'against', 0.8, 'against'),
      row(g, 'neutral', 'favor', 0.5, 'neutral'),
      row(g, 'favor', 'favor', 0.9, 'favor'),
    ]);
    const bars = chooseBars(scored);
    expect(bars.neutral).toBeLessThanOrEqual(0.8);
    expect(bars.neutral).toBeGreaterThan(0.5);
    expect(applyBars(scored[0]!, bars)).toBe('against');
    expect(applyBars(scored[1]!, bars)).toBe('neutral');
  });

  it('gives the learner the few statements before one as context, in reading order', () => {
    const s = ['one', 'two', 'three', 'four', 'five'].map((text) => ({ text }));
    expect(contextOf(s, 0)).toBeNull();
    expect(contextOf(s, 1)).toBe('one');
    expect(contextOf(s, 4)).toBe('two three four');
  });
});
