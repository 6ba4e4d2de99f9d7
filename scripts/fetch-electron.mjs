// Postinstall: fetch the Electron binary where its host is reachable; where it is not (offline), say in one calm line
// that browser mode will be used, without the download's error text.
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
  console.log(
    'parley: the Electron binary is not on this machine (no network?); npm start will open browser mode. ' +
      'Fetch it later with: node node_modules/electron/install.js',
  );
}
