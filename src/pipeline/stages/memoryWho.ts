import { MONTH_OR_DAY } from '../../personalization/memory/noteWords';
import { namesADay } from '../../personalization/memory/temporalValues';
import { memoryLexicon } from '../../personalization/memory/factKinds';
import { namesAsked } from '../../personalization/memory/readWhoIs';
import type { MemoryReading } from '../../personalization/memory/readMemory';
import { displayName, learningActive, type UserProfile } from '../../profile/userProfile';
import type { ReplyRequest } from '../../vocabulary/reply';
import type { TurnDependencies } from '../turn';
import { escapeRegExp, fromNote } from './memoryNotes';
import { wordLexicon } from '../../nlu/wordLexicon';
import { nounKinds } from '../../nlu/nounKinds';
import { isPlaceName } from '../../personalization/memory/categories';
import { peopleAsked, type NameWords } from '../../personalization/memory/readPersonAsked';
import { sameKindWords } from '../../personalization/memory/sameKindWords';

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

/**
 * The names kept for the one a noun asks after ("Leilani" for "my girlfriend" of "gf is Leilani"): a note may name
 * them without the noun the question says, so it is found by their name too. Only when no name is asked: "my sister
 * Ana" asks of Ana alone.
 */
export function namesKeptAs(nouns: readonly string[], profile: UserProfile, deps: TurnDependencies): string[] {
  const lexicon = memoryLexicon(deps.content);
  const asked = new Set(nouns.flatMap((noun) => [noun, ...sameKindWords(noun, lexicon)]).map((word) => word.toLowerCase()));
  return [...new Set(namedOnes(profile, deps).filter((one) => asked.has(one.noun.toLowerCase())).map((one) => one.name))];
}

/**
 * Capitalised words after a note's first ("… had a baby boy named Yanis"): names the person may ask about. The
 * first too when it can only be a name ("Ernie, my buddy from the plant, and I went fishing").
 */
function namesInNotes(profile: UserProfile, deps: TurnDependencies): string[] {
  const notes = learningActive(profile) ? (profile.memory.notes ?? []) : [];
  const nameOnly = (word: string) => /^\p{Lu}\p{Ll}/u.test(word) && wordLexicon().lacks(word) && deps.findCity(word) === undefined;
  return notes.flatMap((note) => {
    const words = note.text.split(/[^\p{L}\p{M}'’.-]+/u).filter(Boolean);
    return [...(words[0] && nameOnly(words[0]) ? [words[0]] : []), ...words.slice(1).filter((word) => /^\p{Lu}\p{Ll}/u.test(word))];
  });
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
  // "for Christmas": a holiday is no one ("when is christmas?" asks the calendar, not a note). A weekday or month
  // still points at what was told ("who comes round for Sunday lunch?").
  return [...new Set(capitalised.map((name) => name.replace(/['’]s$/u, '')))].filter((name) => words.lacks(name) && deps.findCity(name) === undefined && (MONTH_OR_DAY.test(name) || !namesADay(name)));
}

/** "who is Ruan?", "who are Mio and Sora?": the question, when the message is one about names the person told of. */
export function readWhoIs(reading: MemoryReading, text: string, profile: UserProfile, deps: TurnDependencies): MemoryReading | undefined {
  const named = namedOnes(profile, deps);
  const asked = namesAsked(text, [...named.map((one) => one.name), ...namesInNotes(profile, deps)], memoryLexicon(deps.content));
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

/**
 * "who's Jonas?", "how old is Lena?" when nothing told answers it: not told, naming them, rather than the
 * intent model's guess (a question about the bot). Someone the person named is answered as theirs ("your son
 * Gary"), one said only in their own words by name (the notes did not answer it); the person's own name and
 * the operator's ask about them, not someone else.
 */
export function notToldOf(text: string, profile: UserProfile, deps: TurnDependencies): ReplyRequest | undefined {
  if (!learningActive(profile)) return undefined;
  const own = [displayName(profile), deps.operator].flatMap((name) => (name ? name.toLowerCase().split(/\s+/) : []));
  const named = namedOnes(profile, deps);
  // "Julia" is "Júlia", however it was typed.
  const knownAs = (name: string) => named.find((known) => [plain(known.name), plain(known.name).split(/\s+/)[0]].includes(plain(name)));
  const asked = peopleAsked(text, memoryLexicon(deps.content), nameWords(deps, knownAs)).filter((name) => !own.includes(name.toLowerCase().split(' ')[0]));
  if (asked.length === 0) return undefined;
  const first = plain(asked[0]);
  const one = knownAs(first);
  if (one) return { key: 'memory.aboutUnknown', values: { about: `${one.noun} ${one.name}` } };
  const said = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(first.split(' ')[0])}(?![\\p{L}\\p{N}])`, 'iu');
  if ((profile.memory.notes ?? []).some((note) => said.test(plain(note.text)))) return { key: 'memory.aboutNamedUnknown', values: { name: asked[0] } };
  return { key: 'memory.whoUnknown', values: { name: asked[0] } };
}

/** Lower case without accents. */
function plain(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Steps up WordNet a name's senses are looked at for a time ("Easter" → feast day → time period). */
const TIME_STEPS = 6;

/** How a name is told from a common word, a place and a time: the tagger, WordNet and the city list; one the person named is theirs ("my son Gary", though Gary is a city). */
function nameWords(deps: TurnDependencies, knownAs: (name: string) => Named | undefined): NameWords {
  const notNames = memoryLexicon(deps.content).notNames;
  const isTime = (name: string) => [...nounKinds().sensesAbove(name, TIME_STEPS, 2).values()].some((words) => words.includes('time_period'));
  const isPlace = (name: string) => isPlaceName(name) || deps.findCity(name) !== undefined;
  return { words: wordLexicon(), notNames, isThing: (name, asksWho) => !knownAs(name) && (isTime(name) || (!asksWho && isPlace(name))) };
}
