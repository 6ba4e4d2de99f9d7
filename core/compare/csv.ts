// CSV rendering (RFC 4180) of the matrix and the side by side, safe to open in a spreadsheet.
import type { StanceLabel } from '../domain';
import type { Matrix, Relation } from './schema';

export type CsvValue = string | number | boolean | null | undefined;

/** A text cell starting with one of these is a formula to Excel, LibreOffice and Google Sheets. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field: numbers as numbers; text that a spreadsheet would run as a formula gets a leading apostrophe (so a
 * quote such as "=HYPERLINK(…)" or "-1 for peace" stays text); quoted when it holds a comma, quote or line break.
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Header and rows, CRLF after every record (RFC 4180). */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((r) => `${r.map(csvField).join(',')}\r\n`).join('');
}

export const MATRIX_CSV_HEADER = [
  'actor_id',
  'actor',
  'target_id',
  'target',
  'favor',
  'against',
  'concern',
  'neutral',
  'statements',
  'net',
  'confirmed',
  'statement_ids',
] as const;

/** One record per non-empty cell, in the matrix's row and column order. */
export function matrixToCsv(matrix: Matrix): string {
  const actor = new Map(matrix.actors.map((a) => [a.id, a.label]));
  const target = new Map(matrix.targets.map((t) => [t.id, t.label]));
  return toCsv(
    MATRIX_CSV_HEADER,
    matrix.cells.map((c) => [
      c.actor,
      actor.get(c.actor) ?? c.actor,
      c.target,
      target.get(c.target) ?? c.target,
      c.favor,
      c.against,
      c.concern,
      c.neutral,
      c.n,
      c.net,
      c.confirmed,
      c.statements?.join(' '),
    ]),
  );
}

/** What the CSV needs of a side: counts and net, and the strongest statement (with its words, where known). */
export interface CsvSide {
  n: number;
  net: number;
  lean: string;
  favor: number;
  against: number;
  concern: number;
  neutral: number;
  confirmed: number;
  strongest: {
    statementId: number;
    label: StanceLabel;
    confidence: number;
    confirmed: boolean;
    text?: string;
    speaker?: string | null;
    articleTitle?: string;
    published?: string | null;
  } | null;
}

export interface CsvSideBySide {
  a: { id: string; label: string };
  b: { id: string; label: string };
  rows: readonly {
    target: string;
    targetLabel: string;
    relation: Relation;
    gap: number | null;
    a: CsvSide | null;
    b: CsvSide | null;
  }[];
}

const SIDE_COLUMNS = [
  'statements',
  'net',
  'lean',
  'favor',
  'against',
  'concern',
  'neutral',
  'confirmed',
  'strongest_id',
  'strongest_label',
  'strongest_confirmed',
  'strongest_text',
  'strongest_speaker',
  'strongest_article',
  'strongest_published',
] as const;

function sideValues(side: CsvSide | null): CsvValue[] {
  if (!side) return SIDE_COLUMNS.map(() => null);
  const s = side.strongest;
  return [
    side.n,
    side.net,
    side.lean,
    side.favor,
    side.against,
    side.concern,
    side.neutral,
    side.confirmed,
    s?.statementId,
    s?.label,
    s?.confirmed,
    s?.text,
    s?.speaker,
    s?.articleTitle,
    s?.published,
  ];
}

/** One record per target; each side's columns are prefixed with its actor id ("pakistan_net"). */
export function sideBySideToCsv(sbs: CsvSideBySide): string {
  // Two copies of one actor would give duplicate column names; number them instead.
  const [pa, pb] = sbs.a.id === sbs.b.id ? [`${sbs.a.id}_1`, `${sbs.b.id}_2`] : [sbs.a.id, sbs.b.id];
  const header = [
    'target_id',
    'target',
    'relation',
    'gap',
    ...SIDE_COLUMNS.map((c) => `${pa}_${c}`),
    ...SIDE_COLUMNS.map((c) => `${pb}_${c}`),
  ];
  return toCsv(
    header,
    sbs.rows.map((r) => [r.target, r.targetLabel, r.relation, r.gap, ...sideValues(r.a), ...sideValues(r.b)]),
  );
}
