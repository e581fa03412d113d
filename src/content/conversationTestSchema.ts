import { z } from 'zod';
import { STAGES } from '../vocabulary/stages';
import { TONES } from '../vocabulary/tones';

// The format of dialogs/tests/*.yaml: conversations a writer expects the bot to have. The runner is
// src/cli/dialogsTest.ts (`npm run dialogs:test`); schema/dialogTests.schema.json is generated from here.

const text = z.string().trim().min(1, 'must not be empty').max(2000, 'is longer than 2000 characters');
const key = z.string().regex(/^[a-zA-Z][\w.-]*$/, 'must be a reply key such as "name.saved"');
const oneOrMany = <T extends z.ZodType>(item: T) => z.union([item, z.array(item).min(1)]);

const factSchema = z.strictObject({
  /** A fact kind from dialogs/ (home, pet, like …). */
  kind: key,
  value: text,
  /** The noun for a name ("dog" for Rex). */
  detail: text.optional(),
});

/** Who talks to the bot at the start of a test. Everything is optional: by default a person the bot has never met. */
export const testUserSchema = z.strictObject({
  /** The name they set themselves (as /name would). */
  name: text.optional(),
  /** The tone they chose (as /tone would). */
  tone: z.enum(TONES).optional(),
  /** Where they are with the bot: new (never talked), onboarding (second session), regular (many sessions), returning (away longer than the lapse period). */
  stage: z.enum(STAGES).exclude(['lapsed']).default('new'),
  /** An IANA time zone they set, e.g. Europe/Paris. */
  timeZone: text.optional(),
  /** Facts the bot already knows about them. */
  facts: z.array(factSchema).optional(),
  /** Topics they asked for (as /topics add would). */
  topics: z.array(key).optional(),
});

/** What one message must bring back. Every check given must hold. */
export const expectationSchema = z.strictObject({
  /** Reply keys that must come back (appended lines count), e.g. name.saved. */
  reply: oneOrMany(key).optional(),
  /** The exact reply keys, in order (appended lines included). */
  replies: z.array(key).optional(),
  /** Reply keys that must not come back. */
  notReply: oneOrMany(key).optional(),
  /** Text that must appear in the replies (ignoring case). */
  contains: oneOrMany(text).optional(),
  /** Text that must not appear in the replies (ignoring case). */
  notContains: oneOrMany(text).optional(),
  /** Buttons (suggested actions) that must be offered. */
  buttons: z.array(text).optional(),
  /** A card must (true) or must not (false) be attached. */
  card: z.boolean().optional(),
  /** The tone the replies were worded in. */
  tone: z.enum(TONES).optional(),
});

/** What the profile must hold after a step (or after the whole test). */
export const profileExpectationSchema = z.strictObject({
  /** The name the bot uses for them. */
  name: text.optional(),
  /** The bot has no name for them. */
  noName: z.literal(true).optional(),
  /** The tone they chose. */
  tone: z.enum(TONES).optional(),
  timeZone: text.optional(),
  /** Facts that must be kept (the detail is only checked when given). */
  facts: z.array(factSchema).optional(),
  /** Fact kinds of which nothing must be kept. */
  noFacts: z.array(key).optional(),
  /** Topics they asked for. */
  topics: z.array(key).optional(),
  /** Topics the bot learned an interest in. */
  interests: z.array(key).optional(),
});

const duration = z.string().regex(/^\d+(m|h|d)$/, 'must be a duration such as "45m", "3h" or "20d"');

/** One step: the person says something (or opens the conversation), then the checks. */
export const stepSchema = z
  .strictObject({
    /** What the person types. */
    say: z.string().max(4000).optional(),
    /** The person opens the conversation (the bot's welcome), instead of saying something. */
    open: z.literal(true).optional(),
    /** Time passes before this step. */
    wait: duration.optional(),
    expect: expectationSchema.optional(),
    profile: profileExpectationSchema.optional(),
  })
  .refine((step) => (step.say === undefined) !== (step.open === undefined), 'a step needs either "say" or "open: true"');

export const conversationTestSchema = z.strictObject({
  /** What the test shows, in a line: printed when it passes or fails. */
  name: text,
  user: testUserSchema.optional(),
  /** The channel the conversation is on (for replies with a channel condition). */
  channel: key.optional(),
  /** When the conversation starts (ISO time); default 2026-03-02T10:00:00Z, a Monday morning. */
  at: z.iso.datetime({ offset: true }).optional(),
  /** Seed of the random choices (which variant); change it to see other wordings. */
  seed: z.number().int().min(0).optional(),
  steps: z.array(stepSchema).min(1, 'needs at least one step'),
  /** What the profile must hold at the end. */
  after: profileExpectationSchema.optional(),
});

/** One file in dialogs/tests/. */
export const conversationTestFileSchema = z.strictObject({
  tests: z.array(conversationTestSchema).min(1, 'needs at least one test'),
});

export type ConversationTest = z.infer<typeof conversationTestSchema>;
export type TestStep = z.infer<typeof stepSchema>;
export type Expectation = z.infer<typeof expectationSchema>;
export type ProfileExpectation = z.infer<typeof profileExpectationSchema>;
export type TestUser = z.infer<typeof testUserSchema>;
