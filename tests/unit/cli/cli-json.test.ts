// The CLI's fixed JSON shapes (other tools read them): extract, import and list.
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDbPath } from '../../support/db';

const ROOT = resolve(import.meta.dirname, '../../..');
const FIXTURE = resolve(ROOT, 'tests/fixtures/import/with-header.txt');

function parley(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['--import', 'tsx', resolve(ROOT, 'cli/main.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
}

describe('parley CLI', () => {
  it('extract prints {article, statements[]} with offsets, speaker, actor, kind and stances, and writes no database', () => {
    const env = { PARLEY_DB: join(dirname(tempDbPath()), 'must-not-exist.sqlite') };
    const r = parley(['extract', FIXTURE, '--format', 'json'], env);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.article).toEqual({
      title: 'Ministers meet in Tashkent on transit corridor',
      source: 'Example Wire',
      published: '2025-03-14',
    });
    expect(out.statements.length).toBe(2);
    for (const s of out.statements) {
      expect(Object.keys(s)).toEqual(
        expect.arrayContaining(['text', 'start', 'end', 'speaker', 'actor', 'kind', 'stances']),
      );
      expect(typeof s.stances).toBe('object');
      expect(['direct_quote', 'indirect', 'narration']).toContain(s.kind);
    }
    expect(out.statements[1].kind).toBe('direct_quote');
    expect(execFileSync('ls', [dirname(env.PARLEY_DB)], { encoding: 'utf8' })).not.toContain('must-not-exist');
  });

  it('extract takes the analyst targets from --targets', () => {
    const targets = join(dirname(tempDbPath()), 'targets.json');
    writeFileSync(targets, JSON.stringify({ corridor: ['transit corridor', 'corridor'] }));
    const r = parley(['extract', FIXTURE, '--format', 'json', '--targets', targets]);
    expect(r.status, r.stderr).toBe(0);
    const bad = parley(['extract', FIXTURE, '--targets', FIXTURE]);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/targets file/i);
  });

  it('import reports each file as imported, duplicate or error, and list prints the library', () => {
    const db = tempDbPath();
    const missing = join(dirname(db), 'missing.txt');
    const r = parley(['import', FIXTURE, FIXTURE, missing, '--db', db, '--format', 'json']);
    expect(r.status).toBe(1); // one file failed
    const rows = JSON.parse(r.stdout);
    expect(rows).toEqual([
      { file: FIXTURE, id: 1, status: 'imported', message: null },
      { file: FIXTURE, id: 1, status: 'duplicate', message: expect.stringMatching(/already in the library/) },
      { file: missing, id: null, status: 'error', message: expect.stringMatching(/Cannot read/) },
    ]);
    const list = parley(['list', '--format', 'json'], { PARLEY_DB: db });
    expect(list.status, list.stderr).toBe(0);
    expect(JSON.parse(list.stdout)).toEqual([
      {
        id: 1,
        title: 'Ministers meet in Tashkent on transit corridor',
        source: 'Example Wire',
        published: '2025-03-14',
        statements: 2,
      },
    ]);
  });

  it('imports a folder recursively and refuses an unknown command with usage', () => {
    const db = tempDbPath();
    const r = parley(['import', resolve(ROOT, 'tests/fixtures/import'), '--db', db, '--format', 'json']);
    const rows = JSON.parse(r.stdout) as { status: string; file: string }[];
    expect(rows.map((x) => x.status)).toEqual(['imported', 'imported', 'imported']);
    const unknown = parley(['frobnicate']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/usage:/);
  });
});
