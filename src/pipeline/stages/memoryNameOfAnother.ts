import { askedValueWords, namedNoun } from '../../personalization/memory/askedValue';
import { isPersonNoun } from '../../personalization/memory/categories';
import { memoryLexicon } from '../../personalization/memory/factKinds';
import { sameKindWords } from '../../personalization/memory/sameKindWords';
import { wordLexicon } from '../../nlu/wordLexicon';
import { singular } from '../../personalization/memory/noteWords';
import { isPunctuation, tokenize } from '../../personalization/memory/tokens';
import { learningActive, type UserProfile } from '../../profile/userProfile';
import type { ReplyRequest } from '../../vocabulary/reply';
import type { TurnDependencies } from '../turn';

/**
 * Whether a name found in the notes for "what's the creche called?", "what's Ruth's husband's name?" is the name
 * of someone the person already told of as another: kept as one of their people (their son Fionn, their husband
 * Harold), while the noun asked by is no word for a person ("creche"), or another sort of person that no note
 * saying the name says ("best friend" of a brother), or is owned by someone named ("Ruth's husband" is not one's own). Such a name answers nothing asked: a note that merely says
 * the name beside the noun ("my mam minds Fionn, creche the rest") is not told.
 */
export function nameKeptOfAnother(question: string, reply: ReplyRequest | undefined, profile: UserProfile, deps: TurnDependencies): boolean {
  const part = reply?.key === 'memory.fromNotePart' ? reply.values?.part : undefined;
  if (typeof part !== 'string' || !learningActive(profile)) return false;
  const words = askedValueWords(deps.content);
  const noun = namedNoun(question, words);
  if (noun === undefined) return false;
  const lexicon = memoryLexicon(deps.content);
  const name = part.toLowerCase();
  const own = profile.memory.facts.filter((fact) => lexicon.people.has(fact.key) && fact.value.toLowerCase() === name).map((fact) => fact.key);
  if (own.length === 0) return false;
  // The sorts of people the noun asks by: those that list it ("husband": partner), or the one it names ("friend").
  const asked = new Set([noun, singular(noun)].flatMap((word) => [...(lexicon.nouns.get(word) ?? []).map((entry) => entry.kind), ...(lexicon.people.has(word) ? [word] : [])]));
  if (own.some((kind) => asked.has(kind))) return ownedByNamed(question, noun, words.contractedIs, lexicon);
  // A person's name names no thing ("the creche"); asked by another word for someone, it answers when a note that
  // says the name says that word too ("2 grandkids now, the youngest is Maisie", though Maisie was kept as a child).
  if (!isPersonNoun(noun)) return true;
  const says = new Set([noun, singular(noun), ...sameKindWords(noun, lexicon)]);
  const notes = (profile.memory.notes ?? []).filter((note) => tokenize(note.text, words.contractedIs).some((token) => token.norm === name));
  return !notes.some((note) => tokenize(note.text, words.contractedIs).some((token) => says.has(token.norm) || says.has(singular(token.norm))));
}

/** "what's Ruth's husband's name?": the noun said after a name and "'s", not after "my" or a word for one of one's people. */
function ownedByNamed(question: string, noun: string, contractedIs: ReadonlySet<string>, lexicon: ReturnType<typeof memoryLexicon>): boolean {
  const said = tokenize(question, contractedIs).filter((token) => !isPunctuation(token)).map((token) => token.norm);
  return said.some((word, at) => word === noun && said[at - 1] === "'s" && at >= 2 && isNamed(said[at - 2], lexicon));
}

/** A word that names someone: no determiner, pronoun or question word (by the tagger), nor a word for one of one's people. */
function isNamed(word: string, lexicon: ReturnType<typeof memoryLexicon>): boolean {
  return /^\p{L}+$/u.test(word) && !/^(DT|PRP|W|CD)/.test(wordLexicon().tags(word)?.[0] ?? '') && !lexicon.nouns.has(word) && !lexicon.people.has(word);
}
