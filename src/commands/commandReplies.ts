import { Command, CommandResult } from './command';
import { ReplyRequest } from '../vocabulary/reply';

/** The usage of a command, its description, and the values it accepts: the answer to a wrong argument. */
export function usageOf(command: Command, allowed: readonly string[] = []): CommandResult {
  const replies: ReplyRequest[] = [{ key: 'command.usage', values: { usage: command.usage, description: { key: `command.${command.name}.description` } } }];
  if (allowed.length > 0) replies.push({ key: 'command.allowed', values: { allowed: allowed.join(', ') }, append: true });
  return { replies };
}

/** The one reply a command gives when it has nothing else to say or change. */
export function reply(key: string, values?: ReplyRequest['values']): CommandResult {
  return { replies: [{ key, ...(values ? { values } : {}) }] };
}
