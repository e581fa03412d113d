// `npm run teams:package`: builds appPackage/build/rapport.zip for upload to Microsoft Teams.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { loadDialogs } from '../content/loadDialogs';
import { COMMANDS } from '../commands/list';
import { projectRoot } from '../channels/webchat/pageAssets';
import { menuCommands } from '../channels/teams/teamsManifest';
import { writeTeamsPackage } from '../channels/teams/teamsPackage';
import { loadContentPaths } from '../config/loadConfig';

function main(): void {
  loadDotenv({ quiet: true });
  const root = projectRoot();
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const content = loadDialogs(join(root, loadContentPaths().dialogsDir));
  const path = writeTeamsPackage({ appPackageDir: join(root, 'appPackage'), env: process.env, content, commands: COMMANDS, version });
  process.stdout.write(`Teams app package written to ${relative(process.cwd(), path)}\n`);
  const left = COMMANDS.filter((command) => !menuCommands(COMMANDS).includes(command));
  if (left.length > 0) process.stdout.write(`Teams menus hold 10 commands: not in the menu (still listed by /help): ${left.map((c) => `/${c.name}`).join(', ')}\n`);
}

try {
  main();
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
}
