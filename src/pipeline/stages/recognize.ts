import { parseArithmetic } from '../../nlu/arithmetic';
import { contentList } from '../../content/content';
import { NONE_INTENT, type Recognition } from '../../nlu/recognizer';
import { asksInForm } from './asksInForm';
import { Turn, TurnDependencies } from '../turn';

/** The intent whose reply does the sum (dialogs/limits.yaml). */
export const CALCULATE_INTENT = 'calculate';

/**
 * What the message means. A message that is nothing but a sum ("12 x 3", "what's 15% of 80?") is read
 * by the arithmetic parser whatever the model says: its words alone cannot tell "6 x 7" from "6 x 8".
 * A feeling, news or remark read as good when its words are clearly bad (or the reverse) takes the other kind.
 */
export async function recognize(turn: Turn, deps: TurnDependencies): Promise<void> {
  const recognition = await beyondLaughter(await deps.recognizer.recognize(turn.text), turn.text, deps);
  const sum = parseArithmetic(turn.text);
  const read = sum && recognition.intent !== CALCULATE_INTENT ? { ...recognition, intent: CALCULATE_INTENT, score: 1 } : withPolarity(recognition);
  turn.recognition = askedNotNamed(read, turn.text, deps);
}

/** The intent that tells the bot one's name. */
const TELL_NAME_INTENT = 'tellName';

/**
 * "how often am I on call?", "am I on nights this week": a question with no name in it never tells one's name, though
 * its "am I" reads like "I am". It is read as no intent, so what was told answers it.
 */
function askedNotNamed(recognition: Recognition, text: string, deps: TurnDependencies): Recognition {
  if (recognition.intent !== TELL_NAME_INTENT || recognition.entities.some((entity) => entity.type === 'name')) return recognition;
  return asksInForm(text, deps) ? { ...recognition, intent: NONE_INTENT } : recognition;
}

/** How the person feels (dialogs/feelings.yaml): answered with sympathy even when the message also tells a fact. */
const FEELINGS = new Set(['feelGood', 'feelBad', 'feelTired', 'feelNervous', 'feelBored', 'feelHungry']);
/** The glue intent of laughter (dialogs/glue.yaml). */
const LAUGH_INTENT = 'laugh';
/** Words beside the laughter that make a message of their own ("failed my test again lol"). */
const MIN_WORDS_BESIDE_LAUGHTER = 3;

/**
 * Laughter said alongside something else ("just failed my driving test again lol 😭") is how it is said,
 * not what: the rest is read on its own, and kept when it means something. The markers are content
 * (`laughMarkers` in dialogs/).
 */
async function beyondLaughter(recognition: Recognition, text: string, deps: TurnDependencies): Promise<Recognition> {
  if (recognition.intent !== LAUGH_INTENT) return recognition;
  const markers = new Set(contentList(deps.content, 'laughMarkers').map((marker) => marker.toLowerCase()));
  const words = text.split(/\s+/).filter((word) => word.length > 0);
  const rest = words.filter((word) => !markers.has(word.toLowerCase().replace(/^[^\p{L}\p{Extended_Pictographic}]+|[^\p{L}\p{Extended_Pictographic}]+$/gu, '')));
  if (rest.filter((word) => /\p{L}/u.test(word)).length < MIN_WORDS_BESIDE_LAUGHTER) return recognition;
  const read = await deps.recognizer.recognize(rest.join(' '));
  return NEWS_AND_FEELINGS.has(read.intent) ? read : recognition;
}

/** What laughter may be said beside and not change (dialogs/feelings.yaml). */
const NEWS_AND_FEELINGS = new Set([...FEELINGS, 'shareGoodNews', 'shareBadNews', 'tellEvent', 'tellOutcome']);

/** Feelings, news and remarks about the bot that come in a good and a bad kind (dialogs/feelings.yaml, chitchat.yaml). */
const OPPOSITES: Record<string, string> = { feelGood: 'feelBad', feelBad: 'feelGood', shareGoodNews: 'shareBadNews', shareBadNews: 'shareGoodNews', compliment: 'insult', insult: 'compliment' };
const POSITIVE = new Set(['feelGood', 'shareGoodNews', 'compliment']);
/** A sentiment this clear decides between the good and the bad kind ("today was awful" is not a good day). */
const CLEAR_SENTIMENT = 0.3;
/**
 * A summed valence this clear does too: one clearly good or bad word (AFINN ±2: "lonely", "proud"), so a
 * feeling said in a long sentence is not averaged away ("I'm feeling pretty lonely tonight").
 */
const CLEAR_POLARITY = 2;

function withPolarity(recognition: Recognition): Recognition {
  const opposite = Object.hasOwn(OPPOSITES, recognition.intent) ? OPPOSITES[recognition.intent] : undefined;
  if (!opposite) return recognition;
  const positive = POSITIVE.has(recognition.intent);
  const { sentiment, polarity } = recognition;
  const contradicts =
    polarity === undefined ? (positive ? sentiment <= -CLEAR_SENTIMENT : sentiment >= CLEAR_SENTIMENT) : positive ? polarity <= -CLEAR_POLARITY : polarity >= CLEAR_POLARITY;
  return contradicts ? { ...recognition, intent: opposite } : recognition;
}

/** Feelings and conversational glue (dialogs/feelings.yaml, glue.yaml, chitchat.yaml): said, not facts to keep. */
const FEELINGS_AND_GLUE = new Set([...FEELINGS, 'compliment', 'insult', 'affirm', 'deny', 'acknowledge', 'laugh', 'hesitate', 'apologize', 'nevermind', 'again']);
/** How sure the model must be before a message is kept from the personal-memory reader. */
const SURE = 0.8;

/** Feelings and good or bad news: answered first when the same message also tells facts. */
const FEELINGS_AND_NEWS = new Set([...FEELINGS, 'shareGoodNews', 'shareBadNews']);

/** Whether an intent is a feeling or good or bad news (not glue): what a person tells, not asks. */
export function isMoodIntent(intent: string): boolean {
  return FEELINGS_AND_NEWS.has(intent);
}

/** The model is sure the message says how the person feels or what happened to them (not glue). */
export function tellsMood(recognition: Recognition | undefined): boolean {
  return recognition !== undefined && FEELINGS_AND_NEWS.has(recognition.intent) && recognition.score >= SURE;
}

/** The model is sure the message says how the person feels (or is glue), so nothing in it is a fact about them. */
export function tellsFeeling(recognition: Recognition | undefined): boolean {
  return recognition !== undefined && FEELINGS_AND_GLUE.has(recognition.intent) && recognition.score >= SURE;
}
