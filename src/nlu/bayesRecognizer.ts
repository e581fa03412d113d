import BayesClassifier from 'natural/lib/natural/classifiers/bayes_classifier';
import { NONE_INTENT, Recognition, Recognizer } from './recognizer';

export interface LabeledExample {
  text: string;
  intent: string;
}

/**
 * Naive Bayes spreads probability thinly over many intents, so an absolute threshold does not work on
 * small content; the best intent must instead stand out from the runner-up by this factor.
 */
const MIN_MARGIN = 1.8;

/** natural's naive Bayes over stemmed words: the simple first engine, kept as a baseline. */
export class BayesRecognizer implements Recognizer {
  private readonly classifier = new BayesClassifier();

  constructor(examples: readonly LabeledExample[]) {
    for (const { text, intent } of examples) this.classifier.addDocument(text, intent);
    this.classifier.train();
  }

  async recognize(text: string): Promise<Recognition> {
    const raw = this.classifier.getClassifications(text);
    const total = raw.reduce((sum, c) => sum + c.value, 0);
    const intents = total > 0 ? raw.map((c) => ({ intent: c.label, score: c.value / total })).slice(0, 5) : [];
    const best = intents[0];
    const runnerUp = intents[1]?.score ?? 0;
    const confident = best !== undefined && best.score >= MIN_MARGIN * runnerUp;
    return {
      intent: confident ? best.intent : NONE_INTENT,
      score: best?.score ?? 0,
      intents,
      entities: [],
      sentiment: 0,
    };
  }
}
