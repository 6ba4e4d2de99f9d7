// The CLI's fixed JSON shapes (other tools read them): extract, import, list and restore; one built-binary run each.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI_OUT } from '../../../scripts/build-cli.mjs';
import { buildParley, ROOT, runParley, SPAWN_TIMEOUT, spawnParley } from '../../support/cli';
import { tempDbPath } from '../../support/db';

const FIXTURE = resolve(ROOT, 'tests/fixtures/import/with-header.txt');

describe('parley CLI', () => {
  it('extract prints {article, statements[]} with offsets, speaker, actor, kind and stances, and writes no database', async () => {
    const env = { PARLEY_DB: join(dirname(tempDbPath()), 'must-not-exist.sqlite') };
    const r = await runParley(['extract', FIXTURE, '--format', 'json'], env);
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
    expect(readdirSync(dirname(env.PARLEY_DB))).not.toContain('must-not-exist.sqlite');
  });

  it('extract takes the analyst targets from --targets', async () => {
    const targets = join(dirname(tempDbPath()), 'targets.json');
    writeFileSync(targets, JSON.stringify({ corridor: ['transit corridor', 'corridor'] }));
    const r = await runParley(['extract', FIXTURE, '--format', 'json', '--targets', targets]);
    expect(r.status, r.stderr).toBe(0);
    const bad = await runParley(['extract', FIXTURE, '--targets', FIXTURE]);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/targets file/i);
  });

  it('import reports each file as imported, duplicate or error, and list prints the library', async () => {
    const db = tempDbPath();
    const missing = join(dirname(db), 'missing.txt');
    const r = await runParley(['import', FIXTURE, FIXTURE, missing, '--db', db, '--format', 'json']);
    expect(r.status).toBe(1); // one file failed
    const rows = JSON.parse(r.stdout);
    expect(rows).toEqual([
      { file: FIXTURE, id: 1, status: 'imported', message: null },
      { file: FIXTURE, id: 1, status: 'duplicate', message: expect.stringMatching(/already in the library/) },
      { file: missing, id: null, status: 'error', message: expect.stringMatching(/Cannot read/) },
    ]);
    const list = await runParley(['list', '--format', 'json'], { PARLEY_DB: db });
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

  it('imports a folder recursively and refuses an unknown command with usage', async () => {
    const db = tempDbPath();
    const r = await runParley(['import', resolve(ROOT, 'tests/fixtures/import'), '--db', db, '--format', 'json']);
    const rows = JSON.parse(r.stdout) as { status: string; file: string }[];
    expect(rows.map((x) => x.status)).toEqual(['imported', 'imported', 'imported', 'imported']);
    const unknown = await runParley(['frobnicate']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/usage:/);
  });
});

describe('the built parley command', () => {
  let db: string;
  beforeAll(async () => {
    await buildParley();
    db = tempDbPath();
  }, SPAWN_TIMEOUT);

  it(
    'extract prints the statements of a file',
    () => {
      const r = spawnParley(['extract', FIXTURE, '--format', 'json']);
      expect(r.status, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).statements).toHaveLength(2);
    },
    SPAWN_TIMEOUT,
  );

  it(
    'extract prints all of a long output through a pipe (exit waits for stdout)',
    () => {
      const body = readFileSync(resolve(ROOT, 'tests/fixtures/china-us-briefing.txt'), 'utf8');
      const long = join(dirname(tempDbPath()), 'long-article.txt');
      writeFileSync(long, `Long\nSource: test\n\n${Array(40).fill(body.split('\n').slice(2).join('\n')).join('\n\n')}`);
      // through a shell pipe, whose reader is another process (as in `parley extract FILE | jq`)
      const r = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI_OUT}" extract "${long}" --format json | cat`], {
        encoding: 'utf8',
        maxBuffer: 1e8,
      });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout.length).toBeGreaterThan(200_000);
      expect(JSON.parse(r.stdout).statements.length).toBeGreaterThan(40);
    },
    SPAWN_TIMEOUT,
  );

  it(
    'import writes the file into the database named by --db',
    () => {
      const r = spawnParley(['import', FIXTURE, '--db', db, '--format', 'json']);
      expect(r.status, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual([{ file: FIXTURE, id: 1, status: 'imported', message: null }]);
    },
    SPAWN_TIMEOUT,
  );

  it(
    'list reads the database named by PARLEY_DB',
    async () => {
      if (!existsSync(db)) await runParley(['import', FIXTURE, '--db', db]);
      const r = spawnParley(['list', '--format', 'json'], { PARLEY_DB: db });
      expect(r.status, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual([expect.objectContaining({ id: 1, statements: 2 })]);
    },
    SPAWN_TIMEOUT,
  );

  it(
    'restore without a backup name lists the backups beside the database',
    async () => {
      if (!existsSync(db)) await runParley(['import', FIXTURE, '--db', db]);
      const r = spawnParley(['restore', '--db', db]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^(no backups|\S+\.sqlite\t.*bytes)\n/);
    },
    SPAWN_TIMEOUT,
  );
});
