import { MONTH_OR_DAY } from './noteWords';
import { BEING } from './peopleIn';

/** Tags of words that end a name said after a thing ("giant contend ar *for* £450"): a preposition, a conjunction, "to", a pronoun. */
const ENDS_NAME = new Set(['IN', 'CC', 'TO', 'PRP', 'PRP$', 'DT', 'WDT', 'WP', 'WRB', 'MD']);
/** Tags of a verb said of what comes before it ("is", "was", "has"). */
const SAYS_OF = new Set(['VBZ', 'VBD']);
/** Most words of a make or a model said after the thing it names ("orca athlex flow", "hunt 54 aerodynamicist"). */
const MAX_NAME_WORDS = 4;
/** What sets a name off from the thing it names: a comma, a dash, a colon, a full stop, a "!". */
const SET_OFF = /^\s*(?:[,:;.!]+|\s[-–—]+)\s*/u;

type Tags = (word: string) => readonly string[] | undefined;

/**
 * "which wetsuit did I buy?" of "new wetsuit, orca athlex flow, 389 euros": the thing found by the question's noun
 * says only what any one is ("new wetsuit", "secondhand bike", "race wheels"), so the name set off right after it
 * says which: "orca athlex flow", "giant contend ar" (of "…, giant contend ar for £450"), "hunt 54 aerodynamicist".
 * The name ends where a preposition or a conjunction opens something else; it must hold a word no lexicon knows or
 * a model's number, as a make or a model does. Undefined when the phrase says more than what any one is, or no
 * such name follows.
 */
export function nameGivenAfter(text: string, phrase: string, heads: readonly string[], tags: Tags, same: (a: string, b: string) => boolean): string | undefined {
  const words = phrase.split(/\s+/).filter(Boolean);
  // "vault" found for "which room …?" is the name itself: only a phrase that ends in the question's own noun says no more than it.
  if (!heads.some((head) => same(head, words.at(-1)?.toLowerCase() ?? ''))) return undefined;
  // The thing itself may be a word the lexicon does not know ("wetsuit"); what is said before it may not.
  if (words.some((word) => /\p{Lu}|\d/u.test(word)) || words.slice(0, -1).some((word) => tags(word.toLowerCase()) === undefined)) return undefined;
  const at = text.toLowerCase().indexOf(phrase.toLowerCase());
  if (at < 0) return undefined;
  const rest = withoutWhereFrom(text.slice(at + phrase.length), tags);
  const opener = SET_OFF.exec(rest);
  if (!opener) return undefined;
  const name: string[] = [];
  for (const typed of rest.slice(opener[0].length).split(/\s+/)) {
    const word = typed.replace(/[^\p{L}\p{N}'’]+$/u, '');
    const first = tags(word.toLowerCase())?.[0];
    if (word === '' || (first !== undefined && ENDS_NAME.has(first))) break;
    // "left foot, Physio is a lovely woman …": words before a verb that tells of them open a clause, and name nothing.
    if (first !== undefined && SAYS_OF.has(first)) return undefined;
    name.push(word);
    if (word !== typed) break;
  }
  // "…, saturday the 14th": a day or a month says when, not which.
  const named = name.length > 0 && name.length <= MAX_NAME_WORDS && !/^\p{Sc}/u.test(name[0]) && !tags(name[0].toLowerCase())?.[0]?.startsWith('VB') && !name.some((word) => MONTH_OR_DAY.test(word));
  return named && name.some((word) => tags(word.toLowerCase()) === undefined || /\d/.test(word)) ? name.join(' ') : undefined;
}

/** Most words of where or from whom a thing was had, said between it and its name ("bike *off fb marketplace*, giant …"). */
const MAX_WHERE_WORDS = 4;

/** What follows a thing, without a phrase a preposition opens right after it, when a set-off comes after that phrase. */
function withoutWhereFrom(rest: string, tags: Tags): string {
  const words = rest.trimStart().split(/\s+/);
  if (tags(words[0]?.toLowerCase() ?? '')?.[0] !== 'IN') return rest;
  const end = words.slice(0, MAX_WHERE_WORDS + 1).findIndex((word) => /[,:;.!]$/u.test(word));
  return end < 0 ? rest : rest.trimStart().slice(words.slice(0, end + 1).join(' ').length - 1);
}

/** Most words said between a thing and the word that names it ("a lab *in spain* called …", "a language *from Oaxaca, it is* called …"). */
const MAX_BETWEEN = 6;
/** Tags of the words that may stand between a thing and its naming: where it is, and "it is" or "which is" said again of it. */
const BETWEEN_TAGS = /^(IN|DT|PRP|NN|NNS|NNP|NNPS|WDT)$/;

/**
 * "what lab do I send my film to?" of "i send everything to a lab in spain called carmencita", "which language …?"
 * of "… an endangered language from Oaxaca, it is called Zapotec": the name a naming word (`naming`: "called",
 * "named") gives the thing the question's noun says, after where it is or "it is" at most, up to a preposition,
 * a conjunction or a mark. Undefined when no such name follows the noun.
 */
export function nameCalledAfter(text: string, heads: readonly string[], naming: ReadonlySet<string>, tags: Tags, same: (a: string, b: string) => boolean): string | undefined {
  const words = text.split(/\s+/).filter(Boolean);
  const bare = (word: string) => word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  const ends = (word: string) => /[.!?;:)]$/u.test(word);
  for (const [at, word] of words.entries()) {
    if (ends(word) || !heads.some((head) => same(head.toLowerCase(), bare(word)))) continue;
    for (let next = at + 1; next < words.length && next <= at + MAX_BETWEEN + 1; next++) {
      const said = bare(words[next]);
      if (naming.has(said)) return nameFrom(words.slice(next + 1), tags);
      const tag = tags(said)?.[0];
      // "it is called", "which was named": a form of "be" said again of the thing, right before the naming word; not
      // "Osteo is a patient man called Dario", which names another.
      const saysIt = BEING.has(said) && REFERS_TAGS.has(tags(bare(words[next - 1]))?.[0] ?? '') && naming.has(bare(words[next + 1] ?? ''));
      if (ends(words[next]) || (!saysIt && (BEING.has(said) || (tag !== undefined && !BETWEEN_TAGS.test(tag))))) break;
    }
  }
  return undefined;
}

/** Tags of what "it is called" says again of the thing ("it", "which"). */
const REFERS_TAGS = new Set(['PRP', 'WDT']);

/** The name said first in some words, up to a preposition, a conjunction, a pronoun or a mark; none that opens with a verb, a day or a sum. */
function nameFrom(words: readonly string[], tags: Tags): string | undefined {
  const name: string[] = [];
  for (const typed of words.slice(0, MAX_NAME_WORDS)) {
    const word = typed.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}'’]+$/gu, '');
    const first = tags(word.toLowerCase())?.[0];
    if (word === '' || (first !== undefined && ENDS_NAME.has(first))) break;
    name.push(word);
    if (word !== typed) break;
  }
  const opens = name[0];
  return opens !== undefined && !/^\p{Sc}/u.test(opens) && !tags(opens.toLowerCase())?.[0]?.startsWith('VB') && !name.some((word) => MONTH_OR_DAY.test(word)) ? name.join(' ') : undefined;
}
