/*
 * Lets a plain `node -r ./registerTs.js child.ts` run our TypeScript sources with no build step:
 * each .ts file is compiled in memory by @swc/core (already a devDependency, used by @swc/jest).
 * lowdb is ESM-only; Node >= 20.19 loads it through require() on its own.
 */
/* global require */
/* eslint-disable @typescript-eslint/no-require-imports */
const { transformFileSync } = require('@swc/core');

require.extensions['.ts'] = function compileTypeScript(module, filename) {
  const { code } = transformFileSync(filename, {
    swcrc: false,
    sourceMaps: 'inline',
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};
