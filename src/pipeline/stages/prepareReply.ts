import { buildReplyContext } from '../../personalization/replyContext';
import { applyChanges } from '../../profile/profileChanges';
import { Turn, TurnDependencies } from '../turn';

/** The profile as the turn's changes leave it, and the reply context (tone, stage, time of day) built from it. */
export function prepareReply(turn: Turn, deps: TurnDependencies): void {
  const preview = applyChanges(structuredClone(turn.loaded.profile), turn.changes);
  turn.view = { preview, context: buildReplyContext(turn.loaded.profile, preview, turn.now, turn.input.channelId, deps, turn.input.shared === true) };
}
