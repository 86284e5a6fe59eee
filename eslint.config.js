// Lint rules: typescript-eslint's strict set, React hooks rules, and the
// layering of the design notes: shared/ stays pure (no DOM, React, Node or
// server code), server/ never reaches into client/. Import cycles are
// checked by dpdm (`npm run lint` runs both).
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const browserGlobals = Object.keys(globals.browser).filter(
  (name) =>
    !(name in globals.es2021) &&
    // The globals shared/ may use, as shared/types/globals.d.ts declares them for its type check.
    !['URL', 'TextEncoder', 'crypto'].includes(name),
);

/**
 * What shared/ may import: packages that need neither the DOM nor Node's I/O
 * (prosemirror-view draws into the DOM; y-websocket and y-indexeddb do I/O).
 * Type-only packages (mdast) count too: their types describe pure data.
 */
export const sharedAllowedPackages = [
  'yjs',
  'lib0',
  'prosemirror-model',
  'prosemirror-state',
  'prosemirror-transform',
  'prosemirror-markdown',
  'markdown-it',
  'htmlparser2',
  'domhandler',
  'mdast',
  'zod',
  'diff',
  'csv-parse',
  'stemmer',
];

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
            {
              // An allow-list: shared/ may import itself and these pure packages, nothing else.
              regex: `^(?!(\\.{1,2}/|(${sharedAllowedPackages.join('|')})(/|$)))`,
              message: `shared/ is pure model code: it may import only itself and ${sharedAllowedPackages.join(', ')}.`,
            },
            {
              regex: '^(\\.\\./)+(server|client|tests|bench|bin)(/|$)',
              message: 'shared/ cannot import server, client, test or benchmark code.',
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
