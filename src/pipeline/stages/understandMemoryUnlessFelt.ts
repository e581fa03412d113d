import { Turn, TurnDependencies } from '../turn';
import { tellsFeeling } from './recognize';
import { understandMemory } from './understandMemory';

/**
 * Personal memory, except for a message the model is sure tells a feeling or is conversational glue:
 * "I'm a nervous wreck" is not a job, "I'm a huge fan of this bot" not a like. When memory answers,
 * the intent model's guess did not shape the reply, so it is not kept for /why or the remembered turn.
 */
export function understandMemoryUnlessFelt(turn: Turn, deps: TurnDependencies): void {
  if (tellsFeeling(turn.recognition)) return;
  understandMemory(turn, deps);
  if (turn.handled) turn.recognition = undefined;
}
