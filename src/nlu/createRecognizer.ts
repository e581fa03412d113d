import { Content, contentList } from '../content/content';
import { BayesRecognizer, LabeledExample } from './bayesRecognizer';
import { PatternRecognizer } from './patternRecognizer';
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

/** Patterns from dialogs/ first (exact, with slots), then the statistical classifier. */
export function createRecognizer(content: Content): Recognizer {
  const patterns = [...content.intents].flatMap(([intent, definition]) => (definition.patterns ?? []).map((pattern) => ({ intent, pattern })));
  return new PatternRecognizer(patterns, { name: createNameValidator(content) }, new BayesRecognizer(trainingExamples(content)));
}
