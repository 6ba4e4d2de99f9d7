// Starts the bundled browser-mode host, or names its worker entry, for scripts and tests outside Playwright's fixtures.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MethodName } from '../../core/contract-names';
import { ensureServerBuilt, SERVER_OUT, WORKER_OUT } from '../../scripts/build-server.mjs';
import type { MethodInput, MethodOutput } from '../../core/contract';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROMIUM = process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserHost {
  /** The URL with the launch token, to open in the browser. */
  url: string;
  origin: string;
  token: string;
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  stop(): Promise<void>;
}

/** The server is bundled (out/server/) once per process, and again only when a source changed. */
let serverBuilt: Promise<boolean> | undefined;

/**
 * The bundled backend host entry (out/server/backend-host.js), built first when a source changed: for tests that
 * start worker threads from source, where tsx would load the host's modules one by one in each new worker.
 */
export async function builtWorkerHost(): Promise<URL> {
  await (serverBuilt ??= ensureServerBuilt());
  return pathToFileURL(WORKER_OUT);
}

/** `staticDir` serves another build of the renderer (default: out/renderer). */
export async function startBrowserHost(dbPath: string, staticDir = join(ROOT, 'out/renderer')): Promise<BrowserHost> {
  if (!existsSync(join(staticDir, 'index.html'))) {
    throw new Error(`${staticDir} holds no built renderer: run \`npx electron-vite build\` first.`);
  }
  await (serverBuilt ??= ensureServerBuilt());
  const child: ChildProcess = spawn(process.execPath, [SERVER_OUT, '--db', dbPath, '--static', staticDir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`the host did not start: ${out}${err}`)), 20_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolveUrl(m[1]!);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the host exited with ${code}: ${err}`));
    });
  });
  const parsed = new URL(url);
  const token = parsed.searchParams.get('token')!;
  return {
    url,
    origin: parsed.origin,
    token,
    async call(method, input) {
      const response = await fetch(`${parsed.origin}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Parley-Token': token },
        body: JSON.stringify(input ?? {}),
      });
      const envelope = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
      if (!envelope.ok) throw new Error(`${method}: ${envelope.error?.message}`);
      return envelope.value as never;
    },
    stop() {
      return new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      });
    },
  };
}
