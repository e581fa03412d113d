import { z } from 'zod';
import { MOODS } from '../vocabulary/moods';
import { STAGES } from '../vocabulary/stages';
import { TIMES_OF_DAY } from '../vocabulary/timesOfDay';
import { TONES } from '../vocabulary/tones';

const text = z.string().trim().min(1, 'must not be empty').max(2000, 'is longer than 2000 characters');
const identifier = z
  .string()
  .regex(/^[a-zA-Z][\w.-]*$/, 'must start with a letter and use only letters, digits, ".", "-" or "_"');

/** Fewer examples than this and the recognizer cannot tell an intent from its neighbours (checked by the loader). */
export const MIN_EXAMPLES = 3;
/** The reserved intent whose examples are out-of-scope sentences: the recognizer learns to reject them. */
export const OUT_OF_SCOPE_INTENT = 'none';

export const intentSchema = z.strictObject({
  description: z.string().optional(),
  examples: z.array(text).min(1, 'needs at least one example'),
  /** Phrases with slots such as "my name is {name}": matched exactly, before the classifier. */
  patterns: z.array(text.regex(/\{[a-z]+\}/, 'must contain a slot such as {name}')).optional(),
  /**
   * Plain words for a slash command: when this intent is recognized, run this command instead, with
   * {slot} filled from the recognized entities, e.g. "/tone formal" or "/name {name}".
   */
  /** Topics this intent is about: recognizing it counts as interest in them. */
  topics: z.array(identifier).optional(),
  command: z.string().regex(/^\/[a-z]/, 'must be a slash command such as "/tone formal"').max(200).optional(),
  /**
   * Words of which at least one must be in the message for `command` to run ("stop", "remove", "no more"):
   * a message the model files here by a slip ("please repeat that music again") never removes anything.
   */
  commandNeeds: z.array(z.string().trim().min(1).max(200).toLowerCase()).optional(),
});

const oneOrMany = <T extends readonly [string, ...string[]]>(values: T) => z.union([z.enum(values), z.array(z.enum(values)).min(1)]);

/** When a variant applies. Every condition given must hold; a variant with more conditions is more specific. */
export const conditionSchema = z.strictObject({
  stage: oneOrMany(STAGES).optional(),
  timeOfDay: oneOrMany(TIMES_OF_DAY).optional(),
  mood: oneOrMany(MOODS).optional(),
  /** Placeholders that must have a value, e.g. [name] or [pet]. */
  known: z.array(identifier).min(1).optional(),
  channel: z.union([identifier, z.array(identifier).min(1)]).optional(),
});

const variantSchema = z.union([text, z.strictObject({ text, when: conditionSchema.optional() })]);
const variantListSchema = z.array(variantSchema).min(1, 'needs at least one variant');

/** A reply: a list of variants for every tone, or variants per tone (friendly is the default and required). */
export const replySchema = z.union([
  variantListSchema,
  z
    .strictObject(Object.fromEntries(TONES.map((tone) => [tone, variantListSchema.optional()])) as Record<(typeof TONES)[number], z.ZodOptional<typeof variantListSchema>>)
    .refine((tones) => tones.friendly !== undefined, 'a reply with tones needs a "friendly" list (the default tone)'),
]);

const cue = z.string().trim().min(1).max(200).toLowerCase();

/**
 * A kind of personal fact ("home", "pet", "favourite team"): how people state it, how they ask about it,
 * how it is shown and answered. The bot reads and answers every kind the same way, so adding one here
 * needs no code.
 */
export const factKindSchema = z.strictObject({
  /** How /profile and answers name it, e.g. "where you live". */
  label: text,
  /** Several values at once (likes, pets) or one that a new statement replaces (home). */
  many: z.boolean().default(false),
  /**
   * One value per detail (favourites): a new favourite food replaces the old one, a favourite colour stays.
   * The detail is the thing a `{detail}` slot names.
   */
  perDetail: z.boolean().optional(),
  /**
   * Read anywhere in a statement, not only where it starts: a {known} value said in passing beside something
   * else ("2nd year cs student at waterloo" is the second year, and computer science at Waterloo too).
   */
  inPassing: z.boolean().optional(),
  /** How a value is read: a place, a name (pets, partner), a date, a number (an age: "34", "71 years young"), or a thing (the words after the cue). */
  value: z.enum(['place', 'name', 'date', 'number', 'thing']).default('thing'),
  /**
   * How people state it: phrases with a {value} slot (at the end when left out), or {known} for a value
   * from `values` only, or {bare} for a value said without a determiner ("i can not do {bare}": "spicy
   * food", not "the transfer"), or {name} for a value that names something rather than a common word ("{name}
   * fan": "Habs", "chivas", not "jazz"), matched at the start of a clause after filler words. Contractions are expanded
   * first ("i'm" is "i am"), in the phrases as in messages. After "=>", the form the value is kept in
   * ("i teach => {value} teacher"). A {detail} slot holds the thing the value is of, kept as its detail ("my
   * favourite {detail} is": "pho" under "food"), one to three words that end in a noun; a phrase with it
   * that starts with "my" is also read without ("fav band is radwimps"), and a kind's own phrase without
   * the slot wins ("my favourite hobby is" is a like).
   */
  say: z.array(cue).default([]),
  /**
   * Words that name the kind as a label in front of its value, as in notes people type: "work: QA automation",
   * "hometown = Kolkata", "langs: bengali, hindi" (a label, then ":" or "=", then the value or values, read
   * the kind's way). Also with "my" in front ("my job: nurse"). A label ending in ":" ("from:", "born:") is read only
   * with its colon (or a dash), being a word people also say in a sentence ("liam, from Galway"). Kinds whose values are names use their
   * `nouns` and `general` instead ("wife: Olga", "partner = sam").
   */
  labels: z.array(cue).optional(),
  /**
   * For values that are names: the nouns that introduce one ("my husband Tom", "two dogs, Pepper and Salt").
   * "puppy (dog)" keeps the name under "dog", so "what's my dog called?" finds it; "beagle < dog" keeps it
   * under "beagle", a sort of dog: found when asked about a dog, and the answer to "what kind of dog?".
   */
  nouns: z.array(cue).optional(),
  /** Nouns that mean any value of the kind in a question ("my kids" for a son and a daughter). */
  general: z.array(cue).optional(),
  /**
   * The category every value is of (one of `memoryCategories`, as WordNet files them): its `say` phrases read
   * only such a value, so a phrase it shares with another kind goes to the one the value fits ("i play": the
   * fiddle is an instrument, chess a like), and a question narrowed to the category ("what instruments do I
   * play?") is about it.
   */
  category: z.string().min(1).optional(),
  /**
   * The places the kind is done at, as nouns WordNet files things under ("place of business" for work,
   * "educational institution" for study): a note that names one ("I do nails at a *salon*", "starting nursing
   * *school* in the fall") tells of the kind, and may answer a question about it said in no word of its own.
   */
  doneAt: z.array(cue).optional(),
  /**
   * What a value is never a sort of, as WordNet files its last word when said as a plural in lower case ("person"
   * for where one works: "guide for foreign tourists", "a class for refugees" say whom the work is for, not where).
   */
  notOf: z.array(cue).optional(),
  /** The values a `{known}` slot accepts ("i am {known}" for diets): a closed list for phrases that are otherwise ambiguous. */
  values: z.array(cue).optional(),
  /**
   * A category of `memoryCategories` whose every word a `{known}` slot accepts too, singular or plural ("i have
   * {known}" with `disease`: "cataracts", "glaucoma"), beside the listed `values`.
   */
  valuesOf: z.string().min(1).optional(),
  /**
   * Phrases in a question or a "forget ..." that point to this kind ("where do i live", "my job"). A
   * {detail} slot narrows it to one thing ("my favourite {detail}": "what's my fav drink?"); said without
   * "my", only with nothing about "you" ("fav band?", not "what's your fav band?").
   */
  ask: z.array(cue).min(1, 'needs at least one way of asking'),
  /** Other words for the thing in a {detail} slot, kept as the one in brackets: "movie (film)", "color (colour)". */
  details: z.array(cue).optional(),
  /** How a question or a "forget ..." narrowed to a detail names it ("your favourite {{detail}}"); default `label`. */
  detailLabel: text.optional(),
  /** Kinds a new value of this one removes the same value from (a dislike is never also a like). */
  opposite: z.array(identifier).optional(),
  /**
   * Values of which one holds at a time, in a kind that holds several ("vegan", "vegetarian", "pescatarian"): a
   * new one takes the place of the one kept, which is kept as what one used to be (`memoryFormerKinds`).
   */
  oneAtATime: z.array(cue).optional(),
  /** Kinds forgotten with this one when it is forgotten whole ("forget my job" takes where the work is done too). */
  forgetsWith: z.array(identifier).optional(),
  /**
   * Kinds whose answer stands in when a question about this one finds nothing: asked "where am I from?",
   * someone who only said they moved from Mumbai hears "you used to live in Mumbai" rather than "I don't know".
   */
  orElse: z.array(identifier).optional(),
  /**
   * Kinds told beside "I don't know" when this one is unknown, as what is known nearby: asked "where do I
   * live?", someone who only said they are from Cape Town hears "I don't know where you live yet, but you
   * told me where you're from: Cape Town." Unlike `orElse`, the answer never passes for this kind's.
   */
  near: z.array(identifier).optional(),
  /**
   * Stand-ins answer only with their values of this category (one of `memoryCategories`, as WordNet files
   * them), unless the question names its own: "what do I avoid eating?" is answered from the dislikes that
   * are food, never "horror movies".
   */
  orElseCategory: z.string().min(1).optional(),
  /**
   * Stand-ins answer only with their values that say one of these words: "what was my old job?" is answered
   * from the work told as "retired postman", never from the work one does now.
   */
  orElseSaying: z.array(cue).optional(),
  /**
   * Stand-ins answer only with their values that name something (each word capitalised, or unknown to the
   * lexicon and no "-ing" activity): "which club am I in?" is answered from a like "the Lakers", never
   * "vinyl" or "birdwatching".
   */
  orElseNamed: z.boolean().optional(),
  /**
   * `false`: asked of the person, the kind is answered only from a value kept as it, never from what a note says
   * ("how old am I?" is not answered "30" from "quiz night at 7:30", nor from "my son is 4").
   */
  fromNotes: z.boolean().optional(),
  /**
   * Recommendations steer clear of what a value names ("avoid": a dislike, an allergy), and of the words
   * listed for a value in `avoidWords` ("vegan" → meat, cheese …); or favour items whose title or tags
   * name it ("prefer": "I'm into jazz" → Kind of Blue), with /why saying so.
   */
  recommendations: z.enum(['avoid', 'prefer']).optional(),
  avoidWords: z.record(cue, z.array(cue)).optional(),
  /** The short form in an acknowledgement ("Got it: {{value}} the {{detail}}"); default {{value}}. */
  brief: text.optional(),
  /** The answer to a question about it: {{value}} (joined list) and {{detail}} (the noun, for named kinds). */
  answer: z.lazy(() => replySchema),
  /**
   * How it says it does not know, when that needs more than `memory.unknown` ("I only know your first name,
   * {{name}}"): {{label}} the kind's label, {{name}} the person's name (a variant with `when: { known: [name] }`
   * for when it is known).
   */
  unknown: z.lazy(() => replySchema).optional(),
  /** The answer to "what kind of dog do I have?": {{value}} is the sort ("beagle"), for kinds with "x < y" nouns. */
  sortAnswer: z.lazy(() => replySchema).optional(),
  /**
   * Kept about the people in the person's life too ("my sister is a pharmacist", "she's from Belfast"): read
   * with the same `say` phrases, as if they had said it. `label` names it in /profile ("work"); `answer`
   * answers "what does my sister do?": {{about}} is the noun asked about ("sister"), {{value}} the value.
   */
  about: z.strictObject({ label: text, answer: z.lazy(() => replySchema) }).optional(),
});

/** One content file in dialogs/. Every key is optional so content can be split across files freely. */
export const dialogFileSchema = z.strictObject({
  intents: z
    .record(identifier, intentSchema)
    .describe(`Intents by name. The name "${OUT_OF_SCOPE_INTENT}" is reserved: its examples are out-of-scope sentences the bot should not answer.`)
    .optional(),
  replies: z.record(identifier, replySchema).optional(),
  lists: z.record(identifier, z.array(text)).optional(),
  /** Kinds of personal fact: one table, see factKindSchema. */
  facts: z.record(identifier, factKindSchema).optional(),
});

export type IntentDefinition = z.infer<typeof intentSchema>;
export type DialogFile = z.infer<typeof dialogFileSchema>;
export type Condition = z.infer<typeof conditionSchema>;
export type ReplyDefinition = z.infer<typeof replySchema>;
export type FactKindDefinition = z.infer<typeof factKindSchema>;
