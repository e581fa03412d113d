import { Culture, recognizeCurrency, recognizeDateTime, recognizeDimension, recognizeNumber, recognizePercentage } from '@microsoft/recognizers-text-suite';

type ModelResult = ReturnType<typeof recognizeNumber>[number];
import { nearestSpan } from './nearestSpan';

/** An amount a note says, as recognizers-text reads it: money, a measure in a unit ("15GB", "2,5 metres", "1%"), or a bare number. */
type Amount = { start: number; end: number; said: string; sort: 'money' | 'measure' | 'number'; value?: string };

/** What an amount asked for is checked against: the question's words, the words that place it, and whether it asks a price. */
export interface AmountAsk {
  asked: readonly string[];
  anchors: readonly string[];
  /** Asked by a word of paying ("cost", "pay", "charge"): money first, else a measure first ("how much *data*"). */
  price: boolean;
  /** Whether a word is most likely a plural noun: a number before one counts things ("3 boards"), it is no amount. */
  isPluralNoun(word: string): boolean;
  /** Whether a word names a unit of money: a number before one is a price ("200 dirhams", "22 bucks"), though the word is a plural noun. */
  isMoney(word: string): boolean;
  /** Whether a word is an amount of money on its own ("a tenner"). */
  isMoneyAlone(word: string): boolean;
  /** Whether a word is a unit a price is said per ("hr" of "175 hr"): a figure before it is a rate, no length of time. */
  isRateUnit?(word: string): boolean;
  /** Whether two words are one word in two forms ("lessons", "lesson"). */
  same(a: string, b: string): boolean;
  /** Whether a word is most likely a noun: "one" before one counts it ("one cake"), else it stands for a thing ("the big one"). */
  isNoun(word: string): boolean;
  /** Whether a word names someone ("dad", "Ruth", "she"), said after `before`: a bare number said to be theirs is an age ("dad is 68"), no amount. */
  isPerson(word: string, before: string | undefined): boolean;
  /** Whether a word may stand between a figure and the plural noun it counts ("200 *solar viewing* glasses"): a word that describes, not one that links. */
  describes(word: string): boolean;
  /** Whether a word may be a verb ("cost", "was"): a bare figure after one is said to be paid ("bike cost 720"). */
  isVerb(word: string): boolean;
}

/**
 * "how much data is on my plan?" of "Lyca SIM, 20GB, paid 6 months ahead" → 20GB; "what did the planks cost?"
 * of "paid 1,150 for 3 boards" → 1,150; "how much are lessons?" of "lessons tues and fri at 4, 38 an hour" → 38. The
 * amounts recognizers-text reads in a note, but those that say when or for how long (a date, a clock time, "12
 * months"), a number the question says itself ("the block of *ten*"), a count of things ("3 boards") and what a change
 * went from ("up from *780* to 865"); of money,
 * measures and bare numbers, the sort the question asks first, and of several, the one nearest what it names.
 * Undefined when none is left, or several are as near.
 */
export function amountSpan(text: string, ask: AmountAsk): string | undefined {
  const left = amountsSaid(text, ask);
  // "it's £600 limit, bike cost 720" asked what the bike cost: a price typed bare is no less a price than one with
  // its sign, so of both, the one said nearest what is asked.
  // Not a bare figure that names a model ("2015 316 cdi, bought it for 14.000 euros"): only one a verb says is paid.
  const priced = [...new Set(left.filter((one) => one.sort === 'money' || (one.sort === 'number' && ask.isVerb(wordBefore(text, one.start)))).map((one) => one.said.trim()))];
  // "how much for 3 bars?" of "£6 a bar or 3 for £15": a number the question says itself, said in the note too, is
  // nearer what is asked than any noun ("bar").
  const ownNumbers = ask.asked.filter((word) => /^\d+$/.test(word) && new RegExp(`(?<![\\p{N}.,:£$€])${word}(?![\\p{N}.,:])`, 'u').test(text));
  const byNumber = ask.price && priced.length > 1 && ownNumbers.length > 0 ? nearestSpan(text, priced, ownNumbers, (a, b) => a === b) : undefined;
  if (byNumber !== undefined) return byNumber;
  const nearest = ask.price && priced.length > 1 ? nearestSpan(text, priced, ask.anchors, ask.same) : undefined;
  if (nearest !== undefined) return nearest;
  // "2014 transit, 118k miles, paid 9,400 for it": the one figure said to be paid is the price, however near the thing a bare year or mileage is.
  if (ask.price && priced.length === 1) return priced[0];
  const order: Amount['sort'][] = ask.price ? ['money', 'number', 'measure'] : ['measure', 'money', 'number'];
  for (const sort of order) {
    const found = [...new Set(left.filter((one) => one.sort === sort).map((one) => one.said.trim()))];
    if (found.length === 1) return found[0];
    if (found.length > 1) return nearestSpan(text, found, ask.anchors, ask.same);
  }
  return undefined;
}

/** Whether a text says any amount that may answer: a figure that is no date, time, count of things, age, nor the question's own number. */
export function saysAmountAsked(text: string, ask: AmountAsk): boolean {
  return amountsSaid(text, ask).length > 0;
}

/** The amounts a text says that may answer what is asked, in the order said. */
function amountsSaid(text: string, ask: AmountAsk): Amount[] {
  // "rent is 1200", "1499 for the year": a bare figure of four digits is read as a year only when a word puts it in time
  // ("in 1887") or it is a model's year, before the name of its make ("2011 VW T5").
  const modelYear = (one: ModelResult) => /^(19|20)\d\d$/.test(one.text) && /^\s+\p{Lu}/u.test(text.slice(one.end + 1));
  const bareYear = (one: ModelResult) => /^\d{4}$/.test(one.text) && !YEAR_BEFORE.test(text.slice(0, one.start)) && !modelYear(one);
  const times = recognizeDateTime(text, Culture.English).filter((one) => /date|time|duration|set/.test(one.typeName) && !bareYear(one));
  const asked = new Set(recognizeNumber(ask.asked.join(' '), Culture.English).map(valueOf));
  const read = (results: ModelResult[], sort: Amount['sort']): Amount[] => results.map((one) => ({ start: one.start, end: one.end, said: text.slice(one.start, one.end + 1), sort, value: valueOf(one) }));
  // "Sr. Joaquim": a word read as a currency's name with no figure says no money.
  // "1% red iron oxide": a share is a measure too, kept with its sign.
  // "1.2 lakh in a good month": a number said with a word ("lakh", "million") is no length in inches for the "in" after it.
  const worded = recognizeNumber(text, Culture.English).filter((one) => /\p{L}/u.test(one.text));
  const misread = (one: Amount) => worded.some((number) => number.start === one.start && /^\s+in$/iu.test(text.slice(number.end + 1, one.end + 1)));
  const measures = [...read(recognizeDimension(text, Culture.English), 'measure').filter((one) => !misread(one)), ...read(recognizePercentage(text, Culture.English), 'measure').filter((one) => /\p{N}/u.test(one.said))];
  // "35 ft up": a unit read as a currency's too (the forint) is the length it is typed as, unless a sign or a word
  // that names money ("26 pounds") says money.
  const measured = (one: Amount) => !/\p{Sc}/u.test(one.said) && !ask.isMoney(/\p{L}+$/u.exec(one.said)?.[0] ?? '') && measures.some((other) => other.start === one.start && other.end === one.end);
  const money = read(recognizeCurrency(text, Culture.English), 'money').filter((one) => one.value !== undefined && /\p{N}/u.test(one.said) && !measured(one)).map((one) => withMagnitude(text, one));
  // "cost me a tenner": money said by a word alone, with no figure.
  const alone = [...text.matchAll(/(?<!\p{L})(?:an?\s+)?(\p{L}+)/giu)].filter((word) => ask.isMoneyAlone(word[1])).map((word): Amount => ({ start: word.index, end: word.index + word[0].length - 1, said: word[0], sort: 'money' }));
  const wider = [...money, ...alone, ...measures];
  const numbers = read(recognizeNumber(text, Culture.English), 'number').filter((one) => !wider.some((other) => other.start <= one.start && other.end >= one.end)).map((one) => withMoneyAfter(text, one, ask));
  // "charging them 175 hr" (typed "175/hr") asked a price: a figure per a unit said singular is a rate, not how long.
  const rate = (time: ModelResult) => ask.price && ask.isRateUnit !== undefined && RATE.test(time.text) && ask.isRateUnit(RATE.exec(time.text)?.[2]?.toLowerCase() ?? '') && RATE.exec(time.text)?.[1] !== '1';
  const inTime = (one: Amount) => times.some((time) => time.start <= one.start && time.end >= one.end && !rate(time));
  // "200 solar viewing glasses": the plural noun counted may come after the words that describe it.
  const counts = (one: Amount) => one.sort === 'number' && wordsAfter(text, one.end, COUNTED_WITHIN).some((word, at, after) => ask.isPluralNoun(word) && after.slice(0, at).every((between) => ask.describes(between)));
  // "big one: …", "the Harper one is …": "one" that stands for a thing says no amount.
  const standsFor = (one: Amount) => one.sort === 'number' && /^one$/i.test(one.said.trim()) && !ask.isNoun(wordAfter(text, one.end)) && !/^\s+\d/.test(text.slice(one.end + 1));
  const age = (one: Amount) => one.sort === 'number' && (saidAsAge(text, one.start, ask.isPerson) || listedAge(text, one, ask.isPerson));
  const all = [...wider, ...numbers];
  // "went up from 780 to 865": the amount a change starts from held before; the one it goes to holds now.
  const changedFrom = (one: Amount) => /\bfrom\s*$/iu.test(text.slice(0, one.start)) && all.some((other) => other.sort === one.sort && /^\s*to\s*$/iu.test(text.slice(one.end + 1, other.start)));
  // Asked a price, a length or a weight is none, nor a number said in words ("got two more", "half wave"): a price is typed as a figure.
  // "Rega Planar 3": a bare figure right after a name typed as one (not the sentence's first word) says which model, no price;
  // so after a model's year ("a 2018 Peterbilt 389").
  const model = (one: Amount) => one.sort === 'number' && /\p{Lu}/u.test(typedBefore(text, one.start)[0] ?? '') && /[\p{L}\p{N}]/u.test(typedBefore(text, one.start)[1] ?? '');
  const noPrice = (one: Amount) => ask.price && (one.sort === 'measure' || (one.sort === 'number' && (!/\p{N}/u.test(one.said) || model(one))));
  return all.filter((one) => !inTime(one) && !counts(one) && !standsFor(one) && !age(one) && !changedFrom(one) && !noPrice(one) && !(one.sort === 'number' && one.value !== undefined && asked.has(one.value)));
}

/** A figure and the one word of a unit after it ("175 hr"). */
const RATE = /^([\d.,]+)\s*(\p{L}+)$/u;

/** "£1.6m", "$2.5k", "€1.2bn": the letters of thousands, millions or billions typed onto the figure are the amount's (recognizers-text leaves them out). */
const MAGNITUDE = /^(?:[kKmM]|[bBmM][nN])(?![\p{L}\p{N}])/u;

function withMagnitude(text: string, one: Amount): Amount {
  const after = MAGNITUDE.exec(text.slice(one.end + 1));
  if (!after) return one;
  const end = one.end + after[0].length;
  return { ...one, end, said: text.slice(one.start, end + 1) };
}

/** "200 dirhams", "43 zł" that recognizers-text reads as a bare number: money, with the word that names its unit (`isMoney`). */
function withMoneyAfter(text: string, one: Amount, ask: AmountAsk): Amount {
  const after = /^\s+([\p{L}]+)/u.exec(text.slice(one.end + 1));
  if (!after || !ask.isMoney(after[1])) return one;
  const end = one.end + after[0].length;
  return { ...one, end, said: text.slice(one.start, end + 1), sort: 'money' };
}

function valueOf(result: ModelResult): string | undefined {
  const value: unknown = result.resolution?.value;
  return typeof value === 'string' ? value : undefined;
}

/** Words right before a figure of four digits that make it a year ("in 1887", "since 2019", "born 1950"). */
const YEAR_BEFORE = /\b(?:in|since|from|by|of|until|till|to|circa|c\.|born|died|married|year|class|vintage|est\.?|established|built)\s+$/iu;

/** "i'm", "im", "I’m": said of oneself, right before a bare number. */
const OWN_AGE = /^i['’]?m$/iu;

/** Verbs a bare number is said to be someone's age by ("dad *is* 68", "she *turns* 6"). */
const AGE_VERBS = new Set(['is', 'was', "'s", '’s', 'turns', 'turned', 'turning', 'aged']);

/**
 * Whether the number at `start` is said as someone's age: right after a verb of being or turning, itself right after
 * someone ("my dad is 68", "Ruth's 74", "she turned 9"), or after "I'm". Such a number is no price nor amount of anything.
 */
export function saidAsAge(text: string, start: number, isPerson: (word: string, before: string | undefined) => boolean): boolean {
  const before = text.slice(0, start).trimEnd().split(/\s+/).map((word) => word.replace(/^[^\p{L}]+/u, ''));
  const last = before.at(-1) ?? '';
  // "i'm 52 and do a nanny share", "I am 34": a bare number said of oneself with "am" is one's age.
  if (OWN_AGE.test(last) || (last.toLowerCase() === 'am' && before.at(-2)?.toLowerCase() === 'i')) return true;
  const owned = /^(\p{L}+)(['’]s)$/u.exec(last);
  const [who, verb, prior] = owned ? [owned[1], owned[2], before.at(-2)] : [before.at(-2) ?? '', last.toLowerCase(), before.at(-3)];
  if (!AGE_VERBS.has(verb.toLowerCase()) || /[,;:.!?]$/.test(who)) return false;
  return isPerson(who, prior);
}

/** The word typed right before a span, as typed, and the character before that word (none at the opening or after a mark). */
function typedBefore(text: string, start: number): [string | undefined, string | undefined] {
  const found = /(\S*)\s+(\p{L}[\p{L}\p{N}-]*)\s+$/u.exec(text.slice(0, start));
  return found ? [found[2], found[1].at(-1)] : [undefined, undefined];
}

/**
 * "2 boys, Magnus 9 and Sindre 6", "Lisa 40, me 35", "hoi, Sanne, 42": a figure of one or two digits said right after a
 * name (or a comma after it), and ending what is said of them (a mark, "and", the end), is their age.
 */
function listedAge(text: string, one: Amount, isPerson: (word: string, before: string | undefined) => boolean): boolean {
  const before = /(\S+\s+)?(\p{Lu}\p{Ll}+),?\s+$/u.exec(text.slice(0, one.start));
  return before !== null && /^\d{1,2}$/.test(one.said.trim()) && /^\s*(?:[,;)]|and\b|&|$)/iu.test(text.slice(one.end + 1)) && isPerson(before[2], before[1]?.trim());
}

/** The word said right before a span, lower case. */
function wordBefore(text: string, start: number): string {
  return (/([\p{L}]+)\s+$/u.exec(text.slice(0, start))?.[1] ?? '').toLowerCase();
}

/** Words after a figure within which the plural noun it counts is said ("200 *solar viewing glasses*"). */
const COUNTED_WITHIN = 3;

/** The words said right after a span, lower case, up to a mark that ends a clause. */
function wordsAfter(text: string, end: number, most: number): string[] {
  const clause = /^[^,;:.!?()]*/u.exec(text.slice(end + 1))?.[0] ?? '';
  const words = clause.split(/\s+/).filter(Boolean).slice(0, most);
  const letters = words.findIndex((word) => !/^\p{L}+$/u.test(word));
  return (letters < 0 ? words : words.slice(0, letters)).map((word) => word.toLowerCase());
}

function wordAfter(text: string, end: number): string {
  return (/^\s+([\p{L}]+)/u.exec(text.slice(end + 1))?.[1] ?? '').toLowerCase();
}
