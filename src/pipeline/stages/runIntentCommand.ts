import { Turn, TurnDependencies } from '../turn';
import { runCommandText } from './runCommand';
import { plainWords } from '../../util/plainWords';
import { untaughtQuestion } from './untaughtQuestion';
import { figureBeyondIntent } from './figureBeyondIntent';

/** Plain words ("be more formal") do what the command does, but only when the recognizer is sure. */
export const INTENT_COMMAND_MIN_SCORE = 0.6;

/**
 * An intent whose definition in dialogs/ names a `command` runs that command. Slots such as {name}
 * are filled from recognized entities; a slot with no entity leaves the intent to the normal replies.
 */
export async function runIntentCommand(turn: Turn, deps: TurnDependencies): Promise<void> {
  const recognition = turn.recognition;
  if (!recognition || recognition.score < INTENT_COMMAND_MIN_SCORE) return;
  const definition = deps.content.intents.get(recognition.intent);
  const template = definition?.command;
  if (!template) return;
  // "whose bf shouts answers" read as "be more concise": a question the intent was never taught as changes no setting.
  if (untaughtQuestion(recognition.intent, turn.text, deps)) return;
  // "$28 an hour, casual" read as "be more casual": a statement of a figure the command never reads changes no setting.
  if (figureBeyondIntent(turn, deps)) return;
  if (definition.commandNeeds && !saysAny(turn.text, definition.commandNeeds)) return;
  let missing = false;
  const text = template.replace(/\{([a-z]+)\}/g, (_, slot: string) => {
    const entity = recognition.entities.find((e) => e.type === slot);
    if (!entity) missing = true;
    return entity?.value ?? '';
  });
  if (!missing) await runCommandText(text, turn, deps);
}

/** Whether the message has one of the words or phrases, as whole words. */
function saysAny(text: string, words: readonly string[]): boolean {
  const said = ` ${plainWords(text)} `;
  return words.some((word) => said.includes(` ${plainWords(word)} `));
}
