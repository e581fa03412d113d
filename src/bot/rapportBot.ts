import { ActivityHandler, ActivityTypes, MessageFactory, TurnContext } from 'botbuilder';
import type { Activity, ChannelAccount } from 'botbuilder';
import { Reply, TurnInput } from '../pipeline/turn';
import { TurnRunner } from '../pipeline/runTurn';

/**
 * The Bot Framework edge: turns activities into pipeline input and replies into activities.
 * Nothing here knows about profiles, intents or content.
 */
export class RapportBot extends ActivityHandler {
  constructor(private readonly runTurn: TurnRunner) {
    super();
    this.onMessage(async (context, next) => {
      await this.respond(context, toTurnInput(context.activity, 'message'));
      await next();
    });
    // A channel's "delete my data" request: the same erase as a confirmed /forget, without asking.
    this.onUnrecognizedActivityType(async (context, next) => {
      if (context.activity.type === ActivityTypes.DeleteUserData) await this.respond(context, toTurnInput(context.activity, 'eraseRequest'));
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      for (const member of newUsers(context.activity)) {
        const input = toTurnInput(context.activity, 'conversationStart');
        // The reference must name the member who joined, not whoever sent the update.
        await this.respond(context, { ...input, userId: member.id, ...(input.reference ? { reference: { ...input.reference, user: member } } : {}) });
      }
      await next();
    });
    // Installing the app (Teams) tells where the user can be reached, before they say anything.
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.respond(context, toTurnInput(context.activity, 'referenceUpdate'));
      await next();
    });
  }

  private async respond(context: TurnContext, input: TurnInput): Promise<void> {
    const result = await this.runTurn(input);
    if (result.replies.length > 0) await context.sendActivities(result.replies.map(toActivity));
  }
}

function toTurnInput(activity: Activity, kind: TurnInput['kind']): TurnInput {
  // Teams puts "<at>Rapport</at>" in the text of channel messages; drop our own mention first.
  const mentionsRemoved = activity.recipient ? TurnContext.removeRecipientMention(activity) : undefined;
  const typed = mentionsRemoved ?? activity.text ?? '';
  const text = kind === 'message' ? (typed.trim() || cardCommand(activity) || typed) : '';
  return {
    kind,
    channelId: activity.channelId,
    userId: activity.from.id,
    conversationId: activity.conversation.id,
    text,
    ...(activity.locale ? { locale: activity.locale } : {}),
    // Push messages go to one-to-one conversations only: a personal digest must never land in a group.
    ...(isShared(activity) ? { shared: true } : { reference: pushReference(activity) }),
  };
}

/** A conversation others read: a group chat or a Teams channel. */
function isShared(activity: Activity): boolean {
  const type = activity.conversation.conversationType;
  return activity.conversation.isGroup === true || type === 'channel' || type === 'groupChat';
}

/** The conversation reference without the id of this one message, which a push does not reply to. */
function pushReference(activity: Activity): Record<string, unknown> {
  const reference: Record<string, unknown> = { ...TurnContext.getConversationReference(activity) };
  delete reference.activityId;
  return reference;
}

/**
 * A card button pressed in Web Chat or the Emulator arrives as a message without text whose value holds
 * the command (Teams sends the command as text instead). Only a short slash command is taken.
 */
function cardCommand(activity: Activity): string | undefined {
  const value: unknown = activity.value;
  if (!value || typeof value !== 'object' || !('rapportCommand' in value)) return undefined;
  const command = value.rapportCommand;
  return typeof command === 'string' && command.startsWith('/') && command.length <= 200 ? command : undefined;
}

function newUsers(activity: Activity): ChannelAccount[] {
  return (activity.membersAdded ?? []).filter((member) => member.id && member.id !== activity.recipient?.id);
}

/** A reply as a Bot Framework activity; also used for push messages (src/notify/deliverer.ts). */
export function toActivity(reply: Reply): Partial<Activity> {
  const activity = reply.suggestedActions?.length ? MessageFactory.suggestedActions(reply.suggestedActions, reply.text) : MessageFactory.text(reply.text);
  if (reply.attachments?.length) activity.attachments = reply.attachments;
  return activity;
}
