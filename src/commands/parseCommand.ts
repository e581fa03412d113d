import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/levenshtein_distance';
import { Content } from '../content/content';
import { echoable } from './arguments';
import { plainWordsCommand } from './plainWords';
import { Command, CommandContext, CommandResult } from './command';
import { CommandRegistry } from './registry';

export interface ParsedCommand {
  /** The command's canonical name; undefined for an unknown one. */
  name?: string;
  args: string[];
  /** The command shows what is kept about the user (see Command). */
  showsPersonalData?: boolean;
  run(context: CommandContext): Promise<CommandResult> | CommandResult;
}

/** Replies for a mistyped command and a wrong argument, whatever the command. */
export const PARSE_REPLIES = ['command.unknown', 'command.unknownUnnamed', 'command.suggest', 'command.suggestUnnamed', 'command.usage', 'command.allowed'];

const MAX_COMMAND_NAME = 32;
/** Full-width slashes come from CJK keyboards; they mean the same. */
const SLASH = /^[/／]/u;

/**
 * `/name args...` becomes a runnable command; an unknown name gets a "did you mean" reply.
 * Without a slash, `tone formal` is a command only when the command says its arguments are valid for it
 * (so "help me with my tone" is left to the recognizer), or when the message is one of the plain-words
 * examples of a command in dialogs/ ("be more formal"). Teams mentions are already removed by then.
 */
export function parseCommand(text: string, registry: CommandRegistry, content?: Content): ParsedCommand | undefined {
  if (SLASH.test(text)) {
    const [head = '', ...args] = words(text.slice(1));
    const name = head.toLowerCase();
    const command = registry.find(name);
    if (command) return parsedAs(command, args);
    return { args, run: () => unknownCommand(name, args, registry) };
  }
  if (!content) return undefined;
  const [head = '', ...args] = words(text);
  const command = registry.find(head.toLowerCase());
  if (command?.acceptsBare?.(args, content, registry)) return parsedAs(command, args);
  const said = plainWordsCommand(text, content);
  return said ? parseCommand(said, registry) : undefined;
}

function parsedAs(command: Command, args: string[]): ParsedCommand {
  return { name: command.name, args, showsPersonalData: command.showsPersonalData === true, run: (context) => command.run(context) };
}

/** Words split on spaces, with the sentence's final "." "!" or "?" dropped: "/name Dana." is Dana. */
function words(text: string): string[] {
  const parts = text.split(' ').filter(Boolean);
  const last = parts.length - 1;
  if (last >= 0) parts[last] = parts[last].replace(/(?<=[\p{L}\p{N}])[.!?]+$/u, '');
  return parts;
}

function unknownCommand(name: string, args: readonly string[], registry: CommandRegistry): CommandResult {
  const suggestion = closestName(name, registry.names().filter((known) => known.length > 1));
  // The button retypes the whole command ("/tnoe formal" → "/tone formal") when the rest is plain words.
  const rest = args.join(' ');
  const action = suggestion && (rest === '' || !echoable(rest) ? `/${suggestion}` : `/${suggestion} ${rest}`);
  // A name that is not plain letters is not repeated: the channel would render its markup.
  const shown = echoable(name) && name.length <= MAX_COMMAND_NAME;
  if (suggestion && action) {
    return { replies: [{ key: shown ? 'command.suggest' : 'command.suggestUnnamed', values: shown ? { command: name, suggestion } : { suggestion }, suggestedActions: [action] }] };
  }
  return { replies: [shown ? { key: 'command.unknown', values: { command: name } } : { key: 'command.unknownUnnamed' }] };
}

/** The closest known name within a distance that still reads as a typo. */
export function closestName(typed: string, names: readonly string[]): string | undefined {
  if (typed.length === 0 || typed.length > MAX_COMMAND_NAME) return undefined;
  let best: { name: string; distance: number } | undefined;
  for (const name of names) {
    const distance = DamerauLevenshteinDistance(typed, name);
    if (!best || distance < best.distance) best = { name, distance };
  }
  const allowed = Math.max(1, Math.floor(typed.length / 3));
  return best && best.distance <= allowed ? best.name : undefined;
}
