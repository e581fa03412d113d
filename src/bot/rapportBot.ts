import { ActivityHandler, ActivityTypes, MessageFactory, TurnContext } from 'botbuilder';
import type { Activity, ChannelAccount, InvokeResponse } from 'botbuilder';
import { TurnInput } from '../pipeline/turn';
import { Reply, ReplyAttachment } from '../vocabulary/reply';
import { TurnRunner } from '../pipeline/runTurn';
import { consentCard, FILE_CONSENT_INVOKE, fileConsentSchema, fileInfoCard, OfferedFiles, uploadFile } from './teamsFileConsent';

export interface RapportBotOptions {
  /** Files offered in Teams with a consent card (an /export), until the user answers. */
  offeredFiles?: OfferedFiles;
  /** How uploads to the user's OneDrive are sent; tests pass their own. */
  fetch?: typeof fetch;
}

/**
 * The Bot Framework edge: turns activities into pipeline input and replies into activities.
 * Nothing here knows about profiles or intents; what to say is the core's, also for the outcomes only
 * the edge sees (a Teams file upload), which it asks the core to word by content key (`notice`).
 */
export class RapportBot extends ActivityHandler {
  private readonly offeredFiles: OfferedFiles;

  constructor(
    private readonly runTurn: TurnRunner,
    private readonly options: RapportBotOptions = {},
  ) {
    super();
    this.offeredFiles = options.offeredFiles ?? new OfferedFiles();
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
    const replies = context.activity.channelId === 'msteams' ? result.replies.map((reply) => this.offerFiles(reply, input.userId)) : result.replies;
    if (replies.length > 0) await context.sendActivities(replies.map(toActivity));
  }

  /** Teams cannot take a file attached to a message: each one is offered with a consent card instead. */
  private offerFiles(reply: Reply, userId: string): Reply {
    if (!reply.attachments?.some(isFile)) return reply;
    const attachments = reply.attachments.map((attachment): ReplyAttachment => {
      if (!isFile(attachment)) return attachment;
      const bytes = Buffer.from(JSON.stringify(attachment.content, null, 2));
      return consentCard(attachment.name, reply.text, bytes.length, this.offeredFiles.offer(userId, attachment.name, bytes));
    });
    return { ...reply, attachments };
  }

  /** The user's answer to a consent card: upload the file to where Teams says, then show it. */
  protected async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name !== FILE_CONSENT_INVOKE) return super.onInvokeActivity(context);
    const parsed = fileConsentSchema.safeParse(context.activity.value);
    if (!parsed.success) return { status: 400, body: { error: 'Not a file consent answer' } };
    const { action, context: card, uploadInfo } = parsed.data;
    const file = this.offeredFiles.take(card.uploadId, context.activity.from.id);
    if (!file) return this.notice(context, 'export.expired');
    if (action === 'decline') return this.notice(context, 'export.declined');
    if (!uploadInfo) return this.notice(context, 'export.uploadFailed');
    try {
      await uploadFile(uploadInfo.uploadUrl, file.bytes, this.options.fetch);
    } catch {
      return this.notice(context, 'export.uploadFailed');
    }
    return this.notice(context, 'export.uploaded', [fileInfoCard(uploadInfo)]);
  }

  /** Says a content reply (in the user's tone) with optional attachments, and acknowledges the invoke. */
  private async notice(context: TurnContext, key: string, attachments: ReplyAttachment[] = []): Promise<InvokeResponse> {
    const result = await this.runTurn({ ...toTurnInput(context.activity, 'notice'), notice: key });
    const replies = result.replies.map((reply, i) => (i === 0 && attachments.length > 0 ? { ...reply, attachments } : reply));
    if (replies.length > 0) await context.sendActivities(replies.map(toActivity));
    return { status: 200 };
  }
}

/** A file to hand over (the JSON of /export), as opposed to a card. */
function isFile(attachment: ReplyAttachment): attachment is ReplyAttachment & { name: string } {
  return attachment.contentType === 'application/json' && typeof attachment.name === 'string';
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
