import { contentList } from '../../content/content';
import { memoryLexicon } from '../../personalization/memory/factKinds';
import { phraseTokens } from '../../personalization/memory/tokens';
import { readThingNameAsk, thingNameIn, type ThingDoing, type ThingNameWords, type ThingSenses } from '../../personalization/memory/readThingName';
import { isLivingNoun } from '../../nlu/nounKinds';
import { wordLexicon } from '../../nlu/wordLexicon';
import { displayName, learningActive, type UserProfile } from '../../profile/userProfile';
import type { ReplyRequest } from '../../vocabulary/reply';
import type { TurnDependencies } from '../turn';

/**
 * "what's my guild called?", "what's my Steam name?", "what book did I give up on?": the name of a thing, as the
 * newest note that names it says it, whole ("The Name of the Wind", "night_owl_42"). Undefined when the question
 * asks no such name or no note says one.
 */
export function answerThingName(text: string, profile: UserProfile, deps: TurnDependencies): ReplyRequest | undefined {
  if (!learningActive(profile)) return undefined;
  const kept = profile.memory.notes ?? [];
  const notes = kept.map((note) => note.text);
  // Notes of one message share when they were learned: a name given at its end names what it told of first.
  const toldWith = (i: number) => kept.findIndex((note) => note.learnedAt === kept[i].learnedAt);
  if (notes.length === 0) return undefined;
  const { contractedIs } = memoryLexicon(deps.content);
  const words = thingNameWords(deps);
  const senses = thingSenses(profile, deps);
  const ask = readThingNameAsk(text, words, contractedIs, senses);
  const part = ask ? thingNameIn(notes, ask, words, contractedIs, senses, toldWith) : undefined;
  // "… a software company. His children are …": a pronoun opening the next sentence names nothing.
  return part && !isPronoun(part) ? { key: 'memory.fromNotePart', values: { part } } : undefined;
}

/**
 * Whether a question asks the name of a thing of the person's own by a word of naming ("what's the name of my band?",
 * "what's our podcast called?", "what's my DJ name?"): no one's name, the person's least of all, answers it.
 */
export function asksOwnThingName(text: string, profile: UserProfile, deps: TurnDependencies): boolean {
  const { contractedIs } = memoryLexicon(deps.content);
  const words = thingNameWords(deps);
  const said = phraseTokens(text.toLowerCase(), contractedIs);
  const own = new Set(contentList(deps.content, 'memoryThingOwnWords'));
  const naming = said.some((word) => words.handles.has(word) || words.namers.some((namer) => namer.length === 1 && namer[0] === word));
  return naming && said.some((word) => own.has(word)) && readThingNameAsk(text, words, contractedIs, thingSenses(profile, deps)) !== undefined;
}

/** What the reader of a thing's name asks of the world and of what the person told. */
function thingSenses(profile: UserProfile, deps: TurnDependencies): ThingSenses {
  const lexicon = memoryLexicon(deps.content);
  // "what's my gf's name?": someone of a kind kept ("gf" is a partner's noun), or someone told of, is no thing.
  const someone = (noun: string) => lexicon.otherPeople.has(noun) || (lexicon.nouns.get(noun) ?? []).some(({ kind }) => lexicon.people.has(kind) || kind === PET_KIND);
  return {
    isCity: (said) => deps.findCity(said)?.typo !== true && deps.findCity(said) !== undefined,
    isLiving: (noun) => isLivingNoun(noun) || someone(noun),
    isSomeone: someone,
    isOwnName: (name) => name.toLowerCase() === displayName(profile)?.toLowerCase(),
    isWord: (word) => wordLexicon().tags(word) !== undefined,
    // "a" of `memoryNumberWords` counts, but is no number a name could open with.
    isCount: (word) => /^\d+$/.test(word) || (word !== 'a' && lexicon.spans.numbers.some((phrase) => phrase.length === 1 && phrase[0] === word)),
  };
}

/** Whether a name read is a pronoun alone ("His", "They"), by the tagger. */
function isPronoun(part: string): boolean {
  return /^(PRP|PRP\$|WP|WP\$|EX)$/.test(wordLexicon().tags(part.toLowerCase())?.[0] ?? '');
}

/** The fact kind of animals kept ("my cat Miso"). */
const PET_KIND = 'pet';

/** The lists read once per content (a dialogs reload brings new content, so new lists). */
const wordsOfContent = new WeakMap<TurnDependencies['content'], ThingNameWords>();

function thingNameWords(deps: TurnDependencies): ThingNameWords {
  const cached = wordsOfContent.get(deps.content);
  if (cached) return cached;
  const read = readThingNameWords(deps);
  wordsOfContent.set(deps.content, read);
  return read;
}

/** The `memoryThing…` lists of dialogs/memory.yaml. */
function readThingNameWords(deps: TurnDependencies): ThingNameWords {
  const { contractedIs } = memoryLexicon(deps.content);
  const list = (name: string) => contentList(deps.content, name).map((word) => word.toLowerCase());
  const phrases = (name: string) => list(name).map((phrase) => phraseTokens(phrase, contractedIs)).filter((said) => said.length > 0);
  // "character: char, toon": a thing and the words said in its place.
  const things = new Map<string, string>();
  for (const entry of list('memoryThingNouns')) {
    const [thing, others = ''] = entry.split(':').map((part) => part.trim());
    for (const word of [thing, ...others.split(',').map((other) => other.trim()).filter(Boolean)]) things.set(word, thing);
  }
  // "book: finished => finished, just finished, ~done": what is done with a thing; "~" marks a word of many uses.
  const doings = list('memoryThingDoings').flatMap((entry): ThingDoing[] => {
    const [head, said = ''] = entry.split('=>').map((part) => part.trim());
    const [thing, group] = head.split(':').map((part) => part.trim());
    if (!thing || !group) return [];
    const all = said.split(',').map((phrase) => phrase.trim()).filter(Boolean);
    const tokens = (among: string[]) => among.map((phrase) => phraseTokens(phrase.replace(/^~/, ''), contractedIs));
    return [{ thing, group, words: tokens(all.filter((phrase) => !phrase.startsWith('~'))), weak: tokens(all.filter((phrase) => phrase.startsWith('~'))) }];
  });
  const set = (name: string) => new Set(list(name));
  return {
    things,
    handles: set('memoryThingHandles'),
    kindWords: set('memoryThingKindWords'),
    doings,
    namers: phrases('memoryThingNamers'),
    linkers: phrases('memoryThingLinkers'),
    selfNamers: phrases('memoryThingSelfNamers'),
    ownNamers: phrases('memoryThingOwnNamers'),
    ownNameHandles: set('memoryThingOwnNameHandles'),
    joins: set('memoryThingTitleJoins'),
    skips: set('memoryThingSkips'),
    trailing: set('memoryThingTrailing'),
    determiners: set('memoryThingDeterminers'),
    auxiliaries: set('memoryThingAuxiliaries'),
    asking: set('memoryThingAsking'),
    selves: set('memoryThingSelves'),
    clauseOpeners: set('memoryThingClauseOpeners'),
    copulas: set('memoryThingCopulas'),
    placing: set('memoryThingPlacing'),
    asides: set('memoryThingAsides'),
    runEnds: set('memoryThingRunEnds'),
    kin: new Map(list('memoryThingKin').map((entry) => {
      const [thing, others = ''] = entry.split(':').map((part) => part.trim());
      return [thing, new Set(others.split(',').map((other) => other.trim()).filter(Boolean))];
    })),
    makes: set('memoryVehicleMakes'),
    byMake: set('memoryThingsByMake'),
    nameVerbs: set('memoryThingNameVerbs'),
    changes: phrases('memoryChangedSince'),
    changeHelpers: set('memoryThingChangeHelpers'),
  };
}
