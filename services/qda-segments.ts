// Coded segments for export: every coding (span codings and statement tags) with its text, code path, coder, memo,
// the statement's speaker, actor and stances, and the article's variables as columns; as CSV or an .xlsx workbook.
import type { Database } from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { toCsv, type CsvValue } from '../core/compare/csv';
import { listVariables, valuesOfArticles } from '../db/repositories/variables';
import { tagPaths } from '../db/repositories/qda-analysis';

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

export function codedSegments(db: Database): SegmentTable {
  const paths = tagPaths(db);
  const variables = listVariables(db);
  const rows = db
    .prepare(
      `SELECT c.article_id, a.title, c.tag_id, c.coder, c.start, c."end", substr(a.body, c.start + 1, c."end" - c.start) AS text,
              c.memo, NULL AS statement_id, NULL AS speaker, NULL AS actor, NULL AS stances, c.created_at
       FROM codings c JOIN articles a ON a.id = c.article_id
       UNION ALL
       SELECT s.article_id, a.title, st.tag_id, st.coder, s.start, s."end", s.text, NULL, s.id, s.speaker, s.actor,
              (SELECT group_concat(target_id || ':' || label, '; ') FROM stances WHERE statement_id = s.id), st.created_at
       FROM statement_tags st JOIN statements s ON s.id = st.statement_id JOIN articles a ON a.id = s.article_id
       ORDER BY 1, 5, 6`,
    )
    .raw()
    .all() as CsvValue[][];
  const values = valuesOfArticles(db, [...new Set(rows.map((r) => r[0] as number))]);
  return {
    header: [...FIXED, ...variables.map((v) => v.name)],
    rows: rows.map((r) => {
      const vals = values.get(r[0] as number) ?? {};
      const out = [...r];
      out[2] = paths.get(r[2] as number) ?? '';
      return [...out, ...variables.map((v) => vals[v.name] ?? null)];
    }),
  };
}

export function segmentsCsv(db: Database): string {
  const t = codedSegments(db);
  return toCsv(t.header, t.rows);
}

/** An .xlsx workbook: one sheet of segments with a frozen, filterable header, and one of the codebook. */
export async function segmentsXlsx(db: Database): Promise<Uint8Array> {
  const t = codedSegments(db);
  const book = new ExcelJS.Workbook();
  book.creator = 'Parley';
  const sheet = book.addWorksheet('Coded segments', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(t.header).font = { bold: true };
  for (const r of t.rows) sheet.addRow(r.map((v) => (v === undefined ? null : v)));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: t.header.length } };
  sheet.getColumn(7).width = 60;
  const codes = book.addWorksheet('Codebook');
  codes.addRow(['code', 'description']).font = { bold: true };
  const descriptions = db.prepare('SELECT id, description FROM tags').all() as { id: number; description: string }[];
  const paths = tagPaths(db);
  for (const d of descriptions) codes.addRow([paths.get(d.id), d.description]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
