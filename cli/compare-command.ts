// `parley compare`: the stance matrix (actors × targets) for the whole library or chosen articles, as JSON, CSV or a table.
import { matrixToCsv } from '../core/compare/csv';
import { concernShare } from '../core/compare/net';
import type { Matrix } from '../core/compare/schema';
import { ParleyError } from '../core/errors';
import { openDatabase } from '../db/connection';
import { resolveDatabasePath } from '../db/paths';
import { callMethod } from './call';

export interface CompareOptions {
  db?: string;
  article?: string[];
  'confirmed-only'?: boolean;
  format?: string;
}

const FORMATS = ['json', 'csv', 'text'] as const;

function articleId(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || !Number.isSafeInteger(n)) {
    throw new ParleyError('invalid_input', `--article takes a positive whole number, not "${value}"`);
  }
  return n;
}

/** The JSON other tools read: ids for actors and targets, one object per non-empty cell. */
export function matrixJson(m: Matrix) {
  return {
    actors: m.actors.map((a) => a.id),
    targets: m.targets.map((t) => t.id),
    cells: m.cells.map((c) => ({
      actor: c.actor,
      target: c.target,
      favor: c.favor,
      against: c.against,
      concern: c.concern,
      neutral: c.neutral,
      net: c.net,
      concernShare: concernShare(c),
      statements: c.statements ?? [],
    })),
  };
}

/** For a person at a terminal: one line per actor, each target's net and statement count. */
function matrixText(m: Matrix): string {
  const header = ['', ...m.targets.map((t) => t.label)];
  const rows = m.actors.map((a) => [
    a.label,
    ...m.targets.map((t) => {
      const c = m.cells.find((x) => x.actor === a.id && x.target === t.id);
      if (!c) return '·';
      const concern = c.concern ? `, concern ${c.concern}` : '';
      return `${c.net >= 0 ? '+' : ''}${c.net.toFixed(2)} (${c.n}${concern})`;
    }),
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((v, i) => v.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  const note = m.confirmedOnly ? 'analyst-confirmed stances only' : 'analyst-confirmed and suggested stances';
  return [
    line(header),
    ...rows.map(line),
    '',
    `net = (favor − against) / statements; concern is counted apart, not as against; ${note}`,
  ].join('\n');
}

export async function runCompare(o: CompareOptions): Promise<number> {
  const format = o.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new ParleyError('invalid_input', `unknown --format "${format}" for compare (json, csv or text)`);
  }
  const articleIds = o.article?.map(articleId);
  const db = openDatabase(resolveDatabasePath(o.db));
  try {
    if (articleIds) {
      // An unknown id is an error here, not a silently empty scope.
      const known = new Set((await callMethod(db, 'articles.list', {})).map((a) => a.id));
      const unknown = articleIds.find((id) => !known.has(id));
      if (unknown !== undefined) throw new ParleyError('not_found', `There is no article with id ${unknown}.`);
    }
    const matrix = await callMethod(db, 'compare.matrix', {
      scope: articleIds ? { articleIds } : {},
      confirmedOnly: o['confirmed-only'] ?? false,
      statementIds: format !== 'text',
    });
    if (format === 'json') process.stdout.write(`${JSON.stringify(matrixJson(matrix))}\n`);
    else if (format === 'csv') process.stdout.write(matrixToCsv(matrix));
    else process.stdout.write(`${matrixText(matrix)}\n`);
    return 0;
  } finally {
    db.close();
  }
}
