// The matrix aggregation: counts per label, net, confirmed-only, statement ids, strongest statement, row and column order.
import { describe, expect, it } from 'vitest';
import { buildMatrix, cellOf, type StanceGroup } from '../../../core/compare/matrix';
import { concernShare, leanOf, netPosition } from '../../../core/compare/net';

const TARGETS = [
  { id: 'afghanistan', label: 'Afghanistan', isDefault: true },
  { id: 'us', label: 'United States', isDefault: true },
  { id: 'india', label: 'India', isDefault: true },
  { id: 'kashmir', label: 'Kashmir', isDefault: false },
];

let nextId = 1;
function row(
  actor: string,
  target: string,
  label: StanceGroup['label'],
  confirmed = false,
  confidence = 0.5,
): StanceGroup {
  const statementId = nextId++;
  return { actor, target, label, confirmed, count: 1, statementIds: [statementId], best: { statementId, confidence } };
}

describe('netPosition', () => {
  it('is (favor − against) / n, neutral and concern diluting it, and stays in [-1, 1]', () => {
    expect(netPosition({ favor: 3, against: 0, concern: 0, neutral: 0 })).toBe(1);
    expect(netPosition({ favor: 0, against: 2, concern: 0, neutral: 0 })).toBe(-1);
    expect(netPosition({ favor: 2, against: 0, concern: 0, neutral: 2 })).toBe(0.5);
    expect(netPosition({ favor: 1, against: 0, concern: 1, neutral: 0 })).toBe(0.5);
    expect(netPosition({ favor: 2, against: 1, concern: 0, neutral: 0 })).toBe(0.3333);
    expect(netPosition({ favor: 0, against: 0, concern: 0, neutral: 0 })).toBe(0);
    expect(Object.is(netPosition({ favor: 1, against: 1, concern: 0, neutral: 0 }), 0)).toBe(true);
  });

  it('does not read concern as against: concern alone is balanced, and shown as its own share', () => {
    // Pakistan's concern about Kashmir once read −0.50, as if Pakistan were hostile to Kashmir.
    const kashmir = { favor: 0, against: 0, concern: 1, neutral: 0 };
    expect(netPosition(kashmir)).toBe(0);
    expect(leanOf(netPosition(kashmir))).toBe('balanced');
    expect(concernShare(kashmir)).toBe(1);
    expect(netPosition({ favor: 0, against: 1, concern: 3, neutral: 0 })).toBe(-0.25);
    expect(concernShare({ favor: 0, against: 1, concern: 2, neutral: 0 })).toBe(0.6667);
    expect(concernShare({ favor: 2, against: 1, concern: 0, neutral: 1 })).toBe(0);
    expect(concernShare({ favor: 0, against: 0, concern: 0, neutral: 0 })).toBe(0);
  });

  it('leans positive or negative from ±0.2, balanced between', () => {
    expect(leanOf(0.2)).toBe('positive');
    expect(leanOf(0.19)).toBe('balanced');
    expect(leanOf(-0.19)).toBe('balanced');
    expect(leanOf(-0.2)).toBe('negative');
  });
});

describe('buildMatrix', () => {
  const rows = [
    row('pakistan', 'afghanistan', 'favor'),
    row('pakistan', 'afghanistan', 'favor', true, 1),
    row('pakistan', 'afghanistan', 'neutral', false, 0.9),
    row('pakistan', 'india', 'against', true, 1),
    row('russia', 'afghanistan', 'concern', false, 0.7),
    row('russia', 'afghanistan', 'favor', false, 0.7),
    row('russia', 'us', 'against', false, 0.8),
    row('russia', 'palestine', 'favor', false, 0.6),
  ];

  it('counts each label per actor and target, with n, net and how many are confirmed', () => {
    const m = buildMatrix(rows, { targets: TARGETS, withStatementIds: true });
    expect(cellOf(m, 'pakistan', 'afghanistan')).toMatchObject({
      favor: 2,
      against: 0,
      concern: 0,
      neutral: 1,
      n: 3,
      net: 0.6667,
      confirmed: 1,
    });
    expect(cellOf(m, 'russia', 'afghanistan')).toMatchObject({ favor: 1, concern: 1, n: 2, net: 0.5, confirmed: 0 });
    expect(cellOf(m, 'russia', 'us')).toMatchObject({ against: 1, n: 1, net: -1 });
    expect(cellOf(m, 'pakistan', 'us')).toBeUndefined();
    expect(cellOf(m, 'pakistan', 'afghanistan')!.statements).toEqual([
      rows[0]!.best!.statementId,
      rows[1]!.best!.statementId,
      rows[2]!.best!.statementId,
    ]);
  });

  it('confirmed-only leaves engine suggestions out, and actors with nothing confirmed drop out', () => {
    const m = buildMatrix(rows, { targets: TARGETS, confirmedOnly: true });
    expect(m.confirmedOnly).toBe(true);
    expect(m.actors.map((a) => a.id)).toEqual(['pakistan']);
    expect(cellOf(m, 'pakistan', 'afghanistan')).toMatchObject({ favor: 1, neutral: 0, n: 1, net: 1, confirmed: 1 });
    expect(cellOf(m, 'pakistan', 'india')).toMatchObject({ against: 1, n: 1, net: -1 });
    expect(m.cells.every((c) => c.confirmed === c.n)).toBe(true);
  });

  it('adds pre-counted groups the same way as single rows', () => {
    const grouped = buildMatrix(
      [
        { actor: 'russia', target: 'us', label: 'against', confirmed: false, count: 40 },
        { actor: 'russia', target: 'us', label: 'against', confirmed: true, count: 2 },
        { actor: 'russia', target: 'us', label: 'favor', confirmed: false, count: 8 },
      ],
      { targets: TARGETS },
    );
    expect(cellOf(grouped, 'russia', 'us')).toMatchObject({ against: 42, favor: 8, n: 50, net: -0.68, confirmed: 2 });
    expect(cellOf(grouped, 'russia', 'us')!.statements).toBeUndefined();
  });

  it('keeps the default targets first, in order, even when empty; then other known targets with data; then the rest', () => {
    const m = buildMatrix(rows, { targets: TARGETS, labelOf: (id) => (id === 'palestine' ? 'Palestine' : id) });
    expect(m.targets.map((t) => [t.id, t.n])).toEqual([
      ['afghanistan', 5],
      ['us', 1],
      ['india', 1],
      ['palestine', 1],
    ]);
    expect(m.targets.find((t) => t.id === 'palestine')).toMatchObject({ label: 'Palestine', isDefault: false });
    // Kashmir is a known target, but nobody spoke on it: no column.
    expect(m.targets.some((t) => t.id === 'kashmir')).toBe(false);
  });

  it('orders actors by how many statements they have, and cells by row then column', () => {
    const m = buildMatrix(rows, { targets: TARGETS, labelOf: (id) => id.toUpperCase() });
    expect(m.actors).toEqual([
      { id: 'pakistan', label: 'PAKISTAN', n: 4 },
      { id: 'russia', label: 'RUSSIA', n: 4 },
    ]);
    expect(m.cells.map((c) => `${c.actor}/${c.target}`)).toEqual([
      'pakistan/afghanistan',
      'pakistan/india',
      'russia/afghanistan',
      'russia/us',
      'russia/palestine',
    ]);
  });

  it('picks the strongest statement: analyst-confirmed first, then confidence, then the earlier statement', () => {
    const m = buildMatrix(rows, { targets: TARGETS });
    expect(cellOf(m, 'pakistan', 'afghanistan')!.strongest).toEqual({
      statementId: rows[1]!.best!.statementId,
      label: 'favor',
      confidence: 1,
      confirmed: true,
    });
    // Two suggestions at 0.7: the earlier statement wins, whatever the input order.
    const reversed = buildMatrix([...rows].reverse(), { targets: TARGETS });
    expect(cellOf(reversed, 'russia', 'afghanistan')!.strongest!.statementId).toBe(rows[4]!.best!.statementId);
  });

  it('an empty input gives the default columns and no rows', () => {
    const m = buildMatrix([], { targets: TARGETS });
    expect(m.actors).toEqual([]);
    expect(m.cells).toEqual([]);
    expect(m.targets.map((t) => t.id)).toEqual(['afghanistan', 'us', 'india']);
  });
});
