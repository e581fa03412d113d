import { setTimeout as sleep } from 'node:timers/promises';
import { AddressInfo } from 'node:net';
import type { Storage } from './storage/storage';
import { registerSlackCommands } from './channels/slack/registerSlackCommands';
import { registerPrivacyRoutes } from './server/registerPrivacyRoutes';
import { DEFAULT_LIMITS } from './channels/directLine/conversationStore';
import { createConversationStore } from './channels/directLine/createConversationStore';
import { WEB_CHAT_CHANNEL } from './channels/directLine/directLineActivity';
import { registerWebChat } from './channels/webchat/registerWebChat';
import { webChatAwareDeliverer } from './channels/webchat/webChatDeliverer';
import { AppConfig } from './config/loadConfig';
import { loadDialogs } from './content/loadDialogs';
import { DialogsWatch, describeProblems, watchDialogs } from './content/watchDialogs';
import { loadCatalog } from './personalization/catalog';
import { loadRankWeights } from './personalization/recommend/rankWeights';
import { createRapport, edgeBotOf, Rapport, REQUIRED_REPLIES } from './createRapport';
import { createServer, RapportServer } from './server/createServer';
import type { ActivityRunner, BotEdge } from './protocol/botEdge';
import { loadEdge } from './sdk/loadEdge';
import { TokenValidation } from './server/tokenValidation';
import { createServiceUrlPolicy } from './server/serviceUrlPolicy';
import { createStorage, OpenedStorage } from './storage/createStorage';
import type { Deliverer } from './notify/deliverer';
import { registerNotifications } from './notify/registerNotifications';
import type { NotifyScheduler } from './notify/scheduler';
import { Clock, systemClock } from './util/clock';
import { Logger, createLogger, safeError } from './util/logger';
import { logDestination } from './util/logDestination';
import { Random, systemRandom } from './util/random';
import { COMMANDS } from './commands/list';
import { RapportMetrics } from './ops/metrics/rapportMetrics';
import { instrumentStorage } from './ops/metrics/instrumentStorage';
import { registerMetricsRoute } from './ops/metrics/registerMetricsRoute';
import { startTurnTracing } from './ops/tracing/turnTracing';
import { registerInsightsPage } from './ops/admin/insightsPage';
import { Readiness } from './server/health/readiness';
import { DEFAULT_UNMATCHED_LIMITS, UnmatchedLog } from './ops/unmatched/unmatchedLog';
import { observeUnmatched } from './ops/unmatched/observeUnmatched';
import { maskText } from './ops/unmatched/maskText';
import { wordLexicon } from './nlu/wordLexicon';
import { Content, contentList } from './content/content';
import type { TurnObserver } from './pipeline/observeTurns';

export interface AppOverrides {
  clock?: Clock;
  random?: Random;
  logger?: Logger;
  /** A ready storage instead of the one STORAGE_URL names (tests, benchmarks). */
  storage?: Storage;
  /** Delivers push messages instead of the adapter's proactive sends (tests). */
  deliver?: Deliverer;
}

export interface App {
  rapport: Rapport;
  /** The Bot Framework SDK the edge runs on (BOT_SDK). */
  edge: BotEdge;
  http: RapportServer;
  storage: OpenedStorage;
  /** Push messages: `tick()` runs one pass (tests); the app runs it on an interval. */
  notifications: NotifyScheduler;
  logger: Logger;
  /** Prometheus metrics (GET /metrics with METRICS_TOKEN). */
  metrics: RapportMetrics;
  /** What GET /readyz answers; drained first on close(). */
  readiness: Readiness;
  /** Live reload of dialogs/ (DIALOGS_WATCH=true), when on. */
  dialogsWatch?: DialogsWatch;
  /** What people said that nothing matched (INSIGHTS_UNMATCHED), when counted. */
  unmatched?: UnmatchedLog;
  listen(): Promise<AddressInfo>;
  /** Graceful stop: refuse new requests, finish the ones in flight, flush and unlock the store. */
  close(): Promise<void>;
}

const DRAIN_TIMEOUT_MS = 10_000;
/** A key no profile has (profile keys are channel/user): reading it shows the store answers. */
const READINESS_PROBE_KEY = 'rapport/readyz';

export async function createApp(config: AppConfig, overrides: AppOverrides = {}): Promise<App> {
  const logger = overrides.logger ?? createLogger(config.logLevel, await logDestination(config.logFormat, config.nodeEnv));
  const content = loadDialogs(config.dialogsDir, REQUIRED_REPLIES);
  const clock = overrides.clock ?? systemClock;
  const storage: OpenedStorage = overrides.storage
    ? { storage: overrides.storage, description: 'injected', close: async () => undefined }
    : await createStorage(config.storageUrl, logger, { fsync: config.storageFsync });
  const catalog = loadCatalog(config.catalogFile);
  const rankWeights = loadRankWeights(config.recommendWeightsFile).bot?.weights;
  const metrics = new RapportMetrics({ intents: content.intents.keys(), topics: catalog.topics, commands: COMMANDS.map((command) => command.name) });
  const store = instrumentStorage(storage.storage, metrics);
  const random = overrides.random ?? systemRandom;
  const unmatched = config.insightsUnmatched ? createUnmatched(store, clock, random, content, logger) : undefined;
  const tracing = config.otel.endpoint ? await startTurnTracing({ endpoint: config.otel.endpoint, serviceName: config.otel.serviceName, logger }) : undefined;
  const rapport = createRapport({
    content,
    storage: store,
    clock: overrides.clock ?? systemClock,
    random,
    lapsedAfterDays: config.lapsedAfterDays,
    catalog,
    nluCacheDir: config.nluCacheDir,
    defaultTimeZone: config.defaultTimeZone,
    ...(config.operator ? { operator: config.operator } : {}),
    // Offer push messages only when this server runs the scheduler that would send them.
    offerNotifications: config.notify.tickSeconds > 0,
    notify: { defaultDigestTime: config.notify.digestTime, maxPerDay: config.notify.maxPerDay, maxPerWeek: config.notify.maxPerWeek },
    turnObservers: [metrics.observeTurn, ...(unmatched ? [unmatched.observe] : []), ...(tracing ? [tracing.observeTurn] : [])],
    debugView: config.debugView,
    ...(rankWeights ? { rankWeights } : {}),
  });
  rapport.profiles.onSaveRetried(() => metrics.saveRetried());
  // The store answers a read, and the content (with its intent model) is loaded: createApp got this far.
  const readiness = new Readiness([
    { name: 'content', check: async () => { if (rapport.content().intents.size === 0) throw new Error('no intents loaded'); } },
    { name: 'store', check: async () => void (await store.read([READINESS_PROBE_KEY])) },
  ]);
  const createEdge = await loadEdge(config.botSdk);
  const edge = createEdge(edgeBotOf(rapport, logger), {
    appId: config.appId, appPassword: config.appPassword, appType: config.appType, tenantId: config.tenantId },
  );
  const startedAt = Date.now();
  const dialogsWatch = config.dialogsWatch ? watchContent(config, rapport, clock, logger) : undefined;
  const http = createServer({
    edge,
    logger,
    maxBodyBytes: config.maxBodyBytes,
    tokenValidation: new TokenValidation(!config.unauthenticated, clock, logger),
    isServiceUrlAllowed: createServiceUrlPolicy(config.unauthenticated, config.allowedServiceUrls),
    readiness,
    health: () => ({
      uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
      sdk: edge.sdk,
      storage: storage.description.split(':')[0],
      authenticated: !config.unauthenticated,
      ...(rapport.nlu ? { nlu: { intents: rapport.nlu.intents, examples: rapport.nlu.examples, source: rapport.nlu.source, trainSeconds: rapport.nlu.trainSeconds } } : {}),
    }),
  });
  const webChat = config.webChatEnabled
    ? registerWebChat(http.server, {
        runActivity: trackedRunner(http, edge.runLocal),
        clock,
        logger,
        debugView: config.debugView,
        store: createConversationStore(storage.database, clock, { ...DEFAULT_LIMITS, maxConversations: config.webChat.maxConversations, maxStartsPerMinutePerClient: config.webChat.startsPerMinutePerClient }),
        ...(dialogsWatch && config.nodeEnv !== 'production' ? { contentProblems: () => describeProblems(dialogsWatch.status().problems) } : {}) })
    : undefined;
  // Erased data must not stay readable in a Web Chat transcript.
  if (webChat) rapport.profiles.onErased(async (channelId, userId) => { if (channelId === WEB_CHAT_CHANNEL) await webChat.forgetUser(userId); });
  if (config.privacyApiToken) registerPrivacyRoutes(http.server, { token: config.privacyApiToken, profiles: rapport.profiles, runTurn: rapport.runTurn, logger });
  if (config.metricsToken) registerMetricsRoute(http.server, { token: config.metricsToken, metrics, logger });
  if (config.adminToken) registerInsightsPage(http.server, { token: config.adminToken, storage: store, catalog, intents: content.intents.keys(), lapsedAfterMs: config.lapsedAfterDays * 24 * 60 * 60 * 1000, metrics, clock, logger });
  registerSlackCommands(http.server, { signingSecret: config.slackSigningSecret, runTurn: rapport.runTurn, commands: rapport.commands, apology: rapport.apology, clock, logger });
  const notifications = registerNotifications(http.server, {
    notify: rapport.notify,
    config: config.notify,
    clock,
    random: overrides.random ?? systemRandom,
    logger,
    onDelivery: (kind, outcome) => metrics.pushDelivered(kind, outcome),
    deliver: overrides.deliver ?? (webChat ? webChatAwareDeliverer(webChat, clock, edge.deliver) : edge.deliver),
  });

  let closing: Promise<void> | undefined;
  return {
    rapport,
    edge,
    http,
    storage,
    notifications,
    logger,
    metrics,
    readiness,
    ...(dialogsWatch ? { dialogsWatch } : {}),
    ...(unmatched ? { unmatched: unmatched.log } : {}),
    listen: () =>
      new Promise((resolve, reject) => {
        // restify re-emits the HTTP server's 'error' on itself, where nobody would listen: a busy port
        // would then be an uncaught exception instead of the start-up failure it is.
        http.server.once('error', reject);
        http.server.listen(config.port, config.host, () => {
          http.server.removeListener('error', reject);
          resolve(http.server.address() as AddressInfo);
        });
      }),
    // /readyz fails first, so load balancers stop sending turns while they are still served
    // (SHUTDOWN_DELAY_SECONDS); then push messages stop (a pass in flight finishes before the store closes).
    close: () =>
      (closing ??= (async () => {
        dialogsWatch?.close();
        readiness.drain();
        if (config.shutdownDelaySeconds > 0) {
          logger.info({ delaySeconds: config.shutdownDelaySeconds }, 'shutdown: /readyz now fails; still serving until the delay is over');
          await sleep(config.shutdownDelaySeconds * 1000);
        }
        await notifications.stop();
        await unmatched?.log.flush();
        await shutdown(http, storage, logger);
        await tracing?.shutdown();
      })()),
  };
}

/** What people said that nothing matched, counted masked in the store (INSIGHTS_UNMATCHED). */
function createUnmatched(store: Storage, clock: Clock, random: Random, content: Content, logger: Logger): { log: UnmatchedLog; observe: TurnObserver } {
  const log = new UnmatchedLog(store, clock, random, DEFAULT_UNMATCHED_LIMITS, (err) => logger.warn({ code: 'UNMATCHED_WRITE_FAILED', err: safeError(err) }, 'unmatched messages: could not save the counts'));
  const notNames = new Set(contentList(content, 'notNames').map((word) => word.toLowerCase()));
  return { log, observe: observeUnmatched(log, (text) => maskText(text, wordLexicon(), notNames)) };
}

/** Live reload: a saved dialogs/ file swaps the content in, or is refused with file:line in the log. */
function watchContent(config: AppConfig, rapport: Rapport, clock: Clock, logger: Logger): DialogsWatch {
  logger.info({ dir: config.dialogsDir }, 'dialogs: watching for changes (DIALOGS_WATCH=true)');
  return watchDialogs({
    dir: config.dialogsDir,
    requiredReplies: REQUIRED_REPLIES,
    apply: (content) => rapport.reload(content),
    now: () => clock.now(),
    onReloaded: ({ ms }) => logger.info({ code: 'DIALOGS_RELOADED', ms, nlu: rapport.nlu && { intents: rapport.nlu.intents, source: rapport.nlu.source } }, 'dialogs: reloaded'),
    onRefused: (problems) => logger.error({ code: 'DIALOGS_INVALID', problems: describeProblems(problems) }, `dialogs: the edit was not loaded, the last good content stays live; fix:\n${describeProblems(problems).join('\n')}`),
  });
}

/** Chat-page turns count as in flight, like /api/messages requests, so a graceful stop lets them finish. */
function trackedRunner(http: RapportServer, run: ActivityRunner): ActivityRunner {
  return (activity) => http.track(() => run(activity));
}

async function shutdown(http: RapportServer, storage: OpenedStorage, logger: Logger): Promise<void> {
  const stopped = new Promise<void>((resolve) => http.server.close(() => resolve()));
  http.server.server.closeIdleConnections();
  const drained = await Promise.race([http.drained().then(() => true), sleep(DRAIN_TIMEOUT_MS, undefined, { ref: false }).then(() => false)]);
  if (!drained) logger.warn({ inFlight: http.inFlight() }, 'shutdown: gave up waiting for turns in flight');
  await storage.close();
  http.server.server.closeAllConnections();
  await stopped;
}
