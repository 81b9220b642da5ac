// Lint rules for the whole project: the recommended sets of ESLint and typescript-eslint; and for
// the tests, that none sleeps (each waits on the event, or polls with a deadline through
// vi.waitFor) and none uses a fixed port (ports are picked free, or taken from the environment).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NO_SLEEP = 'Tests never sleep: wait on the event, or poll with a deadline (vi.waitFor).';
const NO_FIXED_PORT = 'Tests never use a fixed port: listen on 0, pick one with freePort() (test/helpers/ports.ts), or take it from the environment.';
const HOST_AND_PORT = /(localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1?\]):\d/;

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', '.neo4j/', 'coverage/', 'test-results/', 'bench/corpora/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'CallExpression[callee.name=/^(setTimeout|setInterval)$/]', message: NO_SLEEP },
        { selector: 'CallExpression[callee.property.name=/^(setTimeout|setInterval)$/]', message: NO_SLEEP },
        { selector: 'ImportDeclaration[source.value=/^(node:)?timers(\\/promises)?$/]', message: NO_SLEEP },
        { selector: 'MemberExpression[object.name="Atomics"][property.name="wait"]', message: NO_SLEEP },
        { selector: `Literal[value=${HOST_AND_PORT}]`, message: NO_FIXED_PORT },
        { selector: `TemplateElement[value.raw=${HOST_AND_PORT}]`, message: NO_FIXED_PORT },
        { selector: 'Property[key.name=/port$/i] > Literal[raw=/^[\'"]?[1-9][0-9]*[\'"]?$/]', message: NO_FIXED_PORT },
        { selector: 'CallExpression[callee.name="listen"] > Literal[raw=/^[1-9][0-9]*$/]', message: NO_FIXED_PORT },
        { selector: 'CallExpression[callee.property.name="listen"] > Literal[raw=/^[1-9][0-9]*$/]', message: NO_FIXED_PORT },
      ],
    },
  },
);
