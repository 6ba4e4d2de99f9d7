// Lint rules, including the layering of ARCHITECTURE.md: an import against the arrows fails here, not in review.
import tseslint from 'typescript-eslint';
import pluginVue from 'eslint-plugin-vue';
import vueParser from 'vue-eslint-parser';
import { builtinModules } from 'node:module';

const layer = (...names) => `(^|/)(${names.join('|')})(/|$)`;
const forbid = (message, ...names) => ({ regex: layer(...names), message });
// Node's built-in modules with or without the `node:` prefix (`fs`, `fs/promises`, `node:fs`), and Node-only packages.
const BUILTINS = `^(node:.*|(${builtinModules.filter((m) => !m.startsWith('_')).join('|')})(/.*)?)$`;
const NODE_ONLY = [BUILTINS, '^better-sqlite3$', '^electron$', '^playwright-core$'];
// Tooling that no shipped code may import.
const TOOLING = ['bench', 'tests', 'scripts'];

/** Where Vue code lives: the renderer's components and its composables and stores. */
const VUE_FILES = ['renderer/**/*.ts', 'renderer/**/*.vue'];

const OPEN_EXTERNAL = {
  selector: "CallExpression[callee.property.name='openExternal']",
  message: 'Open links through safeOpenExternal (electron/main/safe-open-external.ts), which allows http(s) only.',
};

const CORE_PATTERNS = [
  forbid(
    'core/ is pure: it imports nothing outside core/.',
    'db',
    'services',
    'server',
    'cli',
    'electron',
    'renderer',
    ...TOOLING,
  ),
  ...NODE_ONLY.map((regex) => ({ regex, message: 'core/ is pure: no I/O, no Node or Electron APIs.' })),
];

const RENDERER_CORE = {
  regex: '(^|/)core(/(?!shared/)|$)',
  allowTypeImports: true,
  message: 'renderer/ may import core/ types only (import type), and values from core/shared/.',
};

const RENDERER_PATTERNS = [
  forbid(
    'renderer/ talks to the backend through renderer/api only.',
    'db',
    'services',
    'server',
    'cli',
    'electron',
    ...TOOLING,
  ),
  RENDERER_CORE,
  ...NODE_ONLY.map((regex) => ({ regex, message: 'The renderer runs in a sandboxed page: no Node APIs.' })),
];

/** One set of patterns for static imports, `import type`, re-exports, `import('...')` and `typeof import('...')`. */
const restrict = (patterns) => ({
  'no-restricted-imports': 'off',
  '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
  'no-restricted-syntax': [
    'error',
    OPEN_EXTERNAL,
    // esquery's regex literal cannot hold a `/`, so it is written as \x2F.
    ...patterns.map((p) => ({
      selector: `ImportExpression[source.value=/${p.regex.replaceAll('/', '\\x2F')}/]`,
      message: p.message,
    })),
    ...patterns
      .filter((p) => !p.allowTypeImports)
      .map((p) => ({
        selector: `TSImportType[source.value=/${p.regex.replaceAll('/', '\\x2F')}/]`,
        message: p.message,
      })),
    {
      selector: 'ImportExpression[source.type!="Literal"]',
      message: 'Dynamic import() takes a literal path here, so the layering can be checked.',
    },
  ],
});

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'out/**',
      'dist/**',
      '.electron-native/**',
      'test-results/**',
      'playwright-report/**',
      // The bundled config electron-vite writes for a moment during a build (npm test lints beside the build).
      'electron.vite.config.ts.*.mjs',
    ],
  },
  ...tseslint.configs.recommended,
  // Vue's rules only where Vue code lives: vue/no-ref-as-operand asks the type checker about every identifier in a
  // condition or an operation, which cost core/, db/, services/ and tests/ (no refs there) a third of their lint time.
  ...pluginVue.configs['flat/recommended'].map((config) =>
    config.rules && !config.files ? { ...config, files: VUE_FILES } : config,
  ),
  {
    files: ['**/*.ts', '**/*.vue'],
    languageOptions: {
      parser: vueParser,
      parserOptions: {
        parser: tseslint.parser,
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.vue'],
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', OPEN_EXTERNAL],
    },
  },
  {
    files: VUE_FILES,
    rules: {
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/first-attribute-linebreak': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'vue/no-v-html': 'error',
    },
  },
  {
    // Single-file components are linted without type information. Each one reaches the type checker as a changed
    // file, so the checker was rebuilt 108 times: 75 of lint's 118 CPU-seconds, more than the rest of the suite's
    // checks together. Their types are still checked whole by vue-tsc (typecheck:web); the promises they start are
    // the stores' (type-aware linted .ts), and the Vue rules above run on them in full.
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { projectService: false } },
    rules: { '@typescript-eslint/no-floating-promises': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['core/**/*.ts'],
    rules: restrict(CORE_PATTERNS),
  },
  {
    // The renderer imports these as values, so they stay small: nothing from the rest of core/, nor zod.
    files: ['core/shared/**/*.ts'],
    rules: restrict([
      ...CORE_PATTERNS,
      { regex: '^(?!\\./)', message: 'core/shared/ imports nothing outside itself (the renderer bundles it).' },
    ]),
  },
  {
    files: ['core/**/*.ts', 'renderer/**/*.ts', 'renderer/**/*.vue'],
    rules: {
      // `/// <reference types="node" />` would give the sandboxed page and pure core Node's types behind tsconfig's back.
      '@typescript-eslint/triple-slash-reference': ['error', { types: 'never', path: 'never', lib: 'never' }],
    },
  },
  {
    files: ['core/**/*.js', 'core/**/*.mjs', 'core/**/*.cjs', 'core/**/*.jsx'],
    rules: {
      'no-restricted-syntax': ['error', { selector: 'Program', message: 'core/ is TypeScript only: no .js files.' }],
    },
  },
  {
    files: ['db/**/*.ts'],
    rules: restrict([
      forbid('db/ may import core/ only.', 'services', 'server', 'cli', 'electron', 'renderer', ...TOOLING),
    ]),
  },
  {
    files: ['services/**/*.ts'],
    rules: restrict([
      forbid('services/ may import db/ and core/ only.', 'server', 'cli', 'electron', 'renderer', ...TOOLING),
    ]),
  },
  {
    files: ['server/**/*.ts'],
    rules: restrict([
      forbid('server/ may import services/, db/ and core/ only.', 'cli', 'electron', 'renderer', ...TOOLING),
    ]),
  },
  {
    files: ['cli/**/*.ts'],
    rules: restrict([
      forbid('cli/ may import services/, db/ and core/ only.', 'server', 'electron', 'renderer', ...TOOLING),
    ]),
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: restrict([
      forbid('electron/main may import services/, db/ and core/ only.', 'server', 'cli', 'renderer', ...TOOLING),
    ]),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: restrict([
      {
        regex: '^(?!electron$|.*core/contract-names$)',
        message: 'The sandboxed preload may import electron and core/contract-names only.',
      },
    ]),
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.vue'],
    rules: restrict(RENDERER_PATTERNS),
  },
  {
    // The reply gate loads the contract's check lazily, in development builds only (a production build drops it):
    // the one value of core/ beyond core/shared/ the renderer may reach.
    files: ['renderer/api/reply-gate.ts'],
    rules: restrict(
      RENDERER_PATTERNS.map((p) =>
        p === RENDERER_CORE ? { ...p, regex: '(^|/)core(/(?!shared/|contract-check$)|$)' } : p,
      ),
    ),
  },
  {
    // Components and views call stores; only stores (and App.vue's session watch) call the API.
    files: ['renderer/components/**/*.{ts,vue}', 'renderer/views/**/*.{ts,vue}'],
    rules: restrict([
      ...RENDERER_PATTERNS,
      { ...forbid('Components call stores; stores call the API (renderer/api).', 'api'), allowTypeImports: true },
    ]),
  },
  {
    files: ['electron/main/safe-open-external.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
