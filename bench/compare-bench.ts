// The stance matrix over ~1,000,000·scale generated stances vs a plain COUNT(*) over the stances, in the same run.
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Database } from 'better-sqlite3';
import { openDatabase } from '../db/connection';
import { explainMatrix } from '../db/repositories/compare';
import { compareMatrix, compareSideBySide } from '../services/compare';
import type { MatrixRequest } from '../services/compare';
import { tempDbPath } from '../tests/support/db';
import { buildSyntheticDatabase } from './compare-data';
import { measure, type BenchOptions, type BenchResult } from './types';

const RUNS = 9;

function planNote(db: Database, request: MatrixRequest): string {
  const plan = explainMatrix(db, request.scope ?? {}, {
    confirmedOnly: request.confirmedOnly ?? false,
    withStatementIds: request.statementIds ?? true,
    withStrongest: request.withStrongest,
    actors: request.actors,
  });
  return `EXPLAIN QUERY PLAN: ${plan.join(' | ')}`;
}

/** The totals must agree with a recount of the stances, or the fast figure would be a fast wrong answer. */
function checkTotals(db: Database): void {
  const fast = compareMatrix(db, { statementIds: false }).cells;
  const slow = compareMatrix(db, { statementIds: true }).cells.map(({ statements: _ids, ...c }) => c);
  if (JSON.stringify(fast) !== JSON.stringify(slow))
    throw new Error('stance totals disagree with a recount of the stances');
}

export async function benchCompare({ scale }: BenchOptions): Promise<BenchResult[]> {
  const stances = Math.max(10_000, Math.round(1_000_000 * scale));
  const path = tempDbPath('compare-bench.sqlite');
  const size = buildSyntheticDatabase(path, stances);
  const db = openDatabase(path);
  try {
    checkTotals(db);
    const count = db.prepare('SELECT COUNT(*) FROM stances').pluck();
    const baselineName = 'SELECT COUNT(*) FROM stances';
    const data = `${size.stances} stances, ${size.statements} statements, ${size.articles} articles, ${size.actors} actors, ${size.targets} targets`;
    const result = (
      name: string,
      request: MatrixRequest,
      goal: string | undefined,
      run: () => unknown = () => compareMatrix(db, request),
      runs?: number,
    ): BenchResult => {
      const m = measure(run, () => count.get(), runs ?? RUNS);
      return {
        name,
        unit: 'ms',
        value: m.value,
        baseline: m.baseline,
        baselineName,
        ratio: m.value / m.baseline,
        ratioMeaning: 'times the COUNT(*) (lower is better)',
        ...(goal ? { goal } : {}),
        notes: `${data}; median of ${runs ?? RUNS}. ${planNote(db, request)}`,
      };
    };
    const month = { scope: { from: '2023-03-01', to: '2023-03-31' }, statementIds: false };
    const pair = { actors: ['pakistan', 'russia'], withStrongest: true, statementIds: false };
    return [
      result('stance matrix, whole library (what the view shows)', { statementIds: false }, 'value < 200 ms'),
      result(
        'stance matrix, whole library, confirmed only',
        { statementIds: false, confirmedOnly: true },
        'value < 200 ms',
      ),
      result('stance matrix, one month of articles', month, undefined),
      result('side by side, Pakistan and Russia', pair, undefined, () =>
        compareSideBySide(db, { a: 'pakistan', b: 'russia' }),
      ),
      result('stance matrix with every statement id (CLI, CSV)', { statementIds: true }, undefined, undefined, 3),
    ];
  } finally {
    db.close();
    rmSync(dirname(path), { recursive: true, force: true });
  }
}
