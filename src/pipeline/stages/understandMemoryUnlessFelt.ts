import { Turn, TurnDependencies } from '../turn';
import { tellsFeeling } from './recognize';
import { understandMemory } from './understandMemory';

/**
 * Personal memory, except for what a message the model is sure tells a feeling or is conversational glue
 * only seems to say: "I'm a nervous wreck" is not a job. Questions about oneself ("what can't I eat?") and
 * statements made with a phrase of their own ("I can't eat shellfish") still count; names and facts read
 * from "I'm a …" do not. When memory answers, the intent model's guess did not shape the reply, so it is
 * not kept for /why or the remembered turn.
 */
export function understandMemoryUnlessFelt(turn: Turn, deps: TurnDependencies): void {
  const reading = deps.readMemory(turn.text);
  if (tellsFeeling(turn.recognition)) {
    understandMemory(turn, deps, { ...reading, name: undefined, facts: reading.facts.filter((fact) => !fact.loose) });
  } else understandMemory(turn, deps, reading);
  if (turn.handled) turn.recognition = undefined;
}
