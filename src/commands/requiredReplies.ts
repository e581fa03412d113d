import { ARGUMENT_PROBLEMS } from './arguments';
import { Command } from './command';
import { PARSE_REPLIES } from './parseCommand';

/**
 * Every reply key the commands can ask for, so a missing one stops the bot at start-up (with the file
 * and what to add) instead of failing a user's turn: each command's own (`replies`, its description)
 * and those of the parser and argument checks every command shares.
 */
export function commandReplies(commands: readonly Command[]): string[] {
  return [
    ...commands.flatMap((command) => [`command.${command.name}.description`, ...command.replies]),
    ...ARGUMENT_PROBLEMS.map((problem) => `argument.${problem}`),
    ...PARSE_REPLIES,
  ];
}
