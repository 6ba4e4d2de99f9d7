// Rules first, learner second: a target named only in the statement before is considered, and the learner's bar rises
// with the rules' evidence (lowest where they found nothing, highest over a label a cue decided).
import { describe, expect, it } from 'vitest';
import { StanceModel } from '../../../core/learn/model';
import { examplesOf, suggestStances, type LabelledStatement } from '../../../core/learn/suggest';
import type { TargetDef } from '../../../core/extract/types';

const TARGETS: TargetDef[] = [{ id: 'india', label: 'India', aliases: ['India', 'New Delhi'] }];
const PREV = 'Officials discussed the trade policy of India on Monday.';

/** Decisions: "a masterstroke" after India was named in the statement before is favor. */
function taught(n = 6): StanceModel {
  const statements: LabelledStatement[] = Array.from({ length: n }, (_, i) => ({
    ref: `s${i}`,
    text: `Minister ${i} called it a masterstroke.`,
    actor: 'pakistan',
    kind: 'indirect',
    context: PREV,
    rule: [],
    labels: { india: 'favor' },
  }));
  const m = new StanceModel();
  m.train(examplesOf(statements, TARGETS));
  return m;
}

describe('suggestStances', () => {
  it('considers a target named only in the statement before and says what it learned from', () => {
    const later = { text: 'The envoy called it a masterstroke.', actor: 'pakistan', kind: 'indirect' as const };
    const m = taught();
    expect(suggestStances(m, { ...later, stances: [] }, TARGETS)).toEqual([]);
    const [s] = suggestStances(m, { ...later, context: PREV, stances: [] }, TARGETS);
    expect(s).toMatchObject({ target: 'india', label: 'favor', learned: { ruleLabel: null } });
    expect(s!.learned!.from).toBeGreaterThanOrEqual(1);
  });

  it('replaces the rules\u2019 fallback neutral more readily than a label a cue decided', () => {
    const m = taught();
    const base = { text: 'The envoy called it a masterstroke.', actor: 'pakistan', kind: 'indirect' as const };
    const rule = (label: 'neutral' | 'against') => ({ target: 'india', label, confidence: 0.5, cues: [] });
    const options = { minConfidenceOverNeutral: 0.5, minConfidenceOverCue: 0.999 };
    const overNeutral = suggestStances(m, { ...base, context: PREV, stances: [rule('neutral')] }, TARGETS, options);
    expect(overNeutral[0]).toMatchObject({ label: 'favor', learned: { ruleLabel: 'neutral' } });
    const overCue = suggestStances(m, { ...base, context: PREV, stances: [rule('against')] }, TARGETS, options);
    expect(overCue).toEqual([rule('against')]);
  });
});
