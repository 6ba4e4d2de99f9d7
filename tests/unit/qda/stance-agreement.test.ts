// Unit-level agreement on statement stances, against figures worked out by hand on a small table.
import { describe, expect, it } from 'vitest';
import { agreementOfTable } from '../../../core/qda/analysis';
import { stanceAgreement, type StanceDecision } from '../../../core/qda/stance-agreement';

const d = (statementId: number, targetId: string, coder: string, label: string): StanceDecision => ({
  statementId,
  targetId,
  coder,
  label,
});

// Six units both decided: four on india (one disagreement), two on us; plus units only one of them decided and a
// third coder's decisions, none of which count.
const DECISIONS: StanceDecision[] = [
  d(1, 'india', 'A', 'favor'),
  d(1, 'india', 'B', 'favor'),
  d(1, 'us', 'A', 'favor'),
  d(1, 'us', 'B', 'favor'),
  d(2, 'india', 'A', 'against'),
  d(2, 'india', 'B', 'against'),
  d(2, 'us', 'B', 'concern'),
  d(2, 'us', 'A', 'concern'),
  d(3, 'india', 'A', 'against'),
  d(3, 'india', 'B', 'favor'),
  d(3, 'india', 'C', 'neutral'),
  d(4, 'india', 'A', 'none'),
  d(4, 'india', 'B', 'none'),
  d(5, 'india', 'A', 'favor'),
  d(6, 'china', 'B', 'against'),
  d(6, 'china', 'C', 'against'),
];

describe('stance agreement between two coders', () => {
  it('gives percent, kappa and alpha over the units both decided, overall and per target', () => {
    const r = stanceAgreement(DECISIONS, 'A', 'B');
    expect(r.units).toBe(6);
    expect(r.statements).toBe(4);
    // Overall: 5 of 6 agree. A: against 2, concern 1, favor 2, none 1; B: against 1, concern 1, favor 3, none 1.
    // pe = (2·1 + 1·1 + 2·3 + 1·1) / 36 = 10/36, so kappa = (30/36 − 10/36) / (26/36) = 10/13.
    // Pairable values n = 12: against 3, concern 2, favor 5, none 2; Σ n_c (n − n_c) = 27 + 20 + 35 + 20 = 102;
    // alpha = 1 − (n − 1) · 2 · 1 / 102 = 1 − 22/102.
    expect(r.overall.units).toBe(6);
    expect(r.overall.percent).toBeCloseTo((5 / 6) * 100, 10);
    expect(r.overall.kappa).toBeCloseTo(10 / 13, 10);
    expect(r.overall.alpha).toBeCloseTo(1 - 22 / 102, 10);
    expect(r.targets.map((t) => t.targetId)).toEqual(['india', 'us']);
    // india: 3 of 4 agree. A: against 2, favor 1, none 1; B: against 1, favor 2, none 1; pe = 5/16, kappa = 7/11.
    // n = 8: against 3, favor 3, none 2; Σ = 15 + 15 + 12 = 42; alpha = 1 − 7 · 2 / 42 = 2/3.
    const india = r.targets[0]!;
    expect(india.units).toBe(4);
    expect(india.percent).toBeCloseTo(75, 10);
    expect(india.kappa).toBeCloseTo(7 / 11, 10);
    expect(india.alpha).toBeCloseTo(2 / 3, 10);
    // us: both agree on both units, over two categories.
    expect(r.targets[1]).toEqual({ targetId: 'us', units: 2, percent: 100, kappa: 1, alpha: 1 });
  });

  it('lists each unit where the two differ, with coder A’s stance then coder B’s', () => {
    expect(stanceAgreement(DECISIONS, 'A', 'B').disagreements).toEqual([
      { statementId: 3, targetId: 'india', a: 'against', b: 'favor' },
    ]);
    // Swapping the coders swaps the sides.
    expect(stanceAgreement(DECISIONS, 'B', 'A').disagreements).toEqual([
      { statementId: 3, targetId: 'india', a: 'favor', b: 'against' },
    ]);
    expect(stanceAgreement(DECISIONS, 'A', 'C').disagreements).toEqual([
      { statementId: 3, targetId: 'india', a: 'against', b: 'neutral' },
    ]);
  });

  it('counts perfect agreement as 1, even when both chose one category throughout', () => {
    const same = [d(1, 'india', 'A', 'favor'), d(1, 'india', 'B', 'favor'), d(2, 'india', 'A', 'favor')];
    same.push(d(2, 'india', 'B', 'favor'));
    const r = stanceAgreement(same, 'A', 'B');
    expect(r.overall).toEqual({ units: 2, percent: 100, kappa: 1, alpha: 1 });
    expect(r.disagreements).toEqual([]);
  });

  it('has no figures where the two decided no unit in common', () => {
    const r = stanceAgreement([d(1, 'india', 'A', 'favor'), d(2, 'india', 'B', 'favor')], 'A', 'B');
    expect(r).toEqual({
      units: 0,
      statements: 0,
      overall: { units: 0, percent: null, kappa: null, alpha: null },
      targets: [],
      disagreements: [],
    });
  });

  it('gives kappa 0 and a negative alpha where the two always disagree', () => {
    // Every unit: A favor, B against. Observed agreement 0, expected 0: kappa 0; alpha below zero.
    const r = agreementOfTable([
      [0, 3],
      [0, 0],
    ]);
    expect(r.percent).toBe(0);
    expect(r.kappa).toBeCloseTo(0, 10);
    // n = 6, favor 3, against 3: Σ = 9 + 9 = 18; alpha = 1 − 5 · 2 · 3 / 18 = −2/3.
    expect(r.alpha).toBeCloseTo(-2 / 3, 10);
  });
});
