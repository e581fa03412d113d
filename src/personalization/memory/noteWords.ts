// Reads words the way every note reader shares: stems, roots, content words, kinds of nouns, and the sorts a question asks.
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import { adjectiveBase } from './adjectiveBase';
import { isPunctuation, type Token } from './tokens';
import type { NoteLexicon } from './noteLexicon';

/** One clause kept, as typed. */
export interface NoteText {
  text: string;
  /** When it was said: notes said at once are parts of one message. */
  learnedAt?: string;
}

export const WH_WORDS = new Set(['what', 'which', 'where', 'when', 'who', 'whom', 'whose', 'how']);

export const MAX_NOTE_WORDS = 60;

/** How well a note answers a question's words: shared stems, and a category word met by a value of it. */
export interface NoteMatch {
  categoriesOf(word: string): string[];
  isOccupation(word: string): boolean;
  /** The single-word names of each category ("film" → movie, flick). */
  categoryNames: Readonly<Record<string, readonly string[]>>;
  /** What WordNet says a noun is a kind of ("pike" → fish): a question's noun met by a note's word of its kind. */
  kindsOf?(word: string): ReadonlySet<string>;
  /** What WordNet files a word under within a step or two ("Vermont" → American state, state): a name's near kinds. */
  nearKindsOf?(word: string): ReadonlySet<string>;
  /** Part-of-speech tags of a word, most frequent first: only a noun is looked up as a kind. */
  tags?(word: string): readonly string[] | undefined;
  /** The verbs WordNet derives a noun from or to ("wedding" → marry, wed): a note may say the deed the question names. */
  verbsOf?(word: string): ReadonlySet<string>;
  /**
   * Asked "who …?": what a noun for someone is made from ("drummer" → drum, "guitarist" → guitar), so "who's our
   * drummer?" meets "Tom is on drums" and "who sings?" meets "our singer is Ida".
   */
  roleWordsOf?(word: string): ReadonlySet<string>;
  /** Whether a noun names a place the kind asked about is done at (its `doneAt`): "salon" for work, "college" for study. */
  isPlaceOfKind?(word: string): boolean;
  /** The words of a noun's own senses, itself too ("scope" → telescope, range …): a word that names the same thing as another. */
  sameAs?(word: string): ReadonlySet<string>;
}

/** First-person words and what they become told back: "I'm" → "you're", "my" → "your". */
const SECOND_PERSON: Record<string, string> = {
  "i'm": "you're",
  im: "you're",
  "i've": "you've",
  "i'd": "you'd",
  "i'll": "you'll",
  "we're": "you're",
  "we've": "you've",
  'i am': 'you are',
  'i was': 'you were',
  'we are': 'you are',
  'we were': 'you were',
  i: 'you',
  we: 'you',
  myself: 'yourself',
  ourselves: 'yourselves',
  my: 'your',
  our: 'your',
  mine: 'yours',
  ours: 'yours',
  me: 'you',
  us: 'you',
};

// Word edges that know letters beyond ASCII: the "i" of "Hà Nội" is no word.
const FIRST_PERSON_FORMS = /(?<![\p{L}\p{N}\p{M}])(i['’]m|im|i['’]ve|i['’]d|i['’]ll|we['’]re|we['’]ve|i am|i was|we are|we were|i|we|myself|ourselves|my|our|mine|ours|me|us)(?![\p{L}\p{N}\p{M}])/giu;

/** A note told back to the person: "I make birdhouses" → "you make birdhouses". "the US" is a country, "IM" a message. */
export function secondPerson(text: string): string {
  const told = text.replace(FIRST_PERSON_FORMS, (word: string, _form: string, at: number) => (word === 'US' || word === 'IM' || inTitle(text, word, at) ? word : (SECOND_PERSON[word.toLowerCase().replace('’', "'")] ?? word)));
  return told.replace(/[.!,;:]+$/, '');
}

/**
 * "favourite song to play is Take On Me": a first-person word with a capital after another capitalised word inside a
 * sentence ("By Me", "Hold My") is part of a title or a name, told back as it is.
 */
function inTitle(text: string, word: string, at: number): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(word)) return false;
  const before = /(^|[.!?]\s+|\s)(\S+)\s+$/u.exec(text.slice(0, at));
  if (!before || /^I(['’]|$)/u.test(before[2]) || !/^\p{Lu}/u.test(before[2])) return false;
  // The capitalised word before opens no sentence (a title's word, not "Yesterday My …").
  const start = at - before[0].length + before[1].length;
  return start > 0 && !/[.!?]\s*$/.test(text.slice(0, start));
}

/** Words that say who does what follows: a verb's subject, so the word before them is no order ("update: we picked Nora"). */
export const SUBJECT_PRONOUNS = new Set(['i', 'we', 'he', 'she', 'they']);

/** Whether the words say a phrase's words in a row. */
export function containsWords(words: readonly Token[], phrase: readonly string[]): boolean {
  return words.some((_, start) => phrase.length > 0 && phrase.every((word, index) => words[start + index]?.norm === word));
}

/** Words that make what follows a verb its object ("I run *a* shop"): the verb is not done for its own sake. */
export const OBJECT_STARTS = new Set(['a', 'an', 'the', 'my', 'our', 'his', 'her', 'their', 'this', 'that', 'some', 'it', 'them', 'him', 'me', 'you']);

/**
 * A note's content words, and for a verb done for its own sake ("I *surf* when the waves are good", "we
 * *swim* every morning"; not "I run a shop") its gerund too, as WordNet files activities ("surfing").
 */
export function withGerunds(tokens: readonly Token[], lexicon: NoteLexicon): string[] {
  const words = contentWords(tokens, lexicon);
  for (let i = 1; i < tokens.length; i++) {
    if (!['i', 'we'].includes(tokens[i - 1].norm) || OBJECT_STARTS.has(tokens[i + 1]?.norm ?? '') || lexicon.stopWords.has(tokens[i].norm)) continue;
    words.push(...gerunds(tokens[i].norm));
  }
  return words;
}

/** "surf" → surfing, "hike" → hiking, "swim" → swimming. */
function gerunds(word: string): string[] {
  if (word.length < 3 || word.endsWith('ing') || !/^\p{L}+$/u.test(word)) return [];
  const forms = [`${word}ing`];
  if (word.endsWith('e') && !word.endsWith('ee')) forms.push(`${word.slice(0, -1)}ing`);
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(word)) forms.push(`${word}${word.at(-1)}ing`);
  return forms;
}

/** Whether a word can name what a note is about: not a stop word, nor a noun every note may say ("thing", "stuff", "place"). */
export function namesSomething(word: string, lexicon: NoteLexicon): boolean {
  return !lexicon.stopWords.has(word) && !lexicon.generalNouns.has(word) && !lexicon.memory.vagueNouns.has(word);
}

export function contentWords(tokens: readonly Token[], lexicon: NoteLexicon): string[] {
  return tokens.map((token) => token.norm).filter((word) => /\p{L}|\p{N}/u.test(word) && !isClitic(word) && !lexicon.stopWords.has(word) && !lexicon.you.has(word));
}

/** A possessive or contracted ending the tokenizer keeps as its own token ("'s" of "my husband's"): it says nothing. */
export function isClitic(word: string): boolean {
  return /^['’]\p{L}{0,2}$/u.test(word);
}

/** A clause without the words that joined it to the one before ("and", "so", "also"). */
export function trimJoins(tokens: readonly Token[]): Token[] {
  let start = 0;
  while (start < tokens.length && (isPunctuation(tokens[start]) || ['and', 'so', 'also', 'plus', 'then', 'oh', 'but'].includes(tokens[start].norm))) start++;
  return tokens.slice(start);
}

/**
 * The words of a clause as typed, with a contraction's second half written out ("I've" → "I have", "don't" →
 * "do not"), so that it reads right when told back in the second person.
 */
export function writtenOut(tokens: readonly Token[]): string {
  // "im" and "I'm" are kept as "i" and "am", "cant" as "can" and "not": each half written out.
  return tokens
    .map((token, index) => (token.raw === '' || tokens[index + 1]?.raw === '' ? (token.norm === 'i' ? 'I' : token.norm) : token.raw))
    .join(' ')
    .replace(/\s+([,;.!?:])/g, '$1')
    .replace(/\s+(['’]s?)(?=[\s,;.!?:]|$)/gu, '$1');
}

/** Words that refer back to something said before them ("I reread *it* every year"): a part with one is not told alone. */
export const REFERRING = new Set(['it', 'its', 'them', 'they', 'their', 'he', 'him', 'his', 'she', 'her', 'hers']);

/** Ordinals said in words, each at its number. */
const ORDINALS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** Stems longer than this are compared by their first letters: "photograph" meets "photography", "embroider" "embroidery". */
const STEM_LETTERS = 7;

/** What a word is compared by: its base form ("bought" → buy), stemmed ("surfing" → surf), and no longer than `STEM_LETTERS`. */
export function stem(word: string, lexicon: NoteLexicon): string {
  // "Fougeres" meets "Fougères": a name typed without its accents is the same word.
  const lower = withoutAccents(word.toLowerCase());
  // "2nd year" meets "second year": an ordinal compares by its number.
  const ordinal = /^(\d+)(?:st|nd|rd|th)$/.exec(lower)?.[1] ?? (ORDINALS.includes(lower) ? String(ORDINALS.indexOf(lower)) : undefined);
  if (ordinal !== undefined) return `#${ordinal}`;
  // "older" meets "old": an adjective said to compare is its plain form.
  const same = lexicon.sameWords.get(lower) ?? adjectiveBase(lower);
  const stemmed = PorterStemmer.stem(lexicon.verbBases.get(same) ?? prefixedBase(same, lexicon) ?? same);
  return stemmed.length > STEM_LETTERS ? stemmed.slice(0, STEM_LETTERS) : stemmed;
}

/** Prefixes a verb takes that leave its past forms as they are ("rewrote" of "rewrite", "overslept" of "oversleep"). */
const VERB_PREFIXES = ['re', 'over', 'under', 'out', 'mis', 'un'];

/** "rewrote" → rewrite: the base of an irregular past form said with a prefix; undefined when it is none. */
function prefixedBase(word: string, lexicon: NoteLexicon): string | undefined {
  const prefix = VERB_PREFIXES.find((one) => word.length > one.length + 2 && word.startsWith(one) && lexicon.verbBases.has(word.slice(one.length)));
  return prefix === undefined ? undefined : `${prefix}${lexicon.verbBases.get(word.slice(prefix.length)) ?? ''}`;
}

/** A word with its accents taken off ("fougères" → fougeres); a word with none is returned as it is. */
function withoutAccents(word: string): string {
  return /^[\p{ASCII}]*$/u.test(word) ? word : word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** Whether the word at `at` follows a possessive pronoun ("*my* controller", "*her* manager"), by the tagger. */
export function ownedBySomeone(tokens: readonly Token[], at: number, match: NoteMatch): boolean {
  const before = tokens[at - 1];
  return before !== undefined && match.tags?.(before.norm)?.[0] === 'PRP$';
}

/**
 * Whether WordNet files a word under `kind`, or, for a verb done ("I *knit*"), the activity it names ("knitting" is
 * a craft). `done`: the word is said as a verb after "I".
 */
export function isKindOf(word: string, kind: string, match: NoteMatch, done = false): boolean {
  return [word, ...(done ? gerunds(word) : [])].some((form) => match.kindsOf?.(form).has(kind) === true);
}

/** "sports" → sport, "classes" → class. */
export function singular(word: string): string {
  return word.endsWith('es') && /(ss|sh|ch|x)es$/.test(word) ? word.slice(0, -2) : word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** Fewest letters two words share to be forms of one ("teach", "teacher"). */
const ROOT_LETTERS = 5;

/** Most letters a form of a word adds to or changes at the end of what they share ("allerg-y", "allerg-ic", "teach-ing"). */
const ROOT_ENDING = 3;

/**
 * Whether two words are forms of one word, told apart only by an ending ("teach" and "teacher", "allergy" and
 * "allergic", "prediabetic" and "prediabetes"): they share at least five letters and all but the last few of each
 * ("water" is not "watercolor").
 */
export function sameRoot(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  if (x === y) return true;
  if (x.length < ROOT_LETTERS || y.length < ROOT_LETTERS) return false;
  let shared = 0;
  while (shared < x.length && shared < y.length && x[shared] === y[shared]) shared++;
  return shared >= ROOT_LETTERS && x.length - shared <= ROOT_ENDING && y.length - shared <= ROOT_ENDING;
}

/** What a question asks for, when it asks for one sort of thing: a place, a person, a time or a number. */
export type AnswerSort = 'place' | 'person' | 'time' | 'number';

export const TIME_NOUNS = new Set(['day', 'days', 'month', 'year', 'time', 'date', 'week', 'season', 'night', 'nights', 'evening', 'evenings', 'morning', 'mornings', 'afternoon', 'afternoons', 'weekday', 'weekdays']);

/**
 * What a question for a time or a number measures: a time of day, how long something lasts, when it starts, the days
 * of the week it is on, a price ("what did it *cost*?"), an amount ("*how much* data …?"), a weight ("how heavy …?") or a size in a unit ("how thick …?", "how fast …?").
 */
export type AskedMeasure = 'clock' | 'length' | 'start' | 'day' | 'often' | 'code' | 'price' | 'amount' | 'weight' | 'count' | 'size';

/** A day's or a month's name, whole or shortened ("Sun", "Sept"); not a name that opens like one ("Marisol", "Monica", "Junior"). */
export const MONTH_OR_DAY_WORDS = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)s?';

export const MONTH_OR_DAY = new RegExp(`^${MONTH_OR_DAY_WORDS}$`, 'i');

export function before(words: readonly string[], name: string): string {
  const at = words.indexOf(name.split(' ')[0]);
  return at > 0 ? words[at - 1] : '';
}
