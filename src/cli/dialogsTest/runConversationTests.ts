import { MemoryStorage } from '../../storage/memoryStorage';
import { Content } from '../../content/content';
import type { Expectation, ProfileExpectation, TestStep, TestUser } from '../../content/conversationTestSchema';
import type { LocatedTest } from '../../content/loadConversationTests';
import { createRapport, Rapport } from '../../createRapport';
import { Recognizer } from '../../nlu/recognizer';
import type { Catalog } from '../../personalization/catalog';
import { ProfileChange } from '../../profile/profileChanges';
import { displayName, UserProfile } from '../../profile/userProfile';
import { ManualClock } from '../../util/clock';
import { seededRandom } from '../../util/random';
import type { Reply } from '../../vocabulary/reply';

export const DEFAULT_START = '2026-03-02T10:00:00Z';
const DEFAULT_SEED = 7;
const LAPSED_AFTER_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;
const USER_ID = 'test-user';
const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/** What the bot, its content and recognizer are built from: loaded once for a whole run. */
export interface TestBench {
  content: Content;
  catalog: Catalog;
  /** One recognizer for every test (training is the slow part); its entity dates read `clock`. */
  recognizer: Recognizer;
  clock: ManualClock;
}

export interface StepFailure {
  /** 1-based step number, and its line. */
  step: number;
  line?: number;
  /** What was sent: `say "…"` or `open`. */
  sent: string;
  /** Each check that did not hold, as "expected …". */
  problems: string[];
  /** What came back (replies, or the profile), one line each. */
  cameBack: string[];
}

export interface TestOutcome {
  located: LocatedTest;
  /** The first failing step; later steps are not run (they would fail for the same reason). */
  failure?: StepFailure;
  steps: number;
}

/** Runs one conversation test in-process through the turn pipeline, on fresh storage, a fixed clock and seeded randomness. */
export async function runConversationTest(located: LocatedTest, bench: TestBench): Promise<TestOutcome> {
  const { test } = located;
  const channelId = test.channel ?? 'test';
  bench.clock.set(test.at ?? DEFAULT_START);
  const rapport = createRapport({ content: bench.content, storage: new MemoryStorage(), clock: bench.clock, random: seededRandom(test.seed ?? DEFAULT_SEED), lapsedAfterDays: LAPSED_AFTER_DAYS, catalog: bench.catalog, recognizer: bench.recognizer });
  await seedProfile(rapport, channelId, test.user ?? { stage: 'new' }, bench);
  for (const [index, step] of test.steps.entries()) {
    if (step.wait) bench.clock.advance(durationMs(step.wait));
    const { replies } = await rapport.runTurn({ kind: step.open ? 'conversationStart' : 'message', channelId, userId: USER_ID, conversationId: `conversation-${USER_ID}`, text: step.say ?? '' });
    const failure = await checkStep(step, replies, () => rapport.profiles.load(channelId, USER_ID).then((loaded) => loaded.profile));
    if (failure) return { located, steps: test.steps.length, failure: { step: index + 1, line: located.stepLines[index], sent: describeSent(step), ...failure } };
  }
  if (test.after) {
    const profile = (await rapport.profiles.load(channelId, USER_ID)).profile;
    const problems = checkProfile(test.after, profile);
    if (problems.length > 0) return { located, steps: test.steps.length, failure: { step: test.steps.length, line: located.line, sent: 'after the last step', problems, cameBack: describeProfile(profile) } };
  }
  return { located, steps: test.steps.length };
}

/** The starting profile, made with the same changes the bot would have made over earlier conversations. */
async function seedProfile(rapport: Rapport, channelId: string, user: TestUser, bench: TestBench): Promise<void> {
  const now = bench.clock.now().getTime();
  const lapsedAfterMs = LAPSED_AFTER_DAYS * DAY_MS;
  const seen = (daysAgo: number): ProfileChange => ({ type: 'turnSeen', at: new Date(now - daysAgo * DAY_MS).toISOString(), lapsedAfterMs });
  // One earlier session makes the next one the second (onboarding); four make it the fifth (regular).
  const history: Record<TestUser['stage'], ProfileChange[]> = { new: [], onboarding: [seen(1)], regular: [4, 3, 2, 1].map(seen), returning: [seen(LAPSED_AFTER_DAYS + 16)] };
  const at = new Date(now - DAY_MS).toISOString();
  const changes: ProfileChange[] = [
    ...history[user.stage],
    ...(user.name ? [{ type: 'setName', name: user.name, source: 'explicit' } as const] : []),
    ...(user.tone ? [{ type: 'setTone', tone: user.tone } as const] : []),
    ...(user.timeZone ? [{ type: 'setTimeZone', timeZone: user.timeZone } as const] : []),
    ...(user.topics ?? []).map((topic) => ({ type: 'addTopic', topic }) as const),
    ...(user.facts ?? []).map((fact) => ({ type: 'rememberFact', key: fact.kind, value: fact.value, ...(fact.detail ? { detail: fact.detail } : {}), many: bench.content.facts.get(fact.kind)?.many ?? false, ...(bench.content.facts.get(fact.kind)?.perDetail ? { perDetail: true } : {}), at }) as const),
  ];
  if (changes.length === 0) return;
  await rapport.profiles.exclusive(channelId, USER_ID, async (access) => {
    await access.save(await access.load(), changes);
  });
}

async function checkStep(step: TestStep, replies: Reply[], profile: () => Promise<UserProfile>): Promise<Omit<StepFailure, 'step' | 'line' | 'sent'> | undefined> {
  const problems = step.expect ? checkReplies(step.expect, replies) : [];
  if (problems.length > 0) return { problems, cameBack: describeReplies(replies) };
  if (step.profile) {
    const held = await profile();
    const profileProblems = checkProfile(step.profile, held);
    if (profileProblems.length > 0) return { problems: profileProblems, cameBack: describeProfile(held) };
  }
  return undefined;
}

/** The reply keys of every line sent (appended lines have their own key), from the variant ids `key:tone:index`. */
function keysOf(replies: Reply[]): string[] {
  return replies.flatMap((reply) => reply.variants.map((id) => id.slice(0, id.indexOf(':'))));
}

function tonesOf(replies: Reply[]): string[] {
  return replies.flatMap((reply) => reply.variants.map((id) => id.split(':')[1])).filter((tone) => tone !== 'any');
}

export function checkReplies(expect: Expectation, replies: Reply[]): string[] {
  const problems: string[] = [];
  const keys = keysOf(replies);
  const text = replies.map((reply) => reply.text).join('\n').toLowerCase();
  for (const key of [expect.reply ?? []].flat()) if (!keys.includes(key)) problems.push(`expected reply ${key}`);
  if (expect.replies && expect.replies.join(' ') !== keys.join(' ')) problems.push(`expected exactly the replies ${expect.replies.join(', ')}`);
  for (const key of [expect.notReply ?? []].flat()) if (keys.includes(key)) problems.push(`expected no reply ${key}`);
  for (const part of [expect.contains ?? []].flat()) if (!text.includes(part.toLowerCase())) problems.push(`expected the text "${part}"`);
  for (const part of [expect.notContains ?? []].flat()) if (text.includes(part.toLowerCase())) problems.push(`expected no text "${part}"`);
  const buttons = replies.flatMap((reply) => reply.suggestedActions ?? []);
  for (const button of expect.buttons ?? []) if (!buttons.includes(button)) problems.push(`expected the button "${button}"`);
  const hasCard = replies.some((reply) => reply.attachments?.some((attachment) => attachment.contentType === ADAPTIVE_CARD));
  if (expect.card !== undefined && expect.card !== hasCard) problems.push(expect.card ? 'expected a card' : 'expected no card');
  const tones = tonesOf(replies);
  if (expect.tone && (tones.length === 0 || tones.some((tone) => tone !== expect.tone))) problems.push(`expected the ${expect.tone} tone`);
  return problems;
}

export function checkProfile(expect: ProfileExpectation, profile: UserProfile): string[] {
  const problems: string[] = [];
  const name = displayName(profile);
  if (expect.name !== undefined && name !== expect.name) problems.push(`expected the name ${expect.name}`);
  if (expect.noName && name !== undefined) problems.push('expected no name');
  if (expect.tone && profile.explicit.tone !== expect.tone) problems.push(`expected the chosen tone ${expect.tone}`);
  const timeZone = profile.explicit.timeZone ?? profile.learned.timeZone;
  if (expect.timeZone && timeZone !== expect.timeZone) problems.push(`expected the time zone ${expect.timeZone}`);
  for (const fact of expect.facts ?? []) {
    const kept = profile.memory.facts.some((held) => held.key === fact.kind && held.value.toLowerCase() === fact.value.toLowerCase() && (!fact.detail || held.detail === fact.detail));
    if (!kept) problems.push(`expected the fact ${describeFact(fact)}`);
  }
  for (const kind of expect.noFacts ?? []) if (profile.memory.facts.some((held) => held.key === kind)) problems.push(`expected no ${kind} fact`);
  for (const topic of expect.topics ?? []) if (!profile.explicit.topics?.includes(topic)) problems.push(`expected the topic ${topic}`);
  for (const topic of expect.interests ?? []) if (!((profile.learned.interests[topic] ?? 0) > 0)) problems.push(`expected an interest in ${topic}`);
  return problems;
}

function describeFact(fact: { kind?: string; key?: string; value: string; detail?: string }): string {
  return `${fact.kind ?? fact.key} = ${fact.value}${fact.detail ? ` (${fact.detail})` : ''}`;
}

function describeSent(step: TestStep): string {
  return step.open ? 'open' : `say ${JSON.stringify(step.say)}`;
}

/** One line per reply: its keys, tone, text, buttons and cards. */
export function describeReplies(replies: Reply[]): string[] {
  if (replies.length === 0) return ['(no reply)'];
  return replies.map((reply) => {
    const keys = keysOf([reply]).join(' + ');
    const tones = [...new Set(tonesOf([reply]))];
    const extras = [reply.suggestedActions?.length ? `buttons: ${reply.suggestedActions.join(' | ')}` : '', reply.attachments?.length ? `attachments: ${reply.attachments.map((a) => a.contentType).join(', ')}` : ''].filter(Boolean);
    return `${keys}${tones.length ? ` (${tones.join(', ')})` : ''}: ${JSON.stringify(reply.text)}${extras.length ? `  [${extras.join('; ')}]` : ''}`;
  });
}

function describeProfile(profile: UserProfile): string[] {
  return [
    `name: ${displayName(profile) ?? '(none)'}`,
    `tone: ${profile.explicit.tone ?? '(not chosen)'}`,
    `time zone: ${profile.explicit.timeZone ?? profile.learned.timeZone ?? '(none)'}`,
    `facts: ${profile.memory.facts.map(describeFact).join('; ') || '(none)'}`,
    `topics: ${profile.explicit.topics?.join(', ') || '(none)'}`,
    `interests: ${Object.entries(profile.learned.interests).filter(([, weight]) => weight > 0).map(([topic]) => topic).join(', ') || '(none)'}`,
  ];
}

function durationMs(text: string): number {
  const amount = Number(text.slice(0, -1));
  return amount * { m: 60_000, h: 3_600_000, d: DAY_MS }[text.slice(-1) as 'm' | 'h' | 'd'];
}

/** A readable block for one outcome: ✓ or ✗ with file:line, the step that failed and a diff of what came back. */
export function formatOutcome(outcome: TestOutcome): string {
  const { located, failure } = outcome;
  const where = `${located.file}:${located.line ?? '?'}`;
  if (!failure) return `  ✓ ${located.test.name}  (${where})`;
  return [
    `  ✗ ${located.test.name}  (${where})`,
    `      step ${failure.step} at ${located.file}:${failure.line ?? '?'}: ${failure.sent}`,
    ...failure.problems.map((problem) => `      - ${problem}`),
    ...failure.cameBack.map((line, index) => `      ${index === 0 ? '+ got ' : '      '}${line}`),
  ].join('\n');
}
