// Side by side: agreeing, diverging and one-sided targets, the gap, and each side's strongest statement.
import { describe, expect, it } from 'vitest';
import { buildMatrix, type StanceGroup } from '../../../core/compare/matrix';
import { classify, sideBySide } from '../../../core/compare/side-by-side';

const TARGETS = [
  { id: 'afghanistan', label: 'Afghanistan', isDefault: true },
  { id: 'us', label: 'United States', isDefault: true },
  { id: 'india', label: 'India', isDefault: true },
];

const g = (
  actor: string,
  target: string,
  label: StanceGroup['label'],
  id: number,
  confidence = 0.5,
  confirmed = false,
) => ({ actor, target, label, confirmed, count: 1, best: { statementId: id, confidence } }) satisfies StanceGroup;

describe('classify', () => {
  it('one-sided when only one actor spoke on the target', () => {
    expect(classify({ net: 1 }, null)).toBe('one-sided');
    expect(classify(null, { net: -1 })).toBe('one-sided');
  });
  it('diverge when one is positive and the other negative, even when close', () => {
    expect(classify({ net: 0.2 }, { net: -0.2 })).toBe('diverge');
  });
  it('agree when both lean the same way, however strongly', () => {
    expect(classify({ net: 1 }, { net: 0.25 })).toBe('agree');
    expect(classify({ net: -1 }, { net: -0.2 })).toBe('agree');
    expect(classify({ net: 0.1 }, { net: -0.1 })).toBe('agree');
  });
  it('when one is balanced, agree within 0.5 of it and diverge beyond', () => {
    expect(classify({ net: 0.5 }, { net: 0 })).toBe('agree');
    expect(classify({ net: 1 }, { net: 0 })).toBe('diverge');
    expect(classify({ net: -0.1 }, { net: -0.7 })).toBe('diverge');
  });
});

describe('sideBySide', () => {
  const groups = [
    g('pakistan', 'afghanistan', 'favor', 1, 0.6),
    g('pakistan', 'afghanistan', 'favor', 2, 0.9),
    g('pakistan', 'afghanistan', 'neutral', 3, 0.95),
    g('russia', 'afghanistan', 'concern', 4, 0.8),
    g('russia', 'afghanistan', 'favor', 5, 0.7, true),
    g('pakistan', 'india', 'against', 6, 0.7),
    g('russia', 'india', 'favor', 7, 0.6),
    g('russia', 'us', 'against', 8, 0.8),
    g('china', 'us', 'favor', 9, 0.8),
  ];
  const m = buildMatrix(groups, { targets: TARGETS });

  it('gives one row per target either actor spoke on, in column order, with the relation and the gap', () => {
    const s = sideBySide(m, 'pakistan', 'russia');
    expect(s.a).toEqual({ id: 'pakistan', label: 'pakistan', n: 4 });
    expect(s.rows.map((r) => [r.target, r.relation, r.gap])).toEqual([
      ['afghanistan', 'agree', 0.1667],
      ['us', 'one-sided', null],
      ['india', 'diverge', 2],
    ]);
    const afghanistan = s.rows[0]!;
    expect(afghanistan.a).toMatchObject({ favor: 2, neutral: 1, n: 3, net: 0.6667, lean: 'positive' });
    expect(afghanistan.b).toMatchObject({ concern: 1, favor: 1, n: 2, net: 0.5, lean: 'positive', confirmed: 1 });
    expect(s.rows[1]!.a).toBeNull();
  });

  it("names each side's strongest statement: the confirmed one before any higher-confidence suggestion", () => {
    const s = sideBySide(m, 'pakistan', 'russia');
    expect(s.rows[0]!.a!.strongest).toMatchObject({ statementId: 3, label: 'neutral', confidence: 0.95 });
    expect(s.rows[0]!.b!.strongest).toMatchObject({ statementId: 5, label: 'favor', confirmed: true });
  });

  it('still answers for an actor with no statements in scope, every row one-sided', () => {
    const s = sideBySide(m, 'pakistan', 'iran', (id) => id.toUpperCase());
    expect(s.b).toEqual({ id: 'iran', label: 'IRAN', n: 0 });
    expect(s.rows.every((r) => r.relation === 'one-sided' && r.b === null)).toBe(true);
  });
});
