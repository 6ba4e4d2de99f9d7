// A damaged or emptied database is refused by name with the restore command, and five starts keep a good backup.
import { closeSync, openSync, statSync, truncateSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createBackup, KEEP_START_BACKUPS, listBackups, restoreDamagedFile } from '../../../db/backups';
import { openDatabase } from '../../../db/connection';
import { ok } from '../../support/calls';
import { tempDbPath } from '../../support/db';
import { buildParley, spawnParley } from '../../support/cli';

const ARTICLES = 40;

/** What the app and browser mode do at every start: open the file, then take a start-up backup. */
async function start(path: string): Promise<void> {
  const db = openDatabase(path);
  try {
    await createBackup(db, 'start');
  } finally {
    db.close();
  }
  await new Promise((r) => setTimeout(r, 2)); // distinct millisecond stamps
}

async function libraryWithArticles(path: string): Promise<string[]> {
  const db = openDatabase(path);
  for (let i = 0; i < ARTICLES; i++) {
    const filler = `The minister said on day ${i} that talks on the corridor would go on. `.repeat(40);
    await ok(db, 'articles.import', { text: `Article number ${i}\n\n${filler}` });
  }
  const titles = (await ok(db, 'articles.list', {})).map((a) => a.title).sort();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return titles;
}

/** Overwrites a run of pages in the middle of the file with garbage, as a failing disk or a stray write would. */
function damageMiddle(path: string): void {
  const size = statSync(path).size;
  const fd = openSync(path, 'r+');
  const junk = Buffer.alloc(4096 * 4, 0x5a);
  writeSync(fd, junk, 0, junk.length, Math.floor(size / 2 / 4096) * 4096);
  closeSync(fd);
}

async function titlesOf(path: string): Promise<string[]> {
  const db = openDatabase(path);
  try {
    return (await ok(db, 'articles.list', {})).map((a) => a.title).sort();
  } finally {
    db.close();
  }
}

describe('damaged database', () => {
  for (const [what, damage, says] of [
    ['damaged mid-file', damageMiddle, /is damaged/],
    ['emptied to 0 bytes', (p: string) => truncateSync(p, 0), /is empty \(0 bytes\)/],
  ] as const) {
    it(`${what}: five starts are refused by name and keep a good backup that restores every article`, async () => {
      const path = tempDbPath();
      const titles = await libraryWithArticles(path);
      expect(titles).toHaveLength(ARTICLES);
      for (let i = 0; i < KEEP_START_BACKUPS; i++) await start(path);
      damage(path);
      for (let i = 0; i < 5; i++) {
        await expect(start(path)).rejects.toThrow(says);
        await expect(start(path)).rejects.toThrow(`${path}`);
        await expect(start(path)).rejects.toThrow('parley restore');
      }
      const starts = listBackups(path).filter((b) => b.label === 'start');
      expect(starts).toHaveLength(KEEP_START_BACKUPS);
      const { damagedCopy } = restoreDamagedFile(path, starts[0]!.name);
      expect(await titlesOf(path)).toEqual(titles);
      expect(listBackups(path).find((b) => b.name === damagedCopy)?.label).toBe('damaged');
    });
  }

  it('a start-up copy that fails its check is not kept, so it never pushes a good copy out', async () => {
    const path = tempDbPath();
    await libraryWithArticles(path);
    await start(path);
    const good = listBackups(path);
    damageMiddle(path);
    const db = new Sqlite(path); // a connection opened before the damage, standing in for a long-running app
    await expect(createBackup(db, 'start')).rejects.toThrow(/is damaged/);
    db.close();
    expect(listBackups(path)).toEqual(good);
  });

  it('backups of case.sqlite and case.db in one folder never share or prune each other', async () => {
    const sqlite = tempDbPath('case.sqlite');
    const other = join(resolve(sqlite, '..'), 'case.db');
    for (let i = 0; i < KEEP_START_BACKUPS + 2; i++) {
      await start(sqlite);
      await start(other);
    }
    const a = listBackups(sqlite);
    const b = listBackups(other);
    expect(a).toHaveLength(KEEP_START_BACKUPS);
    expect(b).toHaveLength(KEEP_START_BACKUPS);
    expect(a.filter((x) => b.some((y) => y.name === x.name))).toEqual([]);
  });

  it(
    'the CLI refuses a damaged file naming it and `parley restore`, and `parley restore NAME --yes` brings it back',
    { timeout: 180_000 },
    async () => {
      const path = tempDbPath();
      const titles = await libraryWithArticles(path);
      await start(path);
      damageMiddle(path);
      await buildParley();
      const cli = (args: string[]) => spawnParley([...args, '--db', path]);
      const refused = cli(['list', '--format', 'json']);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain(path);
      expect(refused.stderr).toContain('parley restore');
      const backup = listBackups(path).find((b) => b.label === 'start')!;
      const restored = cli(['restore', backup.name, '--yes']);
      expect(restored.status, restored.stderr).toBe(0);
      expect(await titlesOf(path)).toEqual(titles);
    },
  );
});
