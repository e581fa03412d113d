import type { EdgeTurn } from '../protocol/botEdge';
import { errorCode } from '../util/codedError';
import { Logger, safeError } from '../util/logger';

/** The one place a failed turn ends: log the code (never the message text), answer the user from content. */
export function createTurnErrorHandler(logger: Logger, apology: () => string) {
  return async function handleTurnError(turn: EdgeTurn, error: Error): Promise<void> {
    const activity = turn.activity;
    logger.error(
      { code: errorCode(error), err: safeError(error), channelId: activity.channelId, activityType: activity.type },
      'turn failed',
    );
    try {
      await turn.send([{ type: 'message', text: apology(), inputHint: 'acceptingInput' }]);
    } catch (sendError) {
      logger.error({ code: 'TURN_FAILED', err: safeError(sendError) }, 'could not tell the user about a failed turn');
    }
  };
}
