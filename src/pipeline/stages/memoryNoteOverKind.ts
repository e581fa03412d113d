import { memoryLexicon } from '../../personalization/memory/factKinds';
import { noteLexicon, stem, toldStems } from '../../personalization/memory/readNotes';
import type { FactQuestion } from '../../personalization/memory/readMemory';
import type { Note } from '../../profile/userProfile';
import type { ReplyRequest } from '../../vocabulary/reply';
import type { TurnDependencies } from '../turn';
import { answerFromNotes, NOTE_ANSWERS, type NoteQuestion } from './memoryNotes';
import { unheld } from './memoryUnheld';

/**
 * "what play am I directing?" read as a like by "play", "which charity am I running for?" as a workplace: a fact kind
 * took the question by one of its words, but the words it is never asked with, its verb above all ("directing"), or
 * the noun that names what is asked for ("charity"), are what a note says ("directing my first show, Proof by David
 * Auburn"). That note answers, not the kind, unless what it answers is what the kind told back (the kind's value is
 * then what is asked about; "my boyfriend Andrés" is not what "what's my bf making me?" asks). Undefined when the
 * kind's words are all the question says, or no note says the rest. `told`: the values the kind's replies told back
 * (none when they say it was not told).
 */
export function noteOverKind(requests: readonly ReplyRequest[], questions: readonly FactQuestion[], told: readonly string[], question: string, notes: readonly Note[], asking: NoteQuestion, deps: TurnDependencies, people: ReadonlySet<string>): ReplyRequest | undefined {
  if (!asking.asked || notes.length === 0 || requests.length === 0 || requests.some((request) => NOTE_ANSWERS.has(request.key))) return undefined;
  // Asked of someone ("how old is Nneka?", "what does my sister do?"): the one it names is not a word the kind lacks.
  if (questions.length === 0 || questions.some((asked) => asked.names !== undefined || asked.whose !== undefined || asked.about !== undefined)) return undefined;
  const lexicon = noteLexicon(deps.content);
  const own = kindStems(questions.flatMap((asked) => asked.kinds), deps);
  // Nor are words that narrow the kind's values ("what *food* do I hate?", "my *older* brother's name", "what *breed* …"), or someone's name.
  const named = new Set([...people, ...(asking.about ?? [])].map((name) => name.toLowerCase()));
  const { categories, qualifiers, sortWords } = lexicon.memory;
  const narrows = (word: string) => categories.has(word) || qualifiers.has(word) || sortWords.has(word) || named.has(word);
  const foreign = asking.asked.filter((word) => !own.has(stem(word, lexicon)) && !lexicon.stopWords.has(word) && !lexicon.generalNouns.has(word) && !narrows(word));
  if (foreign.length === 0) return undefined;
  // What the question turns on: its verb, and the noun it asks for, when the kind is not asked with them; else its other words.
  const key = foreign.filter((word) => word === asking.verb || word === asking.askedBy);
  const saysAny = (words: readonly string[]) =>
    notes.filter((note) => {
      const said = toldStems([note.text], lexicon);
      return words.some((word) => said.has(stem(word, lexicon)));
    });
  const byKey = saysAny(key);
  const saying = byKey.length > 0 ? byKey : saysAny(foreign.filter((word) => !key.includes(word)));
  if (saying.length === 0) return undefined;
  const note = answerFromNotes(saying, asking, deps, people);
  if (!note || unheld(note, question, deps)) return undefined;
  // The part of the note it answers with is the kind's value: the kind says it as it should. A whole note told back
  // says more than the value ("your boyfriend Andrés is making you a t-shirt"), which the question asks.
  const part = typeof note.values?.part === 'string' ? note.values.part.toLowerCase() : undefined;
  return part !== undefined && told.some((value) => part.includes(value.toLowerCase())) ? undefined : note;
}

/** The stems of the words the kinds are asked with, their nouns and values. */
function kindStems(kinds: readonly string[], deps: TurnDependencies): Set<string> {
  const memory = memoryLexicon(deps.content);
  const lexicon = noteLexicon(deps.content);
  const words = kinds.flatMap((kind) => [...(memory.questionWords.get(kind) ?? []), ...(memory.kinds.get(kind)?.values ?? [])]);
  return new Set(words.flatMap((word) => word.split(/\s+/)).map((word) => stem(word, lexicon)));
}
