// Reads which role a question asks a note to fill: what a thing is made of, or whom it is for.
import type { NoteLexicon } from './noteLexicon';
import { isPunctuation, tokenize } from './tokens';

/**
 * `material`: what a thing is made of ("what did he make it from?"); `recipient`: whom it is for ("who's the chest for?");
 * `yesNo`: whether one does or has something ("do I have a lathe?"); `deed`: what one does somewhere ("what do I do at the gym?").
 */
export type AskedRole = 'material' | 'recipient' | 'yesNo' | 'deed';

/**
 * The role a question asks for by its last word: "of" or "from" after a verb of making asks the material ("what's the
 * box made of?"), "for" in a question opening with "who" asks whom it is for; opened by "do I", "am I", it asks yes or
 * no. Undefined for any other question.
 */
export function askedRole(text: string, lexicon: NoteLexicon): AskedRole | undefined {
  const words = tokenize(text, lexicon.memory.contractedIs)
    .filter((token) => !isPunctuation(token) && !lexicon.memory.fillers.has(token.norm))
    .map((token) => token.norm);
  const last = words.at(-1);
  if (last === undefined || words.length < 3) return undefined;
  const { roles } = lexicon;
  if (roles.materialAskLinks.has(last) && words.slice(0, -1).some((word) => roles.makingVerbs.has(word))) return 'material';
  if (roles.recipientLinks.has(last) && roles.recipientAsks.has(words[0])) return 'recipient';
  // "what do I do for work?" asks one's work, which the work kind answers.
  const deed = roles.deedAsks.find((phrase) => words.length > phrase.length && phrase.every((word, at) => words[at] === word));
  if (deed && !words.slice(deed.length).some((word) => lexicon.workWords.has(word))) return 'deed';
  if (roles.yesNoOpeners.has(words[0]) && roles.yesNoSubjects.has(words[1])) return 'yesNo';
  return undefined;
}
