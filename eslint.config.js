import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Process boundaries from DESIGN.md, enforced at lint time (test/unit/boundaries.test.ts checks the same).
const noElectron = { name: 'electron', message: "Only electron/{main,window,preload,ipc}.ts and electron/adapters/ may import 'electron'." };

export default tseslint.config(
  { ignores: ['out/**', 'release/**', 'dist-bench/**', 'node_modules/**', 'test-results/**', '.reports/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['renderer/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [noElectron, { name: 'radix-ui', importNames: ['RadioGroup'], message: "Use renderer/ui/RadioGroup: its selection follows keyboard focus on slow PCs." }],
        patterns: [{ group: ['**/electron/**', 'node:*'], message: 'The renderer talks to main only through renderer/bridge.ts and imports only shared/.' }],
      }],
    },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectron], patterns: [{ group: ['**/electron/**', '**/renderer/**', 'node:*'], message: 'shared/ runs in both processes: no Node, DOM-only or electron imports.' }] }],
    },
  },
  {
    files: ['electron/**'],
    ignores: ['electron/main.ts', 'electron/window.ts', 'electron/preload.ts', 'electron/ipc.ts', 'electron/adapters/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron] }] },
  },
  { files: ['scripts/**', 'test/**', '**/*.config.*'], rules: { 'no-console': 'off' } },
);
