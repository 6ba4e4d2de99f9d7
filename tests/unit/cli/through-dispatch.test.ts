// CLI commands reach the services through dispatch (cli/call.ts), as the app does; the few left are named with why.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../support/cli';

/** Service modules a command may import besides dispatch: hosts' lifecycle, not contract methods. */
const LIFECYCLE = new Set(['services/dispatch', 'services/pdf-printer']);

/** Commands with no contract method to call yet: they write files the app does not (REFI-QDA, gold labels). */
const NO_METHOD_YET: Record<string, string> = {
  'import-project-command.ts': 'qda.importProject caps a project at one app request (15 MB base64); this reads larger',
};

function servicesImported(file: string): string[] {
  const code = readFileSync(resolve(ROOT, 'cli', file), 'utf8');
  return [...code.matchAll(/from '\.\.\/(services\/[\w-]+)'/g)].map((m) => m[1]!);
}

describe('the parley command', () => {
  const commands = readdirSync(resolve(ROOT, 'cli')).filter((f) => f.endsWith('-command.ts'));

  it('calls services only through dispatch, unless no contract method does the job', () => {
    expect(commands).toContain('compare-command.ts');
    for (const file of commands) {
      const direct = servicesImported(file).filter((m) => !LIFECYCLE.has(m));
      if (file in NO_METHOD_YET) expect(direct.length, `${file} is listed but needs no exception`).toBeGreaterThan(0);
      else expect(direct, file).toEqual([]);
    }
  });

  it('runs no SQL of its own', () => {
    for (const file of readdirSync(resolve(ROOT, 'cli')).filter((f) => f.endsWith('.ts'))) {
      expect(readFileSync(resolve(ROOT, 'cli', file), 'utf8'), file).not.toMatch(/\.prepare\(|\.exec\(/);
    }
  });
});
