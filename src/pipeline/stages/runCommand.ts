import { parseCommand } from '../../commands/parseCommand';
import { Turn, TurnDependencies } from '../turn';

/** A slash command answers the turn by itself; the understanding stages then skip. */
export async function runCommand(turn: Turn, deps: TurnDependencies): Promise<void> {
  await runCommandText(turn.text, turn, deps);
}

/** Runs `text` as a command if it is one; true when it was. Also used for intents that map to commands. */
export async function runCommandText(text: string, turn: Turn, deps: TurnDependencies): Promise<boolean> {
  const parsed = parseCommand(text, deps.commands);
  if (!parsed) return false;
  const result = await parsed.run({ args: parsed.args, profile: turn.loaded.profile, commands: deps.commands, content: deps.content, now: turn.now });
  turn.requests.push(...result.replies);
  turn.changes.push(...(result.changes ?? []));
  turn.erase ||= result.erase === true;
  turn.handled = true;
  return true;
}
