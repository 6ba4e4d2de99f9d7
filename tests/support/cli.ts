// Runs the `parley` command in this process (argument and error checks), or spawns the built file (one smoke test each).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { vi } from 'vitest';
import { runCli } from '../../cli/main';
import { CLI_OUT, ensureCliBuilt } from '../../scripts/build-cli.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `parley ARGS...` in-process, with `env` set for the call: what it printed and the exit code it returned. */
export async function runParley(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const capture = (sink: (s: string) => void) => (chunk: string | Uint8Array) => {
    sink(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  };
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(capture((s) => (stdout += s)));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(capture((s) => (stderr += s)));
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    const status = await runCli(args);
    return { status, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/** Builds out/cli/parley.mjs when its sources changed (call from beforeAll: a build takes seconds on a busy machine). */
export async function buildParley(): Promise<void> {
  await ensureCliBuilt();
}

/** The built `parley` as a whole process, as a user runs it. */
export function spawnParley(args: string[], env: Record<string, string> = {}): CliResult {
  const r = spawnSync(process.execPath, [CLI_OUT, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A timeout for a test that spawns one process: generous, because the machine may be busy. */
export const SPAWN_TIMEOUT = 120_000;
