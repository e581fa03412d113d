import { parseCommand } from '../../commands/parseCommand';
import { pendingAnswer } from '../../commands/pendingAnswer';
import { Turn, TurnDependencies } from '../turn';

/**
 * A slash command answers the turn by itself; the understanding stages then skip. A command's question
 * from last turn (/forget's "are you sure?") gets its answer first.
 */
export async function runCommand(turn: Turn, deps: TurnDependencies): Promise<void> {
  const answer = pendingAnswer(turn.loaded.profile, turn.text, deps.content);
  if (answer) turn.changes.push(...answer.changes);
  await runCommandText(answer?.text ?? turn.text, turn, deps);
}

/** Runs `text` as a command if it is one; true when it was. Also used for intents that map to commands. */
export async function runCommandText(text: string, turn: Turn, deps: TurnDependencies): Promise<boolean> {
  const parsed = parseCommand(text, deps.commands, deps.content);
  if (!parsed) return false;
  turn.notes.command = parsed.name;
  turn.handled = true;
  if (parsed.showsPersonalData && turn.input.shared) {
    // Not in front of others: the person can ask again in a one-to-one chat.
    turn.requests.push({ key: 'privacy.shared', values: { command: `/${parsed.name}` } });
    return true;
  }
  const result = await parsed.run({ args: parsed.args, profile: turn.loaded.profile, commands: deps.commands, content: deps.content, now: turn.now });
  turn.requests.push(...result.replies);
  turn.changes.push(...(result.changes ?? []));
  turn.erase ||= result.erase === true;
  return true;
}
