// ESLint flat config: typescript-eslint for .ts, eslint-plugin-svelte for .svelte (the Svelte ecosystem's pair).
// Formatting is Prettier's job (see .prettierrc.json); these rules catch bugs, not style.
import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

export default ts.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'data/', 'tests/e2e/screenshots/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // The house rule: `any` only with a reason on the same line, as an eslint-disable comment says it.
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // An empty catch must say why in a comment (STYLE.md); eslint counts the comment.
      'no-empty': ['error', { allowEmptyCatch: false }],
      // Plain Sets, Maps and Dates in components are deliberate where nothing renders from them (e.g. ids a stream
      // has seen); state that renders is $state. The rule cannot tell the two apart.
      'svelte/prefer-svelte-reactivity': 'off',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
);
