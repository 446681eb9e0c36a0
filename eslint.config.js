// ESLint: JavaScript and typescript-eslint recommended rules, Lit template rules (eslint-plugin-lit) and
// accessibility rules for Lit templates (eslint-plugin-lit-a11y). Formatting is Prettier's job.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'storybook-static/', 'bench/results/', 'screenshots/', 'custom-elements.json'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests: chai's property assertions (`expect(x).to.be.true`) are expressions; fixtures poke at untyped JSON.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts'],
    plugins: { 'lit-a11y': litA11y },
    rules: {
      ...litA11y.configs.recommended.rules,
      // Unstyled lists (list-style: none) keep an explicit role="list": WebKit drops their list semantics otherwise.
      'lit-a11y/no-redundant-role': 'off',
    },
  },
);
