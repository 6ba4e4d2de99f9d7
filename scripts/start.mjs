// `npm start`: the Electron app where its binary exists, otherwise (or with --browser) browser mode on 127.0.0.1;
// out/ is rebuilt first only when a source changed since the last build.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findElectronBinary } from './electron-binary.mjs';
import { ensureElectronNativeBinding } from './electron-native.mjs';

const root = resolve(import.meta.dirname, '..');
const passThrough = process.argv.slice(2).filter((a) => a !== '--browser');
const wantBrowser = process.argv.includes('--browser');

function run(command, args, env = process.env) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code, signal) => process.exit(signal ? 0 : (code ?? 0)));
}

// What out/ is built from; a change to any of these (or a missing output) triggers `electron-vite build`.
const SOURCES = ['renderer', 'electron', 'core', 'services', 'db', 'electron.vite.config.ts', 'package.json'];
const OUTPUTS = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'].map((p) => resolve(root, p));

/** The newest modification time of a file or of any file under a folder. */
function newest(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), st.mtimeMs);
}

function isBuilt() {
  if (!OUTPUTS.every((p) => existsSync(p))) return false;
  const built = Math.min(...OUTPUTS.map((p) => statSync(p).mtimeMs));
  return SOURCES.every((p) => !existsSync(resolve(root, p)) || newest(resolve(root, p)) <= built);
}

function build() {
  if (isBuilt()) return;
  const cli = resolve(root, 'node_modules/electron-vite/bin/electron-vite.js');
  const result = spawnSync(process.execPath, [cli, 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const electron = findElectronBinary();
if (!wantBrowser && !electron.path) {
  console.log(`parley: no Electron binary here: ${electron.reason}; opening browser mode instead.`);
}
build();
if (wantBrowser || !electron.path) {
  run(process.execPath, ['--import', 'tsx', resolve(root, 'server/main.ts'), ...passThrough]);
} else {
  const nativeBinding = ensureElectronNativeBinding();
  run(electron.path, [root, ...passThrough], { ...process.env, PARLEY_NATIVE_BINDING: nativeBinding });
}
