import { contentList } from '../../content/content';
import { noteLexicon } from '../../personalization/memory/noteLexicon';
import { examplesStems, toldStems } from '../../personalization/memory/bestNote';
import type { Turn, TurnDependencies } from '../turn';

/** A word that holds a figure: an amount, a time, a date, a count ("$28", "6:30", "15"). */
const FIGURE = /\p{N}/u;

/**
 * "$28 an hour, casual" read as a tone request, "morning collection at 6 and evening at 6:30" as a greeting, "start
 * date April 15" as starting over: a statement that holds a figure the intent was never taught with, and says more
 * words beyond the intent's own than of them, tells of the person whatever the model matched on one word of it. An
 * intent taught with figures (an alarm, a sum, a countdown) reads them itself, one that asks of the world (the weather)
 * is about its figures; nor is a message with a "?" one.
 */
export function figureBeyondIntent(turn: Turn, deps: TurnDependencies): boolean {
  const recognition = turn.recognition;
  if (!recognition) return false;
  // Asked by five stages of one turn: worked out once per reading of the turn (its recognition and its text).
  const known = seen.get(recognition);
  if (known?.text === turn.text && known.content === deps.content) return known.beyond;
  const beyond = figureBeyond(turn, deps);
  seen.set(recognition, { text: turn.text, content: deps.content, beyond });
  return beyond;
}

const seen = new WeakMap<NonNullable<Turn['recognition']>, { text: string; content: TurnDependencies['content']; beyond: boolean }>();

function figureBeyond(turn: Turn, deps: TurnDependencies): boolean {
  const recognition = turn.recognition;
  const intent = recognition ? deps.content.intents.get(recognition.intent) : undefined;
  if (!intent || turn.text.includes('?') || intent.examples.some((example) => FIGURE.test(example))) return false;
  // "weather is lovely today, 25 degrees": an intent that asks of the world (`memoryAskingIntents`) is about the world's figures too.
  if (contentList(deps.content, 'memoryAskingIntents').includes(recognition?.intent ?? '')) return false;
  const lexicon = noteLexicon(deps.content);
  const own = examplesStems(intent.examples, lexicon);
  const words = [...toldStems([turn.text], lexicon)].filter((word) => !lexicon.stopWords.has(word));
  const beyond = words.filter((word) => !own.has(word));
  return beyond.some((word) => FIGURE.test(word)) && beyond.length > words.length - beyond.length;
}
