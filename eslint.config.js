// ESLint (flat config): typescript-eslint's type-checked recommended rules over src/, test/, bench/
// and the tools. `npm run lint` runs it and the dead-export check (knip); `npm test` runs lint.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'reports/**', '.stryker-tmp/**', '.stryker/**', 'test/interop/clients/**/build/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // express error handlers must declare four parameters; an unused one is named _x.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Handlers and views are typed by the schema (src/schema/wire-types.ts): no casts and no
    // non-null assertions there, so a wrong field or a missing value is a compile error.
    files: ['src/operations/**/*.ts', 'src/views/**/*.ts', 'src/serialize/**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
      '@typescript-eslint/no-non-null-assertion': 'error',
    },
  },
  {
    // Tests and the examples read untyped HTTP bodies, JSON and SOAP client results and assert on them.
    files: ['test/**/*.ts', 'examples/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // The inspector page runs in the browser.
    files: ['ui/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
