import NounInflector from 'natural/lib/natural/inflectors/noun_inflector';

const inflector = new NounInflector();

/**
 * The plural of a noun, a compound's by its irregular last part too: "grandchild" → "grandchildren",
 * "stepchild" → "stepchildren", as "child" → "children".
 */
export function pluralize(noun: string): string {
  const plural = inflector.pluralize(noun);
  if (plural !== `${noun}s`) return plural;
  for (let at = 1; at <= noun.length - 3; at++) {
    const tail = noun.slice(at);
    const tails = inflector.pluralize(tail);
    if (tails !== `${tail}s` && tails !== `${tail}es` && tails !== tail) return noun.slice(0, at) + tails;
  }
  return plural;
}
