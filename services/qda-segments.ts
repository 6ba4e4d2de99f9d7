// Coded segments for export: every coding (span codings and statement tags) with its text, code path, coder, memo,
// the statement's speaker, actor and stances, and the article's variables as columns; as CSV or an .xlsx workbook.
import type { Database } from 'better-sqlite3';
import { toCsv, type CsvValue } from '../core/compare/csv';
import { listVariables, valuesOfArticles } from '../db/repositories/variables';
import { codedSegmentRows, tagDescriptions, tagPaths } from '../db/repositories/qda-analysis';

const FIXED = [
  'article_id',
  'article',
  'code',
  'coder',
  'start',
  'end',
  'text',
  'memo',
  'statement_id',
  'speaker',
  'actor',
  'stances',
  'coded_at',
] as const;

export interface SegmentTable {
  header: string[];
  rows: CsvValue[][];
}

/** The coded segments of the scope (every article when none is given), one row each. */
export function codedSegments(db: Database, articleIds?: number[]): SegmentTable {
  const paths = tagPaths(db);
  const variables = listVariables(db);
  const rows = codedSegmentRows(db, articleIds) as CsvValue[][];
  const values = valuesOfArticles(db, [...new Set(rows.map((r) => r[0] as number))]);
  return {
    // After the variables, so their columns stay where they were before headlines could be coded: 'body', or 'title'
    // for a coding of the headline (start and end are then offsets into the title).
    header: [...FIXED, ...variables.map((v) => v.name), 'field'],
    rows: rows.map((r) => {
      const vals = values.get(r[0] as number) ?? {};
      const out = r.slice(0, FIXED.length);
      out[2] = paths.get(r[2] as number) ?? '';
      return [...out, ...variables.map((v) => vals[v.name] ?? null), r[FIXED.length]!];
    }),
  };
}

export function segmentsCsv(db: Database, articleIds?: number[]): { csv: string; segments: number } {
  const t = codedSegments(db, articleIds);
  return { csv: toCsv(t.header, t.rows), segments: t.rows.length };
}

/** An .xlsx workbook: one sheet of segments with a frozen, filterable header, and one of the codebook. */
export async function segmentsXlsx(
  db: Database,
  articleIds?: number[],
): Promise<{ bytes: Uint8Array; segments: number }> {
  const t = codedSegments(db, articleIds);
  // Loaded on the first workbook only: exceljs's start-up is the largest part of loading every service.
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'Parley';
  const sheet = book.addWorksheet('Coded segments', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(t.header).font = { bold: true };
  for (const r of t.rows) sheet.addRow(r.map((v) => (v === undefined ? null : v)));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: t.header.length } };
  sheet.getColumn(7).width = 60;
  const codes = book.addWorksheet('Codebook');
  codes.addRow(['code', 'description']).font = { bold: true };
  const paths = tagPaths(db);
  for (const d of tagDescriptions(db)) codes.addRow([paths.get(d.id), d.description]);
  return { bytes: new Uint8Array(await book.xlsx.writeBuffer()), segments: t.rows.length };
}
