// `parley export` (qdpx, qdc, csv, xlsx) and `parley import-project`, run in-process on a coded library file.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { runExport } from '../../../cli/export-command';
import { runImportProject } from '../../../cli/import-project-command';
import { openDatabase } from '../../../db/connection';
import { ok } from '../../support/calls';
import { tempDbPath } from '../../support/db';
import { seedQdaLibrary } from '../../support/qda-library';

let dbPath: string;
const out = (name: string) => join(dirname(dbPath), name);
const quiet = () => undefined;

beforeAll(async () => {
  dbPath = tempDbPath();
  const db = openDatabase(dbPath);
  await seedQdaLibrary(db, 3);
  db.close();
}, 60_000);

describe('parley export', () => {
  it('writes a .qdpx that import-project reads into another library', async () => {
    expect(await runExport({ db: dbPath, format: 'qdpx', out: out('p.qdpx') }, quiet)).toBe(0);
    const entries = unzipSync(new Uint8Array(readFileSync(out('p.qdpx'))));
    expect(strFromU8(entries['project.qde']!)).toContain('urn:QDA-XML:project:1.0');
    const other = tempDbPath();
    const lines: string[] = [];
    expect(await runImportProject(out('p.qdpx'), other, true, (s) => lines.push(s))).toBe(0);
    expect(JSON.parse(lines[0]!)).toMatchObject({ articles: 4, duplicates: 0 });
    const db = openDatabase(other);
    expect(await ok(db, 'articles.list', {})).toHaveLength(4);
    db.close();
  });

  it('writes the codebook as .qdc and refuses to overwrite without --force', async () => {
    await runExport({ db: dbPath, format: 'qdc', out: out('c.qdc') }, quiet);
    expect(readFileSync(out('c.qdc'), 'utf8')).toMatch(/<CodeBook xmlns="urn:QDA-XML:codebook:1.0"[\s\S]*Terrorism/);
    await expect(runExport({ db: dbPath, format: 'qdc', out: out('c.qdc') }, quiet)).rejects.toThrow(/--force/);
    const lines: string[] = [];
    expect(await runImportProject(out('c.qdc'), tempDbPath(), true, (s) => lines.push(s))).toBe(0);
    expect(JSON.parse(lines[0]!)).toMatchObject({ articles: 0, codes: expect.any(Number) });
    expect(JSON.parse(lines[0]!).codes).toBeGreaterThan(0);
    await expect(runExport({ db: dbPath, format: 'pdf', out: out('x') }, quiet)).rejects.toThrow(
      /qdpx\|qdc\|csv\|xlsx/,
    );
  });

  it('writes coded segments as CSV and .xlsx with article variables as columns', async () => {
    await runExport({ db: dbPath, format: 'csv', out: out('s.csv') }, quiet);
    const csv = readFileSync(out('s.csv'), 'utf8').split('\r\n');
    expect(csv[0]).toBe(
      'article_id,article,code,coder,start,end,text,memo,statement_id,speaker,actor,stances,coded_at,Outlet,Country of outlet,Language,Genre,Grading,Published,Word count,Wire copy,Region,field',
    );
    expect(csv.some((l) => l.includes('Security/Terrorism,Ayesha'))).toBe(true);
    // A coding of part of the headline says so in its last column.
    expect(csv.some((l) => l.endsWith(',title'))).toBe(true);
    await runExport({ db: dbPath, format: 'xlsx', out: out('s.xlsx') }, quiet);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out('s.xlsx'));
    const sheet = book.getWorksheet('Coded segments')!;
    expect(sheet.getRow(1).getCell(17).value).toBe('Genre');
    expect(sheet.rowCount).toBe(csv.length - 1);
    expect(sheet.getRow(2).getCell(17).value).toBe('news');
  });
});
