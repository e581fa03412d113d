import { join } from 'node:path';
import { z } from 'zod';
import { CodedError } from '../util/codedError';
import { parseClock, isValidTimeZone } from '../util/localTime';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** The Bot Framework SDKs Rapport runs on (BOT_SDK; src/sdk/ has one edge for each). */
export const BOT_SDKS = ['botbuilder', 'agents'] as const;
export type BotSdk = (typeof BOT_SDKS)[number];

const portSchema = z.coerce.number().int().min(0).max(65535);
const listSchema = z
  .string()
  .optional()
  .transform((value) => (value ?? '').split(',').map((item) => item.trim()).filter(Boolean));

/** Environment variables, with the Bot Framework's own names. */
const envSchema = z.object({
  MicrosoftAppId: z.string().trim().optional().default(''),
  MicrosoftAppPassword: z.string().optional().default(''),
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional().default('MultiTenant'),
  MicrosoftAppTenantId: z.string().trim().optional().default(''),
  BOT_SDK: z.enum(BOT_SDKS, { error: `must be one of ${BOT_SDKS.join(', ')}` }).optional().default('botbuilder'),
  PORT: portSchema.optional().default(3978),
  HOST: z.string().trim().optional(),
  STORAGE_URL: z
    .string()
    .trim()
    .optional()
    .default('file:data/state/rapport.json')
    .refine((url) => /^(file:|memory:|postgres(ql)?:\/\/)/.test(url), 'must start with file: (a path), postgres:// (a shared database) or memory:'),
  LOG_LEVEL: z.enum(LOG_LEVELS).optional().default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty', 'auto']).optional().default('auto'),
  NODE_ENV: z.enum(['development', 'production', 'test']).optional().default('development'),
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(10 * 1024 * 1024).optional().default(256 * 1024),
  ALLOWED_SERVICE_URLS: listSchema,
  DIALOGS_DIR: z.string().trim().optional().default('dialogs'),
  CATALOG_FILE: z.string().trim().optional().default('data/catalog.json'),
  RECOMMEND_WEIGHTS_FILE: z.string().trim().optional().default('data/recommendWeights.json'),
  NLU_CACHE_DIR: z.string().trim().optional(),
  // Live reload of dialogs/ for writers (npm run dev sets it); off unless asked for, in production too.
  DIALOGS_WATCH: z.enum(['true', 'false']).optional().default('false'),
  // The writer's debug view on the chat page (npm run dev sets it); refused in production.
  DEBUG_VIEW: z.enum(['true', 'false']).optional().default('false'),
  // Count what people said that nothing matched (masked, no user id): on in development, off elsewhere unless set.
  INSIGHTS_UNMATCHED: z.enum(['true', 'false']).optional(),
  PRIVACY_API_TOKEN: z.string().min(24, 'must be at least 24 characters (a random secret)').optional(),
  LAPSED_AFTER_DAYS: z.coerce.number().positive().max(3650).optional().default(14),
  WEB_CHAT_ENABLED: z.enum(['true', 'false']).optional(),
  WEB_CHAT_MAX_CONVERSATIONS: z.coerce.number().int().min(1).max(1_000_000).optional().default(1000),
  WEB_CHAT_STARTS_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).optional().default(20),
  STORAGE_FSYNC: z.enum(['true', 'false']).optional().default('false'),
  ALLOW_UNAUTHENTICATED_NETWORK: z.enum(['true', 'false']).optional().default('false'),
  SLACK_SIGNING_SECRET: z.string().trim().min(16, 'looks too short for a Slack signing secret').optional(),
  // Shown to users as data ("this copy is run by …"): plain text only, bounded, no markup or template syntax.
  OPERATOR_NAME: z.string().trim().max(100, 'must be at most 100 characters').regex(/^[^<>{}\p{Cc}]*$/u, 'must be plain text (no <, >, {, } or control characters)').optional(),
  DEFAULT_TIME_ZONE: z.string().trim().optional().default('UTC').refine(isValidTimeZone, 'must be an IANA time zone such as Europe/Paris'),
  NOTIFY_API_TOKEN: z.string().trim().min(24, 'must be at least 24 characters (use a long random secret)').optional(),
  NOTIFY_TICK_SECONDS: z.coerce.number().int().min(0).max(3600).optional().default(60),
  NOTIFY_DIGEST_TIME: z.string().trim().optional().default('08:00').refine((time) => parseClock(time) !== undefined, 'must be a 24-hour time such as 08:00'),
  NOTIFY_MAX_PER_DAY: z.coerce.number().int().min(1).max(24).optional().default(2),
  NOTIFY_MAX_PER_WEEK: z.coerce.number().int().min(1).max(50).optional().default(8),
  NOTIFY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).optional().default(5),
  NOTIFY_RETRY_SECONDS: z.coerce.number().int().min(1).max(3600).optional().default(30),
  NOTIFY_BATCH_SIZE: z.coerce.number().int().min(1).max(10_000).optional().default(200),
  METRICS_TOKEN: z.string().trim().min(24, 'must be at least 24 characters (use a long random secret)').optional(),
  SHUTDOWN_DELAY_SECONDS: z.coerce.number().min(0).max(300).optional(),
  ADMIN_TOKEN: z.string().trim().min(24, 'must be at least 24 characters (use a long random secret)').optional(),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as http://localhost:4318' }).optional(),
  OTEL_SERVICE_NAME: z.string().trim().min(1).max(100).optional().default('rapport'),
});

export type Environment = z.input<typeof envSchema>;

export interface AppConfig {
  /** Which Bot Framework SDK runs the edge: botbuilder 4.23 (default) or the Microsoft 365 Agents SDK. */
  botSdk: BotSdk;
  appId: string;
  appPassword: string;
  appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  tenantId: string;
  port: number;
  /** Interface to bind. Loopback unless the bot authenticates callers. */
  host: string;
  storageUrl: string;
  logLevel: (typeof LOG_LEVELS)[number];
  /** `auto`: readable lines in development at a terminal, JSON otherwise. */
  logFormat: 'json' | 'pretty' | 'auto';
  nodeEnv: 'development' | 'production' | 'test';
  maxBodyBytes: number;
  /** Without an app id nothing is authenticated: replies may only go to these service URLs (plus loopback). */
  allowedServiceUrls: string[];
  dialogsDir: string;
  catalogFile: string;
  /** The recommendation blend chosen by `npm run tune:personalization` (its `bot` section). */
  recommendWeightsFile: string;
  /** Where trained intent models are cached by content hash; false: no cache (NLU_CACHE_DIR empty, or under jest). */
  nluCacheDir: string | false;
  /** Bearer token for /api/privacy/*; the routes exist only when it is set. */
  privacyApiToken?: string;
  lapsedAfterDays: number;
  /** True when no MicrosoftAppId is set: local testing with the Emulator, the chat page or the terminal. */
  unauthenticated: boolean;
  /** Serve the Web Chat page at / and its Direct Line endpoint. On by default, off by default in production. */
  webChatEnabled: boolean;
  /** Reload dialogs/ when a file in it is saved; the last good content stays live on a broken edit. */
  dialogsWatch: boolean;
  /** Under each reply on the Web Chat page, why the bot answered so (the requester's own turn only). Never in production. */
  debugView: boolean;
  /** Count messages that ended out of scope or low-confidence, masked and without user ids (src/ops/unmatched/). */
  insightsUnmatched: boolean;
  /** Conversations kept in memory, and how many one client address may start per minute. */
  webChat: { maxConversations: number; startsPerMinutePerClient: number };
  /** fdatasync the file store's journal before a write is acknowledged (group commit): survives power loss. */
  storageFsync: boolean;
  /** Slack app signing secret; without it POST /api/slack/commands answers 404. */
  slackSigningSecret: string;
  /** Time zone for people whose zone is unknown (replies' time of day, push messages' local time). */
  defaultTimeZone: string;
  /** Who runs this copy of the bot, said when someone asks; empty = not said. */
  operator: string;
  notify: NotifyConfig;
  /** Bearer token for GET /metrics; empty: the route does not exist. */
  metricsToken: string;
  /**
   * On SIGTERM, how long /readyz answers 503 while turns are still served, so a load balancer stops
   * sending new ones before the drain. Default 5 s in production, 0 elsewhere.
   */
  shutdownDelaySeconds: number;
  /** Bearer token (and login secret) for the /admin insights page; empty: the page does not exist. */
  adminToken: string;
  /** OpenTelemetry: turns are traced to this OTLP/HTTP collector when set (empty: nothing is loaded). */
  otel: { endpoint: string; serviceName: string };
}

/** Push messages (src/notify/). */
export interface NotifyConfig {
  /** Bearer token for POST /api/notify; empty turns the route off (404). */
  apiToken: string;
  /** Scheduler pass interval; 0 turns the scheduler off. */
  tickSeconds: number;
  /** Local "HH:MM" of digests and nudges for people who did not choose one. */
  digestTime: string;
  maxPerDay: number;
  maxPerWeek: number;
  maxAttempts: number;
  /** First retry delay; it doubles per attempt, with jitter. */
  retrySeconds: number;
  batchSize: number;
}

/** Raised with every configuration problem at once, so an operator fixes them in one go. */
export class ConfigError extends CodedError {
  constructor(readonly problems: string[]) {
    super('CONFIG_INVALID', `Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** An empty NLU_CACHE_DIR turns the cache off; tests never write a cache into the repository. */
export function nluCacheDir(env: Record<string, string | undefined>, nodeEnv: string): string | false {
  if (env.NLU_CACHE_DIR !== undefined) return env.NLU_CACHE_DIR.trim() || false;
  return nodeEnv === 'test' ? false : join('data', 'state', 'nlu-cache');
}

/** Where content lives (DIALOGS_DIR, CATALOG_FILE), for the command-line tools that need only that. */
export function loadContentPaths(env: Record<string, string | undefined> = process.env): Pick<AppConfig, 'dialogsDir' | 'catalogFile'> {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = envSchema.pick({ DIALOGS_DIR: true, CATALOG_FILE: true }).safeParse(cleaned);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  return { dialogsDir: parsed.data.DIALOGS_DIR, catalogFile: parsed.data.CATALOG_FILE };
}

/** Reads and validates the environment once. Empty strings count as unset. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = envSchema.safeParse(cleaned);
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  problems.push(...crossFieldProblems(cleaned));
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  const unauthenticated = e.MicrosoftAppId === '';

  return {
    botSdk: e.BOT_SDK,
    appId: e.MicrosoftAppId,
    appPassword: e.MicrosoftAppPassword,
    appType: e.MicrosoftAppType,
    tenantId: e.MicrosoftAppTenantId,
    port: e.PORT,
    host: e.HOST ?? (unauthenticated ? '127.0.0.1' : '0.0.0.0'),
    storageUrl: e.STORAGE_URL,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    nodeEnv: e.NODE_ENV,
    maxBodyBytes: e.MAX_BODY_BYTES,
    allowedServiceUrls: e.ALLOWED_SERVICE_URLS,
    dialogsDir: e.DIALOGS_DIR,
    catalogFile: e.CATALOG_FILE,
    recommendWeightsFile: e.RECOMMEND_WEIGHTS_FILE,
    nluCacheDir: nluCacheDir(env, e.NODE_ENV),
    ...(e.PRIVACY_API_TOKEN ? { privacyApiToken: e.PRIVACY_API_TOKEN } : {}),
    lapsedAfterDays: e.LAPSED_AFTER_DAYS,
    unauthenticated,
    webChatEnabled: e.WEB_CHAT_ENABLED ? e.WEB_CHAT_ENABLED === 'true' : e.NODE_ENV !== 'production',
    dialogsWatch: e.DIALOGS_WATCH === 'true',
    debugView: e.DEBUG_VIEW === 'true' && e.NODE_ENV !== 'production',
    insightsUnmatched: e.INSIGHTS_UNMATCHED ? e.INSIGHTS_UNMATCHED === 'true' : e.NODE_ENV === 'development',
    webChat: { maxConversations: e.WEB_CHAT_MAX_CONVERSATIONS, startsPerMinutePerClient: e.WEB_CHAT_STARTS_PER_MINUTE },
    storageFsync: e.STORAGE_FSYNC === 'true',
    slackSigningSecret: e.SLACK_SIGNING_SECRET ?? '',
    defaultTimeZone: e.DEFAULT_TIME_ZONE,
    operator: e.OPERATOR_NAME ?? '',
    notify: {
      apiToken: e.NOTIFY_API_TOKEN ?? '',
      tickSeconds: e.NOTIFY_TICK_SECONDS,
      digestTime: e.NOTIFY_DIGEST_TIME,
      maxPerDay: e.NOTIFY_MAX_PER_DAY,
      maxPerWeek: e.NOTIFY_MAX_PER_WEEK,
      maxAttempts: e.NOTIFY_MAX_ATTEMPTS,
      retrySeconds: e.NOTIFY_RETRY_SECONDS,
      batchSize: e.NOTIFY_BATCH_SIZE,
    },
    metricsToken: e.METRICS_TOKEN ?? '',
    shutdownDelaySeconds: e.SHUTDOWN_DELAY_SECONDS ?? (e.NODE_ENV === 'production' ? 5 : 0),
    adminToken: e.ADMIN_TOKEN ?? '',
    otel: { endpoint: e.OTEL_EXPORTER_OTLP_ENDPOINT ?? '', serviceName: e.OTEL_SERVICE_NAME },
  };
}

/** Rules that span several variables; checked on the raw values so they are reported even when others are invalid. */
function crossFieldProblems(env: Record<string, string | undefined>): string[] {
  const problems: string[] = [];
  const appId = env.MicrosoftAppId?.trim() ?? '';
  const appType = env.MicrosoftAppType ?? 'MultiTenant';
  if (env.NODE_ENV === 'production' && env.DEBUG_VIEW === 'true') {
    problems.push('DEBUG_VIEW: not allowed when NODE_ENV=production (it shows why the bot answered, for writers in development)');
  }
  if (env.NODE_ENV === 'production' && appId === '') {
    problems.push('MicrosoftAppId: required when NODE_ENV=production (without it the bot authenticates no caller)');
  }
  const host = env.HOST?.trim();
  if (appId === '' && host && !isLoopbackHost(host) && env.ALLOW_UNAUTHENTICATED_NETWORK !== 'true') {
    problems.push(
      `HOST: "${host}" would let any machine that can reach it talk to a bot that authenticates nobody (MicrosoftAppId is empty). Set MicrosoftAppId, bind to 127.0.0.1, or set ALLOW_UNAUTHENTICATED_NETWORK=true if this network is trusted`,
    );
  }
  if (appId !== '' && appType !== 'UserAssignedMSI' && !env.MicrosoftAppPassword) {
    problems.push('MicrosoftAppPassword: required when MicrosoftAppId is set');
  }
  if (appType === 'SingleTenant' && !env.MicrosoftAppTenantId?.trim()) {
    problems.push('MicrosoftAppTenantId: required when MicrosoftAppType=SingleTenant');
  }
  const perDay = Number(env.NOTIFY_MAX_PER_DAY ?? 2);
  const perWeek = Number(env.NOTIFY_MAX_PER_WEEK ?? 8);
  if (perDay > perWeek) problems.push(`NOTIFY_MAX_PER_DAY: ${perDay} is more than NOTIFY_MAX_PER_WEEK (${perWeek})`);
  for (const url of (env.ALLOWED_SERVICE_URLS ?? '').split(',').map((u) => u.trim()).filter(Boolean)) {
    if (!URL.canParse(url)) problems.push(`ALLOWED_SERVICE_URLS: "${url}" is not a URL`);
  }
  return problems;
}

function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}
