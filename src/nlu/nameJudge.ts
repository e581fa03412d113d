import type { WordLexicon } from './wordLexicon';

/** Tags of words that describe or connect rather than name: "tired" (JJ), "here" (RB), "will" (MD). */
const NOT_NAME_TAGS = /^(JJ|JJR|JJS|RB|RBR|RBS|VB|VBD|VBG|VBN|VBP|VBZ|IN|MD|CC|DT|PRP|PRP\$|WDT|WP|WRB|TO|UH|RP|EX|PDT|CD)$/;

/** Tags of words that only connect others: never a name, however they are written. */
const CONNECTING_TAGS = /^(IN|CC|DT|PRP|PRP\$|TO|WDT|WP|WRB|EX|PDT)$/;

/**
 * Whether a typed word can be a person's (or a pet's) name. `strong` is for places where a name is
 * expected ("my name is _", "_ here", "a dog called _"); otherwise ("I'm _", "my cat _") the word must
 * look like a name on its own: known to the lexicon as a proper noun and not mostly an adjective or verb
 * ("I'm Grace" yes, "I'm tired", "I'm fine", "I'm vegan" no), or a word the lexicon and WordNet do not know.
 * `named`: the words before said outright that a name follows ("called", "named", "my name is").
 */
export function isLikelyName(typed: string, strong: boolean, lexicon: WordLexicon, notNames: ReadonlySet<string>, named = false): boolean {
  if (!/^\p{L}[\p{L}'’-]{0,29}$/u.test(typed)) return false;
  const lower = typed.toLowerCase();
  if (notNames.has(lower)) return false;
  const capital = lower[0].toUpperCase() + lower.slice(1);
  const proper = lexicon.tags(capital)?.includes('NNP') ?? false;
  const common = lexicon.tags(lower);
  // Right after "called", "named" or "my name is", a capitalized word is a name even when it is also an
  // adjective ("a dog called Lucky", "my daughter is called Alma"), unless it only connects words.
  if (named && typed !== lower && !(common && CONNECTING_TAGS.test(common[0]))) return true;
  const describes = common !== undefined && NOT_NAME_TAGS.test(common[0]);
  if (proper && !describes) return true;
  if (common === undefined) return !lexicon.isDescriptive(lower) || (strong && typed !== lower);
  // A common noun ("ken", "pepper") is a name only where one is expected, or when the user capitalized it.
  return !describes && (strong || typed !== lower);
}
