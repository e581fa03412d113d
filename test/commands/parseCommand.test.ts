import { argumentProblem, echoable } from '../../src/commands/arguments';
import { helpCommand } from '../../src/commands/list/help';
import { closestName, parseCommand } from '../../src/commands/parseCommand';
import { CommandRegistry } from '../../src/commands/registry';
import { COMMANDS } from '../../src/commands/list';
import { realContent } from '../helpers/testRapport';
import { keysOf, NOW, profileWith, run } from './commandHarness';

const registry = new CommandRegistry(COMMANDS);
const content = realContent();

async function parsedRun(text: string) {
  const parsed = parseCommand(text, registry, content);
  if (!parsed) return undefined;
  return { name: parsed.name, args: parsed.args, result: await parsed.run({ args: parsed.args, profile: profileWith(), commands: registry, content, now: NOW }) };
}

describe('parseCommand', () => {
  it.each([
    ['/tone formal', 'tone', ['formal']],
    ['/TONE Formal', 'tone', ['Formal']],
    ['／tone formal', 'tone', ['formal']],
    ['/name Dana.', 'name', ['Dana']],
    ['/style playful', 'tone', ['playful']],
  ])('reads "%s" as /%s %j', async (text, name, args) => {
    expect(await parsedRun(text)).toMatchObject({ name, args });
  });

  it.each([
    ['tone formal', 'tone'],
    ['Tone formal!', 'tone'],
    ['topics add cooking', 'topics'],
    ['topics remove sports', 'topics'],
    ['topics clear', 'topics'],
    ['timezone Paris', 'timezone'],
    ['private on', 'private'],
    ['help tone', 'help'],
    ['tone', 'tone'],
    ['topics', 'topics'],
    ['timezone', 'timezone'],
    ['private', 'private'],
  ])('takes "%s" without a slash as /%s: the rest is valid for it (or empty, as sent from the Teams menu)', async (text, name) => {
    expect((await parsedRun(text))?.name).toBe(name);
  });

  it.each(['help me with my tone', 'help me', 'help', 'tone it down', 'topics are fun', 'topics add knitting', 'name three fruits', 'private stuff', 'forget', 'reset', 'export', 'timezone of the moon', 'profile'])(
    'leaves the sentence "%s" to the recognizer',
    (text) => {
      expect(parseCommand(text, registry, content)).toBeUndefined();
    },
  );

  it.each([
    ['be more formal', '/tone formal'],
    ['Be more formal!', '/tone formal'],
    ['what do you know about me?', '/profile'],
    ['forget everything about me', '/forget'],
    ['export my data', '/export'],
  ])('runs the command of a plain-words example: "%s" is %s', async (text, command) => {
    const parsed = await parsedRun(text);
    const expected = parseCommand(command, registry);
    expect(parsed?.name).toBe(expected?.name);
    expect(parsed?.args).toEqual(expected?.args);
  });

  it('suggests the closest command for a typo, keeping the arguments on the button', async () => {
    const parsed = await parsedRun('/tnoe formal');
    expect(parsed?.name).toBeUndefined();
    expect(parsed?.result.replies[0]).toEqual({ key: 'command.suggest', values: { command: 'tnoe', suggestion: 'tone' }, suggestedActions: ['/tone formal'] });
    expect((await parsedRun('/topcis'))?.result.replies[0].values).toMatchObject({ suggestion: 'topics' });
    expect((await parsedRun('/frogetme'))?.result.replies[0].values).toMatchObject({ suggestion: 'forgetme' });
  });

  it('says a command is unknown when nothing is close', async () => {
    expect(keysOf((await parsedRun('/xyzzy'))!.result)).toEqual(['command.unknown']);
  });

  it('does not repeat an unknown command name that is markup', async () => {
    const result = (await parsedRun('/[x](http://evil.example)'))!.result;
    expect(keysOf(result)).toEqual(['command.unknownUnnamed']);
    expect(JSON.stringify(result)).not.toContain('evil');
    const long = (await parsedRun(`/${'a'.repeat(300)}`))!.result;
    expect(keysOf(long)).toEqual(['command.unknownUnnamed']);
  });

  it('ignores text that is not a command', () => {
    expect(parseCommand('hello there', registry, content)).toBeUndefined();
    expect(parseCommand('/tone formal', registry)).toBeDefined();
    expect(parseCommand('tone formal', registry)).toBeUndefined();
  });
});

describe('closestName', () => {
  it('accepts typos in proportion to the length', () => {
    expect(closestName('tnoe', ['tone', 'topics'])).toBe('tone');
    expect(closestName('xx', ['tone'])).toBeUndefined();
    expect(closestName('', ['tone'])).toBeUndefined();
  });
});

describe('argument checks', () => {
  it.each(['Dana', 'Europe/Paris', 'São Paulo', "O'Brien", 'cooking, travel and music'])('accepts "%s"', (text) => {
    expect(argumentProblem(text)).toBeUndefined();
  });

  it('echoes plain words only', () => {
    expect(echoable('knitting')).toBe(true);
    expect(echoable('evil.example')).toBe(false);
    expect(echoable('http://x')).toBe(false);
    expect(echoable('constructor')).toBe(false);
  });
});

describe('/help', () => {
  it('lists every command under its group, with usage and description', async () => {
    const result = await run(helpCommand, '');
    const keys = keysOf(result);
    expect(keys[0]).toBe('help.header');
    expect(keys.at(-1)).toBe('help.footer');
    expect(keys.filter((key) => key.startsWith('help.group.'))).toEqual(['help.group.personalize', 'help.group.privacy', 'help.group.help']);
    const usages = result.replies.filter((reply) => reply.key === 'help.command').map((reply) => reply.values?.usage);
    expect(usages).toEqual(expect.arrayContaining(COMMANDS.map((command) => command.usage)));
    expect(usages).toHaveLength(COMMANDS.length);
  });

  it('explains one command with examples, by name, alias or with its slash', async () => {
    for (const typed of ['tone', '/tone', 'style']) {
      const result = await run(helpCommand, typed);
      expect(result.replies[0]).toMatchObject({ key: 'help.command', values: { usage: '/tone [friendly|formal|concise|playful|auto]', description: { key: 'command.tone.description' } } });
      expect(keysOf(result)).toContain('command.tone.examples');
    }
  });

  it('suggests a command for a mistyped topic, and does not repeat markup', async () => {
    const result = await run(helpCommand, 'tnoe');
    expect(result.replies[0]).toMatchObject({ key: 'help.unknownTopic', suggestedActions: ['/help tone'] });
    expect(keysOf(await run(helpCommand, '<b>x</b>'))).toEqual(['command.unknownUnnamed']);
  });
});
