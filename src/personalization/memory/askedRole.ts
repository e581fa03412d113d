// Reads which role a question asks a note to fill: what a thing is made of, or whom it is for.
import type { NoteLexicon } from './noteLexicon';
import { isPunctuation, tokenize } from './tokens';

/**
 * `material`: what a thing is made of ("what did he make it from?"); `recipient`: whom it is for ("who's the chest for?");
 * `yesNo`: whether one does or has something ("do I have a lathe?"); `deed`: what one does somewhere ("what do I do at the gym?");
 * `work`: what someone else does for work ("what does jade do?", "what's steve's job?").
 */
export type AskedRole = 'material' | 'recipient' | 'yesNo' | 'deed' | 'work';

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
  if (asksOthersWork(words, lexicon)) return 'work';
  return undefined;
}

/**
 * "what does jade do?", "what did your dad do for a living?", "what's steve's job?": someone's work, asked by one of
 * `memoryOthersWorkOpeners`, someone named after it (not "I", "we" or "you", whose questions other readings answer),
 * and one of `memoryAskedWorkEnds` closing it, or a word of `memoryWorkWords` closing it after a possessive.
 */
function asksOthersWork(words: readonly string[], lexicon: NoteLexicon): boolean {
  const { roles } = lexicon;
  const opener = roles.othersWorkOpeners.find((phrase) => words.length > phrase.length && phrase.every((word, at) => words[at] === word));
  if (!opener) return false;
  const rest = words.slice(opener.length);
  if (rest.some((word) => roles.yesNoSubjects.has(word) || lexicon.you.has(word))) return false;
  const end = roles.othersWorkEnds.find((phrase) => rest.length > phrase.length && phrase.every((word, at) => rest[rest.length - phrase.length + at] === word));
  if (end) return true;
  return rest.length >= 3 && lexicon.workWords.has(rest[rest.length - 1]) && /^['’]s$/u.test(rest[rest.length - 2]);
}
