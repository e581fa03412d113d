import { Turn, TurnDependencies } from '../turn';

/** A message over the length limit is answered with the limit and not understood any further. */
export function rejectTooLong(turn: Turn, deps: TurnDependencies): void {
  if (turn.text.length <= deps.maxTextLength) return;
  turn.requests.push({ key: 'error.tooLong', values: { max: deps.maxTextLength } });
  turn.handled = true;
}
