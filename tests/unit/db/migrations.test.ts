// Schema migrations: from an empty file, refusal of a newer database, backup before upgrading, no half-applied step.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, openDatabase, schemaVersion } from '../../../db/connection';
import { MIGRATIONS } from '../../../db/migrations';
import { listTargets } from '../../../db/repositories/targets';
import { tempDbPath } from '../../support/db';

describe('openDatabase', () => {
  it('creates every table on an empty file and records the schema version', () => {
    const path = tempDbPath();
    const db = openDatabase(path);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name").pluck().all();
    for (const t of [
      'articles',
      'statements',
      'stances',
      'actors',
      'actor_aliases',
      'people',
      'targets',
      'target_aliases',
      'tags',
      'statement_tags',
      'notes',
      'edits',
      'briefs',
      'statements_fts',
      'articles_fts',
    ]) {
      expect(tables).toContain(t);
    }
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
  });

  it('seeds Afghanistan, the United States and India as default targets', () => {
    const db = openDatabase(':memory:');
    const targets = listTargets(db);
    expect(targets.map((t) => t.id)).toEqual(['afghanistan', 'us', 'india']);
    expect(targets.every((t) => t.isDefault)).toBe(true);
    expect(targets.find((t) => t.id === 'us')?.aliases).toContain('Washington');
  });

  it('opens an up-to-date database again without touching it', () => {
    const path = tempDbPath();
    openDatabase(path).close();
    const db = openDatabase(path);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    db.close();
    expect(existsSync(join(dirname(path), 'backups'))).toBe(false);
  });

  it('refuses a database written by a newer Parley with a clear message, leaving it unchanged', () => {
    const path = tempDbPath();
    const raw = new Database(path);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.close();
    expect(() => openDatabase(path)).toThrow(/newer version of Parley/);
    const check = new Database(path);
    expect(check.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 1);
    expect(check.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'articles'").pluck().get()).toBe(0);
    check.close();
  });

  it('backs the file up before upgrading it, and the backup holds the old data', () => {
    const path = tempDbPath();
    const db0 = openDatabase(path);
    db0.prepare("INSERT INTO settings (key, value) VALUES ('k', 'v1')").run();
    db0.close();
    const next = [
      ...MIGRATIONS,
      {
        version: MIGRATIONS.length + 1,
        name: 'test column',
        up: (d: Database.Database) => d.exec('ALTER TABLE settings ADD COLUMN extra TEXT'),
      },
    ];
    const db = openDatabase(path, { migrations: next });
    expect(schemaVersion(db)).toBe(MIGRATIONS.length + 1);
    db.close();
    const backups = readdirSync(join(dirname(path), 'backups'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(new RegExp(`before-v${MIGRATIONS.length + 1}\\.sqlite$`));
    const backup = new Database(join(dirname(path), 'backups', backups[0]!), { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(backup.prepare("SELECT value FROM settings WHERE key = 'k'").pluck().get()).toBe('v1');
    backup.close();
  });

  it('stops at a failed migration with the database at the previous version, nothing half-applied', () => {
    const path = tempDbPath();
    openDatabase(path).close();
    const broken = [
      ...MIGRATIONS,
      {
        version: MIGRATIONS.length + 1,
        name: 'broken',
        up: (d: Database.Database) => {
          d.exec('CREATE TABLE half_done (x)');
          d.exec('THIS IS NOT SQL');
        },
      },
    ];
    expect(() => openDatabase(path, { migrations: broken })).toThrow(
      new RegExp(`schema ${MIGRATIONS.length + 1} \\(broken\\) failed`),
    );
    const check = new Database(path);
    expect(check.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(check.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").pluck().get()).toBe(0);
    check.close();
  });
});
