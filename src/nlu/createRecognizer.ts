import { Content, contentList } from '../content/content';
import type { LabeledText } from './datasets';
import { createEntityExtractor } from './entities';
import type { TrainingProgress } from './intentModel';
import { LinearRecognizer } from './linearRecognizer';
import { PatternRecognizer, SlotDefinition } from './patternRecognizer';
import { createSentimentScorer } from './sentiment';
import { createPolarityScorer } from './polarity';
import { matchTopic, matchTopicWord } from '../content/topics';
import { Recognizer } from './recognizer';
import { validateName, withoutEndMark } from './validateName';
import { notNameWords } from '../content/notNameWords';
import { isLikelyName } from './nameJudge';
import { wordLexicon } from './wordLexicon';

/**
 * The examples of every intent in dialogs/, as training data. An intent named `none` holds
 * out-of-scope sentences: they teach the model what to reject rather than an intent of its own.
 */
export function trainingExamples(content: Content): LabeledText[] {
  return [...content.intents].flatMap(([intent, definition]) => definition.examples.map((text) => ({ text, intent })));
}

export function createNameValidator(content: Content): (typed: string) => string | undefined {
  const notNames = notNameWords(content);
  return (typed) => validateName(typed, notNames);
}

/**
 * Reads a bare answer to "what should I call you?" as a name: at most two words, none of them a word
 * the bot knows from its intent examples ("recommend something" is a request, not a name).
 */
export function createBareNameReader(content: Content): (typed: string) => string | undefined {
  const validate = createNameValidator(content);
  const vocabulary = intentVocabulary(content);
  const notNames = notNameWords(content);
  return (typed) => {
    const name = validate(typed);
    if (!name) return undefined;
    const words = name.toLowerCase().split(' ');
    if (words.length > 2 || words.some((word) => vocabulary.has(word))) return undefined;
    // "sup", "exhausted", "here": the lexicon knows them as other words than names. Typed in lower case,
    // a common word ("increase", "bolt") is a name only when the lexicon knows it first as one ("mark" → Mark).
    const lexicon = wordLexicon();
    const commonOnly = (word: string) => word === word.toLowerCase() && lexicon.tags(word) !== undefined && lexicon.tags(word[0].toUpperCase() + word.slice(1))?.[0] !== 'NNP';
    return withoutEndMark(typed).split(/\s+/).every((word) => isLikelyName(word, true, lexicon, notNames) && !commonOnly(word)) ? name : undefined;
  };
}

/** Every word of the intent examples but tellName's (where names are the point). */
function intentVocabulary(content: Content): Set<string> {
  const vocabulary = new Set<string>();
  for (const [intent, definition] of content.intents) {
    if (intent === 'tellName') continue;
    for (const example of definition.examples) for (const word of example.toLowerCase().match(/[\p{L}']+/gu) ?? []) vocabulary.add(word);
  }
  return vocabulary;
}

export interface RecognizerOptions {
  /**
   * Where trained models are cached by content hash, so a restart with unchanged dialogs does not
   * retrain; `false` (the default) trains at every start. The server passes the configured
   * `NLU_CACHE_DIR` (src/config/).
   */
  cacheDir?: string | false;
  /** Reference time for relative dates in entities. */
  now?: () => Date;
  progress?: TrainingProgress;
}

// Content never changes once loaded: one model per content object spares tests and the CLI a retrain.
const models = new WeakMap<Content, LinearRecognizer>();

/** Patterns from dialogs/ first (exact, with slots), then the intent model with entities; sentiment on every message. */
export function createRecognizer(content: Content, findCity: (text: string) => { city: string } | undefined, options: RecognizerOptions = {}): Recognizer {
  const patterns = [...content.intents].flatMap(([intent, definition]) => (definition.patterns ?? []).map((pattern) => ({ intent, pattern })));
  const validators = createSlotValidators(content, findCity);
  const classifier = createIntentRecognizer(content, options);
  return withSentiment(new PatternRecognizer(patterns, validators, classifier), createSentimentScorer(contentList(content, 'frustrationCues')), createPolarityScorer(contentList(content, 'polarityNeutral'), { good: contentList(content, 'polarityGood'), bad: contentList(content, 'polarityBad'), counterfactual: contentList(content, 'polarityCounterfactual'), openers: contentList(content, 'polarityOpeners') }));
}

/** The intent model trained on dialogs/ (or loaded from the cache), with entities from the same content. */
export function createIntentRecognizer(content: Content, options: RecognizerOptions = {}): LinearRecognizer {
  const entities = createEntityExtractor(content, { now: options.now });
  const memo = models.get(content);
  if (memo) return new LinearRecognizer(memo.model, entities, memo.info);
  const cacheDir = options.cacheDir ?? false;
  const recognizer = cacheDir
    ? LinearRecognizer.loadOrTrain(trainingExamples(content), cacheDir, { entities, progress: options.progress })
    : LinearRecognizer.train(trainingExamples(content), { entities, progress: options.progress });
  models.set(content, recognizer);
  return recognizer;
}

/**
 * How each slot in a pattern is checked: a name must look like a name, a city must be a known city.
 * `casualname` is a name said in passing ("I'm Dana"), checked harder and reported as a name.
 */
function createSlotValidators(content: Content, findCity: (text: string) => { city: string } | undefined): Record<string, SlotDefinition> {
  const notThings = new Set(contentList(content, 'notThings').map((word) => word.toLowerCase()));
  // "I love chatting with you" is about the bot: no thing of the person's own.
  const withYou = contentList(content, 'memoryWithYou').map((phrase) => ` ${phrase.toLowerCase()}`);
  const pets = new Set(contentList(content, 'pets').map((word) => word.toLowerCase()));
  const name = createNameValidator(content);
  return {
    name,
    petname: name,
    // "I'm Dana", where "I'm off" or "i'm heading out" is no introduction: read like a bare answer.
    casualname: { validate: createBareNameReader(content), entityType: 'name' },
    city: (typed) => findCity(typed)?.city,
    topic: (typed) => matchTopic(typed, content),
    // A topic in everyday words ("what should I {topicword} tonight": cook, watch, listen to).
    topicword: { validate: (typed) => matchTopicWord(typed, content), entityType: 'topic' },
    pet: (typed) => (pets.has(typed.toLowerCase()) ? typed.toLowerCase() : undefined),
    thing: (typed) => {
      const thing = typed.trim().toLowerCase();
      const words = thing.split(/\s+/);
      return thing.length <= 40 && words.length <= 4 && !notThings.has(words[0]) && !withYou.some((phrase) => thing.endsWith(phrase)) ? thing : undefined;
    },
  };
}

/** Adds a sentiment score and a polarity to whatever the inner recognizer found. */
function withSentiment(inner: Recognizer, score: (text: string) => number, polarity: (text: string) => number): Recognizer {
  return {
    recognize: async (text) => ({ ...(await inner.recognize(text)), sentiment: score(text), polarity: polarity(text) }),
    info: inner.info,
  };
}
