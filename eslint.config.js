// ESLint flat config (HOUSE-STYLE §7): typescript-eslint with type information for every TypeScript
// file, the data/access fence for feature modules (HOUSE-STYLE §3) and jsx-a11y for the web app.
// Type information comes from the nearest tsconfig.json (projectService): tsconfig.json for src/, test/,
// scripts/, bench/, e2e/; web/tsconfig.json for web/src/.
import fs from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import jsxA11y from 'eslint-plugin-jsx-a11y';

const hasWebTsconfig = fs.existsSync(new URL('./web/tsconfig.json', import.meta.url));

const TS_FILES = ['src/**/*.ts', 'test/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts', 'e2e/**/*.ts', '*.ts'];
const WEB_FILES = ['web/src/**/*.ts', 'web/src/**/*.tsx', 'web/*.ts'];
const TEST_FILES = ['**/*.test.ts', '**/*.test.tsx', '**/*.spec.ts', 'test/**/*.ts', 'e2e/**/*.ts'];

// Node globals for the plain JavaScript files (scripts/*.mjs, bin/*.js, this file).
const NODE_GLOBALS = Object.fromEntries(
  [
    'process',
    'console',
    'Buffer',
    'URL',
    'URLSearchParams',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'structuredClone',
    'fetch',
    'AbortController',
    'performance',
  ].map((name) => [name, 'readonly']),
);

const TEST_NAMES = '/^(describe|it|test|suite|bench)$/';

/** Rules every TypeScript file follows. */
const houseRules = {
  '@typescript-eslint/no-floating-promises': 'error',
  '@typescript-eslint/no-misused-promises': 'error',
  '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
  '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports' }],
  '@typescript-eslint/no-explicit-any': 'error',
  '@typescript-eslint/no-unused-vars': [
    'error',
    { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
  ],
  curly: ['error', 'all'],
  // `x != null` (null or undefined) is a deliberate idiom; everything else must be strict.
  eqeqeq: ['error', 'always', { null: 'ignore' }],
  // Off on purpose: Fastify plugins (`async function xRoutes(app)`) and hooks are async by contract
  // even without an await, and so are stubs implementing async interfaces in tests.
  '@typescript-eslint/require-await': 'off',
};

/** no-only-tests: a focused test must never reach main (it silently skips the rest of the suite). */
const noOnlyTests = {
  'no-restricted-syntax': [
    'error',
    {
      selector: `MemberExpression[property.name='only']:matches([object.name=${TEST_NAMES}], [object.object.name=${TEST_NAMES}])`,
      message: 'Remove .only before committing: it skips every other test.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'web/dist/',
      'dist/',
      'data/',
      'scratch/',
      'docs/',
      'coverage/',
      'test-results/',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: NODE_GLOBALS },
    rules: { curly: ['error', 'all'], eqeqeq: ['error', 'always', { null: 'ignore' }] },
  },
  {
    files: [...TS_FILES, ...(hasWebTsconfig ? WEB_FILES : [])],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: houseRules,
  },
  // Until web/tsconfig.json exists, the web tree is linted without type information (syntax rules only).
  ...(hasWebTsconfig
    ? []
    : [
        {
          files: WEB_FILES,
          extends: [tseslint.configs.recommended],
          rules: {
            '@typescript-eslint/consistent-type-imports': houseRules['@typescript-eslint/consistent-type-imports'],
            '@typescript-eslint/no-explicit-any': 'error',
            curly: houseRules.curly,
            eqeqeq: houseRules.eqeqeq,
          },
        },
      ]),
  {
    files: ['web/src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: TEST_FILES.concat(['web/src/**/*.test.ts', 'web/src/**/*.test.tsx']),
    rules: noOnlyTests,
  },
  // The fence (HOUSE-STYLE §3): feature modules reach the database only through their *.data.ts files
  // and the access-checked handle; only the system paths below may use the unscoped system handle.
  {
    files: ['src/modules/**/*.ts'],
    ignores: [
      'src/modules/**/*.data.ts',
      'src/modules/demo/**',
      'src/modules/users/create-admin.ts',
      'src/modules/**/*.test.ts',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)platform/db/db(\\.[jt]s)?$',
              allowTypeImports: true,
              message: 'Feature modules use the database only through *.data.ts (types are fine). See HOUSE-STYLE §3.',
            },
            {
              regex: '(^|/)platform/access/system(\\.[jt]s)?$',
              message:
                'The unscoped system handle is only for *.data.ts reference loaders, demo seed and create-admin. See HOUSE-STYLE §3.',
            },
          ],
        },
      ],
    },
  },
);
