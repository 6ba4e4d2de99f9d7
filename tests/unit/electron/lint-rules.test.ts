// The lint rules that keep the shell safe and the layers apart really fire: shell.openExternal outside its wrapper,
// v-html, imports against the arrows.
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: ROOT });

async function rulesHit(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, file) });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('lint rules', () => {
  it('forbid shell.openExternal anywhere but the safe wrapper', async () => {
    const code = "import { shell } from 'electron';\nexport const open = (u: string) => shell.openExternal(u);\n";
    expect((await rulesHit('electron/main/window.ts', code)).join('\n')).toMatch(
      /no-restricted-syntax: Open links through safeOpenExternal/,
    );
    expect(await rulesHit('electron/main/safe-open-external.ts', code)).toEqual([]);
  });

  it('forbid core/ from importing the database or Node', async () => {
    const code =
      "import { openDatabase } from '../db/connection';\nimport { readFileSync } from 'node:fs';\nexport const x = [openDatabase, readFileSync];\n";
    const hits = await rulesHit('core/contract.ts', code);
    expect(hits.filter((h) => h.includes('no-restricted-imports'))).toHaveLength(2);
  });

  it('let the renderer import core types only, and never services', async () => {
    const typeOnly = "import type { Statement } from '../../core/domain';\nexport type S = Statement;\n";
    expect(await rulesHit('renderer/stores/articles.ts', typeOnly)).toEqual([]);
    const value =
      "import { contract } from '../../core/contract';\nimport { dispatch } from '../../services/dispatch';\nexport const x = [contract, dispatch];\n";
    expect(
      (await rulesHit('renderer/stores/articles.ts', value)).filter((h) => h.includes('no-restricted-imports')),
    ).toHaveLength(2);
  });

  it('forbid v-html in components', async () => {
    const sfc =
      '<template><div v-html="html" /></template>\n<script setup lang="ts">\nconst html = "<b>x</b>";\n</script>\n';
    expect((await rulesHit('renderer/components/ToastStack.vue', sfc)).join('\n')).toMatch(/vue\/no-v-html/);
  });
});
