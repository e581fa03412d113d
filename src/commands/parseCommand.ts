import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/levenshtein_distance';
import { CommandContext, CommandResult } from './command';
import { CommandRegistry } from './registry';

export interface ParsedCommand {
  args: string[];
  run(context: CommandContext): Promise<CommandResult> | CommandResult;
}

const MAX_COMMAND_NAME = 32;

/** `/name args...` becomes a runnable command; an unknown name gets a "did you mean" reply. */
export function parseCommand(text: string, registry: CommandRegistry): ParsedCommand | undefined {
  if (!text.startsWith('/')) return undefined;
  const [head = '', ...args] = text.slice(1).split(' ').filter(Boolean);
  const name = head.toLowerCase();
  const command = registry.find(name);
  if (command) return { args, run: (context) => command.run(context) };
  return { args, run: () => unknownCommand(name, registry) };
}

function unknownCommand(name: string, registry: CommandRegistry): CommandResult {
  const shown = name.slice(0, MAX_COMMAND_NAME);
  const suggestion = closestName(name, registry.names());
  return suggestion
    ? { replies: [{ key: 'command.suggest', values: { command: shown, suggestion }, suggestedActions: [`/${suggestion}`] }] }
    : { replies: [{ key: 'command.unknown', values: { command: shown } }] };
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
