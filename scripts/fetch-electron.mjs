// Postinstall: fetch the Electron binary where its host is reachable; warn in one line where it is not.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let installScript;
try {
  installScript = require.resolve('electron/install.js');
} catch {
  process.exit(0); // production install without devDependencies: nothing to fetch
}
const result = spawnSync(process.execPath, [installScript], {
  stdio: ['ignore', 'ignore', 'pipe'],
  timeout: 120_000,
  encoding: 'utf8',
});
let present = false;
try {
  const pathFile = require.resolve('electron/path.txt');
  present = existsSync(pathFile);
} catch {
  present = false;
}
if (result.status !== 0 || !present) {
  const lines = (result.stderr || result.error?.message || 'unknown error').trim().split('\n');
  const reason = (lines.find((l) => /error/i.test(l)) ?? lines[0] ?? 'unknown error').trim();
  console.warn(`parley: Electron binary not downloaded (${reason}); npm start will open browser mode instead.`);
}
