// The built preload is one CommonJS file that exposes named calls only, never ipcRenderer, and refuses unknown methods.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../../core/contract-names';

const BUILT = resolve(import.meta.dirname, '../../../out/preload/index.cjs');

function loadPreload() {
  const exposed: Record<string, unknown> = {};
  const calls: unknown[][] = [];
  const fakeElectron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
    ipcRenderer: {
      invoke: (...args: unknown[]) => {
        calls.push(args);
        return Promise.resolve({ ok: true, value: 'reply' });
      },
      on: () => undefined,
      removeListener: () => undefined,
    },
  };
  const module = { exports: {} };
  const require = (name: string) => {
    if (name === 'electron') return fakeElectron;
    throw new Error(`the sandboxed preload required "${name}"`);
  };
  runInNewContext(readFileSync(BUILT, 'utf8'), { require, module, exports: module.exports });
  return { exposed, calls };
}

describe.skipIf(!existsSync(BUILT))(
  `built preload (${existsSync(BUILT) ? 'out/preload/index.cjs' : 'skipped: run npm run build first'})`,
  () => {
    it('is CommonJS requiring nothing but electron', () => {
      const source = readFileSync(BUILT, 'utf8');
      expect(source).not.toMatch(/^\s*import\s|^\s*export\s/m);
      expect(() => loadPreload()).not.toThrow();
    });

    it('exposes window.parley with invoke and on only', () => {
      const { exposed } = loadPreload();
      expect(Object.keys(exposed)).toEqual(['parley']);
      expect(Object.keys(exposed.parley as object).sort()).toEqual(['invoke', 'on']);
    });

    it('forwards contract methods on prefixed channels and refuses anything else', async () => {
      const { exposed, calls } = loadPreload();
      const api = exposed.parley as {
        invoke: (m: unknown, i: unknown) => Promise<unknown>;
        on: (e: string, l: () => void) => () => void;
      };
      await expect(api.invoke('articles.list', {})).resolves.toEqual({ ok: true, value: 'reply' });
      expect(calls).toEqual([['parley:articles.list', {}]]);
      const refused = (await api.invoke('../../etc', {})) as { ok: boolean; error: { code: string } };
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(calls).toHaveLength(1);
      expect(METHOD_NAMES.length).toBeGreaterThan(3);
      expect(() => api.on('not-an-event', () => undefined)).toThrow(/Unknown event/);
    });
  },
);
