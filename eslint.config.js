import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const d3Umbrella = {
  name: 'd3',
  message: 'Import d3 per module (d3-scale, d3-zoom …), not the umbrella.',
};

/** One-way imports: app → features → timeline/api/url-state/i18n → domain; scripts → domain. */
const zones = [
  {
    target: './src/domain',
    from: [
      './src/app',
      './src/features',
      './src/timeline',
      './src/api',
      './src/url-state',
      './src/i18n',
    ],
    message:
      'domain is pure TypeScript at the bottom of the graph: it imports nothing from the app.',
  },
  {
    target: ['./src/timeline', './src/api', './src/url-state', './src/i18n', './src/ui'],
    from: ['./src/app', './src/features'],
    message: 'shared layers must not depend on features or the app shell (imports flow one way).',
  },
  {
    target: './src/timeline',
    from: ['./src/i18n', './src/url-state', './src/api', './src/ui'],
    message:
      'src/timeline is visual maths: plain data in, plain data out. Formatters and state come in as arguments from the view.',
  },
  {
    target: './src/features',
    from: './src/app',
    message: 'features are composed by the app; they never import it.',
  },
  {
    target: './scripts',
    from: [
      './src/app',
      './src/features',
      './src/timeline',
      './src/api',
      './src/url-state',
      './src/i18n',
    ],
    message:
      'scripts share only src/domain with the app, so the compiler runs without React or a DOM.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'public/data',
      'playwright-report',
      'test-results',
      'lighthouse',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver': { typescript: true, node: true } },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': 'error',
      'no-restricted-imports': ['error', { paths: [d3Umbrella] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
  },
  {
    // Playwright's idioms: `async ({}, use) =>` fixtures and `void` for auto fixtures.
    files: ['e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off', '@typescript-eslint/no-invalid-void-type': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/features/timeline-view/use-zoom.ts', 'src/features/timeline-view/use-brush.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            d3Umbrella,
            {
              name: 'd3-selection',
              message: 'Only the zoom/brush hooks touch d3-selection: React owns the DOM.',
            },
            {
              name: 'd3-zoom',
              message: 'Only src/features/timeline-view/use-zoom.ts touches d3-zoom.',
            },
            {
              name: 'd3-brush',
              message: 'Only src/features/timeline-view/use-brush.ts touches d3-brush.',
            },
          ],
        },
      ],
    },
  },
  {
    // src/timeline is the maths under the drawing: no React, no DOM behaviours, so every module
    // runs and is tested without a browser, and a canvas painter can use it as it is.
    files: ['src/timeline/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            d3Umbrella,
            ...['react', 'react-dom', 'react-i18next', 'i18next'].map((name) => ({
              name,
              message: 'src/timeline is pure maths: React and i18n live in the view.',
            })),
            ...['d3-selection', 'd3-zoom', 'd3-brush'].map((name) => ({
              name,
              message:
                'src/timeline is pure maths: DOM behaviours are input hooks in features/timeline-view.',
            })),
          ],
        },
      ],
    },
  },
);
