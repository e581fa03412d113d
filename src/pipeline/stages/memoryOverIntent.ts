import { contentList } from '../../content/content';
import { answerSpan } from '../../personalization/memory/answerSpan';
import { MONTH_OR_DAY, stem } from '../../personalization/memory/noteWords';
import { noteLexicon } from '../../personalization/memory/noteLexicon';
import { toldStems, examplesStems } from '../../personalization/memory/bestNote';
import type { Note } from '../../profile/userProfile';
import type { ReplyRequest } from '../../vocabulary/reply';
import type { Turn, TurnDependencies } from '../turn';
import { answerFromNotes, answerFromRankedNote, asksInForm, asksOfNow, fromNote, intentAnswersNothing, type NoteQuestion } from './memoryNotes';
import { unheld } from './memoryUnheld';
import { peopleInNotes } from './memoryWho';
import { isMoodIntent } from './recognize';
import { intentReadsNothing } from './intentReadsNothing';
import { untaughtQuestion } from './untaughtQuestion';
import { wordsBeyondIntent } from './intentOwnWords';
import { verbInOtherSense } from './intentVerbSense';
import { escapeRegExp } from '../../util/escapeRegExp';
import { wordLexicon } from '../../nlu/wordLexicon';
import { memoryLexicon } from '../../personalization/memory/factKinds';
import { isPunctuation, tokenize } from '../../personalization/memory/tokens';

/**
 * "who's fitting the new gutters?", "when did the shed roof cave in?" read as a web search, a question about the
 * bot, a goodbye or good news: a question whose words point at what the person told is answered from the note
 * that says them, though not every word of it is there ("the *old* shed"), when what the intent model guessed
 * never answers a question about what was told (`memoryToldOverIntents`, a feeling). Someone who told nothing of
 * it gets the intent's reply as before. Undefined when no note answers.
 */
export function answerOverIntent(turn: Turn, asking: NoteQuestion, notes: readonly Note[], people: ReadonlySet<string>, deps: TurnDependencies): ReplyRequest | undefined {
  const pointed = toldThingAsked(turn, asking, notes, deps);
  if (!pointed || !asking.asked) return undefined;
  const among = sayingThingAsked(pointed, asking, deps);
  const loose = { ...asking, everyWord: false };
  const found = answerFromNotes(among, loose, deps, people) ?? answerFromRankedNote(among, loose, [], new Set(), people, deps);
  const texts = notes.map((note) => note.text);
  if (found && !unheld(found, turn.text, deps, texts)) return found;
  // Who the question names: anyone told of by name, or a word typed with a capital after its first ("how old is Inés?").
  const typedNames = turn.text.split(/[^\p{L}\p{M}'’-]+/u).slice(1).filter((word) => /^\p{Lu}\p{Ll}/u.test(word)).map((word) => word.replace(/['’]s$/u, '').toLowerCase());
  const named = new Set([...people, ...peopleInNotes(turn.loaded.profile, deps).map((name) => name.toLowerCase()), ...typedNames]);
  const next = followedUp(asking, among, notes, named, deps);
  return next && !unheld(next, turn.text, deps, texts) ? next : undefined;
}

/**
 * The notes a question about what the person told points at, when the intent it was read as never answers such a
 * question and does not say the thing the intent is about: "how much did the sardine festival raise?" read as a web
 * search, which no note may answer, is still about the festival told of. Undefined when it is the intent's.
 */
export function toldThingAsked(turn: Turn, asking: NoteQuestion, notes: readonly Note[], deps: TurnDependencies): Note[] | undefined {
  if (!asking.asked || asking.asked.length === 0 || notes.length === 0 || !overridden(turn, deps) || !asksInForm(turn.text, deps)) return undefined;
  // Only a word beyond the intent's own takes the question from it; then every word says where the answer is ("who *runs* the pottery group").
  const among = pointedAt(notes, asking.asked, deps);
  if (among.length === 0 || pointedAt(notes, wordsBeyondIntent(turn.recognition?.intent, asking.asked, deps), deps).length === 0 || saysIntentThing(turn, asking, among, deps)) return undefined;
  return among;
}

/**
 * "what's the newest quote for the roof?" after "the roof needs redoing" and "roofer's quote came in at £4,000": the
 * thing a question asks of is the last word of what it names (the *quote*); of the notes it points at, those said in
 * a message that says it, when one does.
 */
function sayingThingAsked(pointed: readonly Note[], asking: NoteQuestion, deps: TurnDependencies): Note[] {
  const thing = asking.heads?.at(-1);
  if (thing === undefined || !asking.asked?.includes(thing)) return [...pointed];
  const saying = pointedAt(pointed, [thing], deps);
  return saying.length > 0 ? saying : [...pointed];
}

/** How many messages after the one that names a thing may go on about it without naming it again. */
const FOLLOWING = 2;

/**
 * "how much was the flat?" after "we bought a flat in Leith!" then "paid 240k for it": the thing named holds no value
 * of the sort asked, the next message or two that goes on about it does. The first note after it that holds one.
 */
function followedUp(asking: NoteQuestion, pointed: readonly Note[], notes: readonly Note[], people: ReadonlySet<string>, deps: TurnDependencies): ReplyRequest | undefined {
  const sort = asking.sort;
  if (!sort || !asking.asked) return undefined;
  const asked = asking.asked;
  // "when is Odile's birthday?": a message after the one naming her that does not name her tells of someone else.
  const named = asked.filter((word) => people.has(word.toLowerCase()));
  const namesAsked = (note: Note) => named.every((name) => new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'iu').test(note.text));
  const times = [...new Set(notes.map((note) => note.learnedAt))].sort();
  const first = times.indexOf(pointed[0]?.learnedAt ?? '');
  if (first < 0) return undefined;
  const holds = (note: Note) => answerSpan(note.text, sort, { findCity: deps.findCity, asked }) !== undefined;
  for (const at of times.slice(first + 1, first + 1 + FOLLOWING)) {
    const note = notes.find((one) => one.learnedAt === at && holds(one) && namesAsked(one));
    if (note) return fromNote(note.text, sort, asked, deps, { heads: asking.heads, verb: asking.verb, now: asking.now, whole: note.text, current: asking.current, adverbs: asking.adverbs, measure: asking.measure });
  }
  return undefined;
}

/**
 * Whether the question says what the intent is about, which the notes found do not say: "weather" of "what's the
 * weather like in Lisbon?" after "we went to Lisbon", "won" of "who won the rugby final?" after "watched the rugby
 * final with my uncle", as the intent's examples say them. A word of the question said in the examples the model
 * learned the intent from, and in no note found, when it is the thing the question is about (the noun a determiner
 * opens: "the *weather*") or, asked "who …?", what was done. Any other such word only puts the question ("what's
 * *wrong* with the van?", "what did the sofa *cost*?", "what *company* made the kettle?"): what it asks about, said
 * by the person, decides.
 */
function saysIntentThing(turn: Turn, asking: NoteQuestion, notes: readonly Note[], deps: TurnDependencies): boolean {
  const intent = turn.recognition ? deps.content.intents.get(turn.recognition.intent) : undefined;
  if (!intent || !asking.asked) return false;
  // "what are the *dates* for the mahseer camp?", "what *time* does it start?": the time or the date now is asked of
  // "it" ("what time is it?"); asked of a thing the person told, the word only says the sort of the answer.
  if (turn.recognition && contentList(deps.content, 'memoryNowIntents').includes(turn.recognition.intent) && !asksOfNow(turn.text, deps)) return false;
  const lexicon = noteLexicon(deps.content);
  const taught = examplesStems(intent.examples, lexicon);
  const said = toldStems(notes.map((note) => note.text), lexicon);
  const words = tokenize(turn.text, memoryLexicon(deps.content).contractedIs).filter((token) => !isPunctuation(token)).map((token) => token.norm);
  const first = (word: string | undefined) => (word === undefined ? '' : (wordLexicon().tags(word)?.[0] ?? ''));
  // "the *weather*", "your *forecast*": the word a determiner opens a noun phrase with, and ends it; one asked by
  // "what" or "which" ("what *company* makes my hearing aids?") is the sort of the answer, which a note may hold.
  // "the *new* gazebo", "the *old* gazebo": an adjective before a word the lexicon does not know (a noun it lacks)
  // only describes the thing, which is the person's.
  const headAt = (at: number) => /^(DT|PRP\$)$/.test(first(words[at - 1])) && !first(words[at + 1]).startsWith('NN') && !(first(words[at]) === 'JJ' && unknownWord(words[at + 1]));
  // "who's coming to the launch?" read as who made the bot ("where do you *come* from"): what was done is the bot's
  // only when the question speaks to it ("you"); without, it is done in the person's world.
  const toBot = !contentList(deps.content, 'memoryAboutBot').includes(turn.recognition?.intent ?? '') || words.some((word) => lexicon.you.has(word));
  // "who *looks after* the compressor?": a verb the examples say with another particle ("look *up*") is not what they teach.
  const done = (word: string) => first(word).startsWith('VB') && !words.some((one, at) => one === word && verbInOtherSense(words, at, intent.examples, deps.content));
  const names = (word: string) => words.some((one, at) => one === word && headAt(at)) || (asking.who === true && toBot && done(word));
  return asking.asked.some((word) => !lexicon.stopWords.has(word) && taught.has(stem(word, lexicon)) && !said.has(stem(word, lexicon)) && names(word));
}

/**
 * "who's the choir director?", "who's sponsoring the walk?" read as asking who made the bot: a question about the
 * bot (`memoryAboutBot`) says something its examples say ("you", "this bot", "your creator"); one about the person's
 * things that says none of it is not the bot's to answer, though no note answers it either.
 */
export function asksBotNothing(turn: Turn, asking: NoteQuestion, deps: TurnDependencies): boolean {
  const recognition = turn.recognition;
  const intent = recognition ? deps.content.intents.get(recognition.intent) : undefined;
  if (!recognition || !intent || !asking.asked || asking.asked.length === 0 || /\d/.test(turn.text)) return false;
  if (!contentList(deps.content, 'memoryAboutBot').includes(recognition.intent)) return false;
  const lexicon = noteLexicon(deps.content);
  const taught = examplesStems(intent.examples, lexicon);
  const words = tokenize(turn.text, memoryLexicon(deps.content).contractedIs).filter((token) => !isPunctuation(token) && !lexicon.stopWords.has(token.norm));
  return words.length > 0 && !words.some((token) => taught.has(stem(token.norm, lexicon)) || lexicon.you.has(token.norm));
}

/**
 * Whether the intent model's guess for a message never answers what the person told: one of `memoryToldOverIntents`,
 * a feeling, a sum or a countdown that reads nothing to work on in it, or an intent never taught as the question asked.
 */
function overridden(turn: Turn, deps: TurnDependencies): boolean {
  const recognition = turn.recognition;
  if (!recognition || isMoodIntent(recognition.intent) || intentReadsNothing(recognition.intent, turn.text, turn.now) || untaughtQuestion(recognition.intent, turn.text, deps)) return true;
  // "which teacups sell fastest?" read, unsure, as asking for the topics: the model has no answer for it.
  if (intentAnswersNothing(turn, deps)) return true;
  return contentList(deps.content, 'memoryToldOverIntents').includes(recognition.intent);
}

/**
 * The notes said in a message one of whose notes says a word of the question, other than a word of time ("today",
 * "week", "Monday"): "what's today's date?" points at no note that says "today". None when no word points so.
 */
function pointedAt(notes: readonly Note[], asked: readonly string[], deps: TurnDependencies): Note[] {
  const lexicon = noteLexicon(deps.content);
  const pointing = new Set(asked.filter((word) => !lexicon.stopWords.has(word) && !lexicon.timeWords.has(word) && !MONTH_OR_DAY.test(word)).map((word) => stem(word, lexicon)));
  const messages = new Set(notes.filter((note) => [...toldStems([note.text], lexicon)].some((said) => pointing.has(said))).map((note) => note.learnedAt));
  return notes.filter((note) => messages.has(note.learnedAt));
}

/** A word of letters the tagger's lexicon does not list ("gazebo", "bandsaw"): most likely a noun it lacks. */
function unknownWord(word: string | undefined): boolean {
  return word !== undefined && /^\p{L}+$/u.test(word) && wordLexicon().lacks(word);
}
