// Lint rules, including the layering of ARCHITECTURE.md: an import against the arrows fails here, not in review.
import tseslint from 'typescript-eslint';
import pluginVue from 'eslint-plugin-vue';
import vueParser from 'vue-eslint-parser';

const layer = (...names) => `(^|/)(${names.join('|')})(/|$)`;
const forbid = (message, ...names) => ({ regex: layer(...names), message });
const NODE_ONLY = ['^node:', '^better-sqlite3$', '^electron$', '^playwright-core$'];

const restrict = (patterns) => ({
  'no-restricted-imports': 'off',
  '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
});

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'out/**', 'dist/**', '.electron-native/**', 'test-results/**', 'playwright-report/**'],
  },
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
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
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/first-attribute-linebreak': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'vue/no-v-html': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='openExternal']",
          message:
            'Open links through safeOpenExternal (electron/main/safe-open-external.ts), which allows http(s) only.',
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['core/**/*.ts'],
    rules: restrict([
      forbid(
        'core/ is pure: it imports nothing outside core/.',
        'db',
        'services',
        'server',
        'cli',
        'electron',
        'renderer',
      ),
      ...NODE_ONLY.map((regex) => ({ regex, message: 'core/ is pure: no I/O, no Node or Electron APIs.' })),
    ]),
  },
  {
    files: ['db/**/*.ts'],
    rules: restrict([forbid('db/ may import core/ only.', 'services', 'server', 'cli', 'electron', 'renderer')]),
  },
  {
    files: ['services/**/*.ts'],
    rules: restrict([forbid('services/ may import db/ and core/ only.', 'server', 'cli', 'electron', 'renderer')]),
  },
  {
    files: ['server/**/*.ts'],
    rules: restrict([forbid('server/ may import services/, db/ and core/ only.', 'cli', 'electron', 'renderer')]),
  },
  {
    files: ['cli/**/*.ts'],
    rules: restrict([forbid('cli/ may import services/, db/ and core/ only.', 'server', 'electron', 'renderer')]),
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: restrict([forbid('electron/main may import services/, db/ and core/ only.', 'server', 'cli', 'renderer')]),
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
    rules: restrict([
      forbid(
        'renderer/ talks to the backend through renderer/api only.',
        'db',
        'services',
        'server',
        'cli',
        'electron',
      ),
      { regex: layer('core'), allowTypeImports: true, message: 'renderer/ may import core/ types only (import type).' },
      ...NODE_ONLY.map((regex) => ({ regex, message: 'The renderer runs in a sandboxed page: no Node APIs.' })),
    ]),
  },
  {
    files: ['electron/main/safe-open-external.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
