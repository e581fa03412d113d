/**
 * Whose an animal named in a clause is, when it is someone else's: "my daughter Inés has a hamster called Nugget",
 * "Liam's got a ferret called Bandit", "the twins share a pony called Pickle", "Sam brought his guinea pigs".
 */

import type { Someone } from '../../profile/userProfile';
import type { MemoryLexicon } from './factKinds';
import { skipFillers } from './clauses';
import { nounAt } from './kindNouns';
import { personAt } from './readOthers';
import { readNames, type ValueContext } from './readValue';
import type { Token } from './tokens';

/** Words by which the person speaks of themselves: what they have is their own ("Jess has cats, I have a dog called Rex"). */
const FIRST_PERSON = new Set(['i', 'we', 'me', 'us', 'mine', 'ours', 'myself']);
/** Words before a noun of someone that make them the one spoken of ("*my* daughter", "*the* twins"). */
const OWNERS = new Set(['my', 'our', 'the']);
/** Where a new subject may start: "…, Liam's got a ferret". */
const OPENINGS = new Set([',', 'and', 'but', 'so', ';']);

/**
 * The owner of the animal whose noun is at `at`: someone named before it (by a noun of theirs, "my mum", "the
 * twins", or by a name alone at the start of what is said, "Owen") who has it by one of `lexicon.owningVerbs`.
 * `named` are the people the clause named ("my daughter *Inés*"). Undefined when the person speaks of their own.
 */
export function ownerBefore(tokens: readonly Token[], at: number, named: ReadonlyArray<{ kind: string; value: string; detail?: string }>, lexicon: MemoryLexicon, values: ValueContext): Someone | undefined {
  let owning = false;
  for (let i = at - 1; i >= 0; i--) {
    const word = tokens[i].norm;
    if (FIRST_PERSON.has(word)) return undefined;
    if (lexicon.owningVerbs.has(word)) {
      owning = true;
      continue;
    }
    if (!owning) continue;
    const person = personAt(tokens, i, lexicon);
    const before = tokens[i - 1]?.norm;
    if (person && (i === 0 || OWNERS.has(before ?? '') || OPENINGS.has(before ?? ''))) {
      const after = i + person.length;
      const name = named.find((one) => one.kind === person.kind && one.detail === person.noun && tokens[after]?.raw.toLowerCase() === one.value.split(/\s+/)[0].toLowerCase());
      return { ...(person.kind ? { kind: person.kind } : {}), noun: person.noun, ...(name ? { name: name.value } : {}) };
    }
    // "Owen has a bearded dragon", "Liam's got a ferret": a name alone opens what is said of its owner.
    if ((i === 0 || OPENINGS.has(before ?? '')) && /^\p{Lu}/u.test(tokens[i].raw)) {
      const found = readNames(tokens, i, true, values);
      const known = named.find((one) => lexicon.people.has(one.kind) && one.value === found.names[0]);
      if (found.names.length === 1 && found.end > i) return known ? { kind: known.kind, noun: known.detail ?? known.kind, name: known.value } : { noun: '', name: found.names[0] };
    }
  }
  return undefined;
}

/** The verbs that say whose an animal is after its name ("Bella *is* my wife Giulia's"); adverbs between only stress it ("*technically*"). */
const COPULAS = new Set(['is', "'s", 'are']);
const PRONOUNS = new Set(['he', 'she', 'it', 'they']);
/** Said of oneself after "is": "the staffy is *mine*". */
const SELF = new Set(['mine', 'ours']);

/** Someone named at `at` as an owner: "my wife Dana", "my mother in law", "the twins", "Adam"; with where they end. */
function ownerAt(tokens: readonly Token[], at: number, named: ReadonlyArray<{ kind: string; value: string; detail?: string }>, lexicon: MemoryLexicon, values: ValueContext): { owner: Someone; end: number } | undefined {
  const from = OWNERS.has(tokens[at]?.norm ?? '') ? at + 1 : at;
  const person = personAt(tokens, from, lexicon);
  if (person) {
    const after = from + person.length;
    const name = /^\p{Lu}/u.test(tokens[after]?.raw ?? '') ? readNames(tokens, after, true, values) : undefined;
    const one = name?.names.length === 1 ? name.names[0] : undefined;
    return { owner: { ...(person.kind ? { kind: person.kind } : {}), noun: person.noun, ...(one ? { name: one } : {}) }, end: one && name ? name.end : after };
  }
  if (from !== at || !/^\p{Lu}/u.test(tokens[at]?.raw ?? '')) return undefined;
  const found = readNames(tokens, at, true, values);
  if (found.names.length !== 1) return undefined;
  const known = named.find((one) => lexicon.people.has(one.kind) && one.value === found.names[0]);
  return { owner: known ? { kind: known.kind, noun: known.detail ?? known.kind, name: known.value } : { noun: '', name: found.names[0] }, end: found.end };
}

/** What a clause says is someone else's: the animal (by its name, or a pronoun for the one named last), whose it is, and its noun when said. */
export interface OwnedSaid {
  name?: string;
  /** A pronoun stands for it ("she's my wife Dana's dog"). */
  pronoun?: boolean;
  about: Someone;
  noun?: { kind: string; detail: string };
}

/**
 * "Bella is my wife Giulia's", "Samson is technically Adam's cat", "Pip is a chihuahua that belongs to my mother in
 * law", "technically she's my wife Dana's dog": an animal said to be someone else's, after it was named.
 */
export function ownedSaid(tokens: readonly Token[], named: ReadonlyArray<{ kind: string; value: string; detail?: string }>, lexicon: MemoryLexicon, values: ValueContext, kinds: readonly string[]): OwnedSaid | undefined {
  const tag = (token: Token | undefined) => (token ? (values.words.tags(token.norm)?.[0] ?? '') : '');
  const pastAdverbs = (at: number) => {
    let i = at;
    while (i < tokens.length && /^RB/.test(tag(tokens[i])) && !OWNERS.has(tokens[i].norm)) i++;
    return i;
  };
  const nounIn = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const noun = nounAt(tokens, i, lexicon);
      if (noun && kinds.includes(noun.kind)) return { kind: noun.kind, detail: noun.detail };
    }
    return undefined;
  };
  const start = pastAdverbs(skipFillers(tokens, 0, lexicon.fillers));
  const subject: { name?: string; pronoun?: boolean; end: number } | undefined = PRONOUNS.has(tokens[start]?.norm ?? '') ? { pronoun: true, end: start + 1 } : /^\p{Lu}/u.test(tokens[start]?.raw ?? '') ? nameAt(tokens, start, values) : undefined;
  if (!subject) return undefined;
  if (subject.name && named.some((one) => lexicon.people.has(one.kind) && one.value === subject.name)) return undefined;
  const who = { ...(subject.name ? { name: subject.name } : {}), ...(subject.pronoun ? { pronoun: true } : {}) };
  // "Bella is my wife Giulia's", "she's my wife Dana's dog": "'s" after the owner, then the clause ends or names the animal.
  if (COPULAS.has(tokens[subject.end]?.norm ?? '')) {
    const at = pastAdverbs(subject.end + 1);
    if (SELF.has(tokens[at]?.norm ?? '')) return undefined;
    const owner = ownerAt(tokens, at, named, lexicon, values);
    if (owner && tokens[owner.end]?.norm === "'s") {
      const rest = owner.end + 1;
      const noun = nounIn(rest, Math.min(tokens.length, rest + 3));
      const ends = rest >= tokens.length || [',', '.', '!', 'and'].includes(tokens[rest].norm);
      if (noun || ends) return { ...who, about: owner.owner, ...(noun ? { noun } : {}) };
    }
  }
  // "Pip belongs to my mother in law", "Pip is a tiny chihuahua that belongs to …".
  const belongs = tokens.findIndex((token, i) => i >= subject.end && lexicon.belongWords.has(token.norm) && tokens[i + 1]?.norm === 'to');
  if (belongs < 0) return undefined;
  const owner = ownerAt(tokens, belongs + 2, named, lexicon, values);
  if (!owner) return undefined;
  const noun = nounIn(subject.end, belongs);
  return { ...who, about: owner.owner, ...(noun ? { noun } : {}) };
}

/** A name at `at` ("Bella", "Mr Whiskers"), and where it ends. */
function nameAt(tokens: readonly Token[], at: number, values: ValueContext): { name: string; end: number } | undefined {
  // Typed with a capital and followed by whose it is: "Pip" is a name here, though "pip" is a word.
  const found = readNames(tokens, at, false, values);
  if (found.names.length === 1 && found.end > at) return { name: found.names[0], end: found.end };
  // As typed ("Pip" is a proper noun to the lexicon, "pip" a word).
  const tag = values.words.tags(tokens[at].raw)?.[0] ?? values.words.tags(tokens[at].norm)?.[0];
  return /^\p{Lu}\p{Ll}+$/u.test(tokens[at].raw) && (tag === undefined || tag.startsWith('NN')) ? { name: tokens[at].raw, end: at + 1 } : undefined;
}
