// Bundles the `parley` command into out/cli/parley.mjs with esbuild (better-sqlite3, playwright-core and exceljs stay
// external), and rebuilds only when a source it was built from is newer: `node scripts/build-cli.mjs [--force]`.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
export const CLI_OUT = resolve(root, 'out/cli/parley.mjs');
const META = resolve(root, 'out/cli/parley.meta.json');

/** True when the bundle exists and no input recorded in its metafile (nor package.json) changed since it was built. */
export function cliIsFresh() {
  return bundleIsFresh([CLI_OUT], META);
}

/** True when every output exists and no input recorded in the metafile `meta` (nor package.json) is newer. */
export function bundleIsFresh(outputs, meta) {
  if (!existsSync(meta) || !outputs.every((out) => existsSync(out))) return false;
  const built = Math.min(...outputs.map((out) => statSync(out).mtimeMs));
  const inputs = [...Object.keys(JSON.parse(readFileSync(meta, 'utf8')).inputs), 'package.json'];
  return inputs.every((file) => {
    const full = resolve(root, file);
    return existsSync(full) && statSync(full).mtimeMs <= built;
  });
}

/** Bundles one TypeScript entry for Node into one ES module file; native and lazily loaded packages stay external. */
export async function bundleForNode(entry, outfile) {
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // exceljs (with its zip and stream packages, half of what would be bundled) is loaded from node_modules on the
    // first workbook only: bundled, every start of the server, its worker or the CLI parsed it for nothing.
    external: ['better-sqlite3', 'playwright-core', 'exceljs'],
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as __parleyRequire } from 'node:module';\nconst require = __parleyRequire(import.meta.url);",
    },
    minify: true,
    metafile: true,
    write: false,
    logLevel: 'warning',
  });
  // Written beside and renamed into place, so a process starting it meanwhile never reads half a file.
  mkdirSync(dirname(outfile), { recursive: true });
  const partial = `${outfile}.${process.pid}.partial`;
  writeFileSync(partial, result.outputFiles[0].contents, { mode: 0o755 });
  renameSync(partial, outfile);
  return result.metafile;
}

/** Builds the bundle when it is missing or stale; returns true when it built. */
export async function ensureCliBuilt({ force = false } = {}) {
  if (!force && cliIsFresh()) return false;
  const metafile = await bundleForNode('cli/bin.ts', CLI_OUT);
  writeFileSync(META, JSON.stringify({ inputs: metafile.inputs }));
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await ensureCliBuilt({ force: process.argv.includes('--force') });
}
