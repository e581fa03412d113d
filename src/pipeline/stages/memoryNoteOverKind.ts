import { memoryLexicon } from '../../personalization/memory/factKinds';
import { noteLexicon, type NoteLexicon } from '../../personalization/memory/noteLexicon';
import { stem } from '../../personalization/memory/noteWords';
import { toldStems } from '../../personalization/memory/bestNote';
import { tokenize } from '../../personalization/memory/tokens';
import { nounKinds } from '../../nlu/nounKinds';
import { wordLexicon } from '../../nlu/wordLexicon';
import NounInflector from 'natural/lib/natural/inflectors/noun_inflector';
import type { FactQuestion } from '../../personalization/memory/readMemory';
import type { Note } from '../../profile/userProfile';
import type { ReplyRequest } from '../../vocabulary/reply';
import type { TurnDependencies } from '../turn';
import { answerFromNotes, NOTE_ANSWERS, type NoteQuestion } from './memoryNotes';
import { unheld } from './memoryUnheld';

/**
 * "what play am I directing?" read as a like by "play", "which charity am I running for?" as a workplace: a fact kind
 * took the question by one of its words, but the words it is never asked with, its verb above all ("directing"), or
 * the noun that names what is asked for ("charity", or a thing WordNet files under it: a marathon for "race"), are
 * what a note says ("directing my first show, Proof by David Auburn"). That note answers, not the kind, unless the
 * kind's value is what is asked about: asked with the kind's own verb ("what animal do I hate?" told "I can't stand
 * snakes"), for the one it names ("who …?", "which of the grandchildren …?"), or as the part of the note that answers.
 * "my boyfriend Andrés" is not what "what's my bf making me?" asks. Undefined when the kind's words are all the
 * question says, or no note says the rest. `told`: the values the kind's replies told back (none when not told).
 */
export function noteOverKind(requests: readonly ReplyRequest[], questions: readonly FactQuestion[], told: readonly string[], question: string, notes: readonly Note[], asking: NoteQuestion, deps: TurnDependencies, people: ReadonlySet<string>): ReplyRequest | undefined {
  if (!asking.asked || notes.length === 0 || requests.length === 0 || requests.some((request) => NOTE_ANSWERS.has(request.key))) return undefined;
  // Asked of someone ("how old is Nneka?", "what does my sister do?"): the one it names is not a word the kind lacks.
  if (questions.length === 0 || questions.some((asked) => asked.names !== undefined || asked.whose !== undefined || asked.about !== undefined)) return undefined;
  // "which of the grandchildren is at medical school?", "who …?": the one the kind names is the answer, whatever is said of them.
  if (told.length > 0 && (asking.sort === 'person' || questions.some((asked) => asked.picking !== undefined))) return undefined;
  const lexicon = noteLexicon(deps.content);
  const own = kindStems(questions.flatMap((asked) => asked.kinds), deps);
  // Nor are words that narrow the kind's values ("what *food* do I hate?", "my *older* brother's name", "what *breed* …",
  // "my favourite *rose*"), or someone's name.
  const named = new Set([...people, ...(asking.about ?? []), ...questions.flatMap((asked) => (asked.detail ? asked.detail.split(/\s+/) : []))].map((name) => name.toLowerCase()));
  const { categories, qualifiers, sortWords } = lexicon.memory;
  const narrows = (word: string) => categories.has(word) || qualifiers.has(word) || sortWords.has(word) || named.has(word);
  const foreign = asking.asked.filter((word) => !own.has(stem(word, lexicon)) && !lexicon.stopWords.has(word) && !lexicon.generalNouns.has(word) && !narrows(word));
  if (foreign.length === 0) return undefined;
  // What the question turns on: its verb (after "I", or any word the tagger reads as one: "my bf *making* me"), and the
  // noun it asks for, when the kind is not asked with them.
  // Asked with the kind's own verb ("which basketball team do I *support*?", "what do I *like* reading?"), its value answers.
  // Unless what is asked for is a thing of another sort than every value told: "which garage do I work out of?" of
  // "a deacon at Greater Mount Olive church", "what monitoring do we use?" of a job. A note that names it answers.
  // Not a word said before the kind's own noun, which it narrows ("which *basketball* team do I support?").
  const words = tokenize(question, lexicon.memory.contractedIs).map((token) => token.norm);
  const beforeOwn = (word: string) => words.some((said, at) => said === word && words[at + 1] !== undefined && own.has(stem(words[at + 1], lexicon)) && (wordLexicon().tags(words[at + 1])?.[0] ?? '').startsWith('NN'));
  const askedFor = asking.askedBy !== undefined && foreign.includes(asking.askedBy) && !beforeOwn(asking.askedBy) ? asking.askedBy : undefined;
  const otherSort = askedFor !== undefined && told.length > 0 && !told.some((value) => isKindOf(value, askedFor) || toldStems([value], lexicon).has(stem(askedFor, lexicon)));
  if (asking.verb !== undefined && !foreign.includes(asking.verb) && !otherSort) return undefined;
  // "what do I like *reading*?", "what do I love to *read*?": a verb said right after the kind's own verb is what the kind is asked of.
  const ownVerb = (at: number) => at >= 0 && own.has(stem(words[at], lexicon)) && (wordLexicon().tags(words[at]) ?? []).some((tag) => tag.startsWith('VB'));
  const afterOwnVerb = (word: string) => words.some((said, at) => said === word && (ownVerb(at - 1) || (words[at - 1] === 'to' && ownVerb(at - 2))));
  if (!otherSort && foreign.some(afterOwnVerb)) return undefined;
  const verbs = foreign.filter((word) => word === asking.verb || (asking.verb === undefined && (wordLexicon().tags(word)?.[0] ?? '').startsWith('VB')));
  const key = foreign.filter((word) => verbs.includes(word) || word === asking.askedBy);
  const askedBy = asking.askedBy !== undefined && key.includes(asking.askedBy) ? asking.askedBy : undefined;
  const saysStem = (words: readonly string[]) => (note: Note) => {
    const said = toldStems([note.text], lexicon);
    return words.some((word) => said.has(stem(word, lexicon)));
  };
  // Else a thing WordNet files under the noun asked for ("what race am I training for?" of "run the Nairobi marathon");
  // else, when the kind told nothing, the question's other words.
  const ofAsked = (note: Note) => askedBy !== undefined && noteNouns(note.text, lexicon).some((word) => isKindOf(word, askedBy));
  const byKey = notes.filter(saysStem(key));
  const byKind = byKey.length > 0 ? byKey : notes.filter(ofAsked);
  const saying = byKind.length > 0 || told.length > 0 ? byKind : notes.filter(saysStem(foreign.filter((word) => !key.includes(word))));
  if (saying.length === 0) return undefined;
  const note = answerFromNotes(saying, asking, deps, people);
  if (!note || unheld(note, question, deps, notes.map((one) => one.text))) return undefined;
  // The part of the note it answers with is the kind's value: the kind says it as it should. A whole note told back
  // says more than the value ("your boyfriend Andrés is making you a t-shirt"), which the question asks.
  const part = typeof note.values?.part === 'string' ? note.values.part.toLowerCase() : undefined;
  // Word by word: "opera" does not say a value "a".
  const partWords = part?.split(/[^\p{L}\p{N}]+/u) ?? [];
  const saysValue = (value: string) => {
    const words = value.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    return partWords.some((_, at) => words.length > 0 && words.every((word, i) => partWords[at + i] === word));
  };
  return part !== undefined && told.some(saysValue) ? undefined : note;
}

/** Whether WordNet files a word, or the last word of a value, under a noun ("snakes" under animal, "marathon" under race). */
function isKindOf(value: string, noun: string): boolean {
  const word = value.toLowerCase().split(/\s+/).at(-1) ?? '';
  return [word, inflector.singularize(word)].some((form) => nounKinds().kindsOf(form).has(noun));
}

const inflector = new NounInflector();

/** The words of a note most likely said as nouns. */
function noteNouns(text: string, lexicon: NoteLexicon): string[] {
  return tokenize(text, lexicon.memory.contractedIs)
    .map((token) => token.norm)
    .filter((word) => /^\p{L}+$/u.test(word) && !lexicon.stopWords.has(word) && (wordLexicon().tags(word)?.[0] ?? 'NN').startsWith('NN'));
}

/** The stems of the words the kinds are asked with, their nouns and values. */
function kindStems(kinds: readonly string[], deps: TurnDependencies): Set<string> {
  const memory = memoryLexicon(deps.content);
  const lexicon = noteLexicon(deps.content);
  const words = kinds.flatMap((kind) => [...(memory.questionWords.get(kind) ?? []), ...(memory.kinds.get(kind)?.values ?? [])]);
  return new Set(words.flatMap((word) => word.split(/\s+/)).map((word) => stem(word, lexicon)));
}
