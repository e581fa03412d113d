// The jest project "agents": the same suites on the Microsoft 365 Agents SDK (test/helpers/testChannel.ts).
process.env.RAPPORT_TEST_SDK = 'agents';
