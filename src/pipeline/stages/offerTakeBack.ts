import { forgottenBetween } from '../../profile/forgotten';
import { replyView, type Turn, type TurnDependencies } from '../turn';

/**
 * A message that asked to forget something and forgot it: what it took is kept aside (in memory, for the next
 * message only: src/profile/forgetUndo.ts) and the reply says it can be taken back.
 */
export function offerTakeBack(turn: Turn, deps: TurnDependencies): void {
  if (!deps.forgetUndo || turn.input.kind !== 'message' || !turn.requests.some((request) => request.key === 'memory.forgot')) return;
  const forgotten = forgottenBetween(turn.loaded.profile, replyView(turn).preview);
  if (!forgotten) return;
  turn.forgotten = forgotten;
  turn.requests.push({ key: 'memory.takeBackHint' });
}
