// `parley import PATH...`: imports files and folders (recursively, .txt/.md/.html) into the database.
import { isArticleFileName } from '../core/shared/import-limits';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { openDatabase } from '../db/connection';
import { resolveDatabasePath } from '../db/paths';
import { dispatch } from '../services/dispatch';

export interface ImportRow {
  file: string;
  id: number | null;
  status: 'imported' | 'duplicate' | 'error';
  message: string | null;
}

/** Expands folders into the article files under them, in a stable order; named files are kept as given. */
export function collectFiles(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      const st = statSync(full);
      if (st.isDirectory()) walk(full);
      else if (isArticleFileName(name)) out.push(full);
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      out.push(p); // reported as an error by the import itself
      continue;
    }
    if (st.isDirectory()) walk(p);
    else out.push(p);
  }
  return out;
}

export async function importFiles(dbPath: string, paths: string[]): Promise<ImportRow[]> {
  const db = openDatabase(dbPath);
  try {
    const rows: ImportRow[] = [];
    // One file at a time, in order: imports write to the same database and the output keeps the files' order.
    for (const file of collectFiles(paths)) rows.push(await importOne(db, file));
    return rows;
  } finally {
    db.close();
  }
}

async function importOne(db: Database, file: string): Promise<ImportRow> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    return { file, id: null, status: 'error', message: `Cannot read "${file}": ${(err as Error).message}` };
  }
  const result = await dispatch(db, 'articles.import', {
    fileName: basename(file),
    dataBase64: bytes.toString('base64'),
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
  const rows = await importFiles(resolveDatabasePath(dbOption), paths);
  if (json) process.stdout.write(`${JSON.stringify(rows)}\n`);
  else
    for (const r of rows) {
      process.stdout.write(`${r.status.padEnd(9)} ${r.id ?? '-'}\t${r.file}${r.message ? `\t${r.message}` : ''}\n`);
    }
  return rows.some((r) => r.status === 'error') ? 1 : 0;
}
