// A packaged build flips the fuses that would let anyone run the app as plain Node or inject NODE_OPTIONS.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../package.json'), 'utf8'));

describe('packaged build configuration', () => {
  it('disables the RunAsNode, NODE_OPTIONS and inspector fuses and loads the app only from its checked asar', () => {
    expect(pkg.build.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });

  it('packages only the built output, with the native module unpacked for loading', () => {
    expect(pkg.build.files).toEqual(['out/**', 'package.json']);
    expect(pkg.build.asarUnpack).toContain('**/*.node');
    expect(pkg.main).toBe('out/main/index.js');
  });
});
