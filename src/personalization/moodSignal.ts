import type { Recognition } from '../nlu/recognizer';

/** What recognized feelings, news, praise and insults mean for mood (an insult is frustration). */
const INTENT_MOOD: Record<string, number> = {
  feelGood: 0.7,
  shareGoodNews: 0.8,
  compliment: 0.6,
  laugh: 0.4,
  feelBad: -0.6,
  shareBadNews: -0.7,
  feelTired: -0.4,
  feelNervous: -0.3,
  insult: -1,
  // "sorry, my bad" is politeness, not a bad mood.
  apologize: 0,
};
/** Below this confidence in the intent, the words alone decide. */
const CONFIDENT = 0.5;

/**
 * What a message says about mood, in [-1, 1]. Said feelings and news count for what they mean ("I'm
 * exhausted" has no sentiment word; "I passed!" is joy); other messages count for their sentiment.
 */
export function moodSignal(recognition: Pick<Recognition, 'intent' | 'score' | 'sentiment'>): number {
  if (recognition.score < CONFIDENT || !Object.hasOwn(INTENT_MOOD, recognition.intent)) return recognition.sentiment;
  const meaning = INTENT_MOOD[recognition.intent];
  // The stronger of the two when they agree ("I'm SO happy!!"), the meaning when they do not.
  return Math.sign(meaning) === Math.sign(recognition.sentiment) && Math.abs(recognition.sentiment) > Math.abs(meaning) ? recognition.sentiment : meaning;
}
