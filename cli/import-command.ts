// `parley import PATH...`: imports files and folders (recursively, .txt/.md/.html) into the database.
import { basename } from 'node:path';
import type { Database } from 'better-sqlite3';
import { openDatabase } from '../db/connection';
import { resolveDatabasePath } from '../db/paths';
import { dispatch } from '../services/dispatch';
import { collectFiles, readArticleFile, type FoundFile } from './collect-files';

export interface ImportRow {
  file: string;
  id: number | null;
  status: 'imported' | 'duplicate' | 'error';
  message: string | null;
}

/** Imports every file in turn; `onRow` hears each result as soon as it is known, so none waits on a later file. */
export async function importFiles(
  dbPath: string,
  paths: string[],
  onRow: (row: ImportRow) => void = () => {},
): Promise<ImportRow[]> {
  const db = openDatabase(dbPath);
  try {
    const rows: ImportRow[] = [];
    // One file at a time, in order: imports write to the same database and the output keeps the files' order.
    // A refusal is its own row; the folder's other files import as usual.
    for (const found of collectFiles(paths)) {
      const row = await importOne(db, found);
      rows.push(row);
      onRow(row);
    }
    return rows;
  } finally {
    db.close();
  }
}

async function importOne(db: Database, { file, problem }: FoundFile): Promise<ImportRow> {
  const read = problem === null ? readArticleFile(file) : { problem };
  if ('problem' in read) return { file, id: null, status: 'error', message: read.problem };
  const result = await dispatch(db, 'articles.import', {
    fileName: basename(file),
    dataBase64: read.bytes.toString('base64'),
  });
  if (!result.ok) return { file, id: null, status: 'error', message: result.error.message };
  const value = result.value as {
    status: 'imported' | 'duplicate';
    article: { id: number };
    notice: string | null;
  };
  return { file, id: value.article.id, status: value.status, message: value.notice };
}

export async function runImport(paths: string[], dbOption: string | undefined, json: boolean): Promise<number> {
  const print = (r: ImportRow) =>
    process.stdout.write(`${r.status.padEnd(9)} ${r.id ?? '-'}\t${r.file}${r.message ? `\t${r.message}` : ''}\n`);
  const rows = await importFiles(resolveDatabasePath(dbOption), paths, json ? undefined : print);
  if (json) process.stdout.write(`${JSON.stringify(rows)}\n`);
  return rows.some((r) => r.status === 'error') ? 1 : 0;
}
