import { CloudAdapter, ConfigurationBotFrameworkAuthentication, StatusCodes } from 'botbuilder';
import type { Activity, ConversationReference, InvokeResponse, TurnContext } from 'botbuilder';
import { AuthenticationConstants, AuthenticationError, ClaimsIdentity } from 'botframework-connector';
import type { AuthenticateRequestResult } from 'botframework-connector';
import { referenceNamingBot, toActivity } from '../../protocol/activity';
import type { ActivityJson } from '../../protocol/activity';
import type { BotEdge, EdgeBot, EdgeSettings, EdgeTurn, InboundResult } from '../../protocol/botEdge';

/**
 * botbuilder's CloudAdapter, with its authenticate-and-run step opened to the server. `process()` would
 * also answer the HTTP request itself, printing every failure to the console and sending the internal
 * error's text to the client; the server answers instead, with a code.
 */
class RapportAdapter extends CloudAdapter {
  authenticateAndRun(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}

/** Rapport on botbuilder 4.23 (BOT_SDK=botbuilder, the default). */
export function createBotbuilderEdge(bot: EdgeBot, settings: EdgeSettings): BotEdge {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: settings.appId,
    MicrosoftAppPassword: settings.appPassword,
    MicrosoftAppType: settings.appType,
    MicrosoftAppTenantId: settings.tenantId,
  });
  const adapter = new RapportAdapter(auth);
  adapter.onTurnError = turnErrorHandler(bot);
  const logic = botbuilderLogic(bot);
  // Activities of the built-in Direct Line come with no token: they run as the bot's own, like a proactive turn.
  const claimsIdentity = new ClaimsIdentity(
    [
      { type: AuthenticationConstants.AudienceClaim, value: settings.appId },
      { type: AuthenticationConstants.AppIdClaim, value: settings.appId },
    ],
    true,
  );
  const local: AuthenticateRequestResult = {
    audience: AuthenticationConstants.ToChannelFromBotOAuthScope,
    claimsIdentity,
    connectorFactory: auth.createConnectorFactory(claimsIdentity),
  };

  return {
    sdk: 'botbuilder',
    async processInbound(authorization, activity): Promise<InboundResult> {
      let started = false;
      try {
        const response = await adapter.authenticateAndRun(authorization, activity as unknown as Activity, (context) => {
          started = true;
          return logic(context);
        });
        return { kind: 'answered', status: response?.status ?? StatusCodes.OK, body: response?.body };
      } catch (error) {
        if (started) return { kind: 'failed', error };
        if (isRefusedToken(error)) return { kind: 'unauthorized' };
        return { kind: 'notStarted', error };
      }
    },
    async runLocal(activity) {
      let replies: Array<Partial<Activity>> = [];
      await adapter.processActivityDirect(local, { ...(activity as unknown as Activity), deliveryMode: 'expectReplies' }, async (context) => {
        // The context is revoked when the turn ends, but this array lives on: taken before the bot runs,
        // it also collects the apology onTurnError sends after a failure.
        replies = context.bufferedReplyActivities;
        await logic(context);
      });
      return replies.map((reply) => ({ ...reply }) as ActivityJson);
    },
    // continueConversationAsync with the bot's app id opens a turn on the stored conversation
    // (authenticated like any reply) and the replies are sent there.
    async deliver(reference, replies) {
      const conversation = referenceNamingBot(reference, 'bot') as Partial<ConversationReference>;
      await adapter.continueConversationAsync(settings.appId, conversation, async (context) => {
        await context.sendActivities(replies.map((reply) => toActivity(reply) as Partial<Activity>));
      });
    },
  };
}

/**
 * A token botbuilder refused. Besides its own AuthenticationError it lets jsonwebtoken's errors through
 * (a bad signature under a key id the key set holds): the token's fault too, not a keys outage (503).
 */
function isRefusedToken(error: unknown): boolean {
  if (error instanceof AuthenticationError) return error.statusCode === StatusCodes.UNAUTHORIZED;
  return error instanceof Error && ['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError'].includes(error.name);
}

/** The bot as botbuilder's turn logic (also what a TestAdapter runs). */
export function botbuilderLogic(bot: EdgeBot): (context: TurnContext) => Promise<void> {
  return async (context) => {
    const answer = await bot.run(edgeTurn(context));
    // How botbuilder's ActivityHandler hands an invoke's answer to the adapter.
    if (answer && context.activity.type === 'invoke') await context.sendActivity({ type: 'invokeResponse', value: answer });
  };
}

export function turnErrorHandler(bot: EdgeBot): (context: TurnContext, error: Error) => Promise<void> {
  return (context, error) => bot.onTurnError(edgeTurn(context), error);
}

function edgeTurn(context: TurnContext): EdgeTurn {
  return {
    activity: context.activity as unknown as ActivityJson,
    send: async (activities) => {
      await context.sendActivities(activities as Array<Partial<Activity>>);
    },
  };
}
