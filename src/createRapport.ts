import { RapportBot } from './bot/rapportBot';
import { createTurnErrorHandler } from './bot/handleTurnError';
import type { EdgeBot } from './protocol/botEdge';
import type { Logger } from './util/logger';
import { COMMANDS } from './commands/list';
import { commandReplies } from './commands/requiredReplies';
import { CommandRegistry } from './commands/registry';
import { Content, replyVariants } from './content/content';
import { createBareNameReader, createRecognizer } from './nlu/createRecognizer';
import { ModelInfo, Recognizer } from './nlu/recognizer';
import { createTurnRunner, TurnRunner } from './pipeline/runTurn';
import { observeTurns, TurnObserver } from './pipeline/observeTurns';
import type { TurnDependencies } from './pipeline/turn';
import { EVERYDAY_REPLIES } from './pipeline/stages/answerEveryday';
import { LOSS_REPLY } from './pipeline/stages/understandMemoryUnlessFelt';
import { findCity } from './personalization/cities';
import { pluralize } from './util/pluralize';
import { memoryLexicon } from './personalization/memory/factKinds';
import { readMemory } from './personalization/memory/readMemory';
import { categoriesOf } from './personalization/memory/categories';
import { wordLexicon } from './nlu/wordLexicon';
import { createTopicMentions, TopicMentions } from './personalization/topicMentions';
import { createRequestedTopics } from './personalization/requestedTopics';
import type { Catalog } from './personalization/catalog';
import { ItemStatsStore } from './personalization/recommend/itemStatsStore';
import type { RankWeights } from './personalization/recommend/rankItems';
import { SharedItemStats } from './personalization/recommend/sharedItemStats';
import { ForgetUndo } from './profile/forgetUndo';
import { profileKey } from './profile/profileKey';
import { ProfileRepository } from './profile/profileRepository';
import { NotifyIndex } from './notify/notifyIndex';
import { DEFAULT_POLICY_VALUES, NotifyPolicy } from './notify/notifyPolicy';
import { followProfiles } from './notify/followProfiles';
import type { NotifyCore } from './notify/registerNotifications';
import { NOTIFY_PUSH_REPLIES } from './notify/pushReplies';
import type { Storage } from './storage/storage';
import { Clock } from './util/clock';
import { Random } from './util/random';

/** Replies the code refers to directly: content must define them or the bot refuses to start. */
export const REQUIRED_REPLIES = ['welcome.new', 'welcome.back', 'welcome.returning', 'greet', 'fallback', 'error.turn', 'error.tooLong', 'name.saved', 'name.changed', 'name.known', 'name.unknown', 'name.skipped', 'name.unclear', 'name.ask', 'recommend.item', 'recommend.none', 'recommend.noTopic', ...['up', 'down', 'more', 'never', 'nothingToRate'].map((kind) => `feedback.${kind}`), 'fact.notLearning', 'fact.unclear', 'memory.noted', 'memory.unknown', 'memory.unknownNear', 'memory.placeOfKind', 'memory.fromNote', 'memory.fromNotePart', 'memory.fromNoteSaid', 'memory.fromNoteNo', 'memory.noteKept', 'memory.aboutUnknown', 'memory.forgot', 'memory.forgetNothing', 'memory.takeBackHint', 'memory.keptAfterAll', 'memory.retracted', 'memory.correctionUnclear', 'memory.yes', 'memory.notTold', 'memory.nothingAgainst', 'memory.countOnly', 'memory.who', 'memory.whoMany', 'memory.whoUnknown', 'memory.whose', 'memory.whoseOwn', 'memory.aboutSort', 'memory.aboutNamedUnknown', 'memory.namedDetail', 'memory.namedDetailOf', 'memory.ranked', 'memory.chosen', 'memory.parted', 'memory.birthday', LOSS_REPLY, 'why.facts', 'help.offer', 'privacy.shared', 'export.uploaded', 'export.declined', 'export.expired', 'export.uploadFailed', 'export.tooLargeForSlack', ...commandReplies(COMMANDS), ...NOTIFY_PUSH_REPLIES, ...EVERYDAY_REPLIES] as const;

export interface RapportOptions {
  content: Content;
  storage: Storage;
  clock: Clock;
  random: Random;
  lapsedAfterDays: number;
  catalog: Catalog;
  defaultTimeZone?: string;
  recognizer?: Recognizer;
  /** Where the intent model is cached (config NLU_CACHE_DIR); default: no cache. */
  nluCacheDir?: string | false;
  /** Offer push messages once; only where a scheduler runs to deliver them (the server). Default false. */
  offerNotifications?: boolean;
  /** Who runs this copy (OPERATOR_NAME): the answer to "who made you?". */
  operator?: string;
  /** Push-message rules (src/notify/); defaults where not given. */
  notify?: Partial<Omit<NotifyPolicy, 'catalog' | 'lapsedAfterMs' | 'defaultTimeZone'>>;
  /** Told how every turn went (metrics, traces); see src/ops/. */
  turnObservers?: TurnObserver[];
  /** The writer's debug view on replies to messages that ask for it (config DEBUG_VIEW, never in production). */
  debugView?: boolean;
  /**
   * The recommendation blend (data/recommendWeights.json, `bot`): with it, the bot keeps shared item
   * statistics in the store and ranks with them; without it, by content fit alone.
   */
  rankWeights?: RankWeights;
  /** The note ranker's weights (default: data/noteRank.json), in the order of `NOTE_RANK_FEATURES`. */
  noteRankWeights?: readonly number[];
}

export interface Rapport {
  bot: RapportBot;
  runTurn: TurnRunner;
  commands: CommandRegistry;
  profiles: ProfileRepository;
  /** What the push scheduler and the broadcast endpoint share with the turns (src/notify/). */
  notify: NotifyCore;
  /** The apology sent when a turn fails, from content. */
  apology(): string;
  /** The intent model the bot runs (for the start-up log and /healthz), when its recognizer has one. */
  nlu?: ModelInfo;
  /** The content the turns use now. */
  content(): Content;
  /**
   * Swaps in new content (a live reload of dialogs/): the recognizer is trained for it (or loaded from the
   * model cache) before the next turn and push message use it.
   */
  reload(content: Content): ModelInfo | undefined;
}


/** Assembles the bot from its parts. Shared by the server, the terminal chat and the tests. */
export function createRapport(options: RapportOptions): Rapport {
  const { content, clock, random } = options;
  const policy: NotifyPolicy = {
    ...DEFAULT_POLICY_VALUES,
    ...options.notify,
    catalog: options.catalog,
    lapsedAfterMs: options.lapsedAfterDays * 24 * 60 * 60 * 1000,
    defaultTimeZone: options.defaultTimeZone ?? 'UTC',
  };
  const profiles = new ProfileRepository(options.storage, random);
  // Side effects of every save and erase, registered here where they can be seen: the push index
  // follows each profile (src/notify/followProfiles.ts); new likes update the shared item statistics
  // (src/personalization/recommend/sharedItemStats.ts), which hold no user ids, so erasing has nothing to do there.
  const index = new NotifyIndex(options.storage, random);
  const follow = followProfiles(index, policy, clock);
  profiles.onSaved(follow.saved);
  profiles.onErasing(follow.erasing);
  const sharedItemStats = options.rankWeights
    ? new SharedItemStats(new ItemStatsStore(options.storage, options.rankWeights, random), options.catalog.items.map((item) => item.id), options.rankWeights)
    : undefined;
  if (sharedItemStats) {
    profiles.onSaved(sharedItemStats.saved);
    policy.shared = () => sharedItemStats.snapshot();
  }
  // A forget can be taken back by the next message ("no wait, keep it"): held in memory only, dropped with an erase.
  const forgetUndo = new ForgetUndo();
  profiles.onErased((channelId, userId) => forgetUndo.drop(profileKey(channelId, userId)));
  const commands = new CommandRegistry(COMMANDS);
  // What depends on content is built by `contentParts`; `reload` swaps it between turns (live reload of dialogs/).
  let current = contentParts(content, options, options.recognizer);
  // Push messages and broadcasts read the content live now, so a reload reaches them too.
  const notify: NotifyCore = { profiles, index, policy, content: () => current.content };
  const turnDependencies = (parts: ContentParts): TurnDependencies => ({
    content: parts.content,
    profiles,
    recognizer: parts.recognizer,
    commands,
    clock,
    random,
    validateName: createBareNameReader(parts.content),
    catalog: options.catalog,
    topicMentions: parts.topicMentions,
    requestedTopics: createRequestedTopics(parts.content, options.catalog, parts.topicMentions, categoriesOf),
    findCity,
    lapsedAfterMs: options.lapsedAfterDays * 24 * 60 * 60 * 1000,
    defaultTimeZone: options.defaultTimeZone ?? 'UTC',
    maxTextLength: 4000,
    offerNotifications: options.offerNotifications ?? false,
    readMemory: (text) => readMemory(text, memoryLexicon(parts.content), { words: wordLexicon(), findCity }),
    pluralize,
    categoriesOf,
    forgetUndo,
    ...(options.operator ? { operator: options.operator } : {}),
    ...(sharedItemStats ? { sharedItemStats } : {}),
    ...(options.noteRankWeights ? { noteRankWeights: options.noteRankWeights } : {}),
  });
  let turnRunner = createTurnRunner(turnDependencies(current));
  // Observers (metrics) see every turn, whatever content is live.
  const runTurn: TurnRunner = observeTurns((input) => turnRunner(input), options.turnObservers ?? []);
  const rapport: Rapport = {
    bot: new RapportBot(runTurn, { debugView: options.debugView === true }),
    runTurn,
    commands,
    profiles,
    notify,
    apology: () => current.apologies[Math.floor(random() * current.apologies.length)] ?? current.apologies[0],
    ...(current.recognizer.info ? { nlu: current.recognizer.info } : {}),
    content: () => current.content,
    reload: (next) => {
      const parts = contentParts(next, options);
      // Built in full before the swap: a turn sees the old content or the new, never half of each.
      turnRunner = createTurnRunner(turnDependencies(parts));
      current = parts;
      if (parts.recognizer.info) rapport.nlu = parts.recognizer.info;
      return parts.recognizer.info;
    },
  };
  return rapport;
}

interface ContentParts {
  content: Content;
  recognizer: Recognizer;
  apologies: string[];
  topicMentions: TopicMentions;
}

function contentParts(content: Content, options: RapportOptions, recognizer?: Recognizer): ContentParts {
  return {
    content,
    // The model cache is keyed by the intents' examples: a reload that changed only replies loads it at once.
    recognizer: recognizer ?? createRecognizer(content, findCity, { cacheDir: options.nluCacheDir ?? false, now: () => options.clock.now() }),
    apologies: replyVariants(content, 'error.turn').map((variant) => variant.text),
    topicMentions: createTopicMentions(content),
  };
}

/** The bot as an SDK edge runs it (src/sdk/): its turns, and the one error handler. */
export function edgeBotOf(rapport: Rapport, logger: Logger): EdgeBot {
  return { run: (turn) => rapport.bot.run(turn), onTurnError: createTurnErrorHandler(logger, rapport.apology) };
}
