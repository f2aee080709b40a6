// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';

/**
 * Imports flow one way: renderer → shared ← services → db. Code says by its
 * folder where it may run (VS Code's common/node/browser split).
 */
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** @param {string[]} paths @param {string[]} patterns @param {string} why */
function restrict(paths, patterns, why) {
  return {
    'no-restricted-imports': [
      'error',
      {
        paths: paths.map((name) => ({ name, message: why })),
        patterns: patterns.map((group) => ({ group: [group], message: why })),
      },
    ],
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      ...restrict(
        [...nodeBuiltins, 'electron', 'better-sqlite3', 'react', 'react-dom'],
        ['**/db/**', '**/electron/**', '**/renderer/**', 'node:*'],
        'shared/ runs anywhere: no Node, DOM, Electron or database imports, and nothing from db/, electron/ or renderer/.',
      ),
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    // Wire transmissions are framed by control characters (SOH, STX, ETX…): matching them is the parsers' job.
    files: ['shared/wire/**/*.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict(
      [...nodeBuiltins, 'electron', 'better-sqlite3'],
      ['**/db/**', '**/electron/**', 'node:*'],
      'The renderer is sandboxed browser code: it reaches the services only through the API contract in shared/.',
    ),
  },
  {
    files: ['db/**/*.ts'],
    rules: restrict(
      ['electron'],
      ['**/electron/**', '**/renderer/**'],
      'db/ is storage: it may use shared/, never the services, the hosts or the renderer.',
    ),
  },
  {
    files: ['electron/services/**/*.ts', 'electron/host/**/*.ts', 'electron/cli/**/*.ts'],
    rules: restrict(
      ['electron'],
      ['**/renderer/**', '**/electron/main/**', '**/electron/preload/**'],
      'Services, the browser host and the CLI run under plain Node: only electron/main and electron/preload may import electron.',
    ),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: restrict(
      [...nodeBuiltins],
      ['**/db/**', '**/electron/services/**', '**/renderer/**', 'node:*'],
      'The preload is sandboxed: it only forwards the contract over IPC.',
    ),
  },
);
