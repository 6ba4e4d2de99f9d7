// Backups: a rotating set of start-up copies, restore in place by name after a safety copy, refusal of bad files.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createBackup, KEEP_START_BACKUPS, listBackups, restoreBackup } from '../../../db/backups';
import { openDatabase } from '../../../db/connection';
import { backupDir } from '../../../db/paths';
import { ok } from '../../support/calls';
import { checksum, tempDbPath } from '../../support/db';

/** A library file holding one tag, and its checksum then. */
async function libraryWithTag(name: string): Promise<{ path: string; db: Database; before: string }> {
  const path = tempDbPath();
  const db = openDatabase(path);
  await ok(db, 'tags.create', { name });
  return { path, db, before: checksum(db) };
}

describe('backups', () => {
  it('keeps the last five start-up backups and every other kind', async () => {
    const path = tempDbPath();
    const db = openDatabase(path);
    await createBackup(db, 'manual');
    for (let i = 0; i < KEEP_START_BACKUPS + 3; i++) {
      await createBackup(db, 'start');
      await new Promise((r) => setTimeout(r, 2)); // distinct millisecond stamps
    }
    const all = listBackups(path);
    expect(all.filter((b) => b.label === 'start')).toHaveLength(KEEP_START_BACKUPS);
    expect(all.filter((b) => b.label === 'manual')).toHaveLength(1);
    expect(all[0]!.createdAt >= all[all.length - 1]!.createdAt).toBe(true);
    db.close();
  });

  it('restores a backup in place, keeping the current state as a before-restore backup', async () => {
    const { path, db, before } = await libraryWithTag('Kept');
    const backup = await createBackup(db, 'manual');
    await ok(db, 'tags.create', { name: 'Added later' });
    await ok(db, 'articles.import', { text: 'Later\n\nAn article imported after the backup was taken.' });
    const { safetyBackup } = await restoreBackup(db, backup.name);
    expect(checksum(db)).toBe(before);
    expect((await ok(db, 'search.query', { query: 'imported' })).statements).toHaveLength(0);
    expect(listBackups(path).find((b) => b.name === safetyBackup)?.label).toBe('before-restore');
    // The safety copy holds what was there before the restore.
    const undoRestore = await restoreBackup(db, safetyBackup);
    expect((await ok(db, 'tags.list', {})).map((t) => t.name)).toEqual(['Kept', 'Added later']);
    expect((await ok(db, 'search.query', { query: 'imported' })).statements).toHaveLength(1);
    expect(undoRestore.safetyBackup).toBeTruthy();
    db.close();
  });

  it('refuses unknown names, paths and damaged files, changing nothing', async () => {
    const { path, db, before } = await libraryWithTag('Precious');
    await expect(restoreBackup(db, '../../etc/passwd')).rejects.toThrow(/no backup named/);
    await createBackup(db, 'manual');
    const fake = 'parley.2026-01-01T00-00-00-000Z.manual.sqlite';
    writeFileSync(join(backupDir(path), fake), 'this is not a database');
    await expect(restoreBackup(db, fake)).rejects.toThrow(/not a sound Parley database/);
    expect(checksum(db)).toBe(before);
    db.close();
  });

  it('is reachable through the contract, which refuses in-memory databases', async () => {
    const db = openDatabase(':memory:');
    expect(await ok(db, 'backups.list', {})).toEqual([]);
  });
});
