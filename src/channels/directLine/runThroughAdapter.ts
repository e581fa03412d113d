import type { Activity, ActivityHandler, CloudAdapter, TurnContext } from 'botbuilder';
import { AuthenticationConstants, ClaimsIdentity } from 'botframework-connector';
import type { AuthenticateRequestResult, BotFrameworkAuthentication } from 'botframework-connector';

/** Runs one activity through the bot and returns the activities it answered with. */
export type ActivityRunner = (activity: Activity) => Promise<Array<Partial<Activity>>>;

export interface AdapterRunnerOptions {
  adapter: CloudAdapter;
  /** Any Bot Framework bot: the server knows botbuilder's contract, not Rapport's. */
  bot: ActivityHandler;
  /** The same authentication the adapter was built with. */
  auth: BotFrameworkAuthentication;
  appId: string;
}

/**
 * The Direct Line endpoint is part of this server, so its activities do not come with a Bot Framework
 * token: they are run as the bot's own (like a proactive turn) through the SAME adapter, middleware and
 * onTurnError as /api/messages. `expectReplies` makes the adapter buffer the replies instead of sending them.
 */
export function createAdapterRunner({ adapter, bot, auth, appId }: AdapterRunnerOptions): ActivityRunner {
  const claimsIdentity = new ClaimsIdentity(
    [
      { type: AuthenticationConstants.AudienceClaim, value: appId },
      { type: AuthenticationConstants.AppIdClaim, value: appId },
    ],
    true,
  );
  const request: AuthenticateRequestResult = {
    audience: AuthenticationConstants.ToChannelFromBotOAuthScope,
    claimsIdentity,
    connectorFactory: auth.createConnectorFactory(claimsIdentity),
  };
  return async (activity) => {
    let replies: Array<Partial<Activity>> = [];
    await adapter.processActivityDirect(request, { ...activity, deliveryMode: 'expectReplies' }, async (context: TurnContext) => {
      // The context is revoked when the turn ends, but this array lives on: taken before the bot runs,
      // it also collects the apology onTurnError sends after a failure.
      replies = context.bufferedReplyActivities;
      await bot.run(context);
    });
    return [...replies];
  };
}
