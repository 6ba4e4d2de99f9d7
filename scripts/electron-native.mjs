// Builds better-sqlite3 for Electron's ABI into .electron-native/, leaving node_modules' Node build for tests and the CLI.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { electronVersion } from './electron-binary.mjs';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');

function nodeGypScript() {
  const candidates = [];
  if (process.env.npm_execpath)
    candidates.push(join(dirname(process.env.npm_execpath), '../node_modules/node-gyp/bin/node-gyp.js'));
  candidates.push(join(dirname(process.execPath), '../lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js'));
  try {
    candidates.unshift(require.resolve('node-gyp/bin/node-gyp.js'));
  } catch {
    // not a direct dependency; npm's bundled copy is used
  }
  return candidates.find((c) => existsSync(c));
}

/** Returns the path of a better_sqlite3.node built for this Electron, building it on first use. */
export function ensureElectronNativeBinding() {
  const version = electronVersion();
  const target = join(root, '.electron-native', version);
  const binding = join(target, 'build', 'Release', 'better_sqlite3.node');
  if (existsSync(binding)) return binding;
  const source = dirname(require.resolve('better-sqlite3/package.json'));
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(source, target, { recursive: true, filter: (p) => !p.includes(`${join(source, 'build')}`) });
  const gyp = nodeGypScript();
  if (!gyp) throw new Error('node-gyp was not found; it ships with npm');
  console.log(`parley: building better-sqlite3 for Electron ${version} (once, about 2 minutes)…`);
  const env = { ...process.env };
  delete env.npm_config_nodedir; // the Node headers are the wrong ones for Electron
  const result = spawnSync(
    process.execPath,
    [
      gyp,
      'rebuild',
      '--release',
      '--runtime=electron',
      `--target=${version}`,
      '--dist-url=https://electronjs.org/headers',
    ],
    { cwd: target, stdio: 'inherit', env },
  );
  if (result.status !== 0 || !existsSync(binding)) throw new Error('building better-sqlite3 for Electron failed');
  return binding;
}
