// `parley brief`: exports the default or a saved brief as Markdown or PDF, and never overwrites without --force.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/connection';
import { chromiumPath } from '../../../services/chromium-pdf-printer';
import { ok } from '../../support/calls';
import { buildParley, ROOT, runParley, SPAWN_TIMEOUT, spawnParley } from '../../support/cli';
import { tempDbPath } from '../../support/db';

const FIXTURE = resolve(ROOT, 'tests/fixtures/import/with-header.txt');
const HAS_CHROMIUM = existsSync(chromiumPath());

async function libraryWithOneArticle(): Promise<string> {
  const db = tempDbPath();
  const r = await runParley(['import', FIXTURE, '--db', db, '--format', 'json']);
  expect(r.status, r.stderr).toBe(0);
  return db;
}

describe('parley brief', () => {
  it('writes the default brief as Markdown, and refuses to overwrite the file unless --force', async () => {
    const db = await libraryWithOneArticle();
    const out = join(dirname(db), 'brief.md');
    const first = await runParley(['brief', '--db', db, '--format', 'md', '--out', out]);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^Wrote .*brief\.md: Markdown, \d+ bytes/);
    const md = readFileSync(out, 'utf8');
    expect(md.startsWith('**UNCLASSIFIED**\n\n# Ministers meet in Tashkent on transit corridor\n')).toBe(true);
    expect(md).toContain('1. **Example Wire**, “Ministers meet in Tashkent on transit corridor”, 14 March 2025');

    writeFileSync(out, 'analyst file');
    const again = await runParley(['brief', '--db', db, '--format', 'md', '--out', out]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists; pass --force to replace it');
    expect(readFileSync(out, 'utf8')).toBe('analyst file');
    const forced = await runParley(['brief', '--db', db, '--format', 'md', '--out', out, '--force']);
    expect(forced.status, forced.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(md);
  });

  it('exports a saved brief by --brief ID and the articles named by --article', async () => {
    const db = await libraryWithOneArticle();
    const handle = openDatabase(db);
    const draft = await ok(handle, 'briefs.default', {});
    const saved = await ok(handle, 'briefs.save', { brief: { ...draft, title: 'Saved for the minister' } });
    handle.close();
    const out = join(dirname(db), 'saved.md');
    const r = await runParley(['brief', '--db', db, '--brief', String(saved.id), '--format', 'md', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('# Saved for the minister');
    const byArticle = await runParley([
      'brief',
      '--db',
      db,
      '--article',
      '1',
      '--format',
      'md',
      '--out',
      join(dirname(db), 'a.md'),
    ]);
    expect(byArticle.status, byArticle.stderr).toBe(0);
  });

  it('explains bad options before touching anything', async () => {
    const db = await libraryWithOneArticle();
    const out = join(dirname(db), 'x.md');
    const cases: [string[], number, RegExp][] = [
      [['--format', 'txt', '--out', out], 2, /--format md or --format pdf, not "txt"/],
      [['--format', 'md'], 2, /needs --out FILE/],
      [['--format', 'md', '--out', out, '--brief', '1', '--article', '1'], 2, /either --brief ID .* not both/],
      [['--format', 'md', '--out', out, '--article', 'one'], 2, /--article takes a positive whole number, not "one"/],
      [['--format', 'pdf', '--out', out, '--paper', 'a3'], 2, /unknown --paper "a3"/],
      [['--format', 'md', '--out', out, '--brief', '42'], 1, /no saved brief with id 42/],
      [['--format', 'md', '--out', out, '--article', '42'], 1, /no article with id 42/],
    ];
    for (const [args, status, message] of cases) {
      const r = await runParley(['brief', '--db', db, ...args]);
      expect(r.status, args.join(' ')).toBe(status);
      expect(r.stderr).toMatch(message);
    }
    expect(existsSync(out)).toBe(false);
    const missing = await runParley([
      'brief',
      '--db',
      join(dirname(db), 'none.sqlite'),
      '--format',
      'md',
      '--out',
      out,
    ]);
    expect(missing.stderr).toMatch(/no database at/);
  });

  it.skipIf(!HAS_CHROMIUM)(
    `writes a PDF with --format pdf (${HAS_CHROMIUM ? 'Chromium' : 'skipped: no Chromium'})`,
    async () => {
      const db = await libraryWithOneArticle();
      const out = join(dirname(db), 'brief.pdf');
      const r = await runParley(['brief', '--db', db, '--format', 'pdf', '--paper', 'letter', '--out', out]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/PDF, 1 page, \d+ bytes/);
      expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    },
    SPAWN_TIMEOUT,
  );
});

describe('the built parley brief', () => {
  beforeAll(buildParley, SPAWN_TIMEOUT);

  it(
    'writes a Markdown brief as a whole process',
    async () => {
      const db = await libraryWithOneArticle();
      const out = join(dirname(db), 'smoke.md');
      const r = spawnParley(['brief', '--db', db, '--format', 'md', '--out', out]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^Wrote .*smoke\.md: Markdown, \d+ bytes/);
      expect(readFileSync(out, 'utf8')).toContain('# Ministers meet in Tashkent on transit corridor');
    },
    SPAWN_TIMEOUT,
  );
});
