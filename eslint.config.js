// Lint for the whole repo; `npm run lint` (part of `npm test`) fails on any error or warning.
// The layer rules below are what keeps the folders' import order true: see CONTRIBUTING.md.
import i18next from 'eslint-plugin-i18next';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const i18nextDefaults = createRequire(import.meta.url)('eslint-plugin-i18next/lib/options/defaults.js');

/**
 * The layers of `src/`, top first: a folder may import from the layers after its own, never from
 * its own layer's other folders or from a layer before it. Feature folders and edge folders are
 * independent of each other too.
 */
const LAYERS = [['app'], ['map', 'features', 'edges'], ['ui'], ['state'], ['domain'], ['i18n']];
/** Layer folders whose subfolders are independent parts (`features/filters` never imports `features/details`). */
const PARTS = ['features', 'edges'];

const subfolders = (folder) =>
  readdirSync(new URL(`./src/${folder}/`, import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

const layerZones = LAYERS.slice(1).flatMap((layer, index) => {
  const above = LAYERS.slice(0, index + 2).flat();
  return layer.map((folder) => ({
    target: `./src/${folder}`,
    from: above.filter((other) => other !== folder).map((other) => `./src/${other}`),
    message: `src/${folder} may import only from the layers below it (${
      LAYERS.slice(index + 2)
        .flat()
        .join(', ') || 'none'
    }).`,
  }));
});

const partZones = PARTS.flatMap((folder) =>
  subfolders(folder).map((part) => ({
    target: `./src/${folder}/${part}`,
    from: `./src/${folder}`,
    except: [`./${part}`],
    message: `src/${folder}/${part} may not import another part of src/${folder}: move what both need down a layer.`,
  })),
);

const toolZones = [
  {
    target: './scripts',
    from: './src',
    except: ['./domain', './i18n'],
    message: 'Node tools may import only src/domain and src/i18n (pure code), never browser code.',
  },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'bench-data/', 'coverage/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      // How the import rules read the files an import leads to (TypeScript), and find them.
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.json', 'scripts/tsconfig.json', 'tests/tsconfig.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...partZones, ...toolZones] }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-useless-path-segments': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      // Only matters to the React Compiler, which the app does not use.
      'react-hooks/incompatible-library': 'off',
    },
  },
  {
    // Browser code: browser globals only, no Node built-ins, zod only as src/domain/zod.ts sets it up.
    files: ['src/**/*.{ts,tsx,js,mjs}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.worker } },
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['node:*'], message: 'Browser code cannot use Node modules.' }],
          paths: [
            {
              name: 'zod',
              allowTypeImports: true,
              message: 'Import z from src/domain/zod.ts, which sets zod up for the strict CSP first.',
            },
            {
              name: 'zod/mini',
              allowTypeImports: true,
              message: 'Import z from src/domain/zod.ts, which sets zod up for the strict CSP first.',
            },
          ],
        },
      ],
    },
  },
  {
    // Every text a reader sees comes from the catalogues: no words written into the markup.
    files: ['src/**/*.tsx'],
    ignores: ['src/**/*.test.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          // Symbols (⋯, ⌂) and colour codes are not words; lockNote(field) names a field, not a text.
          words: { exclude: [...i18nextDefaults.words.exclude, /^[\p{S}\p{P}\s]+$/u, /^#[0-9a-f]{6}$/] },
          callees: { exclude: [...i18nextDefaults.callees.exclude, 'lockNote'] },
          'jsx-attributes': {
            include: [
              'aria-label',
              'aria-description',
              'aria-roledescription',
              'aria-valuetext',
              'title',
              'placeholder',
              'alt',
              'label',
            ],
          },
        },
      ],
    },
  },
  {
    files: ['src/domain/zod.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    files: ['scripts/**', 'tests/**', 'src/**/*.test.{ts,tsx}', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-console': 'off' },
  },
  {
    // Pages served as they are (bench floor, test fixtures, the embedding example).
    files: ['scripts/bench/*.js', 'tests/browser/fixtures/*.js', 'docs/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'module' },
  },
  prettier,
);
