import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import type { TurnObserver } from '../../pipeline/observeTurns';
import type { DeliveryOutcome } from '../../notify/scheduler';
import type { SentNotification } from '../../profile/userProfile';
import { boundedLabel, KNOWN_CHANNELS, OTHER } from './boundedLabel';

export interface MetricsOptions {
  /** The content's intents (dialogs/): the only values the `intent` label takes, besides `other`. */
  intents: Iterable<string>;
  /** The catalog's topics: the only values the `topic` label takes. */
  topics: Iterable<string>;
  /** Slash command names (the registry). */
  commands: Iterable<string>;
  /** Node's process metrics (CPU, memory, event loop lag, GC); off in unit tests that count series. */
  defaultMetrics?: boolean;
}

export type StorageOperation = 'read' | 'write' | 'delete';
export type StorageOutcome = 'ok' | 'conflict' | 'error';

/**
 * Rapport's Prometheus metrics, on a registry of their own (never prom-client's global one, so two apps in
 * one process, as in tests, do not share counters). Every label value comes from a closed set (content
 * intents, catalog topics, known channel ids, fixed outcomes): no user id, text or other personal data,
 * and a hostile client cannot grow the number of series.
 */
export class RapportMetrics {
  readonly registry = new Registry();
  private readonly intents: ReadonlySet<string>;
  private readonly topics: ReadonlySet<string>;
  private readonly commands: ReadonlySet<string>;

  private readonly turns = new Counter({ name: 'rapport_turns_total', help: 'Turns run, by channel and outcome (ok, error).', labelNames: ['channel', 'outcome'] as const, registers: [this.registry] });
  private readonly turnDuration = new Histogram({
    name: 'rapport_turn_duration_seconds',
    help: 'Time to run one turn through the pipeline (load, understand, reply, save).',
    labelNames: ['channel'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  private readonly intentsRecognized = new Counter({ name: 'rapport_intents_recognized_total', help: 'Messages by recognized intent (content intents; none = out of scope).', labelNames: ['intent'] as const, registers: [this.registry] });
  private readonly outOfScope = new Counter({ name: 'rapport_out_of_scope_total', help: 'Messages the recognizer judged out of scope.', registers: [this.registry] });
  private readonly lowConfidence = new Counter({ name: 'rapport_low_confidence_total', help: 'Messages answered with an intent recognized at probability below 0.5.', registers: [this.registry] });
  private readonly commandsRun = new Counter({ name: 'rapport_commands_total', help: 'Slash commands run (typed or from plain words), by command.', labelNames: ['command'] as const, registers: [this.registry] });
  private readonly storageDuration = new Histogram({
    name: 'rapport_storage_operation_duration_seconds',
    help: 'Storage operations (botbuilder Storage read, write, delete), by outcome (ok, conflict, error).',
    labelNames: ['operation', 'outcome'] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  private readonly etagConflicts = new Counter({ name: 'rapport_storage_etag_conflicts_total', help: 'Writes refused because another writer changed the item first (eTag mismatch).', registers: [this.registry] });
  private readonly saveRetries = new Counter({ name: 'rapport_profile_save_retries_total', help: 'Profile saves reloaded and tried again after an eTag conflict.', registers: [this.registry] });
  private readonly pushMessages = new Counter({ name: 'rapport_push_messages_total', help: 'Push message deliveries, by kind (digest, nudge, broadcast) and outcome (sent, retry, failed).', labelNames: ['kind', 'outcome'] as const, registers: [this.registry] });
  private readonly recommendationsShown = new Counter({ name: 'rapport_recommendations_shown_total', help: 'Recommendations shown in a reply, by the item\'s main topic.', labelNames: ['topic'] as const, registers: [this.registry] });
  private readonly recommendationFeedback = new Counter({ name: 'rapport_recommendation_feedback_total', help: 'Feedback on recommendations, by kind (up, down, more, never) and the item\'s main topic.', labelNames: ['kind', 'topic'] as const, registers: [this.registry] });

  constructor(options: MetricsOptions) {
    this.intents = new Set(options.intents);
    this.topics = new Set(options.topics);
    this.commands = new Set(options.commands);
    if (options.defaultMetrics !== false) collectDefaultMetrics({ register: this.registry });
  }

  /** Counts every turn; registered on the turn runner where the app is wired. */
  readonly observeTurn: TurnObserver = ({ input, result, error, seconds }) => {
    const channel = boundedLabel(input.channelId, KNOWN_CHANNELS);
    this.turns.inc({ channel, outcome: error === undefined ? 'ok' : 'error' });
    this.turnDuration.observe({ channel }, seconds);
    const summary = result?.summary;
    if (!summary) return;
    if (summary.intent !== undefined) this.intentsRecognized.inc({ intent: boundedLabel(summary.intent, this.intents) });
    if (summary.outOfScope) this.outOfScope.inc();
    if (summary.lowConfidence) this.lowConfidence.inc();
    if (summary.command !== undefined) this.commandsRun.inc({ command: boundedLabel(summary.command, this.commands) });
    if (summary.recommended) this.recommendationsShown.inc({ topic: this.topicLabel(summary.recommended.topics) });
    if (summary.feedback) this.recommendationFeedback.inc({ kind: summary.feedback.kind, topic: this.topicLabel(summary.feedback.topics) });
  };

  storageOperation(operation: StorageOperation, outcome: StorageOutcome, seconds: number): void {
    this.storageDuration.observe({ operation, outcome }, seconds);
    if (outcome === 'conflict') this.etagConflicts.inc();
  }

  saveRetried(): void {
    this.saveRetries.inc();
  }

  pushDelivered(kind: SentNotification['kind'], outcome: DeliveryOutcome): void {
    this.pushMessages.inc({ kind, outcome });
  }

  /** This instance's totals since it started, for the insights page. */
  async totals(): Promise<Record<string, number>> {
    const sum = async (counter: Counter<string>, match: Record<string, string> = {}) =>
      (await counter.get()).values.filter((value) => Object.entries(match).every(([label, wanted]) => value.labels[label] === wanted)).reduce((total, value) => total + value.value, 0);
    return {
      turns: await sum(this.turns),
      failedTurns: await sum(this.turns, { outcome: 'error' }),
      outOfScope: await sum(this.outOfScope),
      lowConfidence: await sum(this.lowConfidence),
      recommendationsShown: await sum(this.recommendationsShown),
      pushSent: await sum(this.pushMessages, { outcome: 'sent' }),
      pushFailed: await sum(this.pushMessages, { outcome: 'failed' }),
      etagConflicts: await sum(this.etagConflicts),
    };
  }

  /** The Prometheus text exposition of every metric. */
  async exposition(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  private topicLabel(topics: readonly string[]): string {
    return topics.length > 0 ? boundedLabel(topics[0], this.topics) : OTHER;
  }
}
