import { join } from 'node:path';
import type { Activity, ConversationAccount } from 'botbuilder';
import { MemoryStorage } from '../../src/storage/memoryStorage';
import type { Storage } from '../../src/storage/storage';
import { createTestChannel, TestChannel } from './testChannel';
import { Content, replyVariants } from '../../src/content/content';
import type { Tone } from '../../src/vocabulary/tones';
import { loadDialogs } from '../../src/content/loadDialogs';
import { Catalog, loadCatalog } from '../../src/personalization/catalog';
import { renderTemplate } from '../../src/content/renderTemplate';
import { createRapport, edgeBotOf, Rapport, REQUIRED_REPLIES } from '../../src/createRapport';
import { ManualClock } from '../../src/util/clock';
import type { RankWeights } from '../../src/personalization/recommend/rankItems';
import { silentLogger } from '../../src/util/logger';
import { seededRandom } from '../../src/util/random';
import { TEST_MODEL_CACHE } from './modelCache';

export const DIALOGS_DIR = join(__dirname, '..', '..', 'dialogs');

export const CATALOG_FILE = join(__dirname, '..', '..', 'data', 'catalog.json');

let cachedCatalog: Catalog | undefined;
/** The shipped catalog from data/, loaded once per test file. */
export function realCatalog(): Catalog {
  cachedCatalog ??= loadCatalog(CATALOG_FILE);
  return cachedCatalog;
}

let cachedContent: Content | undefined;
/** The real content from dialogs/, loaded once per test file. */
export function realContent(): Content {
  cachedContent ??= loadDialogs(DIALOGS_DIR, REQUIRED_REPLIES);
  return cachedContent;
}

export interface TestRapport {
  rapport: Rapport;
  adapter: TestChannel;
  clock: ManualClock;
  storage: Storage;
  /** A channel for another user (or the same one in another conversation, e.g. a group) on the same bot and storage. */
  adapterFor(userId: string, conversation?: Partial<ConversationAccount>): TestChannel;
}

/** The bot wired as in production (same createRapport, same error handler) on the SDK under test (a TestAdapter for botbuilder). */
export function createTestRapport(options: { storage?: Storage; clock?: ManualClock; userId?: string; seed?: number; operator?: string; rankWeights?: RankWeights; noteRankWeights?: readonly number[] } = {}): TestRapport {
  const clock = options.clock ?? new ManualClock('2026-03-02T10:00:00Z');
  const storage = options.storage ?? new MemoryStorage();
  const rapport = createRapport({ content: realContent(), storage, clock, random: seededRandom(options.seed ?? 7), lapsedAfterDays: 14, catalog: realCatalog(), nluCacheDir: TEST_MODEL_CACHE, ...(options.operator ? { operator: options.operator } : {}), ...(options.rankWeights ? { rankWeights: options.rankWeights } : {}), ...(options.noteRankWeights ? { noteRankWeights: options.noteRankWeights } : {}) });
  const adapterFor = (userId: string, conversation: Partial<ConversationAccount> = {}) => {
    const template: Partial<Activity> = {
      channelId: 'test',
      from: { id: userId, name: userId },
      recipient: { id: 'rapport', name: 'Rapport' },
      conversation: { id: `conversation-${userId}`, isGroup: false, conversationType: 'personal', name: '', ...conversation },
      serviceUrl: 'http://localhost',
    };
    return createTestChannel(edgeBotOf(rapport, silentLogger), template);
  };
  return { rapport, adapter: adapterFor(options.userId ?? 'dana-1'), clock, storage, adapterFor };
}

/** Every text a reply key can produce with these values: tests assert on content, not on copied sentences. */
export function textsOf(key: string, values: Record<string, string | number> = {}): string[] {
  const content = realContent();
  const reply = content.replies.get(key);
  const tones = reply && !Array.isArray(reply) ? (Object.keys(reply) as Tone[]) : (['friendly'] as Tone[]);
  return tones.flatMap((tone) => replyVariants(content, key, tone).map((variant) => renderTemplate(variant.text, values)));
}

/** Checks that an activity's text is one of the key's variants (several keys joined by newlines allowed). */
export function isReply(text: string | undefined, key: string, values: Record<string, string | number> = {}): boolean {
  return textsOf(key, values).includes(text ?? '');
}

/** An assertion for TestFlow.assertReply: the activity's text is one of the key's variants. */
export function expectKey(key: string, values: Record<string, string> = {}) {
  return (activity: Partial<Activity>): void => {
    if (!isReply(activity.text, key, values)) {
      throw new Error(`expected a "${key}" reply (${textsOf(key, values).join(' | ')}), got "${activity.text}"`);
    }
  };
}

/** Sends one message (or activity) through the bot and returns every reply it sent. */
export async function say(adapter: TestChannel, message: string | Partial<Activity>): Promise<Partial<Activity>[]> {
  adapter.activeQueue.splice(0);
  await adapter.receiveActivity(message);
  return adapter.activeQueue.splice(0);
}

/** The reply texts of one message, in order. */
export async function sayText(adapter: TestChannel, message: string | Partial<Activity>): Promise<string[]> {
  return (await say(adapter, message)).map((activity) => activity.text ?? '');
}

/**
 * The tone list (or `any`) that a text came from, for the given reply key. When several templates could
 * have produced it, the one with the most literal text wins ("{{title}}: {{link}}" matches almost anything).
 */
export function toneOf(text: string, key: string, values: Record<string, string | number> = {}): string | undefined {
  const content = realContent();
  const reply = content.replies.get(key);
  if (!reply) return undefined;
  const tones: Tone[] = Array.isArray(reply) ? ['friendly'] : (Object.keys(reply) as Tone[]);
  let best: { tone: string; literal: number } | undefined;
  for (const tone of tones) {
    for (const variant of replyVariants(content, key, tone)) {
      const literal = variant.text.replace(/\{\{\s*\w+\s*\}\}/g, '').length;
      const pattern = new RegExp(`^${escapeRegExp(variant.text).replace(/\\\{\\\{\s*\w+\s*\\\}\\\}/g, '.+?')}$`, 's');
      const matches = renderTemplate(variant.text, values) === text || pattern.test(text);
      if (matches && (!best || literal > best.literal)) best = { tone: variant.tone, literal };
    }
  }
  return best?.tone;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
