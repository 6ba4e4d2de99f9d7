// SQL lives in db/repositories/: services/, the hosts and the command line run none of their own.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
/** A statement prepared, or SQL text run by `exec` (not a RegExp's `exec` on a variable). */
const SQL_CALL = /\.prepare\(|\.exec\(\s*[`'"]/g;

function sqlCalls(dir: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const file of readdirSync(resolve(ROOT, dir)).filter((f) => f.endsWith('.ts'))) {
    const n = readFileSync(resolve(ROOT, dir, file), 'utf8').match(SQL_CALL)?.length ?? 0;
    if (n > 0) counts.set(file, n);
  }
  return counts;
}

describe('where SQL lives', () => {
  it('runs no SQL in services/, the hosts or the command line', () => {
    for (const dir of ['services', 'services/host', 'cli', 'server', 'electron/main']) {
      expect([...sqlCalls(dir).keys()], `${dir}: move its SQL to db/repositories/`).toEqual([]);
    }
  });

  it('finds SQL where it is run', () => {
    expect(sqlCalls('db/repositories').size).toBeGreaterThan(10);
    expect(sqlCalls('db').get('connection.ts')).toBeGreaterThan(0);
  });
});
