import { MemoryStorage } from '../storage/memoryStorage';
import type { ActivityJson } from '../protocol/activity';
import { z } from 'zod';
import { createRapport, Rapport } from '../createRapport';
import type { Content } from '../content/content';
import type { Catalog } from '../personalization/catalog';
import type { UserProfile } from '../profile/userProfile';
import { Clock } from '../util/clock';
import { seededRandom, shuffleInPlace } from '../util/random';
import { readJsonFile } from '../util/readJsonFile';

/** A file like ../shared/data/chat/dev-everyday.json: messages and the phrases that mark the fallback. */
export const chatEvalFileSchema = z.object({
  about: z.string().optional(),
  fallback_markers: z.array(z.string().min(1).max(200)).min(1).max(100),
  messages: z.array(z.object({ text: z.string().min(1).max(4000) }).loose()).min(1).max(100_000),
});
export type ChatEvalFile = z.infer<typeof chatEvalFileSchema>;

export function loadChatEvalFile(path: string): ChatEvalFile {
  return readJsonFile(path, chatEvalFileSchema);
}

export interface EvalBot {
  rapport: Rapport;
  /** Sends `text` as a message from `userId` through the production bot (without an SDK around it) and returns the reply texts. */
  say(userId: string, text: string): Promise<string[]>;
}

/** The bot as production assembles it (same content, recognizer and pipeline), on a fresh in-memory store. */
export function createEvalBot(content: Content, catalog: Catalog, clock: Clock, seed = 1): EvalBot {
  const rapport = createRapport({ content, storage: new MemoryStorage(), clock, random: seededRandom(seed), lapsedAfterDays: 14, catalog });
  const say = async (userId: string, text: string): Promise<string[]> => {
    const activity: ActivityJson = {
      type: 'message',
      text,
      channelId: 'eval',
      from: { id: userId, name: userId },
      recipient: { id: 'rapport', name: 'Rapport' },
      conversation: { id: `eval-${userId}`, isGroup: false, conversationType: 'personal' },
      serviceUrl: 'http://localhost',
    };
    const replies: ActivityJson[] = [];
    await rapport.bot.run({ activity, send: async (sent) => void replies.push(...sent) });
    return replies.map((reply) => reply.text ?? '');
  };
  return { rapport, say };
}

/** The message a new user opens with before the one under test. */
export const OPENING = 'hello';

export interface ChatEvalResult {
  handled_rate: number;
  handled: number;
  messages: number;
  /** The messages that got the fallback (or no reply at all), with what was said. */
  failed: Array<{ text: string; replies: string[] }>;
}

/** Each message as a new user's second message, after a greeting; handled = no reply contains a fallback marker. */
export async function evaluateChat(bot: EvalBot, file: ChatEvalFile): Promise<ChatEvalResult> {
  const markers = file.fallback_markers.map((marker) => marker.toLowerCase());
  const failed: ChatEvalResult['failed'] = [];
  let handled = 0;
  for (const [i, message] of file.messages.entries()) {
    const userId = `eval-user-${i}`;
    await bot.say(userId, OPENING);
    const replies = await bot.say(userId, message.text);
    const fallback = replies.length === 0 || replies.some((reply) => markers.some((marker) => reply.toLowerCase().includes(marker)));
    if (fallback) failed.push({ text: message.text, replies });
    else handled += 1;
  }
  const messages = file.messages.length;
  return { handled_rate: round1((100 * handled) / messages), handled, messages, failed };
}

/**
 * What a message must not change when it is not about the person: settings, name, home, facts, events,
 * push settings. (Mood, style, interests and memory of the turn are learning by design.)
 */
export function personalState(profile: UserProfile): unknown {
  const { enabled, digest, time, quiet, topics, declined } = profile.notify;
  return {
    explicit: profile.explicit,
    name: profile.learned.name,
    city: profile.learned.city,
    timeZone: profile.learned.timeZone,
    facts: profile.memory.facts.map(({ key, value }) => ({ key, value })),
    aboutOthers: (profile.memory.aboutOthers ?? []).map(({ key, value, about }) => ({ key, value, about: about.noun })),
    events: (profile.memory.events ?? []).map(({ kind, date }) => ({ kind, date })),
    notify: { enabled, digest, time, quiet, topics, declined },
  };
}

export interface OutOfDomainResult {
  messages: number;
  changed: number;
  /** Messages that changed the person's state, and how (before → after). */
  changes: Array<{ source: string; text: string; before: unknown; after: unknown }>;
}

/** Sends each out-of-domain message as a new user's second message and checks that the personal state stays as it was. */
export async function checkOutOfDomain(bot: EvalBot, messages: Array<{ source: string; text: string }>): Promise<OutOfDomainResult> {
  const changes: OutOfDomainResult['changes'] = [];
  for (const [i, message] of messages.entries()) {
    const userId = `ood-user-${i}`;
    await bot.say(userId, OPENING);
    const before = personalState((await bot.rapport.profiles.load('eval', userId)).profile);
    await bot.say(userId, message.text);
    const after = personalState((await bot.rapport.profiles.load('eval', userId)).profile);
    if (JSON.stringify(before) !== JSON.stringify(after)) changes.push({ ...message, before, after });
  }
  return { messages: messages.length, changed: changes.length, changes };
}

/** A seeded sample of `perSet` test texts from each shared intent set (banking, travel, trivia, smart home …). */
export function sampleIntentSets(sets: Array<{ name: string; test: Array<{ text: string }> }>, perSet: number, seed = 1): Array<{ source: string; text: string }> {
  const random = seededRandom(seed);
  return sets.flatMap((set) => shuffleInPlace([...set.test], random).slice(0, perSet).map(({ text }) => ({ source: set.name, text })));
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
