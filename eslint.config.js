// Lint rules, including the layer rules of DESIGN.md checked mechanically:
// main/model is pure, renderer/ reaches main/ only through model and the IPC
// contract, and only main/electron may import electron.
import js from '@eslint/js';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeModules = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const electronOnly = { name: 'electron', message: 'Only main/electron may import electron: keep Electron a thin shell.' };

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'tests/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [electronOnly] }],
    },
  },
  {
    files: ['main/electron/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The services serve the shells (Electron, the test bridge, the command line) through main/ipc, never the reverse.
    files: ['main/{store,importers,export,review,visuals,demo}/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnly],
          patterns: [
            {
              regex: '^\\.\\.?/(.*/)?(ipc|web|electron|cli)(/|$)',
              message: 'A service does not import a shell or the IPC layer: shared shapes live in main/model.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['main/model/**'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnly, ...nodeModules.map((name) => ({ name, message: 'main/model is pure: no Node modules.' }))],
          patterns: [
            {
              regex: '(^|/)(store|importers|review|export|ipc|electron|cli|demo|web|renderer)(/|$)',
              message: 'main/model imports only itself.',
            },
            { group: ['react', 'react-dom', 'better-sqlite3', 'prosemirror-view', 'prosemirror-state'], message: 'main/model is pure: no DOM or storage.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnly, ...nodeModules.map((name) => ({ name, message: 'The renderer has no Node: use the preload API.' }))],
          patterns: [
            {
              regex: '(^|/)main/(?!model/|ipc/contract(\\.js)?$)',
              message: 'renderer/ imports from main/ only main/model and main/ipc/contract.',
            },
          ],
        },
      ],
    },
  },
);
