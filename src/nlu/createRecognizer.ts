import { Content, contentList } from '../content/content';
import { BayesRecognizer, LabeledExample } from './bayesRecognizer';
import { PatternRecognizer, SlotValidator } from './patternRecognizer';
import { createSentimentScorer } from './sentiment';
import { matchTopic } from '../personalization/topics';
import { Recognizer } from './recognizer';
import { validateName } from './validateName';

/** The examples of every intent in dialogs/, as training data. */
export function trainingExamples(content: Content): LabeledExample[] {
  return [...content.intents].flatMap(([intent, definition]) => definition.examples.map((text) => ({ text, intent })));
}

export function createNameValidator(content: Content): (typed: string) => string | undefined {
  const notNames = new Set(contentList(content, 'notNames').map((word) => word.toLowerCase()));
  return (typed) => validateName(typed, notNames);
}

/**
 * Reads a bare answer to "what should I call you?" as a name: at most two words, none of them a word
 * the bot knows from its intent examples ("recommend something" is a request, not a name).
 */
export function createBareNameReader(content: Content): (typed: string) => string | undefined {
  const validate = createNameValidator(content);
  const vocabulary = new Set<string>();
  for (const [intent, definition] of content.intents) {
    if (intent === 'tellName') continue;
    for (const example of definition.examples) for (const word of example.toLowerCase().match(/[\p{L}']+/gu) ?? []) vocabulary.add(word);
  }
  return (typed) => {
    const name = validate(typed);
    if (!name) return undefined;
    const words = name.toLowerCase().split(' ');
    return words.length <= 2 && !words.some((word) => vocabulary.has(word)) ? name : undefined;
  };
}

/** Patterns from dialogs/ first (exact, with slots), then the statistical classifier; sentiment on every message. */
export function createRecognizer(content: Content, findCity: (text: string) => { city: string } | undefined): Recognizer {
  const patterns = [...content.intents].flatMap(([intent, definition]) => (definition.patterns ?? []).map((pattern) => ({ intent, pattern })));
  const validators = createSlotValidators(content, findCity);
  const classifier = new BayesRecognizer(trainingExamples(content));
  return withSentiment(new PatternRecognizer(patterns, validators, classifier), createSentimentScorer(contentList(content, 'frustrationCues')));
}

/** How each slot in a pattern is checked: a name must look like a name, a city must be a known city. */
function createSlotValidators(content: Content, findCity: (text: string) => { city: string } | undefined): Record<string, SlotValidator> {
  const notThings = new Set(contentList(content, 'notThings').map((word) => word.toLowerCase()));
  const pets = new Set(contentList(content, 'pets').map((word) => word.toLowerCase()));
  const name = createNameValidator(content);
  return {
    name,
    petname: name,
    city: (typed) => findCity(typed)?.city,
    topic: (typed) => matchTopic(typed, content),
    pet: (typed) => (pets.has(typed.toLowerCase()) ? typed.toLowerCase() : undefined),
    thing: (typed) => {
      const thing = typed.trim().toLowerCase();
      const words = thing.split(/\s+/);
      return thing.length <= 40 && words.length <= 4 && !notThings.has(words[0]) ? thing : undefined;
    },
  };
}

/** Adds a sentiment score to whatever the inner recognizer found. */
function withSentiment(inner: Recognizer, score: (text: string) => number): Recognizer {
  return {
    recognize: async (text) => ({ ...(await inner.recognize(text)), sentiment: score(text) }),
  };
}
