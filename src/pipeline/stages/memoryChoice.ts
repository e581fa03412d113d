// "which of my kids has taken up bowls?": one of several people or pets told of, picked by what was said of each.
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import { memoryLexicon } from '../../personalization/memory/factKinds';
import { adjectiveBase } from '../../personalization/memory/adjectiveBase';
import { secondPerson } from '../../personalization/memory/noteWords';
import { nounKinds } from '../../nlu/nounKinds';
import { wordLexicon } from '../../nlu/wordLexicon';
import { learningActive, type UserProfile } from '../../profile/userProfile';
import { escapeRegExp } from '../../util/escapeRegExp';
import type { ReplyRequest } from '../../vocabulary/reply';
import type { TurnDependencies } from '../turn';
import { namedOnes, peopleInNotes } from './memoryWho';

/** What a choice question asks: the noun for the ones to choose from ("kids") and the words said of the one wanted. */
export interface ChoiceAsked {
  group: string;
  said: string[];
}

/** What WordNet files every person and animal under. */
const LIVING = 'organism';

/** Letters a word cut short keeps of the word it stands for ("croc" of "crocodile", "para" of "paraprofessional"). */
const SHORT_FORM = 4;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/**
 * "which of my kids has taken up bowls?", "which of the twins wants to work with crocodiles?", "which daughter is in
 * her last year of school?": the noun for the ones to choose from and the words said of the one wanted, or undefined
 * for any other question ("which beer do I like?" asks a thing of the person's own).
 */
export function readChoice(text: string): ChoiceAsked | undefined {
  const words = (text.toLowerCase().match(WORD) ?? []).map((word) => word.replace(/’/g, "'"));
  const which = words.indexOf('which');
  if (which < 0) return undefined;
  const tags = (word: string) => wordLexicon().tags(word) ?? [];
  const verbal = (word: string) => tags(word).some((tag) => tag.startsWith('VB') || tag === 'MD');
  const nounish = (word: string) => !/^\d/.test(word) && (tags(word).length === 0 || tags(word).some((tag) => tag.startsWith('NN')));
  // The tagger's lexicon has no "I": read as the pronoun it always is.
  const subject = (word: string | undefined) => word !== undefined && (word === 'i' || tags(word).some((tag) => tag === 'PRP'));
  if (words[which + 1] === 'of' || (words[which + 1] === 'one' && words[which + 2] === 'of')) {
    const from = words.indexOf('of', which) + 1;
    const det = tags(words[from] ?? '');
    if (!det.some((tag) => tag === 'PRP$' || tag === 'DT')) return undefined;
    const rest = words.slice(from + 1);
    const verb = rest.findIndex((word, at) => at >= 1 && verbal(word) && nounish(rest[at - 1]));
    if (verb < 1) return undefined;
    return { group: rest[verb - 1], said: rest.slice(verb) };
  }
  // "which daughter is …?": a noun for someone, then what is said of them, with no one else its subject ("which beer do I like?").
  const [noun, verb, next] = words.slice(which + 1, which + 4);
  if (noun === undefined || verb === undefined || !nounish(noun) || !verbal(verb) || subject(next)) return undefined;
  return { group: noun, said: words.slice(which + 2) };
}

/**
 * The one of several named ones told of (the kids, the twins, the cats) whose own words in the notes say most of what
 * the question says of the one wanted: "Cooper reckons he's gonna be a croc handler" for "which of the twins wants to
 * work with crocodiles?". Undefined when fewer than two are told of, or no one, or more than one, is said so.
 */
export function answerChoice(text: string, profile: UserProfile, deps: TurnDependencies, answered: readonly ReplyRequest[] = []): ReplyRequest | undefined {
  if (!learningActive(profile)) return undefined;
  const asked = readChoice(text);
  if (!asked) return undefined;
  const notes = (profile.memory.notes ?? []).map((note) => note.text);
  const ones = choices(asked.group, notes, profile, deps);
  if (ones.length < 2) return undefined;
  const wanted = wantedWords(asked, ones);
  if (wanted.length === 0) return undefined;
  const scored = ones.map((name) => {
    const parts = notes.flatMap((note) => partsOf(note, name, ones));
    const says = (part: string, word: string) => (part.toLowerCase().match(WORD) ?? []).some((said) => meets(word, said) || sameAdjective(word, said) || isKindOf(word, said));
    const met = wanted.filter((word) => parts.some((part) => says(part, word)));
    return { name, met: met.length, part: parts.find((part) => met.some((word) => says(part, word))) };
  });
  const best = Math.max(...scored.map((one) => one.met));
  const chosen = scored.filter((one) => one.met === best);
  if (best === 0 || chosen.length !== 1 || chosen[0].part === undefined) return undefined;
  // An answer already given that names the one chosen and no other stands ("which housemate sings?" told back from a note).
  if (namesOnly(answered, chosen[0].name, ones)) return undefined;
  return { key: 'memory.chosen', values: { value: chosen[0].name, said: secondPerson(chosen[0].part.trim()) } };
}

/** Whether the values of the answers given name `name` and none of the other ones chosen from. */
function namesOnly(answered: readonly ReplyRequest[], name: string, ones: readonly string[]): boolean {
  const said = answered.flatMap((request) => Object.values(request.values ?? {}).filter((value): value is string => typeof value === 'string')).join(' ');
  const names = (one: string) => new RegExp(`(?<![\\p{L}])${escapeRegExp(one)}(?![\\p{L}])`, 'iu').test(said);
  return names(name) && ones.every((one) => one === name || !names(one));
}

/**
 * The named ones the group noun is of: those kept under a noun of the same root ("daughter" of two daughters), or
 * named together in a note that says the noun ("twin boys Lachie and Cooper", "paraprofessionals, Luz and Deshawn").
 */
function choices(group: string, notes: readonly string[], profile: UserProfile, deps: TurnDependencies): string[] {
  const sameNouns = memoryLexicon(deps.content).sameNouns;
  const noun = (word: string) => sameNouns.get(word) ?? word;
  const kept = namedOnes(profile, deps).filter((one) => one.noun !== undefined && meets(noun(group), noun(one.noun.toLowerCase()))).map((one) => one.name.split(/\s+/)[0]);
  const names = new Set([...namedOnes(profile, deps).map((one) => one.name.split(/\s+/)[0]), ...peopleInNotes(profile, deps)]);
  // Told of together in a note only when the noun is for someone or some animal ("which city is the trial in?" chooses no one).
  const living = isLiving(group);
  const told = !living ? [] : notes.flatMap((note) => {
    const said = note.match(WORD) ?? [];
    if (!said.some((word) => meets(group, word.toLowerCase()) || isKindOf(word.toLowerCase(), group))) return [];
    const named = said.map((word) => word.replace(/['’]s$/u, '')).filter((word) => names.has(word));
    return new Set(named).size >= 2 ? named : [];
  });
  return [...new Set(kept.length >= 2 ? kept : told)];
}

/** The words the question says of the one wanted, without the words every question says ("is", "the", "one", "my"). */
function wantedWords(asked: ChoiceAsked, ones: readonly string[]): string[] {
  const names = new Set(ones.map((name) => name.toLowerCase()));
  return asked.said.filter((word) => {
    if (names.has(word) || ONE.has(word) || meets(asked.group, word)) return false;
    const tags = wordLexicon().tags(word) ?? [];
    // Only words that carry what is said: nouns, verbs other than "be", "have" and "do", adjectives, numbers.
    return tags.length === 0 ? word.length > 2 : tags.some((tag) => /^(NN|VB[DGNPZ]?|JJ|CD)/.test(tag)) && !BARE.has(tags[0]) && !isBareVerb(word);
  });
}

/** "the new one": the word that stands for the one asked about says nothing of them. */
const ONE: ReadonlySet<string> = new Set(['one', 'ones']);

const BARE: ReadonlySet<string> = new Set(['PRP', 'PRP$', 'DT', 'IN', 'CC', 'TO', 'MD', 'WDT', 'WP', 'WRB', 'RB', 'CD']);

/** "is", "has", "does": verbs every question says. */
function isBareVerb(word: string): boolean {
  return AUXILIARY_STEMS.has(PorterStemmer.stem(word));
}

const AUXILIARY_STEMS: ReadonlySet<string> = new Set(['is', 'ar', 'wa', 'were', 'be', 'been', 'ha', 'have', 'had', 'do', 'doe', 'did', 'done', 'on', 'get', 'got']);

/**
 * What a note says of one named one alone: from their name to the next named one or the end of the sentence
 * ("Cooper reckons he's gonna be a croc handler", of "Lachie's mad on footy, Cooper reckons …").
 */
function partsOf(note: string, name: string, ones: readonly string[]): string[] {
  const parts: string[] = [];
  for (const sentence of note.split(/(?<=[.!?])\s+|\s*\n\s*/u)) {
    const at = [...sentence.matchAll(WORD)].flatMap((match) => (ones.includes(match[0].replace(/['’]s$/u, '')) ? [{ name: match[0].replace(/['’]s$/u, ''), index: match.index }] : []));
    for (const [i, mention] of at.entries()) {
      if (mention.name !== name) continue;
      // "Ada and Bea both play hockey": what is said after names joined by "and" alone is said of each.
      let next = i + 1;
      while (next < at.length && joinsOnly(sentence.slice(at[next - 1].index + at[next - 1].name.length, at[next].index))) next++;
      parts.push(sentence.slice(mention.index, at[next]?.index ?? sentence.length));
    }
  }
  return parts;
}

/** Whether what stands between two names only joins them ("and", ", ", "'s and"). */
function joinsOnly(between: string): boolean {
  const words = (between.toLowerCase().match(WORD) ?? []).filter((word) => word !== "'s" && word !== 's');
  return words.every((word) => (wordLexicon().tags(word) ?? [])[0] === 'CC');
}

/** Two words meet when they share a stem or a plain form, or one is the other cut short ("croc", "crocodiles"). */
function meets(asked: string, said: string): boolean {
  const [a, b] = [adjectiveBase(asked), adjectiveBase(said)];
  if (a === b || PorterStemmer.stem(a) === PorterStemmer.stem(b)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= SHORT_FORM && long.startsWith(short) && /^\p{L}+$/u.test(short);
}

/** Senses of an adjective looked at: its commonest, where "big" and "large" meet and "big" the generous does not. */
const ADJECTIVE_SENSES = 2;

/** "largest" and "biggest": adjectives, said to compare or not, that share one of their commonest WordNet senses. */
function sameAdjective(asked: string, said: string): boolean {
  const senses = (word: string) => wordLexicon().adjectiveSenses(adjectiveBase(word)).slice(0, ADJECTIVE_SENSES);
  const of = new Set(senses(asked));
  return of.size > 0 && senses(said).some((sense) => of.has(sense));
}

/** Steps up WordNet from a noun to "organism": a horse is eight, a person three. */
const LIVING_DEPTH = 12;
const LIVING_SENSES = 3;

/** Whether one of a noun's commonest senses is someone or some animal ("twins", "horses"; not "city", "beer"). */
function isLiving(noun: string): boolean {
  const singular = noun.endsWith('s') && nounKinds().kindsOf(noun.slice(0, -1)).size > 0 ? noun.slice(0, -1) : noun;
  return [...nounKinds().sensesAbove(singular, LIVING_DEPTH, LIVING_SENSES).values()].some((words) => words.includes(LIVING));
}

/** "tigers" of "cats", "female" of "girl": a noun WordNet files the first under the second, said in the singular or the plural. */
function isKindOf(word: string, general: string): boolean {
  const singular = (noun: string) => (noun.endsWith('s') && nounKinds().kindsOf(noun.slice(0, -1)).size > 0 ? noun.slice(0, -1) : noun);
  return nounKinds().kindsOf(singular(word)).has(singular(general));
}
