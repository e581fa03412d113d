import { Turn, TurnDependencies } from '../turn';

/**
 * Reads the shared item statistics a recommendation in this turn may rank with (cached for a few seconds,
 * see sharedItemStats.ts), so choosing replies stays synchronous.
 */
export async function readSharedStats(turn: Turn, deps: TurnDependencies): Promise<void> {
  if (deps.sharedItemStats && turn.input.kind === 'message') turn.shared = await deps.sharedItemStats.current(turn.now);
}
