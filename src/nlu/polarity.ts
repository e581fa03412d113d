import SentimentAnalyzer from 'natural/lib/natural/sentiment/SentimentAnalyzer';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';

/** How many words after "not", "never" or a "-n't" word have their valence turned round ("not too bad"). */
const NEGATION_SCOPE = 2;
/** Shorter stems are too often other words. */
const MIN_STEM = 4;
const NEGATIONS = new Set(['not', 'no', 'never', 'neither', 'nor', 'nothing', 'without', 'hardly', 'barely']);

/** The valence of a word content adds (AFINN's scale is -5 … 5; its milder words are ±2). */
const EXTRA_VALENCE = 2;

/**
 * Words AFINN lacks, from content: how things went ("went *well*", "*aced* it", "*bombed*"), and phrases
 * that wish things had been otherwise ("could have", "should've").
 */
export interface PolarityWords {
  good: readonly string[];
  bad: readonly string[];
  counterfactual: readonly string[];
  /** Words that carry no valence as a message's first word ("*well*, I'm sad"). */
  openers?: readonly string[];
}

/**
 * Whether a message is said in a good or a bad way, as the sum of its words' AFINN valences (each -5 … 5):
 * a negation turns round the next few words ("can't complain", "not bad at all"), and hedges and
 * intensifiers are not words of their own ("pretty lonely" is lonely, "kind of down" is down). Unlike
 * the per-word average (`createSentimentScorer`), one clearly valenced word in a long message still counts.
 * Words to skip are content (dialogs/ `lists.polarityNeutral`), matched as whole words or phrases.
 */
export function createPolarityScorer(neutral: readonly string[], extra: PolarityWords = { good: [], bad: [], counterfactual: [] }): (text: string) => number {
  const analyzer = new SentimentAnalyzer('English', undefined, 'afinn');
  const added = new Map<string, number>([...extra.good.map((word) => [word.toLowerCase(), EXTRA_VALENCE] as const), ...extra.bad.map((word) => [word.toLowerCase(), -EXTRA_VALENCE] as const)]);
  const openers = new Set((extra.openers ?? []).map((word) => word.toLowerCase()));
  const counterfactual = extra.counterfactual.map((phrase) => phrase.toLowerCase().split(/\s+/).filter(Boolean)).filter((words) => words.length > 0);
  const valenceOf = (word: string): number => {
    const own = added.get(word);
    if (own !== undefined) return own;
    const exact = analyzer.getSentiment([word]);
    if (exact !== 0) return exact;
    // A stem finds inflected forms ("worrying"), but a short one is another word ("has" → "ha", laughter).
    const stem = PorterStemmer.stem(word);
    return stem.length >= MIN_STEM && stem !== word ? analyzer.getSentiment([stem]) : 0;
  };
  const phrases = neutral.map((hedge) => hedge.toLowerCase().split(/\s+/).filter(Boolean)).filter((words) => words.length > 0);
  return (text) => {
    const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
    let sum = 0;
    let negatedFor = 0;
    for (let i = 0; i < words.length; i++) {
      const word = words[i];
      // A hedge only shades the next word ("pretty" in "pretty lonely" is not praise): skip it.
      const skip = phrases.find((phrase) => phrase.every((part, k) => words[i + k] === part));
      if (skip) {
        i += skip.length - 1;
        continue;
      }
      // "it could have gone better" is not praise, "could've been worse" is: the wish turns the next words round.
      const wish = counterfactual.find((phrase) => phrase.every((part, k) => words[i + k] === part));
      if (wish) i += wish.length - 1;
      if (wish || NEGATIONS.has(word) || word.endsWith("n't")) {
        negatedFor = NEGATION_SCOPE;
        continue;
      }
      const valence = i === 0 && openers.has(word) ? 0 : valenceOf(word);
      sum += negatedFor > 0 ? -valence : valence;
      if (negatedFor > 0) negatedFor -= 1;
    }
    return sum;
  };
}
