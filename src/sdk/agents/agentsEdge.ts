import { Activity } from '@microsoft/agents-activity';
import { CloudAdapter, TurnContext } from '@microsoft/agents-hosting';
import type { AuthConfiguration, Request as AgentsRequest } from '@microsoft/agents-hosting';
import { referenceNamingBot, toActivity } from '../../protocol/activity';
import type { ActivityJson } from '../../protocol/activity';
import type { BotEdge, EdgeBot, EdgeSettings, EdgeTurn, InboundResult } from '../../protocol/botEdge';
import { CapturedResponse, describeAgentsIssues, forAgents, isAgentsValidationError, toPlain, unavailableKeys } from './agentsWire';

type JwtPayload = ReturnType<typeof CloudAdapter.createIdentity>;

/** The issuer of the tokens Bot Framework channels send. */
const BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';

/**
 * The Agents SDK's CloudAdapter with two changes. Replies asked for with `expectReplies` are buffered,
 * so no connector client (and no token for one) is made for them, as in botbuilder. And a turn can run
 * directly as the bot's own (the built-in Direct Line), as botbuilder's `processActivityDirect` does.
 */
class RapportAgentsAdapter extends CloudAdapter {
  protected resolveIfConnectorClientIsNeeded(activity: Activity): boolean {
    return activity.deliveryMode === 'expectReplies' ? false : super.resolveIfConnectorClientIsNeeded(activity);
  }

  async runDirect(activity: Activity, identity: JwtPayload, logic: (context: TurnContext) => Promise<void>): Promise<Activity[]> {
    const context = new TurnContext(this, activity, identity);
    // Taken before the turn: the context is revoked when it ends, this array lives on.
    const replies = context.bufferedReplyActivities;
    await this.runMiddleware(context, logic);
    return replies;
  }
}

/** Rapport on the Microsoft 365 Agents SDK (BOT_SDK=agents). */
export function createAgentsEdge(bot: EdgeBot, settings: EdgeSettings): BotEdge {
  const adapter = new RapportAgentsAdapter(authConfiguration(settings), undefined, undefined, {
    // Without it a token's serviceurl claim that does not match the activity is only a warning.
    validateServiceUrl: true,
  });
  adapter.onTurnError = (context, error) => bot.onTurnError(edgeTurn(context, toPlain(context.activity)), error);
  const logicFor = (original: ActivityJson) => async (context: TurnContext): Promise<void> => {
    // The bot reads the activity exactly as it arrived, as under botbuilder; the SDK's copy is normalized.
    const answer = await bot.run(edgeTurn(context, original));
    if (answer && context.activity.type === 'invoke') await context.sendActivity(Activity.fromObject({ type: 'invokeResponse', value: answer }));
  };
  const identity = CloudAdapter.createIdentity(settings.appId);

  return {
    sdk: 'agents',
    async processInbound(authorization, original): Promise<InboundResult> {
      // The SDK sends no reply at all for an activity without a recipient (it cannot make the reference).
      const normalized = forAgents(original.recipient ? original : { ...original, recipient: { id: settings.appId || 'bot', role: 'bot' } });
      try {
        Activity.fromObject(normalized);
      } catch (error) {
        if (isAgentsValidationError(error)) return { kind: 'invalid', problems: describeAgentsIssues(error) };
        return { kind: 'notStarted', error };
      }
      // process() does not check the caller's token itself: the SDK's JWT middleware runs first.
      const request: AgentsRequest = { method: 'POST', headers: { authorization }, body: normalized };
      const refusal = new CapturedResponse();
      let authorized = false;
      await adapter.authorizeRequest(request, refusal.asExpress(), () => {
        authorized = true;
      });
      if (!authorized) return unavailableKeys(refusal) ? { kind: 'notStarted', error: new Error('signing keys unavailable') } : { kind: 'unauthorized' };
      if (!serviceUrlMatchesToken(request.user, original.serviceUrl)) return { kind: 'unauthorized' };
      const response = new CapturedResponse();
      let started = false;
      const logic = logicFor(original);
      try {
        await adapter.process(request, response.asExpress(), (context) => {
          started = true;
          return logic(context);
        });
      } catch (error) {
        return started ? { kind: 'failed', error } : { kind: 'notStarted', error };
      }
      // The SDK ends a request it refuses before the turn (no type or conversation) with a bare 400.
      if (!started && response.status === 400) return { kind: 'invalid', problems: 'activity: the activity has no type or conversation.' };
      return { kind: 'answered', status: response.status ?? 200, body: plainBody(response.body) };
    },
    async runLocal(original) {
      const activity = { ...original, deliveryMode: 'expectReplies' };
      const replies = await adapter.runDirect(Activity.fromObject(forAgents(activity)), identity, logicFor(activity));
      return replies.map(toPlain);
    },
    async deliver(reference, replies) {
      const conversation = forAgents(referenceNamingBot(reference, 'agent')) as unknown as Parameters<CloudAdapter['continueConversation']>[1];
      // An identity rather than the bare app id: the SDK refuses an empty one (no MicrosoftAppId, local use).
      await adapter.continueConversation(identity, conversation, async (context) => {
        await context.sendActivities(replies.map((reply) => Activity.fromObject(forAgents(toActivity(reply)))));
      });
    },
  };
}

/**
 * A channel's token names the service its replies go to (`serviceurl`): as botbuilder does, the activity
 * must name the very same URL, and a Bot Framework channel token without the claim is refused. The SDK's
 * own check (turned on above) compares host names only, skips a missing claim and answers a bare 400; a
 * token used for another service is the caller's fault, 401 on both SDKs. Tokens Entra issues (the Agents
 * SDK also accepts those) carry no such claim.
 */
function serviceUrlMatchesToken(user: AgentsRequest['user'], serviceUrl: string | undefined): boolean {
  const claims = user as { serviceurl?: unknown; iss?: unknown } | undefined;
  if (typeof claims?.serviceurl === 'string') return claims.serviceurl === serviceUrl;
  return claims?.iss !== BOT_FRAMEWORK_ISSUER;
}

/**
 * botbuilder's settings in the Agents SDK's terms: a client secret, or a user-assigned managed identity;
 * single or multi-tenant follows whether a tenant id is given.
 */
function authConfiguration(settings: EdgeSettings): AuthConfiguration {
  if (!settings.appId) return {};
  return {
    clientId: settings.appId,
    ...(settings.appType === 'UserAssignedMSI' ? { authType: 'UserManagedIdentity' } : { clientSecret: settings.appPassword, authType: 'ClientSecret' }),
    ...(settings.appType === 'SingleTenant' && settings.tenantId ? { tenantId: settings.tenantId } : {}),
  } as AuthConfiguration;
}

function edgeTurn(context: TurnContext, activity: ActivityJson): EdgeTurn {
  return {
    activity,
    send: async (activities) => {
      await context.sendActivities(activities.map((sent) => Activity.fromObject(forAgents(sent))));
    },
  };
}

/** expectReplies bodies hold the SDK's Activity objects: plain JSON before they leave. */
function plainBody(body: unknown): unknown {
  if (body && typeof body === 'object' && Array.isArray((body as { activities?: unknown }).activities)) {
    return { ...body, activities: (body as { activities: Activity[] }).activities.map(toPlain) };
  }
  return body;
}
