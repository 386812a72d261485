// ESLint flat config. typescript-eslint's recommended rules without type information: the type-checked
// set needs a whole TypeScript program per run, too slow for a lint on every save on a 2-core machine,
// and `npm run compile` already type-checks strictly. Prettier owns layout, so no rule here is about it.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// src/core runs in a worker, a browser and the CLI: no vscode and no Node built-ins (house rule 1, as
// Foam bans vscode and fs in its core). The editor shows this as you type; test/unit/corePurity checks it too.
const nodeBuiltins = builtinModules.filter(name => !name.startsWith('_'));
const coreBans = {
  paths: [
    { name: 'vscode', message: 'src/core must not import vscode: adapters live in src/extension.' },
    ...nodeBuiltins.map(name => ({ name, message: 'src/core must not import Node built-ins: Node adapters live in src/node.' })),
  ],
  patterns: [{ regex: '^node:', message: 'src/core must not import Node built-ins: Node adapters live in src/node.' }],
};
// compromise is large and slow to load: one adapter (src/core/nlp/compromise.ts) is its only door, so the
// extension's bundle never carries it and activation stays fast.
const compromiseBan = { regex: '^compromise(-[^/]*)?(/|$)', message: 'Use compromise through src/core/nlp/compromise.ts only.' };
const withCompromiseBan = bans => ({ ...bans, patterns: [...(bans.patterns ?? []), compromiseBan] });

export default defineConfig(
  { ignores: ['out/', 'dist/', '.cache/', 'node_modules/', '**/*.vsix', '.screenshots/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `==` is never needed here; `== null` for "null or undefined" is the one idiom worth keeping.
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // Type-only imports vanish from the bundles for sure, and say which imports are only for the checker.
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'separate-type-imports', disallowTypeAnnotations: false }],
      // A lazy require() of our own module is deliberate (it keeps compromise and the model out of
      // activation, or times a module's load), and typeof import() is how such a require is typed.
      '@typescript-eslint/no-require-imports': ['error', { allow: ['^\\.\\.?/'] }],
      // An argument or a caught error named with a leading underscore is unused on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
  // no-restricted-imports does not merge across blocks (the last match wins), so each block states its full list.
  { files: ['src/**/*.ts'], rules: { 'no-restricted-imports': ['error', withCompromiseBan({})] } },
  { files: ['src/core/**/*.ts'], rules: { 'no-restricted-imports': ['error', withCompromiseBan(coreBans)] } },
  { files: ['src/core/nlp/compromise.ts'], rules: { 'no-restricted-imports': ['error', coreBans] } },
  {
    // The core returns reasons and the extension logs to its output channel (house rule 5): a console
    // line there goes nowhere a reader looks.
    files: ['src/core/**/*.ts', 'src/extension/**/*.ts'],
    rules: { 'no-console': 'error' },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
  },
  {
    // Plain CommonJS scripts (mocha's configs, a fixture worker) load modules with require().
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The benchmark's children load modules on purpose at a measured moment, and patch Node's loader.
    files: ['bench/**/*.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
