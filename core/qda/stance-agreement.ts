// Unit-level agreement on statement stances, pure: two coders' decisions on (statement, target) units both decided,
// per target and overall, with the units where they differ.
import { agreementOfTable, type Agreement } from './analysis';

/** One coder's decision on one unit: a stance label, or 'none' where they removed the stance. */
export interface StanceDecision {
  statementId: number;
  targetId: string;
  coder: string;
  label: string;
}

export interface StanceDisagreement {
  statementId: number;
  targetId: string;
  a: string;
  b: string;
}

export interface StanceAgreement {
  /** Units (statement, target) both coders decided. */
  units: number;
  statements: number;
  overall: Agreement;
  targets: (Agreement & { targetId: string })[];
  disagreements: StanceDisagreement[];
}

/** The square table of the pairs over the categories either coder used in them. */
function tableOf(pairs: [string, string][]): number[][] {
  const cats = [...new Set(pairs.flat())].sort();
  const at = new Map(cats.map((c, i) => [c, i]));
  const table = cats.map(() => cats.map(() => 0));
  for (const [a, b] of pairs) table[at.get(a)!]![at.get(b)!]! += 1;
  return table;
}

/** Agreement between coders `a` and `b` over the units both decided (decisions listed in the order to show them). */
export function stanceAgreement(decisions: StanceDecision[], a: string, b: string): StanceAgreement {
  const key = (d: StanceDecision) => `${d.statementId}\u0000${d.targetId}`;
  const ofB = new Map(decisions.filter((d) => d.coder === b).map((d) => [key(d), d.label]));
  const both: { d: StanceDecision; b: string }[] = [];
  for (const d of decisions) {
    const other = d.coder === a ? ofB.get(key(d)) : undefined;
    if (other !== undefined) both.push({ d, b: other });
  }
  const byTarget = new Map<string, [string, string][]>();
  for (const { d, b: lb } of both) {
    const list = byTarget.get(d.targetId);
    if (list) list.push([d.label, lb]);
    else byTarget.set(d.targetId, [[d.label, lb]]);
  }
  return {
    units: both.length,
    statements: new Set(both.map((x) => x.d.statementId)).size,
    overall: agreementOfTable(tableOf(both.map((x) => [x.d.label, x.b]))),
    targets: [...byTarget]
      .sort(([x], [y]) => x.localeCompare(y))
      .map(([targetId, pairs]) => ({ targetId, ...agreementOfTable(tableOf(pairs)) })),
    disagreements: both
      .filter((x) => x.d.label !== x.b)
      .map((x) => ({ statementId: x.d.statementId, targetId: x.d.targetId, a: x.d.label, b: x.b })),
  };
}
