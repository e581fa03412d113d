import { memoryLexicon } from '../../personalization/memory/factKinds';
import { namesAsked } from '../../personalization/memory/readWhoIs';
import type { MemoryReading } from '../../personalization/memory/readMemory';
import { learningActive, type UserProfile } from '../../profile/userProfile';
import type { ReplyRequest } from '../../vocabulary/reply';
import type { TurnDependencies } from '../turn';
import { fromNote } from './memoryNotes';
import { wordLexicon } from '../../nlu/wordLexicon';

const list = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

/** Someone (or a pet) the person named, and who they are to them ("grandson", "collie", "sister"). */
interface Named {
  name: string;
  kind: string;
  noun: string;
}

/** Everyone the person named: as a kind that holds names ("my grandson Ruan"), or someone they told things of ("my friend Tom lives in Oslo"). */
export function namedOnes(profile: UserProfile, deps: TurnDependencies): Named[] {
  if (!learningActive(profile)) return [];
  const general = (kind: string) => memoryLexicon(deps.content).kinds.get(kind)?.nouns.find((noun) => noun.general)?.detail ?? kind;
  return [
    ...profile.memory.facts.filter((fact) => deps.content.facts.get(fact.key)?.value === 'name').map((fact) => ({ name: fact.value, kind: fact.key, noun: fact.detail ?? general(fact.key) })),
    ...(profile.memory.aboutOthers ?? []).flatMap((fact) => (fact.about.name ? [{ name: fact.about.name, kind: fact.about.kind ?? '', noun: fact.about.noun }] : [])),
  ];
}

/** Capitalised words after a note's first ("… had a baby boy named Yanis"): names the person may ask about. */
function namesInNotes(profile: UserProfile): string[] {
  const notes = learningActive(profile) ? (profile.memory.notes ?? []) : [];
  return notes.flatMap((note) => note.text.split(/[^\p{L}\p{M}'’.-]+/u).slice(1).filter((word) => /^\p{Lu}\p{Ll}/u.test(word)));
}

/**
 * The names in notes that can only be someone's ("Reggie's a pastor in Macon and Andre is a firefighter"): a
 * capitalised word of a note that is no common word in lower case ("Navy", "Blessing") nor a city. A
 * question that says one asks about what was told of them ("what does Andre do for work?").
 */
export function peopleInNotes(profile: UserProfile, deps: TurnDependencies): string[] {
  const words = wordLexicon();
  const notes = learningActive(profile) ? (profile.memory.notes ?? []) : [];
  // The first word too: a name opens a note as often as not ("Peggy's got one anyway").
  const capitalised = notes.flatMap((note) => note.text.split(/[^\p{L}\p{M}'’-]+/u).filter((word) => /^\p{Lu}\p{Ll}/u.test(word)));
  return [...new Set(capitalised.map((name) => name.replace(/['’]s$/u, '')))].filter((name) => words.tags(name.toLowerCase()) === undefined && deps.findCity(name) === undefined);
}

/** "who is Ruan?", "who are Mio and Sora?": the question, when the message is one about names the person told of. */
export function readWhoIs(reading: MemoryReading, text: string, profile: UserProfile, deps: TurnDependencies): MemoryReading | undefined {
  const named = namedOnes(profile, deps);
  const asked = namesAsked(text, [...named.map((one) => one.name), ...namesInNotes(profile)], memoryLexicon(deps.content));
  if (!asked) return undefined;
  const kinds = [...new Set(named.filter((one) => asked.includes(one.name)).map((one) => one.kind).filter(Boolean))];
  return { ...reading, questions: [{ kinds, names: asked }] };
}

/**
 * Who the named ones are: "Ruan is your grandson", "Mio and Sora are your grandchildren", one reply per
 * relation; one known only from what was said in their own words is told back from it.
 */
export function answerWho(names: readonly string[], profile: UserProfile, deps: TurnDependencies): ReplyRequest[] {
  const named = namedOnes(profile, deps);
  const byNoun = new Map<string, string[]>();
  const unplaced: string[] = [];
  for (const name of names) {
    const one = named.find((known) => known.name.toLowerCase() === name.toLowerCase());
    if (!one) {
      unplaced.push(name);
      continue;
    }
    byNoun.set(one.noun, [...(byNoun.get(one.noun) ?? []), one.name]);
  }
  const replies: ReplyRequest[] = [...byNoun].map(([noun, ones]) => (ones.length === 1 ? { key: 'memory.who', values: { value: ones[0], detail: noun } } : { key: 'memory.whoMany', values: { value: list.format(ones), detail: noun.endsWith('s') ? noun : deps.pluralize(noun) } }));
  const notes = learningActive(profile) ? (profile.memory.notes ?? []) : [];
  for (const name of unplaced) {
    const said = new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu');
    const note = notes.filter((candidate) => said.test(candidate.text)).at(-1);
    if (note) replies.push(fromNote(note.text, undefined, [name.toLowerCase()], deps));
  }
  return replies;
}
