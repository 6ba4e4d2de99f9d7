// SQL lives in db/repositories/: services/ may only shrink the SQL it still runs itself, file by file, toward none.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const SQL_CALL = /\.(prepare|exec)\(/g;

/** The services that still run SQL themselves, and how many statements at most: lower these as SQL moves out. */
const NOT_YET_MOVED: Record<string, number> = {
  'learner.ts': 13,
};

function sqlCalls(dir: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const file of readdirSync(resolve(ROOT, dir)).filter((f) => f.endsWith('.ts'))) {
    const n = readFileSync(resolve(ROOT, dir, file), 'utf8').match(SQL_CALL)?.length ?? 0;
    if (n > 0) counts.set(file, n);
  }
  return counts;
}

describe('where SQL lives', () => {
  it('runs no new SQL in services/, and none in the edits log or the statement-bounds service', () => {
    for (const [file, n] of sqlCalls('services')) {
      expect(NOT_YET_MOVED[file], `services/${file} runs SQL: move it to db/repositories/`).toBeDefined();
      expect(n, `services/${file}`).toBeLessThanOrEqual(NOT_YET_MOVED[file]!);
    }
    const counts = sqlCalls('services');
    expect(counts.get('edit-log.ts')).toBeUndefined();
    expect(counts.get('statement-bounds.ts')).toBeUndefined();
  });

  it('runs no SQL in the hosts or the command line', () => {
    for (const dir of ['cli', 'server', 'electron/main']) expect([...sqlCalls(dir).keys()], dir).toEqual([]);
  });
});
