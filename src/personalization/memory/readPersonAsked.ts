import type { WordLexicon } from '../../nlu/wordLexicon';
import { skipFillers } from './clauses';
import type { MemoryLexicon } from './factKinds';
import { isPunctuation, tokenize, type Token } from './tokens';

/** Tags of the words that open a question: "who", "whose", "what", "which", "how", "when", "where". */
const QUESTION_TAGS = /^(WP|WP\$|WDT|WRB)$/;
/** Tags of the verb a question turns on: "is", "does", "did", "can". */
const VERB_TAGS = /^(VB|VBZ|VBP|VBD|MD)$/;

/** What a name is weighed by: the tagger and WordNet, and whether it names a place or a time ("Peru", "Easter"). */
export interface NameWords {
  words: WordLexicon;
  notNames: ReadonlySet<string>;
  /** A time or a place ("Easter", "Peru"), which no one asks of as a person; a place may be a name when asked "who". */
  isThing(name: string, asksWho: boolean): boolean;
}

/**
 * "who's Jonas?", "how old is Lena?", "what are Tom's kids called", "what's going on with Gary": the names
 * of the people a question is about, as typed (a name of several words whole: "Elon Musk"). A name is the
 * subject the question's verb turns on, or follows a word that says whom it is about ("with", "about"). It is
 * a word the tagger knows only as a proper noun, or not at all, in a capital (in lower case, one it knows as a
 * proper noun). "what is Netflix?" asks what, not who: a name alone after "what is" is no one.
 */
export function peopleAsked(text: string, lexicon: MemoryLexicon, names: NameWords): string[] {
  const tokens = tokenize(text, lexicon.contractedIs).filter((token) => token.norm === ',' || !isPunctuation(token));
  const start = skipFillers(tokens, 0, lexicon.fillers);
  const opener = names.words.tags(tokens[start]?.norm ?? '');
  if (!opener || !QUESTION_TAGS.test(opener[0])) return [];
  // "what's …" and "which is …" ask for a thing when nothing follows the name; "who" and "how" ask about someone.
  const asksWhat = opener.includes('WDT');
  const asksWho = !asksWhat && opener[0].startsWith('WP');
  const verb = tokens.findIndex((token, at) => at > start && VERB_TAGS.test(names.words.tags(token.norm)?.[0] ?? ''));
  const asked: string[] = [];
  for (let at = start + 1; at < tokens.length; at++) {
    const subject = at === verb + 1 && verb > start;
    const about = at > start + 1 && lexicon.aboutSomeone.has(tokens[at - 1].norm);
    if (!(subject || about) || !isNameLike(tokens[at], names)) continue;
    let end = at + 1;
    // "Elon Musk", "emma watson": a word in a capital that can be a noun, or another name, goes on the name.
    while (end < tokens.length && (isNameLike(tokens[end], names) || (/^\p{Lu}\p{Ll}/u.test(tokens[end].raw) && /^NN|^$/.test(names.words.tags(tokens[end].norm)?.[0] ?? '') && !names.notNames.has(tokens[end].norm)))) end++;
    const alone = skipFillers(tokens, end, lexicon.fillers) >= tokens.length;
    if (subject && !about && asksWhat && alone) continue;
    const name = tokens.slice(at, end).map((token) => capitalised(token.raw)).join(' ');
    if (names.isThing(name, asksWho) || names.isThing(capitalised(tokens[at].raw), asksWho)) continue;
    if (!asked.includes(name)) asked.push(name);
    at = end - 1;
  }
  return asked;
}

/** A word only a name can be: in a capital, one the tagger has no common word for; in lower case, also one it knows as a proper noun. */
function isNameLike(token: Token, names: NameWords): boolean {
  const typed = token.raw;
  if (!/^\p{L}[\p{L}'’-]{1,29}$/u.test(typed) || typed.toLowerCase() !== token.norm) return false;
  const lower = typed.toLowerCase();
  if (names.notNames.has(lower) || names.words.tags(lower) !== undefined || names.words.isDescriptive(lower)) return false;
  if (/^\p{Lu}\p{Ll}/u.test(typed)) return true;
  return typed === lower && (names.words.tags(capitalised(lower))?.includes('NNP') ?? false);
}

function capitalised(word: string): string {
  return word === word.toLowerCase() ? word[0].toUpperCase() + word.slice(1) : word;
}
