import { parseCommand } from '../../commands/parseCommand';
import { Turn, TurnDependencies } from '../turn';

/** A slash command answers the turn by itself; the understanding stages then skip. */
export async function runCommand(turn: Turn, deps: TurnDependencies): Promise<void> {
  const parsed = parseCommand(turn.text, deps.commands);
  if (!parsed) return;
  const result = await parsed.run({ args: parsed.args, profile: turn.loaded.profile, commands: deps.commands, content: deps.content, now: turn.now });
  turn.requests.push(...result.replies);
  turn.changes.push(...(result.changes ?? []));
  turn.handled = true;
}
