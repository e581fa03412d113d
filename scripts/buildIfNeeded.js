// Builds dist/ when it is missing or older than any source file, so `npm start` works on a fresh clone.
const { statSync, readdirSync, existsSync } = require('node:fs');
const { join } = require('node:path');
const { execFileSync } = require('node:child_process');

const root = join(__dirname, '..');
const marker = join(root, 'dist', 'src', 'index.js');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name === 'state') continue; // data/state is runtime data, not a source
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const sources = ['src', 'bench', 'data'].map((d) => join(root, d)).filter(existsSync);
const configs = ['tsconfig.json', 'tsconfig.build.json', 'package.json'].map((f) => statSync(join(root, f)).mtimeMs);
const newestSource = Math.max(...sources.map(newestMtime), ...configs);
if (!existsSync(marker) || statSync(marker).mtimeMs < newestSource) {
  console.log('Building Rapport (tsc)...');
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit', cwd: root });
}
