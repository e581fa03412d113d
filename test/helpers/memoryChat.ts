import { createTestRapport, sayText, TestRapport } from './testRapport';

/** A test bot for personal memory: tell it lines, ask it questions, read back what it kept. */
export interface MemoryChat extends TestRapport {
  /** Says each line in turn, ignoring the replies. */
  tell(...lines: string[]): Promise<void>;
  /** Every reply to one question, joined by newlines. */
  ask(question: string): Promise<string>;
  /** The kept facts as `kind:value`, in order. */
  facts(): Promise<string[]>;
  /** The kept facts as `kind:value:detail` (detail left out when there is none). */
  factsWithDetail(): Promise<string[]>;
  /** The notes kept in the person's own words, in order. */
  notes(): Promise<string[]>;
  /** The profile as stored for the test user. */
  profile(): Promise<Awaited<ReturnType<TestRapport['rapport']['profiles']['load']>>['profile']>;
}

export function memoryChat(options: Parameters<typeof createTestRapport>[0] = {}): MemoryChat {
  const bot = createTestRapport(options);
  const userId = options.userId ?? 'dana-1';
  const profile = async () => (await bot.rapport.profiles.load('test', userId)).profile;
  return {
    ...bot,
    profile,
    async tell(...lines) {
      for (const line of lines) await sayText(bot.adapter, line);
    },
    ask: async (question) => (await sayText(bot.adapter, question)).join('\n'),
    facts: async () => (await profile()).memory.facts.map(({ key, value }) => `${key}:${value}`),
    notes: async () => ((await profile()).memory.notes ?? []).map((note) => note.text),
    factsWithDetail: async () => (await profile()).memory.facts.map(({ key, value, detail }) => [key, value, detail].filter(Boolean).join(':')),
  };
}

/** A fresh memory test bot that has already been told these lines. */
export async function told(...lines: string[]): Promise<MemoryChat> {
  const chat = memoryChat();
  await chat.tell(...lines);
  return chat;
}

/** A fresh memory test bot told these lines a minute apart, as a person types: each is a message of its own. */
export async function toldApart(...lines: string[]): Promise<MemoryChat> {
  const chat = memoryChat();
  for (const line of lines) {
    chat.clock.advance(60_000);
    await chat.tell(line);
  }
  return chat;
}
