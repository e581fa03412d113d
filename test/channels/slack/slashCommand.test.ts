import { CommandRegistry } from '../../../src/commands/registry';
import { COMMANDS } from '../../../src/commands/list';
import { SlashCommand, escapeForSlack, parseSlashCommand, toTurnInput } from '../../../src/channels/slack/slashCommand';
import { commandBody } from './slackExample';

const registry = new CommandRegistry(COMMANDS);
const command = (name: string, text: string): SlashCommand => {
  const parsed = parseSlashCommand(commandBody(name, text));
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.command;
};

describe('slash commands as turns', () => {
  it.each([
    ['/rapport', 'tone formal', '/tone formal'],
    ['/rapport', '/tone formal', '/tone formal'],
    ['/tone', 'formal', '/tone formal'],
    ['/help', '', '/help'],
    ['/rapport', '', '/help'],
    ['/rapport', "what's my name?", "what's my name?"],
  ])('%s %s → %s', (name, text, expected) => {
    expect(toTurnInput(command(name, text), registry)).toEqual({ kind: 'message', channelId: 'slack', userId: 'U2CERLKJA:T1DC2JH3J', conversationId: 'T1DC2JH3J:G8PSS9T3V', text: expected });
  });

  it.each([
    ['a response_url elsewhere', commandBody('/rapport', '', 'https://hooks.slack.com.evil.example/x')],
    ['an http response_url', commandBody('/rapport', '', 'http://hooks.slack.com/commands/x')],
    ['a user id with odd characters', commandBody('/rapport', '').replace('U2CERLKJA', 'U2%20x')],
    ['no command', 'team_id=T1&user_id=U1&channel_id=C1'],
  ])('rejects %s', (_label, body) => {
    expect(parseSlashCommand(body).ok).toBe(false);
  });

  it('escapes what Slack would read as markup', () => {
    expect(escapeForSlack('<!channel> & <@U1>')).toBe('&lt;!channel&gt; &amp; &lt;@U1&gt;');
  });
});
