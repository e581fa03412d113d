import SentimentAnalyzer from 'natural/lib/natural/sentiment/SentimentAnalyzer';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';

/** AFINN scores words from -5 to 5; the analyzer averages them per word. This maps a clear message to about ±1. */
const AFINN_SCALE = 3;
/** Each frustration cue ("not working", "again?!", "ugh") pulls the score down by this much. */
const CUE_WEIGHT = 0.5;

/**
 * Sentiment in [-1, 1]: natural's AFINN analyzer, plus cues of frustration that word lists miss
 * ("still not working", "again", shouting). The cue phrases are content (dialogs/ lists).
 */
export function createSentimentScorer(frustrationCues: readonly string[]): (text: string) => number {
  const analyzer = afinnAnalyzer();
  const cues = frustrationCues.map((cue) => cue.toLowerCase());
  return (text) => {
    const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
    const base = words.length > 0 ? analyzer.getSentiment(words) / AFINN_SCALE : 0;
    const lowered = ` ${words.join(' ')} `;
    let cueCount = cues.filter((cue) => lowered.includes(` ${cue} `)).length;
    if (/[!?]{3,}/.test(text) || isShouting(text)) cueCount += 1;
    return clamp(base - CUE_WEIGHT * cueCount);
  };
}

let sharedAnalyzer: SentimentAnalyzer | undefined;
/**
 * One analyzer per process: building it stems all 3,382 AFINN words (about 25 ms), and every bot
 * (each test's, each live reload) would pay that again. getSentiment only reads its vocabulary.
 */
function afinnAnalyzer(): SentimentAnalyzer {
  sharedAnalyzer ??= new SentimentAnalyzer('English', PorterStemmer, 'afinn');
  return sharedAnalyzer;
}

function isShouting(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 8 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function clamp(value: number): number {
  return Math.max(-1, Math.min(1, Math.round(value * 1000) / 1000));
}
