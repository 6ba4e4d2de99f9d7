// Two writers on one file: the app's backend (dispatch on its own connection) and two `parley import` processes
// importing the same folder at once. Shared by the CI-sized test and the full-size run in `npm run bench`.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArticle } from '../../core/import/parse-article';
import { openDatabase } from '../../db/connection';
import { contentHash } from '../../services/articles';
import { dispatch } from '../../services/dispatch';
import { CLI_OUT } from '../../scripts/build-cli.mjs';
import { generatedArticle } from '../unit/crash/generated-articles';
import { tempDbPath } from './db';

const ROOT = resolve(import.meta.dirname, '../..');

export interface CliRow {
  file: string;
  status: string;
  message: string | null;
}

export interface TwoWritersReport {
  apiWrites: number;
  /** API writes made while at least one importer was still running. */
  overlapped: number;
  files: number;
  cliRows: CliRow[][];
  cliCodes: (number | null)[];
  /** Each API write's time, in milliseconds. */
  apiMs: number[];
  cliStderr: string;
  apiErrors: string[];
  cliErrors: CliRow[];
  /** Article bodies the writers put in that the file does not hold. */
  lost: number;
  /** Articles stored more than once, plus tags stored other than once. */
  duplicates: number;
  articles: number;
  tags: number;
  wallMs: number;
}

function cliImport(folder: string, dbPath: string): Promise<{ rows: CliRow[]; code: number | null; stderr: string }> {
  return new Promise((done, reject) => {
    const child = spawn(process.execPath, [CLI_OUT, 'import', folder, '--db', dbPath, '--format', 'json'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', reject);
    child.on('exit', (code) => done({ rows: out.trim() ? (JSON.parse(out) as CliRow[]) : [], code, stderr: err }));
  });
}

const pause = () => new Promise((r) => setTimeout(r, 1));

/**
 * `files` articles in a folder that both CLI importers import (every file races its twin), and `apiWrites` API writes
 * meanwhile: half new tags, half imports (a third of those repeat a CLI file). Needs the built CLI. With `importers`
 * 0 the API writes run alone (a baseline), the folder unimported.
 */
export async function runTwoWriters(files: number, apiWrites: number, importers: 0 | 2 = 2): Promise<TwoWritersReport> {
  const dbPath = tempDbPath();
  const folder = join(dirname(dbPath), 'articles');
  mkdirSync(folder);
  const articles = Array.from({ length: files }, (_, i) => generatedArticle(i));
  for (const f of articles) writeFileSync(join(folder, f.fileName), f.text);
  const db = openDatabase(dbPath);
  try {
    const t0 = performance.now();
    const runs = Array.from({ length: importers }, () => cliImport(folder, dbPath));
    let running = importers;
    for (const r of runs) void r.finally(() => running--);
    // Wait until the importers are writing, so the API writes overlap theirs.
    const count = db.prepare('SELECT COUNT(*) FROM articles').pluck();
    while ((count.get() as number) === 0 && running === importers && importers > 0) await pause();

    const apiErrors: string[] = [];
    const expectedBodies = new Set(
      importers ? articles.map((f) => contentHash(parseArticle(f.text, f.fileName).body)) : [],
    );
    const apiMs: number[] = [];
    let overlapped = 0;
    for (let i = 0; i < apiWrites; i++) {
      if (running > 0) overlapped++;
      let result;
      const t = performance.now();
      if (i % 2 === 0) result = await dispatch(db, 'tags.create', { name: `Tag ${i}` });
      else {
        const repeat = i % 3 === 1 ? articles[i % files]! : generatedArticle(files + i);
        expectedBodies.add(contentHash(parseArticle(repeat.text, repeat.fileName).body));
        result = await dispatch(db, 'articles.import', repeat);
      }
      apiMs.push(performance.now() - t);
      if (!result.ok) apiErrors.push(`${i}: ${result.error.code}: ${result.error.message}`);
      await pause();
    }
    const done = await Promise.all(runs);
    const wallMs = performance.now() - t0;
    const cliErrors = done.flatMap((d) => d.rows).filter((r) => r.status !== 'imported' && r.status !== 'duplicate');
    const hashes = db.prepare('SELECT content_hash FROM articles').pluck().all() as string[];
    const stored = new Set(hashes);
    const tags = db.prepare("SELECT COUNT(*) FROM tags WHERE name LIKE 'Tag %'").pluck().get() as number;
    const expectedTags = Math.ceil(apiWrites / 2);
    return {
      apiWrites,
      overlapped,
      files,
      cliRows: done.map((d) => d.rows),
      cliCodes: done.map((d) => d.code),
      cliStderr: done.map((d) => d.stderr).join(''),
      apiMs,
      apiErrors,
      cliErrors,
      lost: [...expectedBodies].filter((h) => !stored.has(h)).length + Math.max(0, expectedTags - tags),
      duplicates:
        hashes.length -
        stored.size +
        [...stored].filter((h) => !expectedBodies.has(h)).length +
        Math.max(0, tags - expectedTags),
      articles: hashes.length,
      tags,
      wallMs,
    };
  } finally {
    db.close();
  }
}
