// Reads the people and names a note says: who it is of, names told, what something is called.
import { bareWord, isPunctuation, type Token, tokenize } from './tokens';
import { wordLexicon } from '../../nlu/wordLexicon';
import { isPersonNoun } from './categories';
import { regionOfAddress } from './regionOfAddress';
import { FIRST_PERSON, type NoteLexicon } from './noteLexicon';
import { before, MONTH_OR_DAY, secondPerson, stem, SUBJECT_PRONOUNS } from './noteWords';

/** The words of a name as a question would say them, lower case: "Hallberg-Rassy" → hallberg, rassy; "Comfort's" → comfort. */
export function wordsOfName(name: string): string[] {
  return name.toLowerCase().split(/[\s\-–]+/u).map((word) => word.replace(/['’]s?$/u, '')).filter(Boolean);
}

/** Words after which a name is not a person's: those before a place, and "on" ("married on Skye", "on Duolingo"). */
const NOT_PERSON_LINKS = /^(in|at|on|near|from|to|outside|around)$/i;

/** Whether a word is most likely a noun, or one no lexicon knows ("one *kala* uke"). */
export function mayBeNoun(word: string): boolean {
  if (!/\p{L}/u.test(word)) return false;
  const first = wordLexicon().tags(word)?.[0];
  return first === undefined || first.startsWith('NN');
}

/**
 * Whether a word as typed names someone: "she", a capitalised name ("Ruth"), or a noun for a person that opens its
 * clause or is owned ("dad is 68", "my gran is 88"); not one said after a word that describes it ("a full groom").
 */
export function isSomeone(word: string, before: string | undefined): boolean {
  const lower = word.toLowerCase();
  const opens = before === undefined || /[,;:.!?]$/.test(before) || OWNING.has(before.toLowerCase());
  if (SOMEONE_PRONOUNS.has(lower) || (opens && isPersonNoun(lower))) return true;
  const tags = wordLexicon().tags(word) ?? wordLexicon().tags(lower);
  return /^\p{Lu}\p{Ll}+$/u.test(word) && (tags === undefined || tags[0] === 'NNP');
}

const SOMEONE_PRONOUNS = new Set(['he', 'she', 'hes', 'shes']);

/** Words before a noun for someone that say it opens what is said of them ("*my* gran is 88", "… *and* dad is 68"). */
const OWNING = new Set(['my', 'our', 'his', 'her', 'their', 'your', 'and']);

/** The names of people a note says ("Mum's carer comes Mondays, lovely woman called Blessing" → Blessing), by the words as typed. */
export function peopleIn(text: string, findCity: (text: string) => unknown): string[] {
  const typed = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  const words = typed.map(bareWord);
  const ends = new Set(typed.flatMap((word, index) => (/[,;:.!?)]$/.test(word) ? [index] : [])));
  return peopleNamed(words, properNames(words, ends), findCity, typed);
}

export const BEING = new Set(['is', 'was', 'are', 'were', "'s"]);

const ARTICLES = new Set(['a', 'an', 'the']);

/** Words that put someone in a place of a side or a band ("on drums", "in goal", "at fly-half"). */
const ROLE_PLACES = new Set(['on', 'in', 'at']);

/**
 * The name before "is a" and the noun at `at` ("*Oona* is a nurse", "*Tova* is a PhD student"), with only an
 * article, an adjective or another asked word between; undefined when no name is said so.
 */
function namedBeing(tokens: readonly Token[], at: number, people: ReadonlyMap<string, string>, wanted: ReadonlySet<string>, lexicon: NoteLexicon, findCity: (text: string) => unknown): string | undefined {
  let back = at - 1;
  // "Nils is on drums", "Una is in goal": a place in a side, said after "is", is one's role too.
  while (back > 0 && (ARTICLES.has(tokens[back].norm) || wanted.has(stem(tokens[back].norm, lexicon)) || wordLexicon().tags(tokens[back].norm)?.[0] === 'JJ' || (ROLE_PLACES.has(tokens[back].norm) && BEING.has(tokens[back - 1].norm)))) back--;
  // "Tova's cat": an "'s" right before the noun owns it, it says no one is one.
  if (back <= 0 || !BEING.has(tokens[back].norm) || (tokens[back].norm === "'s" && !ARTICLES.has(tokens[back + 1]?.norm ?? ''))) return undefined;
  const before = tokens[back - 1];
  // A note's first word is capitalised whatever it is: a name when no dictionary knows it and no city is.
  return people.get(before.raw) ?? (back === 1 && /^\p{Lu}\p{Ll}/u.test(before.raw) && wordLexicon().tags(before.norm) === undefined && !isCityAsTyped(findCity(before.raw)) ? before.raw : undefined);
}

/** Words that may stand between someone and what they do ("Simone *just* graduated", "he *mostly* sleeps"). */
const BEFORE_VERB_WORDS = 1;

/**
 * "who's running the hardware store?" of "… O'Malley's Hardware, My son Kevin runs it now": of the people a note
 * names, the one said right before a word the question asks by (its verb, by stem), when just one is.
 */
export function subjectOf(text: string, asked: readonly string[], lexicon: NoteLexicon, findCity: (text: string) => unknown): string | undefined {
  const tokens = tokenize(text, lexicon.memory.contractedIs);
  const wanted = new Set(asked.map((word) => stem(word, lexicon)));
  // A name of several words ("Mary Ann") is found by its last.
  // "PhD" of "Tova is a PhD student" is asked, not who is asked for.
  const people = new Map(peopleIn(text, findCity).filter((name) => !wordsOfName(name).some((word) => wanted.has(stem(word, lexicon)))).map((name) => [name.split(' ').at(-1) ?? name, name]));
  const found = new Set<string>();
  // "Harriet: history, total night owl": a note that opens with a name and a colon says all it says of them.
  const label = tokens[1]?.norm === ':' && /^\p{Lu}\p{Ll}/u.test(tokens[0].raw) && wordLexicon().tags(tokens[0].norm) === undefined && !isCityAsTyped(findCity(tokens[0].raw)) ? tokens[0].raw : undefined;
  if (label && tokens.some((token) => wanted.has(stem(token.norm, lexicon)))) return label;
  for (const [at, token] of tokens.entries()) {
    if (!wanted.has(stem(token.norm, lexicon))) continue;
    // "Oona is a nurse", "Tova is a PhD student": the one a noun asked for is said to be.
    const said = namedBeing(tokens, at, people, wanted, lexicon, findCity);
    if (said) found.add(said);
    // Only before a verb asked ("drives"), not before a name or a noun the question says ("my daughter Isla").
    // "my partner on shift is Marcus": a word right after a preposition is its noun ("on *shift*"), not what someone does.
    const afterPreposition = at > 0 && wordLexicon().tags(tokens[at - 1].norm)?.[0] === 'IN';
    const doing = /^\p{Ll}/u.test(token.raw) && !afterPreposition && (wordLexicon().tags(token.norm) ?? []).some((tag) => /^VB[DPZ]?$/.test(tag));
    for (let back = at - 1; back >= Math.max(0, at - 1 - BEFORE_VERB_WORDS); back--) {
      // "my mum drives me to training": someone named by who they are to the person, told back as "your mum".
      // Not a word the question itself asks by ("what's my *guide* dog called?" of "my guide dog Juno …"): that is the thing asked, not who does it.
      const owned = doing && !people.has(tokens[back].raw) && !wanted.has(stem(tokens[back].norm, lexicon)) && back > 0 && OWNERS.has(tokens[back - 1].norm) && /^\p{Ll}+$/u.test(tokens[back].raw) && isPersonNoun(tokens[back].norm) ? secondPerson(`${tokens[back - 1].raw} ${tokens[back].raw}`) : undefined;
      const name = people.get(tokens[back].raw) ?? owned;
      if (name) found.add(name);
      // "Navy I ran": only a word that says nothing (no subject of its own) may stand between.
      if (name || !lexicon.stopWords.has(tokens[back].norm) || FIRST_PERSON.has(tokens[back].norm) || SUBJECT_PRONOUNS.has(tokens[back].norm)) break;
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** A city found as typed: "Marta" is a name, though read as a typo of "Malta" it would be a place. */
function isCityAsTyped(found: unknown): boolean {
  return found !== undefined && !(typeof found === 'object' && found !== null && 'typo' in found);
}

/** A person is no city, no day or month, and nothing said after "in" or "from" ("I live in Inverness with mum": not Inverness). */
/**
 * "my dad", "our neighbour": someone a note names by who they are to the person, told back as the bot says it ("your
 * dad"): only when what follows says what they do ("my mum *makes* …", "my dad, …"), not a name ("my buddy Lyle", "my
 * cousin pedro", "my partner kit helps", "my mate fern is …") or the rest of a longer word for them ("my mother-in-law").
 */
export function ownPeople(words: readonly string[], one: (found: readonly string[]) => string | undefined): string | undefined {
  // "sold it to my nephew tom": a name typed small right after who they are is told with it.
  const named = (at: number) => (/^\p{Ll}+$/u.test(words[at + 1] ?? '') && unknownWord(words[at + 1]) ? ` ${words[at + 1]}` : undefined);
  const owned = words.flatMap((word, at) => {
    if (at === 0 || !OWNERS.has(words[at - 1].toLowerCase()) || !/^\p{Ll}+$/u.test(word) || !isPersonNoun(word)) return [];
    const name = named(at);
    return name !== undefined || saysWhatDone(words[at + 1]) ? [`${words[at - 1]} ${word}${name ?? ''}`] : [];
  });
  const found = one(owned);
  return found === undefined ? undefined : secondPerson(found);
}

/** Tags of a word that says what someone does or is, after who they are ("my mum *makes*", "my dad *always* …", "my sister *and* I"). */
const DOING_TAGS = /^(VB|VBZ|VBD|VBP|VBG|VBN|MD|RB|CC)$/;

/** Whether the word after who someone is says what they do (or nothing follows): not a name nor the rest of a longer noun. */
function saysWhatDone(next: string | undefined): boolean {
  if (next === undefined || next === '') return true;
  if (/^\p{Lu}/u.test(next) || unknownWord(next)) return false;
  return DOING_TAGS.test(wordLexicon().tags(next.toLowerCase())?.[0] ?? '');
}

/** Whether a word is one the tagger does not know ("pedro"): typed small, it may still be a name. */
function unknownWord(word: string | undefined): boolean {
  return word !== undefined && /^\p{L}+$/u.test(word) && wordLexicon().tags(word.toLowerCase()) === undefined;
}

/** Words that say whose someone is ("*my* dad"). */
const OWNERS = new Set(['my', 'our']);

/** `typed`: the words with their marks ("Ericeira, Portugal": a land after a comma is an address's, `regionOfAddress`). */
export function peopleNamed(words: readonly string[], proper: readonly string[], findCity: (text: string) => unknown, typed: readonly string[]): string[] {
  return proper.filter((name) => !isCityAsTyped(findCity(name)) && !MONTH_OR_DAY.test(name) && !NOT_PERSON_LINKS.test(linkBefore(words, name)) && !namesAThing(words, name) && !regionOfAddress(typed, words.indexOf(name.split(' ')[0])));
}

/** Tags of a word typed with a capital that is no one's name: a pronoun ("Her derby name …", "They estimated …"). */
const PRONOUN_TAGS = new Set(['PRP', 'PRP$', 'WP', 'WP$', 'EX']);

/**
 * Whether a run of capitalised words names a thing, not someone: a pronoun opening a sentence ("They"), a make and
 * model ("1967 BMW R60", "Bullet 350": a figure in it, before or after it), a word that describes the noun after it
 * ("a Deaf mentor"), or a common noun a number tells which one of ("Year 2").
 */
function namesAThing(words: readonly string[], name: string): boolean {
  const parts = name.split(' ');
  const at = words.indexOf(parts[0]);
  const [before, after] = [words[at - 1] ?? '', words[at + parts.length] ?? ''];
  if (parts.some((part) => /\p{N}/u.test(part)) || /^\d{4}$/.test(before)) return true;
  // "Mia (12)": a name no lexicon knows, said with an age, is still someone's.
  const common = (word: string) => !(wordLexicon().tags(word.toLowerCase()) ?? ['NNP']).includes('NNP');
  if (/^\p{N}/u.test(after) && common(parts.at(-1) ?? '')) return true;
  const tags = parts.length === 1 ? (wordLexicon().tags(name.toLowerCase()) ?? []) : [];
  if (PRONOUN_TAGS.has(tags[0] ?? '')) return true;
  // "he is SLOW", "mum is NOT happy": a word typed all in capitals for stress, that the lexicon knows as no noun.
  if (/^\p{Lu}{2,}$/u.test(name) && /^(JJ|RB|VB)/.test(tags[0] ?? '') && !tags.includes('NNP')) return true;
  return /^(JJ|VBN)/.test(tags[0] ?? '') && !tags.includes('NNP') && /^\p{Ll}/u.test(after) && mayBeNoun(after);
}

/** The word before a name, past "the": "in" of "served in the Navy". */
export function linkBefore(words: readonly string[], name: string): string {
  const at = words.indexOf(name.split(' ')[0]);
  return at > 1 && /^the$/i.test(words[at - 1]) ? words[at - 2] : before(words, name);
}

/** At most this many words make a name said after "called" ("The Spare Keys"). */
const CALLED_WORDS = 4;

/**
 * The name a note gives after "called", "named" or "name is" ("a covers band called The Spare Keys", "her name is
 * Marge lol"): up to the end of its clause, without a trailing filler.
 */
export function calledSpan(text: string): string | undefined {
  const match = /(?:^|[^\p{L}])(?:called|named|name is|name's|name’s|names are)\s+(.+?)(?=\s*[,.;!?()]|\s+(?:and|but|who|which|that|lol|haha|because|cause|since|so|from|in|at|on|for|with)(?![\p{L}])|$)/iu.exec(text);
  const words = match?.[1].split(/\s+/) ?? [];
  return words.length > 0 && words.length <= CALLED_WORDS ? words.join(' ') : undefined;
}

/**
 * "which Sky package am I on?" of "I switched to Sky Ultimate TV last week": the one run of capitalised words a note
 * says that holds a word of the question and more ("Sky Ultimate TV"), as typed; undefined when none or several do.
 */
export function nameHolding(text: string, asked: readonly string[]): string | undefined {
  const wanted = new Set(asked.map((word) => word.toLowerCase()));
  const runs: string[][] = [[]];
  for (const typed of text.split(/\s+/)) {
    const word = bareWord(typed);
    if (/^\p{Lu}/u.test(word) && !/^I$/.test(word)) runs.at(-1)?.push(word);
    else runs.push([]);
    if (/[,;:.!?)]$/.test(typed)) runs.push([]);
  }
  const holding = runs.filter((run) => run.length > 1 && run.some((word) => wanted.has(word.toLowerCase())) && run.some((word) => !wanted.has(word.toLowerCase())));
  const names = [...new Set(holding.map((run) => run.join(' ')))];
  return names.length === 1 ? names[0] : undefined;
}

/** "dr ahmed", "Frau Klein": a title (`nameTitles`) and the word after it, in one part of a note, as typed. */
export function titledNames(words: readonly string[], ends: ReadonlySet<number>, titles: ReadonlySet<string> = new Set()): string[] {
  return words.flatMap((word, at) => (titles.has(word.toLowerCase()) && !ends.has(at) && /^\p{L}{2,}$/u.test(words[at + 1] ?? '') && !titles.has((words[at + 1] ?? '').toLowerCase()) ? [`${word} ${words[at + 1]}`] : []));
}

/** Runs of capitalised words after the first word ("Vikram", "New York"), not "I". */
export function properNames(words: readonly string[], ends: ReadonlySet<number> = new Set()): string[] {
  const names: string[] = [];
  let run: string[] = [];
  const close = () => {
    if (run.length > 0) names.push(run.join(' '));
    run = [];
  };
  const capital = (word: string | undefined) => word !== undefined && /^\p{Lu}/u.test(word) && !/^I$/.test(word) && !/^I['’]/.test(word);
  let opened = -1;
  for (const [index, word] of words.entries()) {
    if (index > 0 && capital(word)) {
      if (run.length === 0) opened = index;
      run.push(word);
    } else if (run.length > 0 && !ends.has(index - 1) && joinsOneName(word, words[opened - 1]) && capital(words[index + 1])) run.push(word);
    else close();
    if (ends.has(index)) close();
  }
  close();
  return names;
}

/**
 * Whether a word inside capitalised words keeps them one name: "of" ("Bank of Ireland"), and "and" or "&" after
 * "the" ("at the Fox and Hounds", "the Rose & Crown": one place; "Sam and Ella" are two people).
 */
function joinsOneName(word: string, beforeRun: string | undefined): boolean {
  if (word === 'of') return true;
  return (word === 'and' || word === '&') && beforeRun?.toLowerCase() === 'the';
}

/** Whether a clause opens by naming the thing said before it ("name is Nile Soft", "called Pudding"): the words after, or undefined. */
export function namingRest(text: string, lexicon: NoteLexicon): string | undefined {
  const tokens = tokenize(text, lexicon.memory.contractedIs);
  const opener = lexicon.namings.find((phrase) => phrase.every((word, i) => tokens[i]?.norm === word));
  const rest = opener ? tokens.slice(opener.length).filter((token) => !isPunctuation(token)) : [];
  return rest.length > 0 ? rest.map((token) => token.raw).join(' ') : undefined;
}
