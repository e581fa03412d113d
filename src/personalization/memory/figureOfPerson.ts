import { nounKinds } from '../../nlu/nounKinds';

/** Steps up WordNet's hierarchy a sense is followed to find "person" ("police officer" → lawman → … → person is four). */
const DEPTH = 10;

/** Whether the commonest sense of a noun is a person, or undefined when WordNet does not know it. */
function commonlyPerson(noun: string): boolean | undefined {
  const above = nounKinds().sensesAbove(noun, DEPTH, 1);
  if (above.size === 0) return undefined;
  return [...above.values()].some((words) => words.includes('person'));
}

/**
 * "night owl", "couch potato", "early bird", "(total) gym rat": a compound WordNet knows whole as a person while its last
 * word is commonly no person at all (an owl, a potato), so it says how someone is, not the work they do, which
 * the last word alone of a compound names ("bus driver", "police officer").
 */
export function isFigureOfPerson(value: string): boolean {
  const words = value.toLowerCase().trim().split(/\s+/);
  if (words.length < 2 || commonlyPerson(words[words.length - 1]) !== false) return false;
  // "a total gym rat": the compound may come after words that only say how much.
  return words.slice(0, -1).some((_, at) => commonlyPerson(words.slice(at).join(' ')) === true);
}
