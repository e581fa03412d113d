import { Culture, recognizeDimension } from '@microsoft/recognizers-text-suite';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import { isPunctuation, tokenize, type Token } from './tokens';

/** The `memoryThing…` lists of dialogs/memory.yaml this reader goes by. */
export interface ThingNameWords {
  /** Things that have a name of their own ("band", "guild", "book"), and words said in their place ("char" → character). */
  things: ReadonlyMap<string, string>;
  /** Words a handle is asked by ("gamertag", "id", "name"): the word before one says where it is used ("my *Steam* name"). */
  handles: ReadonlySet<string>;
  /** Words that ask for a kind of a thing ("kind", "variety"): the thing is the noun they are said of. */
  kindWords: ReadonlySet<string>;
  /** What is done with a thing of a sort, by group ("book: finished => finished, done with"); `weak` words only when no other says it. */
  doings: ReadonlyArray<ThingDoing>;
  /** Words after which a name follows however it is typed ("called", "named", "we call ourselves"). */
  namers: ReadonlyArray<readonly string[]>;
  /** Words after which a name follows when it is typed as one (capitals, a handle): "is", ":", "as". */
  linkers: ReadonlyArray<readonly string[]>;
  /** Words that say the name of a thing told of just before ("we are called", "it is called", "I named it"). */
  selfNamers: ReadonlyArray<readonly string[]>;
  /** Words after which the person gives a name they go by ("I'm", "as", "go by"). */
  ownNamers: ReadonlyArray<readonly string[]>;
  /** Handles a name gone by answers ("name", "nickname"), not a code ("id"). */
  ownNameHandles: ReadonlySet<string>;
  /** Small words inside a title ("of", "the", "for", "au"): kept when a capitalised word follows. */
  joins: ReadonlySet<string>;
  /** Words passed over between a thing and what names it ("a team *here* called …"). */
  skips: ReadonlySet<string>;
  /** Words a question may end with that ask nothing ("again", "now", "these days"). */
  trailing: ReadonlySet<string>;
  /** Words before a thing that say whose it is ("my", "our", "the"). */
  determiners: ReadonlySet<string>;
  /** Words that join a question's subject to its verb ("is", "am", "did"). */
  auxiliaries: ReadonlySet<string>;
  /** Words a question for a name opens with ("what", "which"). */
  asking: ReadonlySet<string>;
  /** Words for the person asking and the bot ("i", "we", "you"): no thing of theirs is named by them. */
  selves: ReadonlySet<string>;
  /** Words that open a clause said of a thing ("the pub *we* go to", "*that*", "*where*"). */
  clauseOpeners: ReadonlySet<string>;
  /** Words that say what a thing is ("which dahlia *is* my best?"). */
  copulas: ReadonlySet<string>;
  /** Words that open what is said of a thing before what names it ("a podcast *with* Tash called …", "*about* football"). */
  asides: ReadonlySet<string>;
  /** Words that place a thing and end its name ("*in* Leeds", "*on* Steam"). */
  placing: ReadonlySet<string>;
  /** Words that end the run of a name however they are typed ("and", "because", "lol"). */
  runEnds: ReadonlySet<string>;
  /** Words a note says for a thing asked by another ("campervan" for "van", "narrowboat" for "boat"), by the word asked. */
  kin: ReadonlyMap<string, ReadonlySet<string>>;
  /** Makes of vehicles ("vw", "ford"), and the things one names ("van", "car"): "a VW T5 called Pistachio" names the van. */
  makes: ReadonlySet<string>;
  byMake: ReadonlySet<string>;
  /** Verbs by which the person gives a thing a name ("what did I *nickname* the mustang?"). */
  nameVerbs: ReadonlySet<string>;
  /** Words that say a thing changed ("changed", "switched"): a later note that says so of the thing names it anew. */
  changes: ReadonlyArray<readonly string[]>;
  /** Words that may stand between a thing and the word that says it changed, besides auxiliaries ("got", "just"). */
  changeHelpers: ReadonlySet<string>;
}

export interface ThingDoing {
  thing: string;
  group: string;
  words: ReadonlyArray<readonly string[]>;
  weak: ReadonlyArray<readonly string[]>;
}

/** A question for the name of a thing: the thing, the words said with it, and what is done with it. */
export interface ThingNameAsk {
  thing: string;
  mods: string[];
  /** Asked for a handle ("what's my Steam name?"): the words before the handle word say where to look. */
  handle: boolean;
  /** "what kind of tomatoes …?": the thing's kind, said beside it ("peppers — Padrón"). */
  kindOf: boolean;
  /** What the question says is done with it ("what book did I *give up on*?"). */
  doing?: ThingDoing;
  /** "which dahlia *is my best*?": said after the one asked for in a note. */
  rest: string[];
  /** A thing of no name of its own ("dahlia"): only a name said before what the question says of it answers. */
  restOnly?: boolean;
}

/** What the reader asks of the world: a city's name, and whether a noun is a person or an animal. */
export interface ThingSenses {
  isCity(text: string): boolean;
  isLiving(noun: string): boolean;
  /** Whether a noun names someone of the person's own people or animals ("dog", "brother", "boss"), not a role ("skater"). */
  isSomeone(noun: string): boolean;
  /** Whether a name is the person's own ("Kat" of "I'm Kat"): no name gone by somewhere else. */
  isOwnName(name: string): boolean;
  /** Whether a word is in the dictionary (a word at the start of a sentence is no title for being capitalised). */
  isWord(word: string): boolean;
  /** Whether a word says a number ("four", "12"): a name typed in lower case does not end right after one ("four on the floor"). */
  isCount?(word: string): boolean;
}

const OPENING = 3;
const OF_NAME = 'name';
const MAX_RUN = 6;
/** Words that end a name typed in lower case after "called" ("a bar called the den *in* Leeds"). */

/**
 * "what's my guild called?", "what's the name of our choir?", "what's my Steam name?", "which server are we on?",
 * "what book did I give up on?", "what kind of tomatoes do I grow?": the thing whose name is asked. Undefined for
 * any other question, and for a name of someone or of an animal ("what's my cat called?": a fact kind's).
 */
export function readThingNameAsk(text: string, words: ThingNameWords, contractedIs: ReadonlySet<string>, senses: ThingSenses): ThingNameAsk | undefined {
  const norms = tokenize(text, contractedIs).filter((token) => !isPunctuation(token) || token.norm === "'s").map((token) => token.norm);
  const wh = norms.slice(0, OPENING).findIndex((word) => words.asking.has(word));
  if (wh < 0) return undefined;
  let end = norms.length;
  while (end > wh + 1 && words.trailing.has(norms[end - 1])) end--;
  const said = norms.slice(wh + 1, end);
  const body = (from: number, to = said.length) => said.slice(from, to).filter((word) => !words.determiners.has(word) && word !== "'s" && !words.auxiliaries.has(word));
  // "what's the title of the show I'm watching?": what is done with the thing says where its name is, else what mostly is.
  const doneWith = doingIn(said, words);
  const withDoing = (asked: ThingNameAsk | undefined): ThingNameAsk | undefined => {
    const doing = asked && (doneWith && doneWith.doing.thing === asked.thing ? doneWith.doing : words.doings.find((one) => one.thing === asked.thing));
    return asked && doing ? { ...asked, doing } : asked;
  };
  const phrase = (parts: string[], rest: string[] = [], named = false, owned = false, given = false) => withDoing(thingOf(parts, rest, words, senses, named, owned, given));
  // "what's my guild called?"
  if (said.length > 1 && words.namers.some((namer) => namer.length === 1 && namer[0] === said.at(-1))) return phrase(body(0, said.length - 1), [], true);
  // "what's the name of our choir?", "what's the title of the book we're reading?", "what do we call our band?"
  // "what did I nickname the mustang?": a name the person gave it.
  const gave = (word: string, at: number) => words.nameVerbs.has(word) && words.selves.has(said[at - 1] ?? '');
  const nameOf = said.findIndex((word, at) => (OF_NAMES.has(word) && said[at + 1] === 'of') || (word === 'call' && at > 0) || gave(word, at));
  if (nameOf >= 0) return phrase(nounPhrase(body(nameOf + (said[nameOf] === 'call' || gave(said[nameOf], nameOf) ? 1 : 2)), words), [], true, false, gave(said[nameOf], nameOf));
  // "what's my character's name?", "what's my Steam name?"
  if (OF_NAMES.has(said.at(-1) ?? '') && said.at(-2) === "'s") return phrase(body(0, said.length - 2), [], true);
  const aux = said.findIndex((word) => words.auxiliaries.has(word));
  // "what am I reading?", "what's the crime club reading?": the thing of what is done.
  if (aux === 0) {
    // "what did I hurt on saturday?": a word of many uses ("on") alone asks for no title.
    // "what does Ruth play?": asked of someone else, not of a thing of one's own.
    if (doneWith?.weak === true || !(words.selves.has(said[1] ?? '') || words.determiners.has(said[1] ?? ''))) return undefined;
    const subject = body(1).filter((word) => !doneWith?.words.flat().includes(word) && !words.selves.has(word));
    if (doneWith) return { thing: doneWith.doing.thing, mods: subject.filter((word) => !words.things.has(word)), handle: false, kindOf: false, doing: doneWith.doing, rest: [] };
    // "what's my gamertag?", "what's my free company?"
    const own = said.slice(1).filter((word) => word !== "'s");
    if (own.length > 0 && words.determiners.has(own[0])) return phrase(body(1), [], false, true);
    return undefined;
  }
  if (aux < 0) return undefined;
  // "which server are we on?", "what futsal team am I on now?", "what kind of tomatoes do I grow?"
  const front = said.slice(0, aux);
  const rest = said.slice(aux);
  if (words.kindWords.has(front[0] ?? '')) {
    const of = front[1] === 'of' ? front.slice(2) : body(aux).filter((word) => !words.selves.has(word));
    const thing = of.at(-1);
    return thing && !senses.isLiving(thing) ? { thing: singular(thing), mods: of.slice(0, -1), handle: false, kindOf: true, rest: [] } : undefined;
  }
  return phrase(front, rest);
}

const OF_NAMES = new Set([OF_NAME, 'title']);

/** The words of a thing up to a clause said of it ("pub" of "pub we go to"). */
function nounPhrase(said: readonly string[], words: ThingNameWords): string[] {
  const end = said.findIndex((word) => words.clauseOpeners.has(word) || words.auxiliaries.has(word));
  return said.slice(0, end < 0 ? said.length : end);
}

/** `given`: a name the person gave it ("what did I nickname the mustang?"): only someone of theirs is no thing. */
function thingOf(parts: string[], rest: string[], words: ThingNameWords, senses: ThingSenses, named = false, owned = false, given = false): ThingNameAsk | undefined {
  const last = parts.at(-1);
  if (!last) return undefined;
  const thing = words.things.get(last) ?? words.things.get(singular(last));
  const handle = words.handles.has(last);
  // Asked by "called" or "name of", any thing but someone or an animal; else one of the things that have names.
  const living = given ? senses.isSomeone(singular(last)) : senses.isLiving(singular(last));
  // "what's my Steam name?" asks a handle; "what's my name?", "what's my dog's name?" do not. "what's my skater name?"
  // asks a name the person goes by: a role, though a living noun, is no one of theirs.
  const mods = parts.slice(0, -1);
  const ofSomeone = (word: string) => (owned ? senses.isSomeone(singular(word)) : senses.isLiving(singular(word)));
  if (handle && !thing && last === OF_NAME && (mods.length === 0 || mods.some(ofSomeone))) return undefined;
  // "which apple is my best?": of any thing, by what is said of it after "is".
  const restOnly = !thing && !handle && !named && !owned && !living && words.copulas.has(rest[0] ?? '') && rest.length > 1;
  if (!thing && !handle && !restOnly && !(named && !living)) return undefined;
  return { thing: thing ?? (handle ? last : singular(last)), mods: parts.slice(0, -1), handle, kindOf: false, rest, ...(restOnly ? { restOnly } : {}) };
}

function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

function doingIn(said: readonly string[], words: ThingNameWords): { doing: ThingDoing; words: string[][]; weak: boolean } | undefined {
  // A word of one use ("give up on") before one of many ("on").
  for (const strong of [true, false]) {
    for (const doing of words.doings) {
      const found = (strong ? doing.words : doing.weak).filter((phrase) => said.some((_, at) => phrase.every((word, i) => said[at + i] === word)));
      if (found.length > 0) return { doing, words: found.map((phrase) => [...phrase]), weak: !strong };
    }
  }
  return undefined;
}

/** Where a phrase starts in tokens, each place it does. */
function placesOf(norms: readonly string[], phrase: readonly string[]): number[] {
  const places: number[] = [];
  for (let at = 0; at + phrase.length <= norms.length; at++) if (phrase.every((word, i) => norms[at + i] === word)) places.push(at);
  return places;
}

/**
 * The name of the thing asked for, from the newest note that says it: after a word that names it ("a guild called
 * Iron Wolves of Dawn", "my char is Queso", "summoner name Kaze_9"), right before or after the thing ("Stormrage
 * server"), after what is done with it ("now reading The Name of the Wind"), or in the next note ("we're called …").
 */
export function thingNameIn(notes: readonly string[], ask: ThingNameAsk, words: ThingNameWords, contractedIs: ReadonlySet<string>, senses: ThingSenses, toldWith: (i: number) => number = (i) => i - 1): string | undefined {
  const read = notes.map((note) => tokenize(note, contractedIs));
  const modPlaces = (norms: readonly string[]) => (ask.mods.length > 0 ? placesOf(norms, [ask.mods.at(-1) ?? '']) : []);
  // "what's my Steam name?": a note that says Steam first, then any ("what's my futsal team?" of "joined a team called …").
  const saysMods = (i: number) => modPlaces(read[i].map((token) => token.norm)).length > 0 || (i > 0 && modPlaces(read[i - 1].map((token) => token.norm)).length > 0);
  // "my CB handle is Night Owl", then "handle's changed, they call me Hoot now": a later note that says the thing itself
  // changed names it anew, though it leaves out the word that told which one it is.
  const renamed = (i: number) => changedThing(read[i], ask, words);
  // "my dj name is Sub Tempo, my real name's Kieran": among the notes told with the one that says "dj", only one of it.
  const first = ask.mods.length > 0 ? namedIn(read, ask, words, senses, (i) => saysMods(i) || renamed(i) !== undefined, toldWith, renamed, true) : undefined;
  const found = first ?? namedIn(read, ask, words, senses, () => true, toldWith, renamed) ?? (ask.doing ? doneWith(read, ask.doing, words, senses) : undefined);
  if (found || !ask.handle || !words.ownNameHandles.has(ask.thing)) return found;
  // "what was my skater name?": a role ("skater"), unlike "derby", may be someone else's ("my teacher name"), so only
  // a note that says what it is made from ("used to *skate* as …") answers.
  const madeFrom = (i: number) => read[i].some((token) => ask.mods.some((mod) => madeOf(mod, token.norm)));
  const saysModsItself = (i: number) => modPlaces(read[i].map((token) => token.norm)).length > 0;
  return goneBy(read, words, senses, saysModsItself) ?? goneBy(read, words, senses, ask.mods.some((mod) => senses.isLiving(singular(mod))) ? madeFrom : () => true);
}

/** The shortest stem a word is said to be made from ("skat" of "skate", for "skater"). */
const MADE_FROM_LETTERS = 4;

/** Whether a noun is made from a word ("skater" from "skate", "skating"; "rapper" from "rap"). */
function madeOf(noun: string, word: string): boolean {
  const base = PorterStemmer.stem(word).replace(/e$/, '');
  return word !== noun && base.length >= MADE_FROM_LETTERS && noun.startsWith(base);
}

/**
 * "what's my derby name?" when no note says "derby" nor a name: the name the person goes by in the newest note of
 * those `among` picks ("on track I'm 'Slay Bell'", "used to skate as 'Dolly Grudge'"), typed as a name.
 */
function goneBy(read: readonly Token[][], words: ThingNameWords, senses: ThingSenses, among: (i: number) => boolean): string | undefined {
  for (let i = read.length - 1; i >= 0; i--) {
    if (!among(i)) continue;
    const norms = read[i].map((token) => token.norm);
    for (const phrase of words.ownNamers) for (const place of placesOf(norms, phrase)) {
      const name = titleAt(read[i], place + phrase.length, words, senses, false, false);
      if (name && !senses.isOwnName(name)) return name;
    }
  }
  return undefined;
}

/** The name from the newest note of those `among` picks that says it. */
/** `toldWith`: the first note told in the same message as note i ("restoring a '67 mustang. paint code is … . i call her Duchess"), or the one before. */
/** `onlyAsked`: a note that does not say what the question says of the thing names only one told by no word of its own. */
function namedIn(read: readonly Token[][], ask: ThingNameAsk, words: ThingNameWords, senses: ThingSenses, among: (i: number) => boolean, toldWith: (i: number) => number, renamed: (i: number) => number | undefined = () => undefined, onlyAsked = false): string | undefined {
  const things = (norms: readonly string[]) => norms.flatMap((word, at) => (sameThing(word, ask.thing, words) ? [at] : []));
  const modPlaces = (norms: readonly string[]) => (ask.mods.length > 0 ? placesOf(norms, [ask.mods.at(-1) ?? '']) : []);
  for (let i = read.length - 1; i >= 0; i--) {
    if (!among(i)) continue;
    const tokens = read[i];
    const changedAt = renamed(i);
    // "gamertag got changed last month. my squad calls me Pixel now": or in the next note of the same message.
    const toldNext = i + 1 < read.length && toldWith(i + 1) === toldWith(i) ? read[i + 1] : undefined;
    const anew = changedAt === undefined ? undefined : (namedAnew(tokens, changedAt, words, senses) ?? (toldNext ? namedAnew(toldNext, 0, words, senses) : undefined));
    if (anew) return anew;
    const norms = tokens.map((token) => token.norm);
    const at = things(norms);
    const byMods = modPlaces(norms);
    // "we're called the Night Ferries" after "I sing in a covers band": said of the thing told of in this note or the one before.
    const before = read.slice(Math.max(0, Math.min(toldWith(i), i - 1)), i).flatMap((note) => note.map((token) => token.norm));
    if (ask.restOnly) {
      const name = at.length > 0 ? beforeRest(tokens, ask.rest, words) : undefined;
      if (name) return name;
      continue;
    }
    // "my mate Kit lives on the boat next to mine, it's called Otter": the thing of someone said before it is theirs.
    const ofSomeoneElse = at.length > 0 && byMods.length === 0 && norms.slice(0, at[0]).some((word) => senses.isLiving(word)) && !norms.slice(0, at[0]).some((word) => words.selves.has(word));
    if (!ofSomeoneElse && (at.length > 0 || byMods.length > 0 || things(before).length > 0 || modPlaces(before).length > 0)) {
      for (const phrase of words.selfNamers) for (const place of placesOf(norms, phrase)) {
        const name = titleAt(tokens, place + phrase.length, words, senses, true);
        if (name) return name;
      }
    }
    // The thing's own word first ("clan called Nightfall, tag NFL" for the clan tag), then the words said with it.
    for (const place of at.filter((place) => byMods.length > 0 || !onlyAsked || !ofAnother(tokens, place, ask, words))) {
      const name = namedAfter(tokens, place, words, senses, ask.handle) ?? beside(tokens, place, words, senses);
      if (name) return name;
    }
    for (const place of ask.kindOf ? [] : byMods) {
      const name = namedAfter(tokens, place, words, senses, ask.handle) ?? (ask.handle ? beside(tokens, place, words, senses) : undefined);
      if (name) return name;
    }
    if (ask.rest.length > 1 && at.length > 0) {
      const name = beforeRest(tokens, ask.rest, words);
      if (name) return name;
    }
  }
  return undefined;
}

/**
 * Whether the thing's word in a note that does not say what the question says of it is another one of the thing, told
 * by a word of its own before it: "my *real* name's Kieran" after "my dj name is Sub Tempo" is no DJ name, nor "my
 * *xbox* tag" a Steam tag. Asked with no such word ("what's my band called?"), any one is.
 */
function ofAnother(tokens: readonly Token[], place: number, ask: ThingNameAsk, words: ThingNameWords): boolean {
  const before = tokens[place - 1];
  if (ask.mods.length === 0 || before === undefined || isPunctuation(before)) return false;
  return !words.determiners.has(before.norm) && !words.auxiliaries.has(before.norm) && !ask.mods.includes(before.norm);
}

/**
 * Where a note says the thing asked changed ("handle's changed", "my gamertag got switched"): the end of the change
 * word, when the thing is said with no other word before it that tells another one ("my Discord name changed" is not
 * the CB handle). Undefined when the note says no such change.
 */
function changedThing(tokens: readonly Token[], ask: ThingNameAsk, words: ThingNameWords): number | undefined {
  const norms = tokens.map((token) => token.norm);
  const at = norms.findIndex((word) => sameThing(word, ask.thing, words));
  if (at < 0) return undefined;
  const before = norms[at - 1];
  if (before !== undefined && !words.determiners.has(before) && !ask.mods.includes(before) && !isPunctuation(tokens[at - 1])) return undefined;
  // Said of the thing itself: only helping words between ("handle *'s* changed", "tag *got* switched"), not "the studio
  // firing day changed", a change of something of the studio's.
  for (const phrase of words.changes) {
    const place = placesOf(norms, phrase).find((found) => found > at && norms.slice(at + 1, found).every((word) => words.auxiliaries.has(word) || words.changeHelpers.has(word)));
    if (place !== undefined) return place + phrase.length;
  }
  return undefined;
}

/** The name given after a change is said ("… changed lol, the guys started calling me Hoot"): after the first namer that follows. */
function namedAnew(tokens: readonly Token[], from: number, words: ThingNameWords, senses: ThingSenses): string | undefined {
  const norms = tokens.map((token) => token.norm);
  for (let at = from; at < tokens.length; at++) {
    const namer = [...words.namers, ...words.linkers].filter((phrase) => phrase.every((word, i) => norms[at + i] === word)).sort((a, b) => b.length - a.length)[0];
    const name = namer ? titleAt(tokens, at + namer.length, words, senses, true) : undefined;
    if (name) return name;
  }
  return undefined;
}

function sameThing(word: string, thing: string, words: ThingNameWords): boolean {
  if (word === thing || singular(word) === thing || words.things.get(word) === thing || words.things.get(singular(word)) === thing) return true;
  // "our campervan", "a 57ft narrowboat", "a little bookshop": one of the thing, by another word or made of its own.
  if (words.kin.get(thing)?.has(word) === true || words.kin.get(thing)?.has(singular(word)) === true) return true;
  if (thing.length >= MIN_COMPOUND && word.length - thing.length >= MIN_COMPOUND && singular(word).endsWith(thing)) return true;
  return words.byMake.has(thing) && words.makes.has(word);
}

/** The fewest letters of each part of a compound made with a thing ("book" + "shop"). */
const MIN_COMPOUND = 3;

/** Words of a model said after its make, before what names it ("VW *T5* called …", "LDV *Convoy* we call …"). */
const MAX_MODEL = 2;

/** "guild called X", "char is X", "on Steam as X": the name after a word that says one follows, past words that say nothing. */
/** `handle`: a handle may be typed in lower case after "is" ("my tag is kaze9"). */
function namedAfter(tokens: readonly Token[], place: number, words: ThingNameWords, senses: ThingSenses, handle: boolean): string | undefined {
  let at = place + 1;
  if (words.makes.has(tokens[place].norm)) while (at < tokens.length && at - place <= MAX_MODEL && (isTitleWord(tokens[at]) || /\d/.test(tokens[at].raw))) at++;
  // "a bookshop in Ludlow called …": where the thing is, said before its name.
  const placed = words.placing.has(tokens[at]?.norm ?? '') ? titleRun(tokens, at + 1) : undefined;
  if (placed && placed.end > at + 1 && words.namers.some((namer) => namer.every((word, i) => tokens[placed.end + i]?.norm === word))) at = placed.end;
  while (at < tokens.length && (words.skips.has(tokens[at].norm) || tokens[at].norm === ',')) at++;
  const follows = (list: ReadonlyArray<readonly string[]>) => list.filter((phrase) => phrase.every((word, i) => tokens[at + i]?.norm === word)).sort((a, b) => b.length - a.length)[0];
  const namer = follows(words.namers);
  if (namer) return titleAt(tokens, at + namer.length, words, senses, true);
  const aside = namedPastAside(tokens, at, words, senses);
  if (aside) return aside;
  const linker = follows(words.linkers);
  return linker ? titleAt(tokens, at + linker.length, words, senses, handle) : undefined;
}

/** Most words said of a thing between it and what names it ("a podcast *with my best friend Tash* called …"). */
const MAX_ASIDE = 6;

/**
 * "a podcast with my best friend Tash called Situationship Season", "a podcast about football called Terrace Talk":
 * the name after a namer that follows what is said of the thing (`memoryThingAsides`), with no mark between. Not
 * when someone is said right before the namer: "a band with my brother called Tom" names the brother.
 */
function namedPastAside(tokens: readonly Token[], at: number, words: ThingNameWords, senses: ThingSenses): string | undefined {
  if (!words.asides.has(tokens[at]?.norm ?? '')) return undefined;
  for (let end = at + 2; end < tokens.length && end - at <= MAX_ASIDE + 1 && !isPunctuation(tokens[end - 1]); end++) {
    const namer = words.namers.find((phrase) => phrase.length === 1 && phrase[0] === tokens[end].norm);
    if (!namer) continue;
    return senses.isLiving(singular(tokens[end - 1].norm)) ? undefined : titleAt(tokens, end + 1, words, senses, true);
  }
  return undefined;
}

/** "gamertag Kaze_9", "tomatoes — Brandywine", "the Stormrage server": a name typed as one right beside the thing. */
function beside(tokens: readonly Token[], place: number, words: ThingNameWords, senses: ThingSenses): string | undefined {
  let at = afterWhere(tokens, place + 1, words);
  while (at < tokens.length && SETS_OFF.has(tokens[at].norm)) at++;
  // "the Boat Safety Certificate": the thing's word typed as part of a title after it names no thing of theirs.
  const inTitle = place > 0 && !isPunctuation(tokens[place - 1]) && isTitleWord(tokens[place]) && at === place + 1;
  const after = inTitle ? undefined : titleAt(tokens, at, words, senses, false, false);
  if (after) return after;
  let start = place;
  // "the Wigan & District Flying Club": the small words of a title between its capitalised ones.
  while (start > 0 && (isTitleWord(tokens[start - 1]) || (words.joins.has(tokens[start - 1].norm) && start - 1 > 0 && isTitleWord(tokens[start - 2]) && start < place))) start--;
  if (start === place) return undefined;
  const span = tokens.slice(start, place);
  // "Currently reading …": a capital that opens a sentence makes no title of a word of the dictionary.
  if ((start === 0 || isPunctuation(tokens[start - 1])) && span.every((token) => senses.isWord(token.norm))) return undefined;
  // "with Hose Company No. 2": the thing's word typed as part of the title is in it, and so is what the title goes on with.
  return isTitleWord(tokens[place]) ? (titleAt(tokens, start, words, senses, false, false) ?? joined(span)) : joined(span);
}

/** What sets a name off right after the thing it names, besides a comma or a colon: "a hostel (Wake Up!)", "the pub - The Crown". */
const SETS_OFF = new Set([',', ':', '(', '-', '–', '—']);

/** Most words of where a thing is, said between it and its name ("a firm *in Tacoma*, Greene & Okafor"). */
const MAX_WHERE = 4;

/**
 * "a 4-person firm in Tacoma, Greene & Okafor", "a surf shop on the harbour, Ocean Magic": where the thing is, said
 * before a comma and the name after it, is passed over; `at` itself when no such words come before a comma.
 */
function afterWhere(tokens: readonly Token[], at: number, words: ThingNameWords): number {
  if (!words.placing.has(tokens[at]?.norm ?? '')) return at;
  for (let end = at + 1; end < tokens.length && end <= at + MAX_WHERE; end++) {
    if (tokens[end].norm === ',') return end;
    if (isPunctuation(tokens[end])) return at;
  }
  return at;
}

/** "Honeycrisp is my best" for "which apple is my best?": the name said before what the question says of it. */
function beforeRest(tokens: readonly Token[], rest: readonly string[], words: ThingNameWords): string | undefined {
  const norms = tokens.map((token) => token.norm);
  for (const place of placesOf(norms, rest)) {
    let start = place;
    while (start > 0 && (isTitleWord(tokens[start - 1]) || (words.joins.has(tokens[start - 1].norm) && start - 1 > 0 && isTitleWord(tokens[start - 2])))) start--;
    if (start < place && isTitleWord(tokens[start])) return joined(tokens.slice(start, place));
  }
  return undefined;
}

/** "now reading The Name of the Wind", "gave up on War and Peace": the title after what is done with the thing, newest first. */
function doneWith(read: readonly Token[][], doing: ThingDoing, words: ThingNameWords, senses: ThingSenses): string | undefined {
  for (const phrases of [doing.words, doing.weak]) {
    for (let i = read.length - 1; i >= 0; i--) {
      const tokens = read[i];
      const norms = tokens.map((token) => token.norm);
      // "I'm reading Reading in the Dark": a word of the title typed with its capital is none of what is done.
      const typedAsDone = (at: number) => at === 0 || isPunctuation(tokens[at - 1]) || !isTitleWord(tokens[at]);
      const places = phrases.flatMap((phrase) => placesOf(norms, phrase).filter(typedAsDone).map((at) => at + phrase.length)).sort((a, b) => b - a);
      for (const at of places) {
        const name = titleAt(tokens, at, words, senses, false);
        if (name) return name;
      }
    }
  }
  return undefined;
}

function isTitleWord(token: Token | undefined): boolean {
  const raw = token?.raw ?? '';
  // "a *4-person* firm", "a *3-bed* flat": a count joined to a noun says how big, not which.
  if (raw === '' || raw === 'I' || /^\d+-\p{Ll}+$/u.test(raw)) return false;
  return /^\p{Lu}/u.test(raw) || (/\d/.test(raw) && /\p{L}/u.test(raw) && !isMeasure(raw)) || raw.includes('_') || /\p{Ll}\p{Lu}/u.test(raw);
}

/** "a *12m* boat", "a *10in* cake": a figure in a unit, as recognizers-text reads it, is the thing's size, not its name. */
function isMeasure(raw: string): boolean {
  return /^\d/.test(raw) && recognizeDimension(raw, Culture.English).some((found) => found.start === 0 && found.end === raw.length - 1);
}

/**
 * A title that starts at `at`: capitalised words and the small words between them ("The Old Man and the Sea",
 * "Belle de Boskoop"), a handle ("night_owl_42"), or, after "called", words typed in lower case up to a comma or a
 * joining word. Not a place it is said to be in ("a bar called The Den in Leeds").
 */
function titleAt(tokens: readonly Token[], at: number, words: ThingNameWords, senses: ThingSenses, lowerToo: boolean, articleToo = true): string | undefined {
  let start = at;
  if (articleToo && ['the', 'a', 'an'].includes(tokens[start]?.norm ?? '') && tokens[start]?.raw === tokens[start]?.norm && isTitleWord(tokens[start + 1])) start++;
  if (isTitleWord(tokens[start])) {
    let end = start + 1;
    for (;;) {
      if (isTitleWord(tokens[end]) || (/^['’]s$/u.test(tokens[end]?.raw ?? '') && end > start) || (/^\d+$/.test(tokens[end]?.norm ?? '') && end > start) || abbreviationPoint(tokens, end)) {
        end++;
        continue;
      }
      let join = end;
      while (join < tokens.length && words.joins.has(tokens[join].norm) && !isTitleWord(tokens[join])) join++;
      if (join === end || !isTitleWord(tokens[join])) break;
      // "a guild called Iron Wolves on Stormrage server", "a bar called Hops in Leeds": where it is, not its name.
      const after = titleRun(tokens, join);
      if (words.placing.has(tokens[end].norm) && (senses.isCity(after.text) || words.things.has(tokens[after.end]?.norm ?? '') || words.handles.has(tokens[after.end]?.norm ?? ''))) break;
      end = join + 1;
    }
    return joined(tokens.slice(start, end));
  }
  if (!lowerToo) return undefined;
  let end = at;
  // "a quartet called four on the floor": a number alone is no name, so what follows it is still the name.
  const countOnly = () => end === at + 1 && senses.isCount?.(tokens[at].norm) === true;
  while (end < tokens.length && end - at < MAX_RUN && !isPunctuation(tokens[end]) && (!words.runEnds.has(tokens[end].norm) || countOnly()) && tokens[end].raw !== '') end++;
  return end > at ? joined(tokens.slice(at, end)) : undefined;
}

/** Words before where a thing is rather than part of its name, when a place or a thing follows ("on", "in", "at"). */

function titleRun(tokens: readonly Token[], at: number): { text: string; end: number } {
  let end = at;
  while (isTitleWord(tokens[end])) end++;
  return { text: tokens.slice(at, end).map((token) => token.raw).join(' '), end };
}

/** Most letters of an abbreviation a point closes inside a title ("No. 2", "Mt. Hood", "St. Kilda"). */
const ABBREVIATION_LETTERS = 3;

/** Whether the token at `at` is the point of an abbreviation inside a title: after a short capitalised word, before a number or another title word. */
function abbreviationPoint(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at - 1]?.raw ?? '';
  return tokens[at]?.raw === '.' && /^\p{Lu}\p{Ll}{0,2}$/u.test(word) && word.length <= ABBREVIATION_LETTERS && (/^\d/.test(tokens[at + 1]?.raw ?? '') || isTitleWord(tokens[at + 1]));
}

function joined(tokens: readonly Token[]): string {
  return tokens
    .map((token) => token.raw)
    .filter(Boolean)
    .join(' ')
    .replace(/(\p{L}) \.(?= )/gu, '$1.')
    .replace(/\s+(['’]s?)(?=\s|$)/gu, '$1')
    .replace(/^['’"‘“]+|['’"’”]+$/gu, '')
    .trim();
}
