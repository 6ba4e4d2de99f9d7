// The lint rules that keep the shell safe and the layers apart really fire: shell.openExternal outside its wrapper,
// v-html, imports against the arrows (static, dynamic, unprefixed Node built-ins), .js in core/, Node types in the page,
// renderer values from core/shared/ only, components and views calling stores rather than the API.
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
// The repository's own config, without type information: every rule tested here reads imports and syntax only, and
// a TypeScript project service per tsconfig (the one typed rule, no-floating-promises, needs it) costs tens of seconds.
const eslint = new ESLint({
  cwd: ROOT,
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false } },
    rules: { '@typescript-eslint/no-floating-promises': 'off' },
  },
});

async function rulesHit(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, file) });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

/** The layering messages (static or dynamic imports) among the hits. */
async function layeringHits(file: string, code: string): Promise<string[]> {
  return (await rulesHit(file, code)).filter((h) => /no-restricted-(imports|syntax)/.test(h));
}

/**
 * Type errors of renderer files, each compiled with tsconfig.web.json's options (what `vue-tsc -p` checks them with),
 * all in one program: its lib files (the DOM's among them) are read and bound once.
 */
function webTypeErrors(probes: Record<string, string>): Record<string, string[]> {
  const config = ts.getParsedCommandLineOfConfigFile(
    resolve(ROOT, 'tsconfig.web.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  )!;
  // each probe's file path → its name and code
  const files = new Map(
    Object.entries(probes).map(([name, code]) => [resolve(ROOT, `renderer/probe-${name}.ts`), { name, code }]),
  );
  const host = ts.createCompilerHost(config.options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version, ...rest) =>
    files.has(name) ? ts.createSourceFile(name, files.get(name)!.code, version) : read(name, version, ...rest);
  host.fileExists = (
    (exists) => (name: string) =>
      files.has(name) || exists(name)
  )(host.fileExists.bind(host));
  const program = ts.createProgram([...files.keys()], config.options, host);
  const errors = Object.fromEntries(Object.keys(probes).map((name) => [name, [] as string[]]));
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const probe = d.file && files.get(d.file.fileName)?.name;
    // a diagnostic outside the probes (a lib file, the options) is charged to every probe
    for (const name of probe ? [probe] : Object.keys(probes)) {
      errors[name]!.push(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    }
  }
  return errors;
}

// Loading the config and its plugins, and one TypeScript program for the renderer's types, take seconds on a busy machine.
const ROOM = 120_000;

describe('lint rules', { timeout: ROOM }, () => {
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

  it('forbid Node built-ins without the node: prefix in core/ and the renderer', async () => {
    const code =
      "import fs from 'fs';\nimport { join } from 'path';\nimport { readFile } from 'fs/promises';\nexport const x = [fs, join, readFile];\n";
    expect(await layeringHits('core/import/decode.ts', code)).toHaveLength(3);
    expect(await layeringHits('renderer/stores/articles.ts', code)).toHaveLength(3);
    const sfc = `<script setup lang="ts">\n${code.replace(/^export const x = .*$/m, 'void [fs, join, readFile];')}</script>\n`;
    expect(await layeringHits('renderer/components/ToastStack.vue', sfc)).toHaveLength(3);
    const named = "import { fsPath } from './fs';\nexport const x = fsPath;\n";
    expect(await layeringHits('core/import/decode.ts', named)).toEqual([]);
  });

  it('forbid a dynamic import() against the arrows, and one whose path lint cannot read', async () => {
    const db = "export const load = () => import('../db/connection');\n";
    expect((await layeringHits('core/contract.ts', db)).join('\n')).toMatch(/core\/ is pure/);
    const node = "export const load = () => import('node:fs');\n";
    expect((await layeringHits('core/contract.ts', node)).join('\n')).toMatch(/no I\/O/);
    const services = "export const load = () => import('../../services/dispatch');\n";
    expect(await layeringHits('renderer/stores/articles.ts', services)).toHaveLength(1);
    const coreValue = "export const load = () => import('../../core/contract');\n";
    expect(await layeringHits('renderer/stores/articles.ts', coreValue)).toHaveLength(1);
    const computed = "const where = '../db/connection';\nexport const load = () => import(where);\n";
    expect((await layeringHits('core/contract.ts', computed)).join('\n')).toMatch(/literal path/);
    const typeQuery = "export type Db = typeof import('../db/connection');\n";
    expect(await layeringHits('core/contract.ts', typeQuery)).toHaveLength(1);
    const allowed = "export const load = () => import('./extract');\n";
    expect(await layeringHits('core/contract.ts', allowed)).toEqual([]);
  });

  it('forbid db/ and the other shipped layers from importing bench/, tests/ or scripts/', async () => {
    const code = "import { benchCompare } from '../bench/compare-bench';\nexport const x = benchCompare;\n";
    expect((await layeringHits('db/connection.ts', code)).join('\n')).toMatch(/db\/ may import core\/ only/);
    for (const file of ['core/contract.ts', 'services/articles.ts', 'server/main.ts', 'cli/main.ts']) {
      expect(await layeringHits(file, code), file).toHaveLength(1);
    }
    const tests = "import { memoryDb } from '../tests/support/db';\nexport const x = memoryDb;\n";
    expect(await layeringHits('db/connection.ts', tests)).toHaveLength(1);
  });

  it('forbid .js files in core/', async () => {
    for (const file of ['core/extract/helper.js', 'core/helper.mjs', 'core/helper.cjs']) {
      expect((await rulesHit(file, 'export const x = 1;\n')).join('\n'), file).toMatch(/core\/ is TypeScript only/);
    }
  });

  it('keep Node types out of the renderer: no triple-slash reference, and tsconfig.web.json gives none', async () => {
    const reference = '/// <reference types="node" />\nexport const x = 1;\n';
    expect((await rulesHit('renderer/stores/articles.ts', reference)).join('\n')).toMatch(/triple-slash-reference/);
    expect((await rulesHit('core/contract.ts', reference)).join('\n')).toMatch(/triple-slash-reference/);
    const errors = webTypeErrors({
      node: 'export const env = process.env.HOME;\nexport const b = Buffer.from("x");\n',
      dom: 'export const ok = document.title;\n',
    });
    expect(errors.node!.join('\n')).toMatch(/Cannot find name 'process'/);
    expect(errors.node!.join('\n')).toMatch(/Cannot find name 'Buffer'/);
    expect(errors.dom).toEqual([]);
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

  it('let the renderer import values from core/shared/ only, and keep core/shared/ free of imports', async () => {
    const shared = "import { slug } from '../../core/shared/slug';\nexport const x = slug;\n";
    expect(await layeringHits('renderer/lib/actor-names.ts', shared)).toEqual([]);
    const beside = "import { decodeArticle } from '../../core/import/decode';\nexport const x = decodeArticle;\n";
    expect(await layeringHits('renderer/lib/actor-names.ts', beside)).toHaveLength(1);
    const lazy = "export const load = () => import('../../core/extract');\n";
    expect(await layeringHits('renderer/lib/actor-names.ts', lazy)).toHaveLength(1);
    const outward = "import { z } from 'zod';\nimport { Id } from '../domain';\nexport const x = [z, Id];\n";
    expect((await layeringHits('core/shared/slug.ts', outward)).join('\n')).toMatch(/core\/shared\/ imports nothing/);
    expect(await layeringHits('core/shared/slug.ts', "import { fs } from 'fs';\nexport const x = fs;\n")).not.toEqual(
      [],
    );
    const inside = "import { SLUG_MAX } from './slug';\nexport const x = SLUG_MAX;\n";
    expect(await layeringHits('core/shared/import-limits.ts', inside)).toEqual([]);
  });

  it("let the renderer reach core/'s contract check from its reply gate only", async () => {
    const check = "export const load = () => import('../../core/contract-check');\n";
    expect(await layeringHits('renderer/api/reply-gate.ts', check)).toEqual([]);
    expect(await layeringHits('renderer/api/client.ts', check)).toHaveLength(1);
    const contract = "export const load = () => import('../../core/contract');\n";
    expect(await layeringHits('renderer/api/reply-gate.ts', contract)).toHaveLength(1);
  });

  it('let components and views call stores, not the API; stores call it', async () => {
    const sfc =
      "<script setup lang=\"ts\">\nimport { call } from '../api/client';\nvoid call('tags.list', {});\n</script>\n<template><p /></template>\n";
    expect((await layeringHits('renderer/components/ToastStack.vue', sfc)).join('\n')).toMatch(
      /Components call stores/,
    );
    expect((await layeringHits('renderer/views/LibraryView.vue', sfc)).join('\n')).toMatch(/Components call stores/);
    const typeOnly =
      '<script setup lang="ts">\nimport type { SessionLoss } from \'../api/client\';\ndefineProps<{ loss: SessionLoss }>();\n</script>\n<template><p /></template>\n';
    expect(await layeringHits('renderer/components/SessionLost.vue', typeOnly)).toEqual([]);
    const store = "import { call } from '../api/client';\nexport const load = () => call('tags.list', {});\n";
    expect(await layeringHits('renderer/stores/tags.ts', store)).toEqual([]);
  });

  it('forbid v-html in components', async () => {
    const sfc =
      '<template><div v-html="html" /></template>\n<script setup lang="ts">\nconst html = "<b>x</b>";\n</script>\n';
    expect((await rulesHit('renderer/components/ToastStack.vue', sfc)).join('\n')).toMatch(/vue\/no-v-html/);
  });
});
