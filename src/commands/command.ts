import { Content } from '../content/content';
import { ProfileChange } from '../profile/profileChanges';
import { UserProfile } from '../profile/userProfile';
import { ReplyRequest } from '../pipeline/turn';
import type { CommandRegistry } from './registry';

export interface CommandContext {
  /** The words after the command name, as typed. */
  args: string[];
  profile: UserProfile;
  commands: CommandRegistry;
  content: Content;
  now: Date;
}

export interface CommandResult {
  replies: ReplyRequest[];
  changes?: ProfileChange[];
  /** Erase everything kept about the user (after they confirmed), instead of saving the profile. */
  erase?: boolean;
}

/**
 * One slash command. Its texts live in dialogs/: `command.<name>.description` for /help,
 * and whatever reply keys `run` returns.
 */
export interface Command {
  name: string;
  aliases: string[];
  /** How to type it, e.g. "/help [command]". Syntax, not prose, so it lives with the code. */
  usage: string;
  run(context: CommandContext): Promise<CommandResult> | CommandResult;
}
