// Two writers, no errors: the app's backend and two `parley import` processes write one file at once; nothing fails,
// nothing is lost, nothing is stored twice. PARLEY_WRITERS_SCALE multiplies the counts for a manual run.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/connection';
import { contentHash } from '../../../services/articles';
import { dispatch } from '../../../services/dispatch';
import { parseArticle } from '../../../core/import/parse-article';
import { tempDbPath } from '../../support/db';
import { generatedArticle } from '../crash/generated-articles';
import { CLI_OUT } from '../../../scripts/build-cli.mjs';
import { buildParley } from '../../support/cli';

const ROOT = resolve(import.meta.dirname, '../../..');
const SCALE = Number(process.env.PARLEY_WRITERS_SCALE ?? 1);
const FILES = Math.round(150 * SCALE); // each CLI imports the same folder: every file races its twin
const API_WRITES = Math.round(300 * SCALE); // half new tags, half imports (a third of those repeat a CLI file)

interface Row {
  file: string;
  status: string;
  message: string | null;
}

function cliImport(folder: string, dbPath: string): Promise<{ rows: Row[]; code: number | null; stderr: string }> {
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
    child.on('exit', (code) => done({ rows: out.trim() ? (JSON.parse(out) as Row[]) : [], code, stderr: err }));
  });
}

const pause = () => new Promise((r) => setTimeout(r, 1));

describe('two writers', () => {
  beforeAll(buildParley, 180_000);
  it(
    `the app and two CLI importers write one file at once: ${API_WRITES} API writes and 2×${FILES} imports, zero errors, zero lost, zero duplicates`,
    { timeout: 600_000 },
    async () => {
      const dbPath = tempDbPath();
      const folder = join(dirname(dbPath), 'articles');
      mkdirSync(folder);
      const files = Array.from({ length: FILES }, (_, i) => generatedArticle(i));
      for (const f of files) writeFileSync(join(folder, f.fileName), f.text);
      const db = openDatabase(dbPath);
      const runs = [cliImport(folder, dbPath), cliImport(folder, dbPath)];
      let running = 2;
      for (const r of runs) void r.finally(() => running--);
      // Wait until the importers are writing, so the API writes overlap theirs.
      const count = db.prepare('SELECT COUNT(*) FROM articles').pluck();
      while ((count.get() as number) === 0 && running === 2) await pause();

      const apiErrors: string[] = [];
      const expectedBodies = new Set(files.map((f) => contentHash(parseArticle(f.text, f.fileName).body)));
      let overlapped = 0;
      for (let i = 0; i < API_WRITES; i++) {
        if (running > 0) overlapped++;
        let result;
        if (i % 2 === 0) result = await dispatch(db, 'tags.create', { name: `Tag ${i}` });
        else {
          const repeat = i % 3 === 1 ? files[i % FILES]! : generatedArticle(FILES + i);
          expectedBodies.add(contentHash(parseArticle(repeat.text, repeat.fileName).body));
          result = await dispatch(db, 'articles.import', repeat);
        }
        if (!result.ok) apiErrors.push(`${i}: ${result.error.code}: ${result.error.message}`);
        await pause();
      }
      const [a, b] = await Promise.all(runs);
      const cliErrors = [...a!.rows, ...b!.rows].filter((r) => r.status !== 'imported' && r.status !== 'duplicate');

      expect(apiErrors).toEqual([]);
      expect(cliErrors).toEqual([]);
      expect([a!.code, b!.code], a!.stderr + b!.stderr).toEqual([0, 0]);
      expect(a!.rows).toHaveLength(FILES);
      expect(b!.rows).toHaveLength(FILES);
      // Each CLI file imported exactly once between the two importers and the app; every API write is there once.
      const hashes = db.prepare('SELECT content_hash FROM articles').pluck().all() as string[];
      expect(new Set(hashes).size).toBe(hashes.length);
      expect(new Set(hashes)).toEqual(expectedBodies);
      const tags = db.prepare("SELECT COUNT(*) FROM tags WHERE name LIKE 'Tag %'").pluck().get();
      expect(tags).toBe(Math.ceil(API_WRITES / 2));
      expect(overlapped).toBeGreaterThan(0);
      console.info(
        `two writers: ${API_WRITES} API writes (${overlapped} while importers ran), 2×${FILES} CLI imports, ` +
          `${hashes.length} articles, ${apiErrors.length + cliErrors.length} errors`,
      );
      db.close();
    },
  );
});
