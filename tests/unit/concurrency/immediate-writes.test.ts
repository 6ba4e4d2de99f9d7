// Every write transaction begins IMMEDIATE: the write lock is taken first, waiting out busy_timeout while another
// program writes, instead of reading under a snapshot and failing with SQLITE_BUSY_SNAPSHOT when it tries to write.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const FOLDERS = ['services', 'db', 'db/repositories', 'cli', 'server'];

/** Each `.transaction(` call in `source` with what follows its closing parenthesis. */
function transactionCalls(source: string): { line: number; after: string }[] {
  const calls: { line: number; after: string }[] = [];
  for (let at = source.indexOf('.transaction('); at >= 0; at = source.indexOf('.transaction(', at + 1)) {
    let depth = 0;
    let i = at + '.transaction'.length;
    for (; i < source.length; i++) {
      if (source[i] === '(') depth++;
      else if (source[i] === ')' && --depth === 0) break;
    }
    calls.push({ line: source.slice(0, at).split('\n').length, after: source.slice(i + 1, i + 40) });
  }
  return calls;
}

describe('write transactions', () => {
  it('all begin IMMEDIATE, in every module that opens one', () => {
    const deferred: string[] = [];
    let count = 0;
    for (const folder of FOLDERS) {
      for (const name of readdirSync(join(ROOT, folder)).filter((n) => n.endsWith('.ts'))) {
        const file = `${folder}/${name}`;
        for (const call of transactionCalls(readFileSync(join(ROOT, file), 'utf8'))) {
          count++;
          if (!/^\s*\.immediate\(\)/.test(call.after)) deferred.push(`${file}:${call.line}`);
        }
      }
    }
    expect(count).toBeGreaterThan(10);
    expect(deferred).toEqual([]);
  });
});
