import { Command, CommandResult } from '../command';
import { ReplyRequest } from '../../pipeline/turn';

/** `/help` lists every command with its usage; `/help name` explains one. */
export const helpCommand: Command = {
  name: 'help',
  aliases: ['commands', '?'],
  usage: '/help [command]',
  run({ args, commands }): CommandResult {
    const topic = args[0]?.replace(/^\//, '');
    if (topic) {
      const command = commands.find(topic);
      if (!command) return { replies: [{ key: 'help.unknownTopic', values: { command: topic.slice(0, 32) } }] };
      return { replies: [describe(command.name, command.usage)] };
    }
    const lines = commands.list().map((command) => ({ ...describe(command.name, command.usage), append: true }));
    return { replies: [{ key: 'help.header' }, ...lines, { key: 'help.footer', append: true }] };
  },
};

function describe(name: string, usage: string): ReplyRequest {
  return { key: 'help.command', values: { usage, description: { key: `command.${name}.description` } } };
}
