import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';
import moduleFiles from './scripts/eslint/module-file-names.mjs';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'coverage/', 'test-results/', 'playwright-report/', 'bin/', 'scripts/', 'eslint.config.mjs', '.dependency-cruiser.cjs', 'web/src/app/api-types.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      curly: ['error', 'multi-line'],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['common/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/server/**', '**/web/**', '**/cli/**', 'node:*', 'kysely', 'fastify'], message: 'common/ is pure TypeScript shared by server and web; it imports nothing else.' },
      ] }],
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/server/**', '**/cli/**'], message: 'The web app talks to the server over HTTP only; share code through common/.' },
      ] }],
    },
  },
  {
    // The sealed data layer: only repositories and server/db/ write SQL, and transactions are
    // opened through server/db/unit-of-work.ts.
    files: ['server/**/*.ts', 'cli/**/*.ts'],
    ignores: [
      'server/db/**', 'server/**/*.repository.ts', 'server/**/*.test.ts', 'server/test/**',
    ],
    rules: {
      'no-restricted-imports': ['error', { paths: [
        { name: 'kysely', message: 'Only repositories and server/db/ touch SQL; take a Db/Tx type from server/db/database.', allowTypeImports: true },
      ] }],
      'no-restricted-syntax': ['error',
        { selector: "CallExpression[callee.property.name='transaction']", message: 'Open a transaction with inTransaction() from server/db/unit-of-work.ts.' },
      ],
    },
  },
  {
    // A migration is frozen text: it must not change when live code does.
    files: ['server/db/migrations/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/modules/**', '**/common/**', '**/platform/**'], message: 'Migrations import nothing from live code; write the SQL and data as they are today.' },
      ] }],
    },
  },
  {
    files: ['server/modules/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['../*/*.repository', '../*/*.repository.ts'], message: 'A module reads another module only through its service (index.ts).' },
      ] }],
    },
  },
  {
    // Pages call the server through the typed client (web/src/app/api-client.ts), never by a URL
    // of their own: a changed route then fails the type check instead of a user's click.
    files: ['web/src/**/*.{ts,tsx}'],
    ignores: ['web/src/app/api-client.ts'],
    rules: {
      'no-restricted-syntax': ['error',
        { selector: 'Literal[value=/^\\/api\\/v1/]', message: 'Call the server through api-client.ts with a typed path.' },
        { selector: 'TemplateElement[value.raw=/^\\/api\\/v1/]', message: 'Call the server through api-client.ts with a typed path.' },
      ],
    },
  },
  {
    // The module template (docs/modules.md): every file in a module folder says its role by its name.
    files: ['server/modules/*/**/*.ts'],
    plugins: { zhichan: moduleFiles },
    rules: { 'zhichan/module-file-names': 'error' },
  },
  {
    // domain/ holds pure rules: no services, repositories or database, so they run and test alone.
    files: ['server/modules/*/domain/**/*.ts', 'server/modules/*/*/domain/**/*.ts'],
    // Tests may build their cases from anything; the table types may be named (types only).
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/*.service', '**/*.repository', '**/index'], message: 'domain/ is pure: take values as arguments instead of reading them.' },
        { group: ['**/db/**', 'kysely'], allowTypeImports: true, message: 'domain/ is pure: take values as arguments instead of reading them.' },
      ] }],
    },
  },
);
