import { Turn, TurnDependencies } from '../turn';

export async function recognize(turn: Turn, deps: TurnDependencies): Promise<void> {
  turn.recognition = await deps.recognizer.recognize(turn.text);
}
