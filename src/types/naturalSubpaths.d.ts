// natural's root module loads every part of the library (about 1 s); these subpaths load only what we use.
declare module 'natural/lib/natural/classifiers/bayes_classifier' {
  import { BayesClassifier } from 'natural';
  export = BayesClassifier;
}

declare module 'natural/lib/natural/distance/levenshtein_distance' {
  export { DamerauLevenshteinDistance, LevenshteinDistance } from 'natural';
}

declare module 'natural/lib/natural/sentiment/SentimentAnalyzer' {
  import { SentimentAnalyzer } from 'natural';
  export = SentimentAnalyzer;
}

declare module 'natural/lib/natural/stemmers/porter_stemmer' {
  import { PorterStemmer } from 'natural';
  export = PorterStemmer;
}

declare module 'natural/lib/natural/inflectors/noun_inflector' {
  import { NounInflector } from 'natural';
  export = NounInflector;
}

declare module 'natural/lib/natural/inflectors/present_verb_inflector' {
  import { PresentVerbInflector } from 'natural';
  export = PresentVerbInflector;
}

declare module 'natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json' {
  /** natural's English lexicon (the Brill tagger's): word → part-of-speech tags, most frequent first. */
  const lexicon: Record<string, string[]>;
  export = lexicon;
}
