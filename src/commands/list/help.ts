import { echoable } from '../arguments';
import { Command, COMMAND_GROUPS, CommandLookup, CommandResult } from '../command';
import { closestName } from '../parseCommand';
import { Content } from '../../content/content';
import { ReplyRequest } from '../../vocabulary/reply';

/** `/help` lists the commands by group with their usage; `/help name` explains one, with examples. */
export const helpCommand: Command = {
  name: 'help',
  aliases: ['commands', '?'],
  usage: '/help [command]',
  group: 'help',
  replies: ['help.header', 'help.footer', 'help.command', 'help.unknownTopic', ...COMMAND_GROUPS.map((group) => `help.group.${group}`)],
  // "help tone" (a command's own name) is a command; "help", "help me" and "help me with my tone" are sentences.
  acceptsBare: (args, _content, commands) => args.length === 1 && commands.find(args[0])?.name === args[0].toLowerCase(),
  run({ args, commands, content }): CommandResult {
    const topic = args.join(' ').replace(/^\//, '').toLowerCase();
    return topic ? explain(topic, commands, content) : list(commands);
  },
};

function list(commands: CommandLookup): CommandResult {
  const replies: ReplyRequest[] = [{ key: 'help.header' }];
  for (const group of COMMAND_GROUPS) {
    const members = commands.list().filter((command) => command.group === group);
    if (members.length === 0) continue;
    replies.push({ key: `help.group.${group}`, append: true });
    replies.push(...members.map((command) => ({ ...describe(command), append: true })));
  }
  replies.push({ key: 'help.footer', append: true });
  return { replies };
}

function explain(topic: string, commands: CommandLookup, content: Content): CommandResult {
  const command = commands.find(topic);
  if (!command) {
    const suggestion = closestName(topic, commands.names().filter((name) => name.length > 1));
    const first: ReplyRequest = echoable(topic) ? { key: 'help.unknownTopic', values: { command: topic } } : { key: 'command.unknownUnnamed' };
    return { replies: [{ ...first, ...(suggestion ? { suggestedActions: [`/help ${suggestion}`] } : {}) }] };
  }
  const examples = `command.${command.name}.examples`;
  return { replies: [describe(command), ...(content.replies.has(examples) ? [{ key: examples, append: true }] : [])] };
}

function describe(command: Command): ReplyRequest {
  return { key: 'help.command', values: { usage: command.usage, description: { key: `command.${command.name}.description` } } };
}
