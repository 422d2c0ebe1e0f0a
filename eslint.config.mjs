// ESLint flat config: typescript-eslint's type-checked rules for src/ and __tests__/, plain recommended rules for the
// build and bench scripts, and eslint-config-prettier last so that formatting is Prettier's alone (`npm run format:check`).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import jest from 'eslint-plugin-jest';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'lib/', 'coverage/', 'node_modules/', '__tests__/fixtures/', '.test-env/', 'reports/', '.stryker-tmp/'] },
  js.configs.recommended,
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: globals.node,
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // The registry's value classes print themselves (toString is their canonical form), so templates may hold them.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        {
          allow: [
            { from: 'lib', name: ['Error', 'URL', 'URLSearchParams'] },
            { from: 'file', name: 'Digest', path: 'src/registry/digest-value.ts' },
            { from: 'file', name: ['Registry', 'Repository', 'Reference'], path: 'src/registry/reference.ts' },
          ],
        },
      ],
      // Off: functions that implement a Promise-returning interface (Runtime.summary, a credential store's lookup)
      // are async without awaiting so that a throw becomes a rejection; no-floating-promises still catches lost awaits.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['__tests__/**/*.ts'],
    extends: [jest.configs['flat/recommended']],
    rules: {
      // Tests assert through helpers named expect* (expectPublished, expectNoSecret, expectCase).
      'jest/expect-expect': ['error', { assertFunctionNames: ['expect', 'expect*'] }],
      // Off in tests only: @types/jest types asymmetric matchers (expect.stringMatching, expect.objectContaining) as `any`,
      // so every `toEqual({ x: expect.any(String) })` or `toThrow(expect.objectContaining(...))` would be flagged though
      // nothing untyped reaches the code under test.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  prettier,
);
