import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Process boundaries from DESIGN.md, enforced at lint time (test/unit/boundaries.test.ts checks the same).
const noElectron = { name: 'electron', message: "Only electron/{main,window,preload}.ts and electron/adapters/ may import 'electron'." };
const sharedBothProcesses = {
  group: ['**/electron/**', '**/renderer/**', 'node:*'],
  message: 'shared/ runs in both processes: no Node, DOM-only or electron imports.',
};
// One zod for the whole app: classic zod would come back into the main process's start (see shared/zod.ts).
const zodThroughShared = ['zod', 'zod/mini', 'zod/v4', 'zod/v4/mini'].map((name) => ({
  name,
  message: "Import z from shared/zod.ts (zod/mini with zod's English messages).",
}));

export default tseslint.config(
  { ignores: ['out/**', 'release/**', 'dist-bench/**', 'node_modules/**', 'test-results/**', '.reports/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      // typescript-eslint turns this off because tsc sees every global; but tsc sees DOM and Node in
      // every folder, so this is what keeps a folder to its own runtime's globals (below).
      'no-undef': 'error',
    },
  },
  // Each folder sees only its runtime's globals: a `process` in the renderer or a `document` in main is a lint error.
  { files: ['renderer/**', 'bench/blank/**', 'test/setupComponent.ts'], languageOptions: { globals: globals.browser } },
  {
    files: ['electron/**', 'scripts/**', 'test/**', 'bench/*.mjs', '**/*.config.*'],
    ignores: ['test/setupComponent.ts'],
    languageOptions: { globals: { ...globals.node, NodeJS: 'readonly' } },
  },
  { files: ['shared/**'], languageOptions: { globals: globals['shared-node-browser'] } },
  // e2e specs run code in the page too (page.evaluate), the preloads run in a page's world, and the
  // portal page script is a function main sends into portal pages (its test runs it in jsdom).
  {
    files: [
      'test/e2e/**',
      'electron/preload.ts',
      'electron/adapters/portalPreload.ts',
      'electron/services/portals/pageScript.ts',
      'electron/services/portals/keyAgent.ts',
      'electron/services/portals/pageScript.test.ts',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['renderer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            noElectron,
            ...zodThroughShared,
            { name: 'radix-ui', importNames: ['RadioGroup'], message: 'Use renderer/ui/RadioGroup: its selection follows keyboard focus on slow PCs.' },
          ],
          patterns: [{ group: ['**/electron/**', 'node:*'], message: 'The renderer talks to main only through renderer/bridge.ts and imports only shared/.' }],
        },
      ],
    },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, ...zodThroughShared],
          patterns: [sharedBothProcesses],
        },
      ],
    },
  },
  // The one file that imports zod itself; the rest of shared/'s rules stand.
  {
    files: ['shared/zod.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectron], patterns: [sharedBothProcesses] }],
    },
  },
  {
    files: ['electron/**'],
    ignores: ['electron/main.ts', 'electron/window.ts', 'electron/preload.ts', 'electron/adapters/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron, ...zodThroughShared] }] },
  },
  { files: ['scripts/**', 'test/**', '**/*.config.*'], rules: { 'no-console': 'off' } },
);
