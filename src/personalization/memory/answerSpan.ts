// Reads the part of a note that answers: the one place, time, person or number asked for, and what amounts, codes and habits a note says.
import { Culture, recognizeCurrency, recognizeDateTime, recognizeDimension } from '@microsoft/recognizers-text-suite';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import { bareWord, tokenize } from './tokens';
import { wordLexicon } from '../../nlu/wordLexicon';
import { isLivingNoun, isMoneyNoun, nounKinds } from '../../nlu/nounKinds';
import { nearestSpan } from './nearestSpan';
import { type AmountAsk, amountSpan, saidAsAge, saysAmountAsked } from './amountSpan';
import { clockSpan, daysSaid, rangeStart } from './clockSpan';
import { lowerCaseSubjects } from './lowerCaseSubjects';
import { placePhrases } from './placePhrase';
import { unlistedPlaces } from './unlistedPlaces';
import type { MoneySlang, NoteLexicon } from './noteLexicon';
import { type AnswerSort, type AskedMeasure, before, MONTH_OR_DAY, singular, TIME_NOUNS } from './noteWords';
import { calledSpan, isSomeone, linkBefore, mayBeNoun, ownPeople, peopleNamed, properNames, titledNames, wordsOfName } from './peopleIn';

/**
 * Whether a note says when: a word for a time ("Thursday", "September", "every", "ago"), or a number that is
 * no length of time ("in 2019", "at 16", "the 14th"). Cheap, so every note can be checked; the time itself is
 * picked out by `answerSpan`.
 */
export function saysWhen(text: string, lexicon: NoteLexicon): boolean {
  // A number that is not a length of time ("at 16", "in 2019", not "2 weeks on, 2 weeks off").
  if (/\d+(?!\d|\s*(years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?)\b)/i.test(text)) return true;
  const tokens = tokenize(text, lexicon.memory.contractedIs);
  // "the county championships in May": the month, which the list leaves out as it is also "may I …".
  const may = (at: number) => tokens[at].norm === 'may' && ((at > 0 && tokens[at].raw === 'May') || MAY_BEFORE.has(tokens[at - 1]?.norm ?? ''));
  // "training wed and sat": days listed in their short forms.
  return tokens.some((token, at) => lexicon.timeWords.has(token.norm) || may(at)) || daysSaid(text).length > 0;
}

/** Words before "may" that make it the month ("in may", "early may"). */
const MAY_BEFORE = new Set(['in', 'of', 'since', 'until', 'till', 'by', 'early', 'late', 'mid', 'next', 'last', 'this', 'from', 'through']);

/** What a note's words are checked against to pick out the answer. */
export interface SpanContext {
  findCity(text: string): unknown;
  /** The words of the question: never the answer. */
  asked: readonly string[];
  /** Values that answer something else (the person's name, what is kept as another kind), lower case: never the answer either. */
  known?: ReadonlySet<string>;
  /** The question asks how things are now ("where do I live now?"), not how they were: of a move, where to. */
  current?: boolean;
  /** The question asks where one came from ("where am I from?"): a place said after "from" answers it. */
  cameFrom?: boolean;
  /** The kind asked holds many ("my grandchildren"): several names answer together. */
  many?: boolean;
  /** The words of the question that say where in a note the answer is ("the *restaurant*"): of several, the one nearest them answers. */
  anchors?: readonly string[];
  /** The question asks for a time of day ("what time …?"), a length of time ("how long …?") or when something starts. */
  measure?: AskedMeasure;
  /** Words that say how often alone ("weekly"), for `measure` 'often'. */
  oftenWords?: ReadonlySet<string>;
  /** Words said right after a count that make it what there is in all ("6 *now*", "4 *left*", "5 *total*"), for `measure` 'count'. */
  totalWords?: ReadonlySet<string>;
  /** Words said right before a count that make it what there is now ("so *make that* 16"), each as its words. */
  totalMarks?: readonly (readonly string[])[];
  /** Words between a share and the whole it is of ("11 *out of* 15 days"), each as its words: the share answers. */
  shareWords?: readonly (readonly string[])[];
  /** The numbers the question says itself ("in *one* field"): never the answer, while the note says another. */
  ownNumbers?: ReadonlySet<string>;
  /** The words a size is asked by ("thick" of "how thick"), for `measure` 'size'. */
  sizeWords?: ReadonlySet<string>;
  /** Units a size may be said in that recognizers-text does not know ("wpm"), for `measure` 'size'. */
  sizeUnits?: ReadonlySet<string>;
  /** Money said in slang ("22 bucks", "a tenner"), for `measure` 'price'. */
  moneySlang?: MoneySlang;
  /** Whether two words are one verb in two forms ("lose", "lost"): a number said right after the question's verb is what it did. */
  sameVerb?: (a: string, b: string) => boolean;
  /** The question opens with "who": of several names, those a noun for someone introduces answer. */
  who?: boolean;
  /** Only the name a noun the question asks introduces ("my partner Rafa" for "who's my partner …?"), or none. */
  introducedOnly?: boolean;
  /** Titles said before a name ("dr", "Herr"), lower case: the word after one is a name, however it is typed. */
  titles?: ReadonlySet<string>;
  /** Words that place ("in", "behind"), lower case: with them, a place no town names ("in the crypt of the old chapel") answers "where …?". */
  placeLinks?: ReadonlySet<string>;
}

/** A number that says which one ("12", "9B", "A4", "C-22", "LM-3902", "47/1188/24"), not a time of day or an amount in a unit. */
const CODE = /^(?:\d{1,6}\p{L}?|\p{L}{1,3}\d{0,6})(?:[-/](?:\d{1,6}\p{L}?|\p{L}{1,3}\d{0,6}))*$/u;

/** A reference of letters and digits mixed ("KX93B7"), with at least two digits. */
const MIXED_CODE = /^(?=(?:\p{L}*\d){2})(?=.*\p{L})[\p{L}\d]{5,14}$/u;

/**
 * The codes a note says: each word that is one, and digits typed in groups as one number ("0161 496 0032"), but
 * not a sum of money ("£865") nor a figure said per a span of time ("865 a month").
 */
function codesSaid(typed: readonly string[], words: readonly string[], ends: ReadonlySet<number>): string[] {
  const codes: string[] = [];
  for (let at = 0; at < words.length; at++) {
    let end = at;
    while (/^\d{2,}$/.test(words[at]) && !ends.has(end) && /^\d{2,}$/.test(words[end + 1] ?? '') && !/^\p{Sc}/u.test(typed[end + 1])) end++;
    if (end > at) {
      codes.push(words.slice(at, end + 1).join(' '));
      at = end;
      continue;
    }
    const money = /^\p{Sc}/u.test(typed[at]);
    const rate = /^(a|an|per|each|every)$/i.test(words[at + 1] ?? '') && TIME_UNIT.test(words[at + 2] ?? '');
    if ((CODE.test(words[at]) || MIXED_CODE.test(words[at])) && /\d/.test(words[at]) && !money && !rate) codes.push(words[at]);
  }
  return codes;
}

/** How many times (in words or digits) a span of time: "twice a day", "3 times a week", "once per month". */
const TIMES_PER = /\b(?:once|twice|thrice|\d+|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s+times?)?\s+(?:a|an|per|each|every)\s+(?:day|week|month|year|fortnight|morning|night|evening)\b/giu;

/**
 * How often a text says something is done: what recognizers-text reads as a set ("every 6 weeks", "once a month",
 * "on Mondays"), a count per span ("twice a day") or a word that says it alone ("fortnightly").
 */
export function oftenSaid(text: string, words: ReadonlySet<string>): string[] {
  const sets = recognizeDateTime(text, Culture.English).filter((one) => /set/.test(one.typeName)).map((one) => text.slice(one.start, one.end + 1));
  const counted = [...text.matchAll(TIMES_PER)].map((match) => match[0]);
  const alone = text.split(/[^\p{L}]+/u).filter((word) => words.has(word.toLowerCase()));
  return [...counted, ...sets.filter((set) => !counted.some((one) => one.includes(set) || set.includes(one))), ...alone];
}

/** Whether two words are one word in two forms, by their stems ("restaurants", "restaurant"). */
function sameWord(a: string, b: string): boolean {
  return PorterStemmer.stem(a.toLowerCase()) === PorterStemmer.stem(b.toLowerCase());
}

/**
 * Whether a text says a number of the thing a question counts: a figure right before one of its words ("18 lads
 * going" for "how many lads …?"), or of a kind of it (`ofKind`), with no "and" between that opens another thing.
 */
export function countsAsked(text: string, asked: readonly string[], ofKind: (word: string) => boolean = () => false): boolean {
  const words = text.split(/\s+/).map((word) => bareWord(word).toLowerCase()).filter(Boolean);
  const wanted = new Set(asked.map((word) => word.toLowerCase()));
  return words.some((word, index) => {
    if (!/^\d+$/.test(word) && !NUMBER_WORDS.test(word)) return false;
    const after = words.slice(index + 1, index + 1 + COUNTED_AFTER);
    const at = after.findIndex((one) => wanted.has(one) || wanted.has(singular(one)) || ofKind(one));
    return at >= 0 && !after.slice(0, at).some((one) => JOINS.has(one));
  });
}

/** Whether a text says an amount: a number, not only one that tells which ("teacher, year 5"). */
export function saysAmount(text: string): boolean {
  const raw = text.split(/\s+/);
  const words = raw.map(bareWord);
  // "I collect vinyl, 88 records": a noun before a comma is no "room" of "room 12".
  const before = (index: number) => (/[,;:.!?]$/.test(raw[index - 1] ?? '') ? undefined : words[index - 1]);
  // "entry £12", "quote from the seamstress £120": a figure written with a currency sign is money, whatever noun is before it.
  const money = (index: number) => /\p{Sc}\s*\d/u.test(raw[index]);
  // "substitute teacher 3 days a week": a figure that counts what is said after it ("days", "records") names no one of many.
  const counts = (index: number) => /[\p{L}]/u.test(words[index + 1] ?? '') && (TIME_UNIT.test(words[index + 1]) || wordLexicon().tags(words[index + 1].toLowerCase())?.[0] === 'NNS');
  return words.some((word, index) => (/^\d+$/.test(word) || NUMBER_WORDS.test(word)) && (money(index) || counts(index) || !namesWhich(before(index), new Set()))) || words.some((word) => /\d/.test(word) && !/^\d+$/.test(word));
}

/** Whether the word before a number is a noun the number tells which one of ("year 5", "room 12"), not one the question asks by ("age 32"). */
function namesWhich(before: string | undefined, asked: ReadonlySet<string>): boolean {
  if (before === undefined || asked.has(before.toLowerCase()) || /^\p{Lu}/u.test(before)) return false;
  return wordLexicon().tags(before.toLowerCase())?.[0] === 'NN';
}

/** Whether a word is most likely one that describes ("long" of "how long", "3 long days"), no noun a figure counts. */
function describesOnly(word: string): boolean {
  return /^(JJ|RB)/.test(wordLexicon().tags(word.toLowerCase())?.[0] ?? '');
}

/** Most names told back together for a kind of many. */
const MANY_NAMES = 4;

/** The names, none known as something else nor a word of the question, when a few: "Elsa and Vilmer". */
function several(names: readonly string[], known: ReadonlySet<string>, asked: ReadonlySet<string>): string | undefined {
  const left = [...new Set(names)].filter((name) => !known.has(name.toLowerCase()) && !wordsOfName(name).some((word) => asked.has(word)));
  return left.length > 1 && left.length <= MANY_NAMES ? new Intl.ListFormat('en', { style: 'long', type: 'conjunction' }).format(left) : undefined;
}

const PLACE_LINKS = /^(in|at|near|from|to|outside|around)$/i;

/** Words that say how many times ("twice"). */
const REPEATS = /^(once|twice|thrice)$/i;

/** A figure joined by a hyphen to the noun it counts ("9-car", "3-bed"). */
const HYPHENED_COUNT = /^(\d{1,3})-(\p{L}+)$/u;

/** Words after a number within which the thing counted is said ("312 *bird species*"). */
const COUNTED_AFTER = 2;

/** Words that join two things said: a number before one is not of the thing after it. */
const JOINS = new Set(['and', 'or', 'but', 'while']);

/** How many words after the thing asked its amount may be said ("hats are about 9"). */
const PRICED_AFTER = 3;

/** Words that may stand between a part and the whole it is of ("2 of *my* 5"). */
const WHOLE_OWNERS = /^(my|our|the|his|her|their|your)$/i;

/**
 * "lost 2 of my 5 colonies": the number said right after a verb of the question (`sameVerb`, "lose" of "lost") and
 * before "of" and the number the thing asked is counted by, which is a part of that whole. Undefined else.
 */
function partDone(words: readonly string[], numbers: ReadonlyArray<{ index: number; said: string }>, counting: ReadonlyArray<{ index: number }>, context: SpanContext): string | undefined {
  const { sameVerb } = context;
  if (!sameVerb) return undefined;
  const wholes = new Set(counting.map(({ index }) => index));
  const part = numbers.find(({ index }) => {
    if (words[index + 1]?.toLowerCase() !== 'of') return false;
    const whole = WHOLE_OWNERS.test(words[index + 2] ?? '') ? index + 3 : index + 2;
    return wholes.has(whole) && context.asked.some((word) => sameVerb(word, words[index - 1] ?? ''));
  });
  return part?.said;
}

/** An ordinal typed as a figure ("29th", "3rd"). */
const ORDINAL = /^\d+(?:st|nd|rd|th)$/i;
/** A figure typed with a unit after it or a currency's letters before it ("140kg", "R450", "Rs1,200", "2.5L"). */
const GLUED = /^(?:\p{Lu}{1,3}(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)|(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\p{L}{1,3})$/u;
/** What is typed so and is no figure of an amount: a time of day, an ordinal, a decade, a number of times ("5pm", "3rd", "90s", "3x"). */
const GLUED_NOT = /^(?:\d+(?:\.\d+)?(?:am|pm|st|nd|rd|th|x|h|hrs?|mins?)|\d+0s)$/i;
/** A figure typed as one word: digits, with commas between thousands ("9,800") or a k or m for thousands or millions ("240k miles"). */
const FIGURE = /^(?:\d+|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?[km])$/i;

const NUMBER_WORDS = /^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)$/i;

const TIME_UNIT = /^(years?|yrs?|months?|weeks?|days?|decades?|hours?|hrs?|minutes?|mins?|seconds?|secs?)$/i;

/**
 * The one thing of the sort asked for in a note ("which city is my restaurant in?" → "Rotterdam" of "I have a
 * kebab restaurant in Rotterdam"), or undefined when it holds none or several: then the note is told whole.
 */
export function answerSpan(noteText: string, sort: AnswerSort, context: SpanContext): string | undefined {
  // "rained 11 out of 15 days" asked how many days it rained: the share, in the whole's unit ("11 days").
  const text = sort === 'number' && context.shareWords ? shareOnly(noteText, context.shareWords) : noteText;
  const typed = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  const words = typed.map(bareWord);
  // "Pharmacist, Boots, Leicester": a comma or a stop ends a name.
  const ends = new Set(typed.flatMap((word, index) => (/[,;:.!?)]$/.test(word) ? [index] : [])));
  const asked = new Set(context.asked.map((word) => word.toLowerCase()));
  const known = context.known ?? new Set<string>();
  const one = (found: readonly string[]) => {
    // "what night do we meet?" of "every sunday night": a word for a time the question asks by is part of the time, not an echo of it.
    // "since when have I lived here?" of "since 2016": the word that says which way from the time is part of it too.
    const echoes = (word: string) => asked.has(word) && !TIME_UNIT.test(word) && !(sort === 'time' && (TIME_NOUNS.has(word) || wordLexicon().tags(word)?.[0] === 'IN'));
    const distinct = [...new Set(found)].filter((candidate) => !known.has(candidate.toLowerCase()) && !wordsOfName(candidate).some(echoes));
    // Several: the one said nearest what the question names ("the *restaurant* in Peckham").
    return distinct.length === 1 ? distinct[0] : nearestSpan(text, distinct, context.anchors ?? [], sameWord);
  };
  // "how long have I been a nurse?": a span of time keeps its unit ("10 years", not "10").
  // "which plot number do I have?" of "bed 4K at the Elmfield garden": the number that says which one, as typed.
  if (sort === 'number' && context.measure === 'code') {
    // "the fee is 640 a month": a price or a rate is no code, so a note that says no code answers none.
    const codes = codesSaid(typed, words, ends);
    return codes.length > 0 ? one(codes) : undefined;
  }
  const amount = sort === 'number' ? amountAsked(text, context) : undefined;
  if (amount !== undefined) return amount;
  // "how much does Tumar weigh?" of "prize last year was 2 million tugrik": a note that says no weight holds none.
  if (sort === 'number' && (context.measure === 'weight' || context.measure === 'size')) return undefined;
  // "ordered flour, 4 bags" asked a price: a note whose figures are all counts, ages or times says none.
  if (sort === 'number' && noAmountIn(text, context.asked, context.measure, context.moneySlang)) return undefined;
  // "how many times a day does the key get turned?" of "turn the key twice a day for 3 weeks": how often, not how long.
  const often = sort === 'number' && context.measure === 'often' ? oftenSaid(text, context.oftenWords ?? new Set()) : [];
  // Not passed over for saying the question's own words ("three *times* a *day*").
  if (often.length > 0) return often.length === 1 ? often[0] : nearestSpan(text, often, context.anchors ?? [], sameWord);
  if (sort === 'number') {
    // "the big one", "Harper one is …": "one" that stands for a thing counts nothing ("one 8 inch" counts one); "dad is 68" asked a price is an age.
    const standsFor = (index: number) => /^one$/i.test(words[index]) && (ends.has(index) || !(mayBeNoun(words[index + 1] ?? '') || /^\d/.test(words[index + 1] ?? '')));
    const age = (index: number) => (context.measure === 'price' || context.measure === 'amount' || context.measure === 'weight' || context.measure === 'count') && !ends.has(index - 1) && saidAsAge(typed.slice(0, index).join(' ') + ' ', typed.slice(0, index).join(' ').length + 1, isSomeone);
    // "how many lads are going?" of "… physio reckons 3 weeks": a length of time counts no things.
    const lasts = (index: number) => (context.measure === 'count' || context.measure === 'often') && TIME_UNIT.test(words[index + 1] ?? '');
    // "how long have I been riding?" of "my horse is 22 years old": an age says how long something has lived, not how long it was done.
    const yearsOld = (index: number) => context.measure === 'length' && TIME_UNIT.test(words[index + 1] ?? '') && /^old$/i.test(words[index + 2] ?? '');
    // "how many classes a week?" of "3x a week, $90 per class": a figure typed as money counts nothing; "3x" counts times.
    const counted = context.measure === 'count';
    const money = (index: number) => counted && /\p{Sc}/u.test(typed[index]);
    const times = (word: string) => counted && /^\d+x$/i.test(word);
    // "how many times was he returned?" of "he's 2 and got returned twice": a word that says how many times counts them.
    const repeats = (word: string) => counted && asked.has('times') && REPEATS.test(word);
    // "i'm 29th now", "finished 3rd": an ordinal said right after a verb is a place in a ranking, a figure; "on the 11th" is a day.
    const standing = (index: number) => ORDINAL.test(words[index]) && index > 0 && (wordLexicon().tags(words[index - 1].toLowerCase())?.[0] ?? '').startsWith('VB');
    // "deadlift PR is 140kg, squat 115", "budget is R450": asked no measure, a figure typed with its unit or its currency's
    // letters on it is a figure too, so the one said of what is asked is not passed over for a bare one said of another thing.
    const glued = (word: string) => context.measure === undefined && GLUED.test(word) && !GLUED_NOT.test(word);
    // "12.5 hrs each": a figure with a decimal point is a length when a unit of time follows it.
    const decimalLength = (word: string, index: number) => /^\d+\.\d+$/.test(word) && TIME_UNIT.test(words[index + 1] ?? '');
    const figures = words.flatMap((word, index) => ((FIGURE.test(word) || decimalLength(word, index) || NUMBER_WORDS.test(word) || glued(word) || standing(index) || times(word) || repeats(word)) && !standsFor(index) && !age(index) && !lasts(index) && !yearsOld(index) && !money(index) ? [{ index, said: TIME_UNIT.test(words[index + 1] ?? '') ? `${word} ${words[index + 1]}` : times(word) ? word.slice(0, -1) : word }] : []));
    // "how many bustards did I see in one field?" of "37 in one field": the question's own number says which, not how many.
    const ownNumber = ({ index }: { index: number }) => context.ownNumbers?.has(words[index].toLowerCase()) === true;
    const numbers = figures.some((figure) => !ownNumber(figure)) ? figures.filter((figure) => !ownNumber(figure)) : figures;
    // "how many species have I seen?" of "312 species on my list, the rarest one a harpy eagle": the number said of the thing asked.
    // Not "scarves are 20 and hats are 9", where "and" opens what is said of the hats.
    // "how many cars does my rig carry?" of "a 9-car rig": a figure joined to the noun asked counts it.
    const joined = (word: string) => [...asked].some((one) => singular(one) === singular(word.toLowerCase()));
    const hyphened = counted
      ? words.flatMap((word, index) => {
          const found = HYPHENED_COUNT.exec(word);
          return found && joined(found[2]) ? [{ index, said: found[1] }] : [];
        })
      : [];
    const counting = [
      ...numbers.filter(({ index }) => {
        const after = words.slice(index + 1, index + 1 + COUNTED_AFTER);
        // Asked how long, only a length of time is counted ("37 years"), not the things it is asked of ("4 long runs").
        const at = after.findIndex((word) => (asked.has(word.toLowerCase()) || asked.has(singular(word.toLowerCase()))) && !describesOnly(word) && (context.measure !== 'length' || TIME_UNIT.test(word)));
        // "a 70mm refractor, budget around £120": a noun across a comma is said of another figure, it counts nothing of this one.
        const across = Array.from({ length: at + 1 }, (_, step) => index + step).some((end) => ends.has(end));
        return at >= 0 && !across && !after.slice(0, at).some((word) => JOINS.has(word.toLowerCase()));
      }),
      ...hyphened,
    ];
    // "how many hives now?" of "one hive swarmed, so that's 6 now": a figure said as what there is in all, or left, counts
    // what there is, over one said of the thing on the way.
    const total = counted && context.totalWords ? totalCounted(text, context.totalWords, context.totalMarks) : undefined;
    if (total !== undefined) return total;
    // "how many colonies did I lose?" of "lost 2 of my 5 colonies": the part said after the question's verb, not the whole.
    const part = partDone(words, numbers, counting, context);
    if (part !== undefined) return part;
    // "teacher, year 5", "room 12": a number right after a noun names which one, it counts nothing.
    // "Stripe office, 120 mini cheesecakes": a noun across a comma names nothing the number tells.
    // "4 min 20 sec": a unit of time names no one of many.
    // "otr driver 11 yrs now": a number in a unit of time after it is a length, whatever noun is before it.
    const amounts = numbers.filter(({ index }) => ends.has(index - 1) || TIME_UNIT.test(words[index - 1] ?? '') || TIME_UNIT.test(words[index + 1] ?? '') || !namesWhich(words[index - 1], asked));
    // "how long is the trip?" of "flying on 1 March for three weeks": a length of time, not the day.
    // "4 min 20 sec": a length said in two units is one length.
    // "an 8-week course": a length joined to its unit by a hyphen.
    const hyphenedLength = (word: string) => TIME_UNIT.test(HYPHENED_COUNT.exec(word)?.[2] ?? '');
    const lengths = context.measure === 'length' ? [...joinedLengths(amounts.filter(({ said }) => / /.test(said))), ...words.flatMap((word, index) => (hyphenedLength(word) ? [{ index, said: word }] : []))] : [];
    // "how much are hats?" of "scarves are 20 and hats are 9": else the amount said right after the thing asked.
    const asks = (word: string | undefined) => word !== undefined && (asked.has(word.toLowerCase()) || asked.has(singular(word.toLowerCase())));
    const priced = amounts.filter(({ index }) => {
      const before = words.slice(Math.max(0, index - PRICED_AFTER), index);
      const at = before.map(asks).lastIndexOf(true);
      return at >= 0 && !before.slice(at).some((word) => /^\d+$/.test(word));
    });
    // "how long is my motorhome?" of "a Swift Escape 674, 7.4 metres long": a length in a unit of length, not the model's number.
    const sizes = context.measure === 'length' && lengths.length === 0 ? sizesSaid(text) : [];
    if (counting.length === 0 && sizes.length > 0) return one(sizes);
    // "how long did totality last?" of "seen 7 so far": a figure in no unit of time nor length says no length.
    // A price is still told back as found, so what asks how long says it was not told ("2500 yen a session").
    if (context.measure === 'length' && counting.length === 0 && lengths.length === 0) {
      const money = recognizeCurrency(text, Culture.English).map((found) => found.text.toLowerCase());
      return one(amounts.filter(({ said }) => money.some((price) => price.includes(said.toLowerCase()))).map(({ said }) => said));
    }
    return withUnit(one((counting.length > 0 ? counting : lengths.length > 0 ? lengths : priced.length > 0 ? priced : amounts).map(({ said }) => said)), text, words, ends, asked, context.measure);
  }
  // "1 January", "the 9th of May", "in October": the date as the recognizer finds it, in the words typed.
  if (sort === 'time') {
    // "how often is physio?" of "physio every 3 weeks, next one on the 4th": how often, not when next.
    if (context.measure === 'often') return one(oftenSaid(text, context.oftenWords ?? new Set()));
    // "which days do I swim?" of "tuesdays and thursdays at 6am": the days, all of a list of them.
    const listed = context.measure === 'day' ? daysSaid(text) : [];
    const days = listed.length === 1 ? listed[0] : nearestSpan(text, listed, context.anchors ?? [], sameWord);
    if (days) return days;
    // "I'm now flying on February 5th": "now" says it changed, not when.
    const read = recognizeDateTime(text, Culture.English).filter((one) => /date|time|set/.test(one.typeName) && !/duration/.test(one.typeName));
    // "they're saying the 21st now", "extended it to the 22nd": a day of the month said alone, which the recognizer
    // reads only after "on", says when where nothing else does.
    const saysNow = (one: (typeof read)[number]) => /^(right )?now$/i.test(text.slice(one.start, one.end + 1));
    const ordinals = read.every(saysNow) ? daysOfMonth(text) : [];
    if (ordinals.length > 0 && context.measure !== 'clock') return one(ordinals);
    const recognized = read.filter((one, _, all) => all.length === 1 || !saysNow(one));
    // "when's my exam?" of "evening course at the centre": a part of the day alone says no day, only asked "what time …?" is it an answer.
    const partOfDay = (one: (typeof recognized)[number]) => ((one.resolution?.values ?? []) as Array<{ timex?: string }>).every((value) => /^T(MO|AF|EV|NI|DT)$/.test(value.timex ?? ''));
    const found = context.measure === 'clock' ? recognized : recognized.filter((one) => !partOfDay(one));
    // "organising the school reunion this year, it is on the 3rd of October": a day of the month said beside a year,
    // a season or a month says when; "this year" only says which one.
    const timexOf = (one: (typeof found)[number]) => ((one.resolution?.values ?? []) as Array<{ timex?: string }>)[0]?.timex ?? '';
    const onDay = found.filter((one) => /^(?:XXXX|\d{4})-\d{2}-\d{2}/.test(timexOf(one)));
    const vague = (one: (typeof found)[number]) => /^(?:\d{4}|\(?\d{4}-(?:SP|SU|FA|WI)|\d{4}-\d{2}|XXXX-\d{2})$/.test(timexOf(one));
    // "when's my next check?" of "checks every 8 weeks, next one on June 3rd": the day it is next, not how often.
    const said = onDay.length > 0 && context.measure !== 'day' ? found.filter((one) => !vague(one)) : found;
    const dated = asked.has('next') ? said.filter((one) => !/set/.test(one.typeName)) : [];
    const times = (dated.length > 0 ? dated : said).map((one) => text.slice(one.start, one.end + 1));
    // "what time is 5-a-side?" of "every Wednesday at 8pm": the time of day, not the day; of several, the one nearest what is asked.
    const clocks = context.measure === 'clock' ? times.flatMap((time) => clockSpan(time) ?? []) : [];
    // "the Tuesday night net … at 8pm": the hour said over a part of the day ("night").
    const hours = clocks.filter((clock) => /\d/.test(clock));
    const time = one(hours.length > 0 ? hours : clocks.length > 0 ? clocks : times);
    // "when does my trip start?" of "10 — 15 November": the day it starts.
    return context.measure === 'start' && time ? (rangeStart(time) ?? time) : time;
  }
  // "a band called velvet static", "her name is Marge": the name said so, in any case.
  // "who plays grunt?" of "femi plays a half-orc bard named grunt": the name the question asks by is no answer to it.
  const called = sort === 'person' && context.introducedOnly !== true ? calledSpan(text) : undefined;
  if (called) return known.has(called.toLowerCase()) || asked.has(called.toLowerCase()) ? undefined : called;
  const proper = properNames(words, ends);
  if (sort === 'place') {
    // "Minuet in G": a letter alone names a key or a grade, no place.
    const places = [...proper.filter((name) => !MONTH_OR_DAY.test(name) && /\p{L}{2}/u.test(name) && (context.findCity(name) !== undefined || PLACE_LINKS.test(linkBefore(words, name)))), ...words.filter((word) => /^\p{Ll}/u.test(word) && word.length > 3 && context.findCity(word) !== undefined && (PLACE_LINKS.test(before(words, word)) || !commonNotNoun(word)))];
    // "moved from Cluj in Romania to Dublin": Cluj for "where am I from?", Dublin for anything else.
    const left = fromPlaces(words, ends);
    const said = places.filter((place) => left.has(place.split(' ')[0]) === (context.cameFrom === true));
    const named = one(said.length > 0 ? said : places) ?? (context.current ? one(places.filter((name) => before(words, name).toLowerCase() === 'to')) : undefined);
    if (named !== undefined || places.length > 0 || !context.placeLinks) return named;
    // "practice is in the basement of the parish hall": where, said in words no town names.
    return one(placePhrases(text, context.placeLinks, (word) => /^(DT|PRP\$)$/.test(wordLexicon().tags(word)?.[0] ?? ''))) ?? unlistedPlace(words, ends, context, one);
  }
  // "harry gabe n niamh who bakes": with no capitals, the names said as the subject of a clause, when the question
  // says which clause (a lower-case word is too weak a sign of a name to pick a note by).
  const named = peopleNamed(words, proper, context.findCity, typed);
  // "dentist w dr ahmed": with no capitals, a title says a name follows, however it is typed.
  const titled = named.length === 0 ? titledNames(words, ends, context.titles) : [];
  if (titled.length === 1) return known.has(titled[0].toLowerCase()) ? undefined : titled[0];
  // "my cousin Ravi said to try Argos": of several, those a noun for someone introduces are people, the rest may be shops.
  // Not "Nadia, Pharmacist, Boots" (a comma parts them); only for "who …?" ("what's the bakery called?" asks a thing's name).
  const introducing = (name: string) => {
    const at = words.indexOf(name.split(' ')[0]) - 1;
    return at >= 0 && !ends.has(at) && /^\p{Ll}/u.test(words[at]) && isLivingNoun(words[at]);
  };
  // "who's my partner for El Cap?" of "… the Nose on El Cap with my partner Rafa": the name the noun asked introduces, kept or not.
  const introducedAsAsked = context.who === true ? [...new Set(named.filter((name) => introducing(name) && asked.has(words[words.indexOf(name.split(' ')[0]) - 1].toLowerCase())))] : [];
  if (introducedAsAsked.length === 1 || context.introducedOnly === true) return introducedAsAsked.length === 1 ? introducedAsAsked[0] : undefined;
  // "what's the dog called?" of "cocker spaniel Bran ate a piece of a Wasgij once": of several, the name a noun of the kind asked introduces.
  const ofKindAsked = named.length > 1 ? [...new Set(named.filter((name) => introducing(name) && isOfKind(words[words.indexOf(name.split(' ')[0]) - 1].toLowerCase(), asked)))] : [];
  if (ofKindAsked.length === 1) return known.has(ofKindAsked[0].toLowerCase()) ? undefined : ofKindAsked[0];
  const introduced = named.length > 1 && context.who === true ? named.filter(introducing) : [];
  if (introduced.length > 0 && introduced.length < named.length && one(introduced) !== undefined) return one(introduced);
  const people = named.length > 0 || !context.anchors ? named : lowerCaseSubjects(text, (word) => wordLexicon().tags(word) !== undefined);
  // "Elsa is 8 and Vilmer is 5" for "what are my grandchildren's names?": all of them, for a kind of many.
  // "who gave me the lesson?" of "… a birthday present from my dad": naming no one, who they are to the person answers.
  return one(people) ?? (context.many ? several(people, known, asked) : undefined) ?? (context.who === true && people.length === 0 ? ownPeople(words, one) : undefined);
}

/** Steps up WordNet's nouns from a noun that introduces a name to the kind asked ("spaniel" → sporting dog → hunting dog → dog). */
const KIND_DEPTH = 5;

/** Whether a noun is one of the words asked, or WordNet files its commonest sense under one ("spaniel" under "dog"). */
function isOfKind(noun: string, asked: ReadonlySet<string>): boolean {
  if (asked.has(noun)) return true;
  const above = [...nounKinds().sensesAbove(noun, KIND_DEPTH, 1).values()].flat();
  return [...asked].some((word) => word !== noun && above.includes(word));
}

/**
 * "how far do I bike?" of "4 miles each way" → "4 miles", "how many schools now?" of "down to 2 schools" → "2 schools",
 * "how much insulin?" of "insulin 3 units" → "3 units": a bare figure is told back with the word it is said in, when
 * that word is a unit of measure (as recognizers-text reads "4 miles"), the thing the question counts, or, asked how
 * much, the plural noun it is measured in. A figure told alone may be of anything ("4" of four what?).
 */
function withUnit(said: string | undefined, text: string, words: readonly string[], ends: ReadonlySet<number>, asked: ReadonlySet<string>, measure: AskedMeasure | undefined): string | undefined {
  if (said === undefined || !(FIGURE.test(said) || NUMBER_WORDS.test(said))) return said;
  const at = words.indexOf(said);
  const next = words[at + 1];
  if (at < 0 || ends.has(at) || next === undefined || !/^\p{L}+$/u.test(next)) return said;
  // "4 allotment plots": the thing counted may come after the words that describe it, within the clause.
  // Asked how many: a noun of the question ("per" of "per person" counts nothing).
  const asks = (word: string) => measure === 'count' && (asked.has(word.toLowerCase()) || asked.has(singular(word.toLowerCase()))) && /^NN/.test(wordLexicon().tags(word.toLowerCase())?.[0] ?? 'NN');
  const after = words.slice(at + 1, at + 1 + COUNTED_AFTER);
  const open = after.findIndex((word, index) => !/^\p{L}+$/u.test(word) || JOINS.has(word.toLowerCase()) || (index < after.length - 1 && ends.has(at + 1 + index)));
  const within = open < 0 ? after : after.slice(0, open + (ends.has(at + 1 + open) ? 1 : 0));
  const counted = within.findIndex(asks);
  if (counted >= 0) return [said, ...within.slice(0, counted + 1)].join(' ');
  const unit = `${said} ${next}`;
  const measured = recognizeDimension(text, Culture.English).some((one) => one.text.toLowerCase() === unit.toLowerCase());
  const inUnits = measure === 'amount' && /^NNS$/.test(wordLexicon().tags(next.toLowerCase())?.[0] ?? '');
  return measured || inUnits ? unit : said;
}

/**
 * "nadia is driving over from fresno rn": a town typed small that the city list does not know, said after a word
 * that places; after "from" only asked where from ("moved from dayton to a place in mississauga").
 */
function unlistedPlace(words: readonly string[], ends: ReadonlySet<number>, context: SpanContext, one: (found: readonly string[]) => string | undefined): string | undefined {
  const found = unlistedPlaces(words, ends, PLACE_LINKS);
  const said = found.filter(({ link }) => (link === 'from') === (context.cameFrom === true));
  return one((said.length > 0 ? said : found).map(({ place }) => place));
}

/**
 * "so that's 6 now", "4 left", "44 down total": the one figure said right before a word that makes it what there is in
 * all (`memoryTotalWords`), with no noun between that would say what else it counts ("3 dogs now"). Undefined when none
 * or several.
 */
export function totalCounted(text: string, totalWords: ReadonlySet<string>, marks: readonly (readonly string[])[] = []): string | undefined {
  const typed = text.split(/\s+/).filter((word) => bareWord(word) !== '');
  const words = typed.map(bareWord);
  // "picked up 2 new clients so make that 16": a figure said right after words that make it the new total.
  const marked = (index: number) => marks.some((mark) => mark.length > 0 && mark.every((word, at) => words[index - mark.length + at]?.toLowerCase() === word));
  // "beekeeper since 2015, now 42 hives": a total word said after a comma is not said of the figure before it.
  const totalAfter = (index: number) => !/[,;:]$/.test(typed[index]) && totalWords.has((words[index + 1] ?? '').toLowerCase());
  const totals = words.filter((word, index) => (FIGURE.test(word) || NUMBER_WORDS.test(word)) && (totalAfter(index) || marked(index)));
  return new Set(totals).size === 1 ? totals[0] : undefined;
}

/** A text with each whole a share is said of left out ("rained 11 out of 15 days" → "rained 11 days"), so the share is read with the whole's unit. */
function shareOnly(text: string, shareWords: readonly (readonly string[])[]): string {
  return shareWords.reduce((said, words) => (words.length === 0 ? said : said.replace(new RegExp(`(\\d[\\d.,]*)\\s+${words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+')}\\s+(?:the\\s+|my\\s+|our\\s+)?\\d[\\d.,]*`, 'giu'), '$1')), text);
}

/** Lengths of time said one right after another ("4 min", "20 sec") as one ("4 min 20 sec"). */
function joinedLengths(lengths: ReadonlyArray<{ index: number; said: string }>): Array<{ index: number; said: string }> {
  const joined: Array<{ index: number; said: string }> = [];
  for (const length of lengths) {
    const last = joined.at(-1);
    if (last !== undefined && last.index + last.said.split(' ').length === length.index) joined[joined.length - 1] = { index: last.index, said: `${last.said} ${length.said}` };
    else joined.push({ ...length });
  }
  return joined;
}

/** The units recognizers-text reads a length in ("Meter", "Foot", "Inch", "Mile", "Yard"). */
const LENGTH_UNIT = /meter|metre|foot|feet|inch|mile|yard/i;

/** The lengths a text says in a unit of length, as typed ("7.4 metres", "12 ft"). */
function sizesSaid(text: string): string[] {
  return recognizeDimension(text, Culture.English)
    .filter((one) => LENGTH_UNIT.test(String((one.resolution as { unit?: unknown } | undefined)?.unit ?? '')))
    .map((one) => text.slice(one.start, one.end + 1));
}

/** The units recognizers-text reads a weight in ("Kilogram", "Gram", "Pound", "Stone", "Ton"). */
const WEIGHT_UNIT = /gram|pound|ounce|stone|ton|carat/i;

/** The weights a text says in a unit of weight, as typed ("3.2kg", "11 stone"); "£40" is money, though a pound. */
export function weightsSaid(text: string): string[] {
  return recognizeDimension(text, Culture.English)
    .filter((one) => WEIGHT_UNIT.test(String((one.resolution as { unit?: unknown } | undefined)?.unit ?? '')) && !/\p{Sc}/u.test(one.text))
    .map((one) => text.slice(one.start, one.end + 1));
}

/**
 * "how much data is on my plan?", "what did the planks cost?": the amount recognizers-text reads in a text
 * (`amountSpan`), in the unit asked, when the question asks a price or an amount and it is no value known as another;
 * "how heavy is Bramble?": a weight, in a unit of weight ("3.2kg"), of several the one nearest what is asked.
 */
export function amountAsked(text: string, context: SpanContext): string | undefined {
  if (context.measure === 'weight') {
    const weights = [...new Set(weightsSaid(text))].filter((weight) => !(context.known ?? new Set<string>()).has(weight.toLowerCase()));
    return weights.length === 1 ? weights[0] : nearestSpan(text, weights, context.anchors ?? context.asked, sameWord);
  }
  if (context.measure === 'size') return sizeAsked(text, context);
  if (context.measure !== 'price' && context.measure !== 'amount') return undefined;
  const amount = amountSpan(text, amountAsk(context.asked, context.anchors ?? context.asked, context.measure, context.moneySlang));
  return amount !== undefined && !(context.known ?? new Set<string>()).has(amount.toLowerCase()) ? amount : undefined;
}

/**
 * "how thick is the top?" of "2m top in beech, 10cm thick": of the sizes a note says in a unit (`sizesInUnits`), the one
 * said right before the question's word of size ("10cm *thick*"), else the one nearest what is asked.
 */
function sizeAsked(text: string, context: SpanContext): string | undefined {
  const known = context.known ?? new Set<string>();
  const sizes = sizesInUnits(text, context.sizeUnits).filter((one) => !known.has(one.said.toLowerCase()));
  const asked = new Set(context.asked.map((word) => word.toLowerCase()));
  // The question's word of size ("thick", "fast") is no noun: "2m *top*" names what is 2m, "10cm *thick*" says the size asked.
  const sizeWord = (word: string) => asked.has(word) && (context.sizeWords?.has(word) ?? /^(JJ|RB)/.test(wordLexicon().tags(word)?.[0] ?? ''));
  const described = sizes.filter((one) => sizeWord((/^\s*(\p{L}+)/u.exec(text.slice(one.end))?.[1] ?? '').toLowerCase()));
  const said = [...new Set((described.length > 0 ? described : sizes).map((one) => one.said))];
  return said.length === 1 ? said[0] : nearestSpan(text, said, context.anchors ?? context.asked, sameWord);
}

/** The sizes a text says in a unit of length, speed, area or volume ("10cm", "25 km/h", "12 acre"), as typed: no weight, and no money ("£40"). */
export function sizesInUnits(text: string, otherUnits: ReadonlySet<string> = new Set()): Array<{ said: string; end: number }> {
  const read = recognizeDimension(text, Culture.English)
    .filter((one) => /\d/.test(one.text) && !/\p{Sc}/u.test(one.text) && !WEIGHT_UNIT.test(String((one.resolution as { unit?: unknown } | undefined)?.unit ?? '')))
    .map((one) => ({ start: one.start, said: text.slice(one.start, one.end + 1), end: one.end + 1 }));
  // "up to 18 wpm now": a figure in a unit recognizers-text does not know (`memorySizeUnits`).
  const other = [...text.matchAll(/(?<![\p{L}\p{N}.,])\d+(?:[.,]\d+)?\s*(\p{L}+(?:\/\p{L}+)?)(?![\p{L}\p{N}])/gu)]
    .filter((match) => otherUnits.has(match[1].toLowerCase()) && !read.some((one) => one.start <= match.index && one.end > match.index))
    .map((match) => ({ start: match.index, said: match[0], end: match.index + match[0].length }));
  const units = [...read, ...other];
  // "8 by 10 feet", "a 10x12 shed": two sides of one size, with the unit said after the second if any.
  const pairs = [...text.matchAll(SIDES)].map((match) => {
    const start = match.index ?? 0;
    const second = start + match[0].length - (match[1]?.length ?? 0);
    const unit = units.find((one) => one.start >= second && one.start < start + match[0].length);
    const end = unit ? Math.max(unit.end, start + match[0].length) : start + match[0].length;
    return { start, said: text.slice(start, end), end };
  });
  const inPair = (one: { start: number }) => pairs.some((pair) => one.start >= pair.start && one.start < pair.end);
  return [...pairs, ...units.filter((one) => !inPair(one))].sort((x, y) => x.start - y.start).map(({ said, end }) => ({ said, end }));
}

/** Two figures joined as the sides of one size ("8 by 10", "10x12", "3 × 4"); group 1 is the second figure. */
const SIDES = /(?<![\p{L}\p{N}])\d+(?:\.\d+)?\s*(?:'|"|\p{L}{1,6})?\s*(?:x|×|by)\s*(\d+(?:\.\d+)?)(?![\p{N}])/gu;

/**
 * Whether a text told back for a price ("how much did the op cost?") says a figure of which none may be the price:
 * "dad is 68 and had his hip done in January" says an age and a month. A text with no figure is let be.
 */
export function noAmountIn(text: string, asked: readonly string[], measure: AskedMeasure | undefined, slang?: MoneySlang): boolean {
  return measure === 'price' && /\d/.test(text) && !saysAmountAsked(text, amountAsk(asked, asked, measure, slang));
}

function amountAsk(asked: readonly string[], anchors: readonly string[], measure: AskedMeasure, slang?: MoneySlang): AmountAsk {
  // "one at 640": a word that joins or points ("at") names no unit of money, though WordNet knows a currency spelled so.
  const isMoney = (word: string) => slang?.after.has(word.toLowerCase()) === true || (!FUNCTION_TAGS.has(wordLexicon().tags(word)?.[0] ?? '') && isMoneyNoun(word));
  const isMoneyAlone = (word: string) => measure === 'price' && slang?.alone.has(word.toLowerCase()) === true;
  const isRateUnit = (word: string) => slang?.per?.has(word) === true;
  return { asked, anchors, price: measure === 'price', isRateUnit, isPluralNoun: (word) => wordLexicon().tags(word)?.[0] === 'NNS', isMoney, isMoneyAlone, same: sameWord, isNoun: mayBeNoun, isPerson: isSomeone, isVerb: mayBeVerb, describes: describesNoun };
}

/** Tags of words that may describe a noun said after them ("*solar viewing* glasses"): adjectives, nouns, participles. */
const DESCRIBING_TAGS = /^(JJ|JJR|JJS|NN|NNP|NNS|VBG|VBN)$/;

function describesNoun(word: string): boolean {
  const first = wordLexicon().tags(word)?.[0];
  return first === undefined || DESCRIBING_TAGS.test(first);
}

/** Tags of words that join or point (a conjunction, a preposition, a determiner): read first so, a word is no verb, whatever rarer tag it has ("and" is a verb nowhere but in a lexicon's noise). */
export const FUNCTION_TAGS = new Set(['CC', 'IN', 'DT', 'PDT', 'TO', 'PRP', 'PRP$', 'WDT', 'WP', 'WP$', 'WRB', 'EX']);

/** Whether a word may be a verb ("cost", "was", "paid"): one of its tags is, and its commonest is no function word's. */
function mayBeVerb(word: string): boolean {
  const tags = wordLexicon().tags(word) ?? [];
  return !FUNCTION_TAGS.has(tags[0] ?? '') && tags.some((tag) => tag.startsWith('VB'));
}

/** "she is really nice": a word typed small that is mostly not a noun ("nice", "mobile") names no city unless said after "in". */
function commonNotNoun(word: string): boolean {
  const first = wordLexicon().tags(word.toLowerCase())?.[0];
  return first !== undefined && !first.startsWith('NN');
}

/** Prepositions that go on with where one came from ("from Cluj *in* Romania", "from the north *of* England"). */
const FROM_GOES_ON = /^(in|of)$/i;

/**
 * The words said after "from" up to another preposition or the end of their part ("Cluj in Romania" of "moved from
 * Cluj in Romania to Dublin", "Osaka" of "came from Osaka for a year at UBC").
 */
function fromPlaces(words: readonly string[], ends: ReadonlySet<number>): Set<string> {
  const left = new Set<string>();
  let inside = false;
  for (const [index, word] of words.entries()) {
    if (/^(TO|IN)$/.test(wordLexicon().tags(word.toLowerCase())?.[0] ?? '') && !FROM_GOES_ON.test(word)) inside = false;
    if (inside) left.add(word);
    if (/^from$/i.test(word)) inside = true;
    if (ends.has(index)) inside = false;
  }
  return left;
}

/** "the 21st", "22nd": a day of the month said alone, as typed; not one that ranks a thing named after it ("the 3rd floor"). */
function daysOfMonth(text: string): string[] {
  const found = [...text.matchAll(/(?<![\p{L}\p{N}])((?:the\s+)?(\d{1,2})(?:st|nd|rd|th))(?![\p{L}\p{N}])(?:\s+([\p{L}'’]+))?/giu)];
  const ranksThing = (word: string | undefined) => word !== undefined && (wordLexicon().tags(word.toLowerCase())?.[0] ?? 'NN').startsWith('NN');
  return found.filter((one) => Number(one[2]) >= 1 && Number(one[2]) <= DAYS_IN_MONTH && !ranksThing(one[3])).map((one) => one[1]);
}

/** Most days a month has. */
const DAYS_IN_MONTH = 31;
