// `npm run fuzz -- --runs N [--seed S]`: the fuzz test of `npm test` (test/fuzz), longer or with another seed.
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? undefined : args[at + 1];
};
const runs = option('runs') ?? '10000';
const seed = option('seed') ?? String(Date.now() % 2147483647);
if (!/^\d+$/.test(runs) || !/^-?\d+$/.test(seed)) {
  console.error('Usage: npm run fuzz -- [--runs N] [--seed S]');
  process.exit(2);
}
console.log(`Fuzzing with ${runs} runs, seed ${seed} (repeat a failure with --seed ${seed}).`);
const jest = path.join(__dirname, '..', 'node_modules', 'jest', 'bin', 'jest.js');
const result = spawnSync(process.execPath, [jest, 'test/fuzz', '--testTimeout', '3600000'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs, FUZZ_SEED: seed },
});
process.exit(result.status ?? 1);
