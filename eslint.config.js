// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

import importCycles from './scripts/eslint/import-cycles.mjs';

/** Features talk to each other only through the store: no feature imports another. */
const features = [
  'map',
  'timeline',
  'details',
  'filters',
  'events-list',
  'data-loading',
  'sharing',
  'stories',
];
/** Layers every feature may use, which know nothing of the features. */
const sharedLayers = [
  'src/domain/**',
  'src/store/**',
  'src/utils/**',
  'src/url/**',
  'src/components/**',
  'src/testing/**',
];

/**
 * @param {{ group: string[], message: string }[]} patterns
 * @returns {import('eslint').Linter.RulesRecord}
 */
const restrictImports = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const noFeatures = {
  group: ['@/features/*', '**/features/*'],
  message: 'Shared code must not import features.',
};
const noApp = {
  group: ['@/app/*', '**/src/app/*'],
  message: 'The app composes features and shared code; nothing it composes imports it.',
};
const noUrl = {
  group: ['@/url/*', '**/src/url/*'],
  message: 'The URL module reads and writes the store; the store knows nothing of the URL.',
};

// Each file group gets one list: a later entry for the same rule replaces an earlier one.
const boundaries = [
  { files: sharedLayers, rules: restrictImports([noFeatures, noApp]) },
  { files: ['src/store/**'], rules: restrictImports([noFeatures, noApp, noUrl]) },
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: restrictImports([
      ...features
        .filter((other) => other !== feature)
        .map((other) => ({
          group: [`@/features/${other}/*`, `**/features/${other}/*`],
          message: 'Features talk through the store, never by importing each other.',
        })),
      noApp,
    ]),
  })),
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'playwright-report',
      'test-results',
      'bench/results',
      'bench/.data',
      'dist-bench',
      'node_modules',
      '.scratch',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        // Destructuring a key away to keep the rest is how an object drops one field.
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      complexity: ['warn', 20],
      // A file past a screen or two mixes jobs: split it by responsibility (tests aside, below).
      'max-lines': ['error', { max: 300 }],
    },
  },
  {
    plugins: { local: importCycles },
    rules: {
      'local/no-import-cycles': ['error', { root: import.meta.dirname, alias: { '@/': 'src/' } }],
    },
  },
  {
    // A test's length follows the cases it covers; e2e specs likewise.
    files: ['**/*.test.{ts,tsx}', 'e2e/**/*.spec.ts'],
    rules: { 'max-lines': 'off' },
  },
  {
    // Hooks live in .ts files too (use-map-cover, use-media-query), and the rules of hooks with them.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-refresh': reactRefresh },
    rules: { 'react-refresh/only-export-components': ['warn', { allowConstantExport: true }] },
  },
  ...boundaries,
  {
    files: ['e2e/**', 'bench/**', 'scripts/**', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
