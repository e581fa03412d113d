/**
 * Names introduced by a noun anywhere in a clause ("my husband Tom", "two dogs, Pepper and Salt", "Nala is
 * my puppy"), or by a pronoun after a noun left waiting ("her name is Nala"), with ages said beside them.
 */

import { skipFillers, wordsAt } from './clauses';
import type { MemoryLexicon } from './factKinds';
import { readNames, type ValueContext } from './readValue';
import { isOccupation } from './categories';
import { personAt, type StatedAbout } from './readOthers';
import { isPunctuation, type Token } from './tokens';
import { nounAt } from './kindNouns';
import { ownerBefore } from './readOwner';
import { saidOfSomeoneElse } from './readCounts';
import type { StatedFact } from './memoryReading';
import { NAMING_WORDS, AGE_KIND } from './memoryWords';
import { nounKinds } from '../../nlu/nounKinds';

/** Before a noun, these make a name right after it the person's ("my cat Dulce"), not a dish ("a chicken manchow"). */
const POSSESSIVES = new Set(['my', 'our', 'his', 'her', 'their']);

/** Possessives of someone else: "her husband Tom" is not one's own husband. */
const OTHERS_POSSESSIVES = new Set(['his', 'her', 'their']);

const DETERMINERS = new Set(['my', 'our', 'a', 'an', 'the', 'his', 'her', 'their', 'one', 'two', 'three', 'four', 'five', 'six', 'new', 'little', 'baby', 'both', 'some', 'older', 'younger', 'big', 'little', 'twin']);

const NAME_LINKS = [['are', 'mine', ','], ['is', 'mine', ','], ['are', 'ours', ','], ['is', 'ours', ','], ['called'], ['named'], ['is', 'called'], ['is', 'named'], ['are', 'called'], ['are', 'named'], ["'s", 'called'], ["'s", 'named'], ["'s", 'name', 'is'], ["'s", 'names', 'are'], ['name', 'is'], ['names', 'are'], ['whose', 'name', 'is'], ['who', 'is', 'called'], ['by', 'the', 'name', 'of'], ['is', 'call'], ['is', 'name'], ['name'], ['names'], ['is'], ["'s"], ['are'], [','], [':']];

/** Links that only say "is", and so may say what someone is as well as who. */
const BARE_LINKS = new Set(['is', "'s", 'are']);

/** Links that name what comes before them ("called", "'s name is"), not a comma or a bare "is". */
const NAMING_LINKS = NAME_LINKS.filter((link) => link.some((word) => ['called', 'named', 'name', 'names'].includes(word)));

/** What may come between a noun that opens a clause and its name, as in notes ("partner: Lenka", "youngest is Yasmin", "twins are Ada and Max"). */
const LABEL_LINKS = new Set([':', 'is', 'are']);

/** Verbs a plural noun may follow without a determiner: "we have twins, Zoe and Zack". */
const HAVE_VERBS = new Set(['have', 'has', 'got', 'had', 'adopted']);

/** Words of an age in front of a noun: "a 5 year old daughter", "our 3-month-old puppy". */
const AGE_WORDS = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'old', 'year-old', 'month-old', 'week-old']);

/** "I have a shiba inu dog, name is Kuro": a name said bare right after a noun just brought in is its name, not the person's. */
export const BARE_NAME_LINKS = [['name', 'is'], ['the', 'name', 'is'], ['names', 'are'], ['the', 'names', 'are'], ['name', ':'], ['name']];

export const PRONOUN_LINKS = [...BARE_NAME_LINKS.slice(0, 4), ['his', 'name', 'is'], ['her', 'name', 'is'], ['its', 'name', 'is'], ['their', 'names', 'are'], ['their', 'name', 'is'], ['he', 'is', 'called'], ['she', 'is', 'called'], ['it', 'is', 'called'], ['they', 'are', 'called'], ['he', 'is', 'named'], ['she', 'is', 'named'], ['they', 'are', 'named'], ['called'], ['named'], ['his', 'name'], ['her', 'name'], ['their', 'names']];

/** Most adjectives read past before a noun ("small son", "lovely little daughter"). */
const MAX_ADJECTIVES = 2;

/** How many adjectives come right before the noun at `at`. */
function adjectivesBefore(tokens: readonly Token[], at: number, values: ValueContext): number {
  let count = 0;
  while (count < MAX_ADJECTIVES && at - count - 1 >= 0 && /^JJ/.test(values.words.tags(tokens[at - count - 1].norm)?.[0] ?? '')) count++;
  return count;
}

/**
 * Whether the noun at `at` is introduced as someone's ("my husband", "two dogs", "a 5 year old daughter",
 * "our sweet little cat", "have twins"): a determiner before it, past an age and adjectives.
 */
function introducedAt(tokens: readonly Token[], at: number, values: ValueContext): boolean {
  // "2 guinea pigs": a count right before the noun introduces it as "two" does.
  if (at > 0 && /^\d{1,2}$/.test(tokens[at - 1].norm)) return true;
  let i = at - 1;
  for (let skipped = 0; i >= 0 && skipped < 4; i--, skipped++) {
    const word = tokens[i].norm;
    if (DETERMINERS.has(word)) return true;
    // "his absolutely mental border collie": an adverb before an adjective describes too.
    const adjective = /^(JJ|RB)/.test(values.words.tags(word)?.[0] ?? '');
    if (!/^\d+$/.test(word) && !AGE_WORDS.has(word) && word !== '-' && !adjective) break;
  }
  if (i >= 0 && DETERMINERS.has(tokens[i].norm)) return true;
  // "our rescue greyhound Rocket", "my old farm dog Bess": a word or two more after a possessive describe it too.
  if (i >= 0 && [i - 1, i - 2].some((j) => j >= 0 && POSSESSIVES.has(tokens[j].norm) && tokens.slice(j + 1, at).every((token) => /^[\p{L}-]+$/u.test(token.norm)))) return true;
  return at > 0 && HAVE_VERBS.has(tokens[at - 1].norm) && tokens[at].norm.endsWith('s');
}

/**
 * Names introduced by a noun anywhere in a clause: "my husband Tom", "two dogs, Pepper and Salt", "a son
 * called Leo", "Nala is my puppy". A noun left without a name waits for a pronoun ("her name is Nala").
 */
/** One brought in and not yet named: its kind and noun, whether it was typed in the plural, and the one waiting before it. */
export interface PendingName {
  kind: string;
  detail: string;
  plural?: boolean;
  earlier?: PendingName;
}

/**
 * Whom "his name is"/"her name is" names: the last one brought in, unless it cannot be a "him" or a "her" (many of
 * them, or a noun of the other sex) and the one before it can ("the wife says the birds … her name's Nadia").
 */
function agreeing(pending: PendingName, pronoun: string, lexicon: MemoryLexicon): PendingName {
  const female = pronoun === 'her' || pronoun === 'she';
  if (!female && pronoun !== 'his' && pronoun !== 'he') return pending;
  const agrees = (one: PendingName) => !one.plural && !(female ? lexicon.maleNouns : lexicon.femaleNouns).has(one.detail);
  return !agrees(pending) && pending.earlier && agrees(pending.earlier) ? pending.earlier : pending;
}

export function readRelations(tokens: readonly Token[], lexicon: MemoryLexicon, values: ValueContext, waiting?: PendingName, together = false): { facts: StatedFact[]; ages: StatedAbout[]; owned: StatedAbout[]; pending?: PendingName; end: number } {
  const facts: StatedFact[] = [];
  const ages: StatedAbout[] = [];
  /** Animals named as someone else's ("Owen has a gecko called Ziggy"): kept about their owner. */
  const owned: StatedAbout[] = [];
  // "Nikau (8) and Manaia (5)", "Minh 5, An 2": an age said with a person's name is theirs.
  const aged = (found: { names: string[]; ages: Array<string | undefined> }, kind: string, detail: string) => {
    if (!lexicon.people.has(kind)) return;
    found.names.forEach((name, index) => {
      const age = found.ages[index];
      if (age !== undefined) ages.push({ kind: AGE_KIND, value: age, about: { kind, noun: detail, name } });
    });
  };
  let pending = waiting;
  let end = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (pending) {
      const link = PRONOUN_LINKS.map((words) => (wordsAt(tokens, words, i) ? i + words.length : -1)).find((end) => end > 0);
      if (link !== undefined) {
        const found = readNames(tokens, link, true, values, true, true);
        if (found.names.length > 0) {
          const named = agreeing(pending, tokens[i].norm, lexicon);
          facts.push(...found.names.map((value) => ({ kind: named.kind, value, detail: named.detail })));
          aged(found, named.kind, named.detail);
          pending = undefined;
          end = found.end;
          i = found.end - 1;
          continue;
        }
      }
    }
    let noun = nounAt(tokens, i, lexicon);
    if (!noun) continue;
    // "lab manager is called Gareth": a pet's noun before a noun for someone only says which one they are.
    if (!lexicon.people.has(noun.kind) && personAt(tokens, i + noun.length, lexicon) !== undefined) continue;
    // "a siamese cat named Luna": kept as the sort the person named, a siamese.
    const sort = i > 0 ? nounAt(tokens, i - 1, lexicon) : undefined;
    if (sort && sort.length === 1 && lexicon.parents.get(sort.detail) === noun.detail) noun = { ...noun, detail: sort.detail };
    // "got 3 brothers lol, Yusuf, Bilal and Hamza": fillers between a noun and its names say nothing.
    let after = i + noun.length;
    while (after < tokens.length - 1 && lexicon.fillers.has(tokens[after].norm) && !NAME_LINKS.some((link) => link[0] === tokens[after].norm)) after++;
    // "my sister's dog is called Rex", "my brother's wife is Ana": who is named next is theirs, not the sister.
    // "wife's Kate": a name that ends the clause after "'s" names the one the noun is.
    if (tokens[after]?.norm === "'s" && !NAMING_LINKS.some((link) => wordsAt(tokens, link, after)) && !namedLast(tokens, after + 1, values) && !saysIs(tokens, after + 1, values)) {
      i = after;
      continue;
    }
    // "wife's called Tasha", "dog is named Rex": a noun that opens the clause and is named there is the person's.
    const opens = i === skipFillers(tokens, 0, lexicon.fillers) || tokens[i - 1]?.norm === ',';
    // As in notes: "partner: Lenka", "partner = sam", "youngest is Yasmin", "wife Olga, daughter Vera (2)".
    const labelled = opens && (LABEL_LINKS.has(tokens[after]?.norm ?? '') || (tokens[after]?.norm === "'s" && namedLast(tokens, after + 1, values)) || readNames(tokens, after, false, values).names.length > 0);
    const opensNamed = opens && (labelled || NAMING_LINKS.some((link) => wordsAt(tokens, link, after)));
    // "have wife Olga and son Misha": after "have", or after "and" that follows someone named, a noun right before a name.
    // "… and small son Misha": adjectives may come between.
    const lead = tokens[i - 1 - adjectivesBefore(tokens, i, values)]?.norm ?? '';
    const listed = (HAVE_VERBS.has(lead) || (lead === 'and' && facts.length > 0)) && readNames(tokens, after, false, values).names.length > 0;
    // "a rescue greyhound named Biscuit", "an old farm cat called Mog": a word or two before the noun describe it
    // when it is named outright after.
    const describedNamed = NAMING_LINKS.some((link) => wordsAt(tokens, link, after)) && [i - 2, i - 3].some((j) => j >= 0 && DETERMINERS.has(tokens[j].norm) && tokens.slice(j + 1, i).every((token) => /^[\p{L}-]+$/u.test(token.norm)));
    // "I have wife, her name is …", "we have son", "I have dog. Name is …": learners' English leaves out the article
    // after "have"; of an animal, only when the noun ends the clause ("I have dog food" is no dog).
    const introduced = describedNamed || introducedAt(tokens, i, values) || (HAVE_VERBS.has(lead) && noun.length === 1 && (lexicon.people.has(noun.kind) || after >= tokens.length));
    if (!opensNamed && !introduced && !listed) continue;
    // "rented it to a lad called Hiro", "a girl from my gym named Saoirse": a word for anyone ("lad", "girl") that a
    // kind of kin takes for its own ("my lad" is a son) names kin only when said as the person's own.
    if (!opensNamed && !ownedAt(tokens, i, values, lexicon) && loosePersonNoun(tokens[i + noun.length - 1].norm, noun, lexicon)) continue;
    let found: { names: string[]; end: number; ages: Array<string | undefined> } = { names: [], end: after, ages: [] };
    for (const link of NAME_LINKS) {
      const start = wordsAt(tokens, link, after) ? after + link.length : -1;
      if (start < 0) continue;
      // "my wife name Mona" (learners' English): "name" alone links only a word that looks like a name by itself.
      const bareName = link.length === 1 && ['name', 'names'].includes(link[0]);
      // "my mom is teacher", "my husband he is cook" (learners leave out the article): work typed in lower case
      // after a bare "is" is what they do, not who they are ("my son is Mason" names him).
      if (BARE_LINKS.has(link.join(' ')) && tokens[start]?.raw === tokens[start]?.norm && isOccupation(tokens[start].norm, lexicon.occupations)) continue;
      found = readNames(tokens, start, link[0] !== ',', values, !bareName && link.some((word) => NAMING_WORDS.has(word)), true);
      if (found.names.length > 0) break;
    }
    if (found.names.length === 0 && labelled) found = readNames(tokens, after, false, values, false, true);
    const possessed = (i > 0 && POSSESSIVES.has(tokens[i - 1].norm)) || (i > 1 && POSSESSIVES.has(tokens[i - 2].norm)) || (i > 2 && POSSESSIVES.has(tokens[i - 3].norm));
    // "my cat Miso", "2 boys Adam and Rayan": names right after a noun that is someone's or counted.
    // "three little donkeys, …": adjectives may come between the count and the noun.
    const countAt = i - 1 - adjectivesBefore(tokens, i, values);
    const counted = countAt >= 0 && (/^\d{1,2}$/.test(tokens[countAt].norm) || (tokens[countAt].norm !== 'a' && lexicon.spans.numbers.some((words) => words.length === 1 && words[0] === tokens[countAt].norm)));
    // "a twin brother kamau": a name right after a noun brought in by "a" too.
    // Not a word the lexicon knows as anything but a name ("a dog walker").
    const nameOnly = (token: Token | undefined) => token !== undefined && (values.words.tags(token.norm) ?? ['NNP']).every((tag) => tag === 'NNP');
    if (found.names.length === 0 && (possessed || counted || ((introduced || listed) && nameOnly(tokens[after])))) found = readNames(tokens, after, false, values, false, true);
    // "my budgie Pip", "our dog Lucky": right after a noun that is someone's, a word typed with a capital that the
    // lexicon knows first as a proper noun is a name, though in lower case it is another word ("pip", "lucky").
    // "three dogs, Hazel, Juniper and Moss": after a comma or a colon too.
    const listedAt = [',', ':'].includes(tokens[after]?.norm ?? '') ? after + 1 : after;
    if (found.names.length === 0 && (possessed || counted) && properFirst(tokens[listedAt], values)) found = readNames(tokens, listedAt, false, values, true, true);
    // "my dog waffles is a better cuddler", "our cat pickles sleeps all day": in lower case, a word in the plural right
    // after one's own noun that a verb for one thing follows is its name, not more of them.
    if (found.names.length === 0 && possessed && !lexicon.people.has(noun.kind) && pluralNamingOne(tokens, after, values)) found = readNames(tokens, after, false, values, true, true);
    if (found.names.length === 0 && i >= 3 && tokens[i - 1].norm === 'my' && ['is', "'s", ','].includes(tokens[i - 2].norm)) {
      // "Tom is my husband", "Tom's my husband", "Tom, my husband"
      const before = readNames(tokens, i - 3, false, values);
      if (before.names.length === 1 && before.end === i - 2) found = before;
    }
    // "my friend Mads just got a puppy named Kaj": brought in by "a" in what is said of someone else, theirs.
    // "my sister's in Paris with her husband Tom": after "his", "her" or "their" further on, someone else's.
    const ofOther = i > 0 && OTHERS_POSSESSIVES.has(tokens[i - 1].norm);
    const theirs = ofOther || (!possessed && !opensNamed && !together && saidOfSomeoneElse(tokens, i, lexicon, (word) => values.words.tags(word)));
    // "my daughter Inés has a hamster called Nugget", "Liam's got a ferret called Bandit": theirs, kept about them.
    const owner = found.names.length > 0 && !lexicon.people.has(noun.kind) && lexicon.kinds.get(noun.kind)?.definition.about ? ownerBefore(tokens, i, facts, lexicon, values) : undefined;
    if (owner) {
      // "Owen has a bearded dragon named Spike, Maddie has a rabbit": a name before the next owner's verb is theirs, not one of these.
      if (found.names.length > 1 && lexicon.owningVerbs.has(tokens[found.end]?.norm ?? '')) found = { ...found, names: found.names.slice(0, -1), end: found.end - 1 };
      owned.push(...found.names.map((value) => ({ kind: noun.kind, value, detail: noun.detail, about: owner })));
      end = Math.max(end, found.end);
      i = Math.max(i, found.end - 1);
      continue;
    }
    if (found.names.length > 0 && theirs) {
      i = Math.max(i, found.end - 1);
      continue;
    }
    if (found.names.length > 0) {
      facts.push(...found.names.map((value) => ({ kind: noun.kind, value, detail: noun.detail })));
      aged(found, noun.kind, noun.detail);
      pending = undefined;
      end = Math.max(end, found.end);
      i = Math.max(i, found.end - 1);
    } else {
      const typed = tokens[i + noun.length - 1].norm;
      const plural = typed !== noun.detail.split(' ').at(-1) && typed.endsWith('s');
      pending = { kind: noun.kind, detail: noun.detail, ...(plural ? { plural } : {}), ...(pending ? { earlier: { kind: pending.kind, detail: pending.detail, ...(pending.plural ? { plural: true } : {}) } } : {}) };
      i += noun.length - 1;
    }
  }
  return { facts, ages, owned, pending, end };
}

/** Words looked back at, past determiners, counts and adjectives, for one that says someone is the person's own. */
const OWNED_LOOKBACK = 4;

/**
 * Whether the noun at `at` is said as the person's own: after a possessive ("my girl", "our eldest boy"), a count
 * ("two boys") or a verb of having ("we have a little girl called Maisie"), past determiners and adjectives.
 */
function ownedAt(tokens: readonly Token[], at: number, values: ValueContext, lexicon: MemoryLexicon): boolean {
  for (let i = at - 1; i >= 0 && i >= at - OWNED_LOOKBACK; i--) {
    const word = tokens[i].norm;
    if (POSSESSIVES.has(word) || HAVE_VERBS.has(word) || /^\d{1,2}$/.test(word) || lexicon.owningWords.has(word)) return true;
    const describes = DETERMINERS.has(word) || AGE_WORDS.has(word) || word === '-' || /^(JJ|RB|CD)/.test(values.words.tags(word)?.[0] ?? '');
    if (!describes) return false;
  }
  return false;
}

/** Steps up WordNet from a noun to "person" or "relative" ("lad" → chap → male → person). */
const KIN_DEPTH = 8;

/**
 * Whether a noun typed for a kind of people is, in its commonest sense, anyone rather than kin ("girl", "lad",
 * "guy", not "son", "stepson", "hubby"): WordNet files it under a person and not under a relative, nor under the
 * kind's own noun.
 */
function loosePersonNoun(typed: string, noun: { kind: string; detail: string }, lexicon: MemoryLexicon): boolean {
  if (!lexicon.people.has(noun.kind) || typed === noun.detail) return false;
  const above = [...nounKinds().sensesAbove(typed, KIN_DEPTH, 1).values()].flat();
  return above.includes('person') && !above.includes('relative') && !above.includes(noun.detail);
}

/** Whether the word at `at`, typed in lower case, is only ever a plural noun and a verb of the singular follows it ("waffles *is*"). */
function pluralNamingOne(tokens: readonly Token[], at: number, values: ValueContext): boolean {
  const token = tokens[at];
  if (token === undefined || token.raw !== token.norm) return false;
  const tags = values.words.tags(token.norm) ?? [];
  const verb = values.words.tags(tokens[at + 1]?.norm ?? '')?.[0];
  return tags.length > 0 && tags.every((tag) => tag === 'NNS') && (verb === 'VBZ' || tokens[at + 1]?.norm === 'was');
}

/** A word typed with a capital that the lexicon knows first as a proper noun ("Pip", "Lucky"; not "Is", "Always"). */
function properFirst(token: Token | undefined, values: ValueContext): boolean {
  return token !== undefined && /^\p{Lu}\p{Ll}/u.test(token.raw) && values.words.tags(token.raw)?.[0] === 'NNP';
}

/**
 * Whether "'s" before `at` says "is", not whose: "my daughter's asleep", "my son's 4", "my son's at nursery", "my
 * mum's really tired" (a preposition, a verb in -ing, a number, or an adjective or adverb with no noun after it),
 * not "my sister's new car" or "my brother's wife".
 */
function saysIs(tokens: readonly Token[], at: number, values: ValueContext): boolean {
  const tag = (token: Token | undefined) => (token ? (values.words.tags(token.norm)?.[0] ?? '') : '');
  if (/^\d+$/.test(tokens[at]?.norm ?? '') || /^(IN|VBG)/.test(tag(tokens[at]))) return true;
  let i = at;
  while (i < tokens.length && /^(JJ|RB)/.test(tag(tokens[i]))) i++;
  return i > at && !tag(tokens[i]).startsWith('NN');
}

/**
 * Whether a name, typed as one, is all that is said from `at` to the clause's end or its next punctuation ("wife's
 * *Kate*, …"; not "children's hospital").
 */
function namedLast(tokens: readonly Token[], at: number, values: ValueContext): boolean {
  if (!/^\p{Lu}/u.test(tokens[at]?.raw ?? '')) return false;
  const found = readNames(tokens, at, true, values);
  return found.names.length === 1 && (found.end >= tokens.length || isPunctuation(tokens[found.end]));
}
