// Tells whether the Electron binary is present (its download may have been impossible), without launching it.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The Electron executable's path, or null with the reason it is missing. */
export function findElectronBinary() {
  let pkgDir;
  try {
    pkgDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { path: null, reason: 'the electron package is not installed' };
  }
  const pathFile = join(pkgDir, 'path.txt');
  if (!existsSync(pathFile))
    return {
      path: null,
      reason: 'it was never downloaded (its host was unreachable at install time)',
    };
  const binary = join(pkgDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(binary)) return { path: null, reason: `it is missing at ${binary}` };
  return { path: binary, reason: null };
}

export function electronVersion() {
  return require('electron/package.json').version;
}
