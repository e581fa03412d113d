import type { Server } from 'restify';
import type { NotifyConfig } from '../config/loadConfig';
import { Clock } from '../util/clock';
import { Logger } from '../util/logger';
import { Random } from '../util/random';
import { registerBroadcastRoute } from './broadcastRoute';
import type { Deliverer } from './deliverer';
import { NotifyScheduler, SchedulerOptions } from './scheduler';

/** What the push scheduler and the broadcast endpoint share with the turns. */
export type NotifyCore = Pick<SchedulerOptions, 'profiles' | 'index' | 'policy' | 'content'>;

export interface NotificationsOptions {
  notify: NotifyCore;
  config: NotifyConfig;
  clock: Clock;
  random: Random;
  logger: Logger;
  /** Proactive delivery: the SDK edge's, the chat page's, or a test's. */
  deliver: Deliverer;
  onDelivery?: SchedulerOptions['onDelivery'];
}

/**
 * Push messages for the server: the scheduler (started on an unref'd interval unless NOTIFY_TICK_SECONDS
 * is 0; the app stops it on close) and POST /api/notify (404 without NOTIFY_API_TOKEN).
 */
export function registerNotifications(server: Server, options: NotificationsOptions): NotifyScheduler {
  const { notify, config, clock, logger } = options;
  const scheduler = new NotifyScheduler({
    ...notify,
    clock,
    random: options.random,
    logger,
    deliver: options.deliver,
    maxAttempts: config.maxAttempts,
    backoffMs: config.retrySeconds * 1000,
    batchSize: config.batchSize,
    tickMs: config.tickSeconds * 1000,
    ...(options.onDelivery ? { onDelivery: options.onDelivery } : {}),
  });
  registerBroadcastRoute(server, { ...notify, clock, logger, token: config.apiToken, onQueued: () => void scheduler.kick() });
  if (config.tickSeconds > 0) scheduler.start();
  return scheduler;
}
