import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { contentText } from '../../../src/commands/contentText';
import { COMMANDS } from '../../../src/commands/list';
import { buildTeamsPackage } from '../../../src/channels/teams/teamsPackage';
import { realContent } from '../../helpers/testRapport';

const APP_PACKAGE = join(__dirname, '..', '..', '..', 'appPackage');
const BOT_ID = '00000000-1111-2222-3333-444444444444';
const ENV = { MicrosoftAppId: BOT_ID, TEAMS_WEBSITE_URL: 'https://rapport.example.org' };
/**
 * Microsoft's manifest schema as shipped inside @microsoft/app-manifest, so validation needs no network.
 * (That package's own validator loads ESM-only modules jest cannot require; it validates with the same ajv setup as here.)
 */
const SCHEMA_FILE = join(require.resolve('@microsoft/app-manifest/package.json'), '..', 'build', 'json-schemas', 'teams', 'v1.19', 'MicrosoftTeams.schema.json');

function build(env: Record<string, string> = ENV) {
  return buildTeamsPackage({ appPackageDir: APP_PACKAGE, env, content: realContent(), commands: COMMANDS, version: '1.2.3' });
}

interface CommandList {
  scopes: string[];
  commands: Array<{ title: string; description: string }>;
}

describe('the Teams app package', () => {
  it('zips manifest.json and the two icons', () => {
    const files = unzipSync(build().zip);
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(pngSize(files['color.png'])).toEqual({ width: 192, height: 192, rgba: true });
    expect(pngSize(files['outline.png'])).toEqual({ width: 32, height: 32, rgba: true });
  });

  it('validates against the Teams manifest schema, offline', () => {
    const manifest: unknown = JSON.parse(new TextDecoder().decode(unzipSync(build().zip)['manifest.json']));
    // The published schema has a "\a" escape JavaScript regexes reject; @microsoft/app-manifest patches it the same way.
    const schema: object = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8').replace(/\\a/g, '\\x07'));
    const ajv = new Ajv({ allErrors: true, strictTypes: false });
    addFormats(ajv, ['uri', 'email', 'regex']);
    const validate = ajv.compile(schema);
    expect(validate(manifest) ? [] : validate.errors).toEqual([]);
  });

  it('takes the bot id from MicrosoftAppId and offers personal, team and group chat scopes', () => {
    const { manifest } = build();
    expect(manifest).toMatchObject({ id: BOT_ID, version: '1.2.3', manifestVersion: '1.19' });
    expect(manifest.bots).toEqual([expect.objectContaining({ botId: BOT_ID, scopes: ['personal', 'team', 'groupChat'] })]);
  });

  it('lists the commands of /help, in its order, with their descriptions from dialogs/', () => {
    const bots = build().manifest.bots as Array<{ commandLists: CommandList[] }>;
    const [list] = bots[0]?.commandLists ?? [];
    expect(list?.scopes).toEqual(['personal', 'team', 'groupChat']);
    const listed = list?.commands.map((command) => command.title.replace(/^\//, '')) ?? [];
    // All of them when they fit Teams' ten; otherwise the first nine and help, in the same order.
    const expected = COMMANDS.length <= 10 ? COMMANDS : [...COMMANDS.filter((c) => c.name !== 'help').slice(0, 9), ...COMMANDS.filter((c) => c.name === 'help')];
    expect([...listed].sort()).toEqual(expected.map((command) => command.name).sort());
    expect(listed).toEqual(COMMANDS.map((command) => command.name).filter((name) => listed.includes(name)));
    for (const entry of list?.commands ?? []) {
      const command = COMMANDS.find((c) => c.name === entry.title.replace(/^\//, ''));
      expect(entry.description.length).toBeLessThanOrEqual(128);
      expect(entry.title.length).toBeLessThanOrEqual(32);
      expect(contentText(realContent(), `command.${command?.name}.description`).replace(/\s+/g, ' ').startsWith(entry.description.replace(/…$/, ''))).toBe(true);
      // An entry is what Teams sends when picked: bare only for commands that understand their bare name.
      expect(entry.title).toBe(command?.acceptsBare ? command.name : `/${command?.name}`);
    }
  });

  it('says clearly what is missing from the environment, all at once', () => {
    expect(() => build({})).toThrow(/MicrosoftAppId: .*\n.*TEAMS_WEBSITE_URL/s);
    expect(() => build({ MicrosoftAppId: 'not-a-guid', TEAMS_WEBSITE_URL: 'http://plain.example.org' })).toThrow(/GUID[\s\S]*https/);
  });
});

/** Width, height and colour type from a PNG's IHDR chunk. */
function pngSize(bytes: Uint8Array | undefined): { width: number; height: number; rgba: boolean } {
  const buffer = Buffer.from(bytes ?? new Uint8Array());
  expect(buffer.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20), rgba: buffer[25] === 6 };
}
