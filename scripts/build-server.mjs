// Bundles the browser-mode server into out/server/ (main.mjs, and the backend worker backend-host.js it starts beside
// it) with esbuild, rebuilding only when a source changed: what the e2e specs, benches and screenshots start, in a
// fraction of the time `tsx server/main.ts` takes to compile. `node scripts/build-server.mjs [--force]`.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleForNode, bundleIsFresh } from './build-cli.mjs';

const root = resolve(import.meta.dirname, '..');
export const SERVER_OUT = resolve(root, 'out/server/main.mjs');
export const WORKER_OUT = resolve(root, 'out/server/backend-host.js');
const META = resolve(root, 'out/server/meta.json');

/** Builds the server and its worker when either is missing or stale; returns true when it built. */
export async function ensureServerBuilt({ force = false } = {}) {
  if (!force && bundleIsFresh([SERVER_OUT, WORKER_OUT], META)) return false;
  const [server, worker] = await Promise.all([
    bundleForNode('server/main.ts', SERVER_OUT),
    bundleForNode('services/host/entry.ts', WORKER_OUT),
  ]);
  writeFileSync(META, JSON.stringify({ inputs: { ...server.inputs, ...worker.inputs } }));
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await ensureServerBuilt({ force: process.argv.includes('--force') });
}
