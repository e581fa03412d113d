import type { BotSdk } from '../config/loadConfig';
import type { Reply } from '../vocabulary/reply';
import type { ActivityJson } from './activity';

export type { BotSdk };

/** How an activity posted to /api/messages went. */
export type InboundResult =
  /** The turn ran: answer with this status and body (expectReplies activities, an invoke answer). */
  | { kind: 'answered'; status: number; body?: unknown }
  /** The SDK refused the activity before the turn (its schema, a serviceUrl its token does not name): 400. */
  | { kind: 'invalid'; problems: string }
  /** The caller's token was refused: 401. */
  | { kind: 'unauthorized' }
  /** The turn never started for another reason (signing keys unreachable …): the server decides. */
  | { kind: 'notStarted'; error: unknown }
  /** The turn started and failed past onTurnError. */
  | { kind: 'failed'; error: unknown };

/** One turn as the SDK-neutral bot sees it: the activity as plain JSON and a way to answer. */
export interface EdgeTurn {
  readonly activity: ActivityJson;
  send(activities: ActivityJson[]): Promise<void>;
}

/** An invoke's answer (Teams file consent …); undefined from a handler means "not mine" (501). */
export interface InvokeAnswer {
  status: number;
  body?: unknown;
}

/** What the SDK edge runs for each turn, and after a turn fails. */
export interface EdgeBot {
  run(turn: EdgeTurn): Promise<InvokeAnswer | undefined>;
  onTurnError(turn: EdgeTurn, error: Error): Promise<void>;
}

/** What the server, the chat page, the push scheduler and the tools need from a Bot Framework SDK. */
export interface BotEdge {
  readonly sdk: BotSdk;
  /** /api/messages: checks the caller's token (when an app id is set), then runs the turn. */
  processInbound(authorization: string, activity: ActivityJson): Promise<InboundResult>;
  /**
   * Runs an activity as the bot's own, without a token (the built-in Direct Line, the tools), through
   * the same adapter, middleware and error handler; returns the replies instead of sending them.
   */
  runLocal: ActivityRunner;
  /** Proactive: opens a turn on a stored conversation reference and sends the replies there. */
  deliver(reference: Record<string, unknown>, replies: readonly Reply[]): Promise<void>;
}

/** Runs one activity through the bot and returns the activities it answered with. */
export type ActivityRunner = (activity: ActivityJson) => Promise<ActivityJson[]>;

/** The Bot Framework settings an SDK edge is built with (config). */
export interface EdgeSettings {
  appId: string;
  appPassword: string;
  appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  tenantId: string;
}

export type EdgeFactory = (bot: EdgeBot, settings: EdgeSettings) => BotEdge;
