import { Content } from '../content/content';
import { ProfileChange } from '../profile/profileChanges';
import { UserProfile } from '../profile/userProfile';
import { ReplyRequest } from '../vocabulary/reply';

export interface CommandContext {
  /** The words after the command name, as typed. */
  args: string[];
  profile: UserProfile;
  commands: CommandLookup;
  content: Content;
  now: Date;
}

/** The commands a command can see (/help lists them): the registry, by name and alias. */
export interface CommandLookup {
  find(name: string): Command | undefined;
  list(): readonly Command[];
  /** Every name and alias, for typo suggestions. */
  names(): string[];
}

export interface CommandResult {
  replies: ReplyRequest[];
  changes?: ProfileChange[];
  /** Erase everything kept about the user (after they confirmed), instead of saving the profile. */
  erase?: boolean;
}

/** Where /help lists a command; each group's heading is `help.group.<group>` in dialogs/. */
export const COMMAND_GROUPS = ['personalize', 'privacy', 'help'] as const;
export type CommandGroup = (typeof COMMAND_GROUPS)[number];

/**
 * One slash command. Its texts live in dialogs/: `command.<name>.description` for /help,
 * and whatever reply keys `run` returns.
 */
export interface Command {
  name: string;
  aliases: string[];
  /** How to type it, e.g. "/help [command]". Syntax, not prose, so it lives with the code. */
  usage: string;
  group: CommandGroup;
  /** Every reply key `run` can ask for (its description, `command.<name>.description`, is implied): checked at start-up. */
  replies: readonly string[];
  /** It shows what is kept about the user, so it only answers in a one-to-one conversation. */
  showsPersonalData?: boolean;
  /**
   * Whether `name args` typed without the slash ("tone formal") surely means this command. Only when
   * the arguments are valid for it, so that "help me with my tone" stays an ordinary sentence. Teams
   * lists a command that has this without its slash in its command menu.
   */
  acceptsBare?(args: readonly string[], content: Content, commands: CommandLookup): boolean;
  run(context: CommandContext): Promise<CommandResult> | CommandResult;
}
