// Lint rules: typescript-eslint's strict set, React hooks rules, and the
// layering of the design notes: shared/ stays pure (no DOM, React, Node or
// server code), server/ never reaches into client/. Import cycles are
// checked by dpdm (`npm run lint:cycles`).
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const browserGlobals = Object.keys(globals.browser).filter(
  (name) =>
    !(name in globals.es2021) &&
    !['URL', 'TextEncoder', 'TextDecoder', 'console', 'setTimeout', 'clearTimeout', 'queueMicrotask', 'structuredClone', 'crypto'].includes(
      name,
    ),
);

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'coverage/', 'bench/results/', 'tmp/'] },
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'http', 'net', 'child_process', 'ws'], message: 'shared/ is pure model code: no I/O.' },
            {
              group: ['react', 'react-dom', 'react/*', 'prosemirror-view', 'y-websocket', 'y-indexeddb'],
              message: 'shared/ cannot use the DOM or React.',
            },
            {
              group: ['**/server/**', '**/client/**', '../server/*', '../client/*'],
              message: 'shared/ cannot import server or client code.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...browserGlobals.map((name) => ({ name, message: 'shared/ has no DOM globals.' })),
        'process',
        'Buffer',
        'require',
      ],
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/client/**', '../client/*'], message: 'server/ cannot import client code.' }] },
      ],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**', '../server/*', '../../server/*'],
              message: 'client/ talks to the server over HTTP and websockets only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['bin/**/*.js', 'server/cli/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
