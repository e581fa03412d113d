import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import { Culture, recognizeDateTime } from '@microsoft/recognizers-text-suite';
import { wordLexicon } from '../../nlu/wordLexicon';
import { nounKinds } from '../../nlu/nounKinds';
import NounInflector from 'natural/lib/natural/inflectors/noun_inflector';
import { unknownWord, type AskedValueWords } from './askedValue';
import { sameRoot } from './noteWords';
import { isPunctuation, tokenize, type Token } from './tokens';

/**
 * Steps up WordNet's nouns from the commonest sense of a word to its root sort: a made thing for a noun asked by
 * ("car" → … → artifact), a person for a word told ("steinway", a piano maker).
 */
const ROOT_DEPTH = 12;

/** Verbs said of any thing, which say nothing of what it is ("what phone do I *have*?"). */
const BARE_VERBS = new Set(['do', 'does', 'did', 'is', 'are', 'was', 'were', 'am', 'be', 'been', 'have', 'has', 'had', 'get', 'got', 'gotten', 'own', 'owns', 'use', 'uses', 'used']);

/**
 * Whether what is told says nothing of the made thing a question asks for by its sort ("what *car* do I drive?",
 * "which *phone* have I got?"): not that sort nor a kind of it (WordNet: a hatchback is a car), not what the question
 * says is done with it ("drive"), and no name or word no lexicon knows, which may be a make ("a Polo", "the fabia").
 * "oat flat" of "oat flat whites" is no car. A sort that is no made thing ("what sport …?") is let be.
 * `told` is what is told back as typed (the part, or the note); `texts` every text it is read in.
 */
export function tellsNoThingOfSort(question: string, noun: string, told: string, texts: readonly string[], words: AskedValueWords): boolean {
  if (!isMadeThing(noun)) return false;
  const says = kindSayer(noun);
  const tokens = (text: string) => tokenize(text, words.contractedIs).filter((token) => !isPunctuation(token) && /\p{L}/u.test(token.norm));
  const all = texts.flatMap(tokens);
  if (all.some((token) => says(token.norm))) return false;
  const doings = tokens(question).filter((token) => token.norm !== noun && !BARE_VERBS.has(token.norm) && (wordLexicon().tags(token.norm) ?? []).some((tag) => tag.startsWith('VB')));
  const stems = new Set(doings.map((token) => PorterStemmer.stem(token.norm)));
  if (all.some((token) => stems.has(PorterStemmer.stem(token.norm)))) return false;
  return !tokens(told).some((token, at) => mayName(token, at) || unknownWord(token.norm, words) || namesSomeone(token.norm));
}

/**
 * Whether the commonest sense of a word told is someone: a maker's name typed in lower case ("my steinway model o").
 * Not categories.ts's isPersonNoun, which takes any sense ("head", "flat" would then name a make).
 */
function namesSomeone(word: string): boolean {
  return [...nounKinds().sensesAbove(word, ROOT_DEPTH, 1).values()].flat().includes('person');
}

/** Whether a word typed with a capital may name a thing: not the opening word, not "I", nor a day or a month. */
function mayName(token: Token, at: number): boolean {
  return at > 0 && /^\p{Lu}/u.test(token.raw) && token.norm !== 'i' && recognizeDateTime(token.raw, Culture.English).length === 0;
}

const inflector = new NounInflector();

/** Senses of a noun asked by that a word told may be of ("instrument": a device, or a musical one). */
const ASKED_SENSES = 8;
/** Steps up from the commonest sense of a word told, looked at for the sort asked ("hatchback" → car). */
const TOLD_DEPTH = 10;

/**
 * The words that say a noun: itself, or one whose commonest sense WordNet files under a sense of it ("hatchback",
 * "cabriolet" for a car, "ukulele" for an instrument; not "flat", whose commonest sense is a home, though a flatcar
 * is a car of a train).
 */
function kindSayer(noun: string): (word: string) => boolean {
  const senses = [...nounKinds().sensesAbove(noun, 0, ASKED_SENSES).keys()];
  return (word) => {
    if (sameRoot(word, noun)) return true;
    const one = word.endsWith('s') ? inflector.singularize(word) : word;
    return [word, one].some((form) => {
      const above = nounKinds().sensesAbove(form, TOLD_DEPTH, 1);
      return senses.some((sense) => above.has(sense));
    });
  };
}

/** Whether the commonest sense of a noun is a thing made (WordNet's artifact: a car, a phone, a guitar). */
function isMadeThing(noun: string): boolean {
  return [...nounKinds().sensesAbove(noun, ROOT_DEPTH, 1).values()].flat().some((word) => word === 'artifact' || word === 'artefact');
}

/**
 * Whether a part picked out for a made thing asked by its sort ("which *ship* am I on?") is a count of things of
 * another sort ("7 month contracts"): a figure, then words none of which is the sort, a kind of it, or a name.
 */
export function countsNoThingOfSort(noun: string, part: string, words: AskedValueWords): boolean {
  if (!isMadeThing(noun)) return false;
  const tokens = tokenize(part, words.contractedIs).filter((token) => !isPunctuation(token));
  if (tokens.length < 2 || !/^\d[\d,.]*$/.test(tokens[0].norm)) return false;
  const says = kindSayer(noun);
  return tokens.slice(1).every((token, at) => /\p{L}/u.test(token.norm) && !says(token.norm) && !mayName(token, at + 1) && !unknownWord(token.norm, words));
}
