import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { BotSdk } from '../../src/config/loadConfig';

const ROOT = join(__dirname, '..', '..');

/** The SDK packages a fresh Node process has loaded after `loadEdge(sdk)` (jest's own registry hides this). */
function packagesLoadedBy(sdk: BotSdk): string[] {
  const script = `
    require('./src/sdk/loadEdge').loadEdge(${JSON.stringify(sdk)}).then(() => {
      const names = Object.keys(require.cache).map((file) => /node_modules\\/((?:@microsoft\\/agents-[^/]+)|botbuilder[^/]*|botframework-[^/]+)\\//.exec(file)?.[1]).filter(Boolean);
      console.log(JSON.stringify([...new Set(names)].sort()));
    });`;
  const output = execFileSync(process.execPath, ['-r', join(ROOT, 'test', 'helpers', 'registerTs.js'), '-e', script], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(output) as string[];
}

describe('loadEdge', () => {
  it('loads botbuilder, and not the Agents SDK, for BOT_SDK=botbuilder', () => {
    const loaded = packagesLoadedBy('botbuilder');
    expect(loaded).toContain('botbuilder');
    expect(loaded.filter((name) => name.startsWith('@microsoft/agents-'))).toEqual([]);
  });

  it('loads the Agents SDK, and not botbuilder, for BOT_SDK=agents', () => {
    const loaded = packagesLoadedBy('agents');
    expect(loaded).toEqual(expect.arrayContaining(['@microsoft/agents-activity', '@microsoft/agents-hosting']));
    expect(loaded.filter((name) => name.startsWith('botbuilder') || name.startsWith('botframework-'))).toEqual([]);
  });
});
