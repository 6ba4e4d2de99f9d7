// The README's map names every top-level folder and every folder inside core/, db/, services/, renderer/ and tests/.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const MAPPED = ['core', 'db', 'services', 'renderer', 'tests'];

/** Folders holding tracked files: every top-level one, and all of those below the mapped folders. */
function folders(): string[] {
  const files = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
  const all = new Set<string>();
  for (const f of files) {
    for (let d = dirname(f); d !== '.'; d = dirname(d)) all.add(d);
  }
  return [...all].filter((d) => !d.includes('/') || MAPPED.includes(d.split('/')[0]!)).sort();
}

/**
 * A row's first cell names `d/` whole, or (in a row of siblings) its parent's path and `name/`; a folder named only in
 * another row's description has no line of its own saying what lives there.
 */
function mapped(readme: string[], d: string): boolean {
  const name = d.slice(d.lastIndexOf('/') + 1);
  const parent = d.includes('/') ? d.slice(0, d.lastIndexOf('/')) : null;
  return readme
    .map((line) => line.split('|')[1] ?? '')
    .some(
      (cell) =>
        cell.includes(`\`${d}/\``) ||
        (parent !== null && cell.includes(`\`${parent}/`) && cell.includes(`\`${name}/\``)),
    );
}

describe('README map', () => {
  it('has a row for every folder it should', () => {
    const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('|'));
    const list = folders();
    expect(list).toContain('core/extract/data');
    expect(
      mapped(['| `renderer/components/` | Vue components (`analysis/`, …) | stores |'], 'renderer/components/analysis'),
    ).toBe(false);
    expect(list.filter((d) => !mapped(readme, d))).toEqual([]);
  });
});
