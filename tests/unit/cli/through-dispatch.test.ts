// CLI commands reach the services through dispatch (cli/call.ts), as the app does, every one of them.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract } from '../../../core/contract';
import { ROOT } from '../../support/cli';

/** Service modules a command may import besides dispatch: hosts' lifecycle, not contract methods. */
const LIFECYCLE = new Set(['services/dispatch', 'services/pdf-printer']);

function servicesImported(file: string): string[] {
  const code = readFileSync(resolve(ROOT, 'cli', file), 'utf8');
  return [...code.matchAll(/from '\.\.\/(services\/[\w-]+)'/g)].map((m) => m[1]!);
}

describe('the parley command', () => {
  const commands = readdirSync(resolve(ROOT, 'cli')).filter((f) => f.endsWith('-command.ts'));

  it('calls services only through dispatch', () => {
    expect(commands).toContain('compare-command.ts');
    expect(commands).toContain('import-project-command.ts');
    for (const file of commands) {
      expect(
        servicesImported(file).filter((m) => !LIFECYCLE.has(m)),
        file,
      ).toEqual([]);
    }
  });

  it('hands import-project a project larger than one app request: its bytes, not base64', () => {
    const input = contract['qda.importProject'].input;
    const big = new Uint8Array(16 * 1024 * 1024);
    expect(input.safeParse({ fileName: 'big.qdpx', bytes: big }).success).toBe(true);
    const asBase64 = input.safeParse({ fileName: 'big.qdpx', dataBase64: Buffer.from(big).toString('base64') });
    expect(asBase64.success).toBe(false);
    expect(input.safeParse({ fileName: 'p.qdpx', bytes: big, dataBase64: 'AAAA' }).success).toBe(false);
  });

  it('runs no SQL of its own', () => {
    for (const file of readdirSync(resolve(ROOT, 'cli')).filter((f) => f.endsWith('.ts'))) {
      expect(readFileSync(resolve(ROOT, 'cli', file), 'utf8'), file).not.toMatch(/\.prepare\(|\.exec\(/);
    }
  });
});
