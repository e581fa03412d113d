import type { AccountJson, ActivityJson } from '../protocol/activity';
import { referenceOf, textWithoutOwnMention, toActivity } from '../protocol/activity';
import type { EdgeTurn, InvokeAnswer } from '../protocol/botEdge';
import { TurnInput } from '../pipeline/turn';
import { Reply, ReplyAttachment } from '../vocabulary/reply';
import { TurnRunner } from '../pipeline/runTurn';
import { consentCard, FILE_CONSENT_INVOKE, fileConsentSchema, fileInfoCard, OfferedFiles, uploadFile } from './teamsFileConsent';

export interface RapportBotOptions {
  /** Files offered in Teams with a consent card (an /export), until the user answers. */
  offeredFiles?: OfferedFiles;
  /** How uploads to the user's OneDrive are sent; tests pass their own. */
  fetch?: typeof fetch;
  /**
   * The writer's debug view (DEBUG_VIEW, never in production): a message whose channelData asks for it
   * (`rapportDebug: true`) gets, on each reply, why the bot answered so (its own turn only).
   */
  debugView?: boolean;
}

/** The channelData field that asks for the debug view on a message, and carries it on the replies. */
export const DEBUG_CHANNEL_DATA = 'rapportDebug';

/**
 * The bot at the edge: turns activities into pipeline input and replies into activities. It reads and
 * writes plain activity JSON, so the same bot runs on botbuilder and on the Agents SDK (src/sdk/).
 * Nothing here knows about profiles or intents; what to say is the core's, also for the outcomes only
 * the edge sees (a Teams file upload), which it asks the core to word by content key (`notice`).
 */
export class RapportBot {
  private readonly offeredFiles: OfferedFiles;

  constructor(
    private readonly runTurn: TurnRunner,
    private readonly options: RapportBotOptions = {},
  ) {
    this.offeredFiles = options.offeredFiles ?? new OfferedFiles();
  }

  /** One turn, dispatched on the activity type as the SDKs' ActivityHandler does. An invoke's answer, if ours. */
  async run(turn: EdgeTurn): Promise<InvokeAnswer | undefined> {
    const { activity } = turn;
    switch (activity.type) {
      case 'message':
        return void (await this.respond(turn, { ...toTurnInput(activity, 'message'), ...(this.options.debugView === true && asksForDebug(activity) ? { debug: true } : {}) }));
      // A channel's "delete my data" request: the same erase as a confirmed /forget, without asking.
      case 'deleteUserData':
        return void (await this.respond(turn, toTurnInput(activity, 'eraseRequest')));
      case 'conversationUpdate':
        for (const member of newUsers(activity)) {
          const input = toTurnInput(activity, 'conversationStart');
          // The reference must name the member who joined, not whoever sent the update.
          await this.respond(turn, { ...input, userId: member.id, ...(input.reference ? { reference: { ...input.reference, user: member } } : {}) });
        }
        return undefined;
      // Installing the app (Teams) tells where the user can be reached, before they say anything.
      case 'installationUpdate':
        if (activity.action === 'add' || activity.action === 'add-upgrade') await this.respond(turn, toTurnInput(activity, 'referenceUpdate'));
        return undefined;
      case 'invoke':
        return activity.name === FILE_CONSENT_INVOKE ? this.fileConsent(turn) : undefined;
      default:
        return undefined;
    }
  }

  private async respond(turn: EdgeTurn, input: TurnInput): Promise<void> {
    const result = await this.runTurn(input);
    const replies = turn.activity.channelId === 'msteams' ? result.replies.map((reply) => this.offerFiles(reply, input.userId)) : result.replies;
    const activities = replies.map(toActivity);
    // The turn's own reasons go back with its own replies, to the conversation that asked, and nowhere else.
    if (input.debug && result.debug) {
      const debug = result.debug;
      activities.forEach((activity, i) => (activity.channelData = { [DEBUG_CHANNEL_DATA]: { ...(i === 0 ? { turn: debug } : {}), reply: replyDebug(replies[i]) } }));
    }
    if (activities.length > 0) await turn.send(activities);
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
  private async fileConsent(turn: EdgeTurn): Promise<InvokeAnswer> {
    const parsed = fileConsentSchema.safeParse(turn.activity.value);
    if (!parsed.success) return { status: 400, body: { error: 'Not a file consent answer' } };
    const { action, context: card, uploadInfo } = parsed.data;
    const file = this.offeredFiles.take(card.uploadId, turn.activity.from?.id ?? '');
    if (!file) return this.notice(turn, 'export.expired');
    if (action === 'decline') return this.notice(turn, 'export.declined');
    if (!uploadInfo) return this.notice(turn, 'export.uploadFailed');
    try {
      await uploadFile(uploadInfo.uploadUrl, file.bytes, this.options.fetch);
    } catch {
      return this.notice(turn, 'export.uploadFailed');
    }
    return this.notice(turn, 'export.uploaded', [fileInfoCard(uploadInfo)]);
  }

  /** Says a content reply (in the user's tone) with optional attachments, and acknowledges the invoke. */
  private async notice(turn: EdgeTurn, key: string, attachments: ReplyAttachment[] = []): Promise<InvokeAnswer> {
    const result = await this.runTurn({ ...toTurnInput(turn.activity, 'notice'), notice: key });
    const replies = result.replies.map((reply, i) => (i === 0 && attachments.length > 0 ? { ...reply, attachments } : reply));
    if (replies.length > 0) await turn.send(replies.map(toActivity));
    return { status: 200 };
  }
}

function asksForDebug(activity: ActivityJson): boolean {
  const data: unknown = activity.channelData;
  return typeof data === 'object' && data !== null && 'rapportDebug' in data && data.rapportDebug === true;
}

/** How one reply was worded: its key, the variants chosen (`key:tone:index`), their tone, the conditions that held. */
function replyDebug(reply: Reply): { key: string; variants: string[]; tones: string[]; matched: string[] } {
  const tones = [...new Set(reply.variants.map((id) => id.split(':').at(-2) ?? 'any'))];
  return { key: reply.key, variants: reply.variants, tones, matched: reply.matched };
}

/** A file to hand over (the JSON of /export), as opposed to a card. */
function isFile(attachment: ReplyAttachment): attachment is ReplyAttachment & { name: string } {
  return attachment.contentType === 'application/json' && typeof attachment.name === 'string';
}

function toTurnInput(activity: ActivityJson, kind: TurnInput['kind']): TurnInput {
  // Teams puts "<at>Rapport</at>" in the text of channel messages; drop our own mention first.
  const typed = textWithoutOwnMention(activity);
  const text = kind === 'message' ? (typed.trim() || cardCommand(activity) || typed) : '';
  return {
    kind,
    channelId: activity.channelId ?? '',
    userId: activity.from?.id ?? '',
    conversationId: activity.conversation?.id ?? '',
    text,
    ...(activity.locale ? { locale: activity.locale } : {}),
    // Push messages go to one-to-one conversations only: a personal digest must never land in a group.
    ...(isShared(activity) ? { shared: true } : { reference: referenceOf(activity) }),
  };
}

/** A conversation others read: a group chat or a Teams channel. */
function isShared(activity: ActivityJson): boolean {
  const type = activity.conversation?.conversationType;
  return activity.conversation?.isGroup === true || type === 'channel' || type === 'groupChat';
}

/**
 * A card button pressed in Web Chat or the Emulator arrives as a message without text whose value holds
 * the command (Teams sends the command as text instead). Only a short slash command is taken.
 */
function cardCommand(activity: ActivityJson): string | undefined {
  const value: unknown = activity.value;
  if (!value || typeof value !== 'object' || !('rapportCommand' in value)) return undefined;
  const command = value.rapportCommand;
  return typeof command === 'string' && command.startsWith('/') && command.length <= 200 ? command : undefined;
}

/** Members who joined, other than the bot; none without a recipient (as the SDKs' ActivityHandler). */
function newUsers(activity: ActivityJson): AccountJson[] {
  const self = activity.recipient?.id;
  if (!self) return [];
  return (activity.membersAdded ?? []).filter((member) => member.id && member.id !== self);
}
