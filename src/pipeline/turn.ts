import type { AnsweredTopic, UserProfile } from '../profile/userProfile';
import type { ReplyContext } from '../personalization/replyContext';
import type { StageClock } from './stageTimings';
import { Content } from '../content/content';
import { LoadedProfile, ProfileRepository } from '../profile/profileRepository';
import { ProfileChange } from '../profile/profileChanges';
import { Recognition, Recognizer } from '../nlu/recognizer';
import { CommandRegistry } from '../commands/registry';
import { Clock } from '../util/clock';
import { Random } from '../util/random';
import { TopicMentions } from '../personalization/topicMentions';
import type { RequestedTopics } from '../personalization/requestedTopics';
import type { Catalog } from '../personalization/catalog';
import type { RecommendRequest, SharedSignals } from '../personalization/recommend/recommend';
import type { SharedItemStats } from '../personalization/recommend/sharedItemStats';
import type { MemoryReading } from '../personalization/memory/readMemory';
import type { Reason } from '../vocabulary/explanation';
import type { Reply, ReplyRequest } from '../vocabulary/reply';
import type { ForgetUndo } from '../profile/forgetUndo';
import type { Forgotten } from '../profile/forgotten';

/** What arrives from a channel, already stripped of channel specifics. */
export interface TurnInput {
  /** `eraseRequest`: the channel asks to delete the user's data (Bot Framework `deleteUserData`); no confirmation. */
  /** `referenceUpdate`: only says where the user can be reached (an app install); nothing is answered. */
  /** `notice`: the edge tells the user how something it did for them went (the `notice` reply key). */
  kind: 'message' | 'conversationStart' | 'eraseRequest' | 'referenceUpdate' | 'notice';
  channelId: string;
  userId: string;
  conversationId: string;
  text: string;
  locale?: string;
  /**
   * Where the user can be reached later for push messages: the channel's conversation reference, opaque
   * to the core (stored as is, bounded). Only for one-to-one conversations, never a group's.
   */
  reference?: Record<string, unknown>;
  /**
   * Other people read this conversation (a Teams channel or group chat): replies must not show what is
   * kept about the user. Commands that would (/profile, /export, /why) are answered "ask me in private".
   */
  shared?: boolean;
  /** For a `notice`: the content key of what to say, in the user's tone. */
  notice?: string;
  /**
   * The person asked why the bot answers as it does (the writer's debug view, development only): the
   * result carries a TurnDebug. Set by the edge only when the debug view is on.
   */
  debug?: boolean;
}

/** Everything a turn needs from the outside. Built once at start-up. */
export interface TurnDependencies {
  content: Content;
  profiles: ProfileRepository;
  recognizer: Recognizer;
  commands: CommandRegistry;
  clock: Clock;
  random: Random;
  /** Times the stages for traces (default: the high-resolution wall clock). */
  stageClock?: StageClock;
  /** Reads a bare answer ("Dana") to the name question; undefined when it is not clearly a name. */
  validateName(typed: string): string | undefined;
  lapsedAfterMs: number;
  catalog: Catalog;
  /** Topics named in free text (from `topic.*` lists in dialogs/). */
  topicMentions: TopicMentions;
  /** The topic a recommendation request asks for in everyday words ("what should I cook tonight?"). */
  requestedTopics(text: string): RequestedTopics;
  /** A city's canonical name and IANA time zone. */
  findCity(text: string): { city: string; timeZone: string; typo?: boolean } | undefined;
  /** Time zone for people whose zone is unknown. */
  defaultTimeZone: string;
  maxTextLength: number;
  /** Offer push messages once (src/notify/): only where a scheduler can deliver them. */
  offerNotifications: boolean;
  /** Reads what a message says about the person (facts, name, questions, "forget ..."); see personalization/memory. */
  readMemory(text: string): MemoryReading;
  /** "dog" → "dogs", for answers about several. */
  pluralize(noun: string): string;
  /** The categories a value belongs to (WordNet): "jazz" → music. */
  categoriesOf(value: string): string[];
  /** Who runs this copy of the bot (OPERATOR_NAME), said when someone asks who is behind it. */
  operator?: string;
  /** What the bot knows across people for recommendations (absent: content fit alone). */
  sharedItemStats?: SharedItemStats;
  /** The note ranker's weights (absent: data/noteRank.json's). */
  noteRankWeights?: readonly number[];
  /** What each person's last forget took, for a take-back by their next message (absent: forgets cannot be taken back). */
  forgetUndo?: ForgetUndo;
}

export interface TurnNotes {
  recommendation?: { itemId: string; reasons: Reason[] };
  /** The slash command that answered the turn, if any. */
  command?: string;
  /** Feedback on the last recommendation (👍 👎 …), if that is what the message was. */
  feedback?: string;
  /** The fact kinds the message stated or asked about, for /why. */
  memory?: { kinds: string[] };
  /** What a memory answer was about, kept with the turn for a follow-up that leans on it. */
  answered?: AnsweredTopic;
  /** Something the person said about themselves was kept in their own words (a note). */
  keptNote?: boolean;
  /** The message took back what it said itself ("…, but please forget that"): its text is not kept with the turn. */
  takenBack?: boolean;
}

/**
 * A step of understanding a message. Every stage has this shape: it reads the turn and records what it
 * decided on it (reply requests, profile changes, notes, `handled`); none writes the store.
 */
export type Stage = (turn: Turn, deps: TurnDependencies) => void | Promise<void>;

/** The state a turn carries from stage to stage. */
export interface Turn {
  input: TurnInput;
  now: Date;
  /** The message text after normalization. */
  text: string;
  loaded: LoadedProfile;
  recognition?: Recognition;
  /** Set by a stage that answered the turn (a command, a pending question). Later understanding stages skip. */
  handled: boolean;
  requests: ReplyRequest[];
  changes: ProfileChange[];
  /** What shaped this turn's replies beyond the intent, for /why. */
  notes: TurnNotes;
  /** The shared item statistics for this turn's ranking, read before replies are chosen. */
  shared?: SharedSignals;
  /** Set when a stage wants a recommendation in the reply (e.g. "more like this"). */
  wantsRecommendation?: RecommendRequest;
  /** Set by /forget (after confirmation): erase everything kept about the user instead of saving. */
  erase: boolean;
  /** What the person's last message asked to forget, while this message may still take it back. */
  undo?: Forgotten;
  /** What this message asked to forget and forgot: held after the save for the next message to take back. */
  forgotten?: Forgotten;
  /** Set by `prepareReply`: the profile as this turn leaves it, and what tailors the replies (tone, stage …). */
  view?: ReplyView;
  replies: Reply[];
}

export interface ReplyView {
  preview: UserProfile;
  context: ReplyContext;
}

/** The reply view of a turn past `prepareReply`; the stages after it rely on it. */
export function replyView(turn: Turn): ReplyView {
  if (!turn.view) throw new Error('prepareReply has not run for this turn');
  return turn.view;
}
