// Test databases: real migrations on :memory: or on a file in a fresh temporary folder.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../db/connection';

export function memoryDb() {
  return openDatabase(':memory:');
}

export function tempDbPath(name = 'parley.sqlite'): string {
  return join(mkdtempSync(join(tmpdir(), 'parley-test-')), name);
}

/** A digest of every user table's rows, to prove a failed call changed nothing. */
export function checksum(db: ReturnType<typeof openDatabase>): string {
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  return tables.map((t) => `${t}:${JSON.stringify(db.prepare(`SELECT * FROM "${t}" ORDER BY 1`).all())}`).join('\n');
}
