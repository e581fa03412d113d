import { intentReadsNothing } from './intentReadsNothing';
import { figureBeyondIntent } from './figureBeyondIntent';
import { contentList, contentValue } from '../../content/content';
import { renderTemplate } from '../../content/renderTemplate';
import { categoryNames, isOccupation, isPersonNoun, isPlaceName } from '../../personalization/memory/categories';
import { namesNoOne, type NoOneWords } from '../../personalization/memory/namesNoOne';
import { memoryLexicon } from '../../personalization/memory/factKinds';
import { rankedNote } from '../../personalization/memory/noteRank';
import { figurePart, withoutPriceParts } from '../../personalization/memory/figureParts';
import { nameCalledAfter, nameGivenAfter } from '../../personalization/memory/nameGivenAfter';
import { adverbPart, withAntecedent, withoutOldValue, asksBefore, currentPart, changedToPart, asksNow, withoutSaidOf } from '../../personalization/memory/noteUpdates';
import { type AskedRole, askedRole } from '../../personalization/memory/askedRole';
import { roleSpan } from '../../personalization/memory/roleSpan';
import { deniedInNote } from '../../personalization/memory/deniedInNote';
import { countsAsked, answerSpan, saysAmount, saysWhen, oftenSaid, amountAsked, weightsSaid, sizesInUnits, totalCounted } from '../../personalization/memory/answerSpan';
import { asksWhichOne, answerSort, asksOwn, asksReason, doneSpan, othersDoneSpan, questionHeads, thingHeads, questionVerb, askedNoun, theQuestionWords, questionWords, whoQuestionWords, whichNoun, askedMeasure, asksReported, reasonWords } from '../../personalization/memory/questionWords';
import { timeDoneIn } from '../../personalization/memory/resultTime';
import { partAbout, wordsUnsaid, placeOfKindSaid, toldStems, examplesStems, bestNote, noteRankFeatures, type FoundNote, notesNaming, partHolding } from '../../personalization/memory/bestNote';
import { calledSpan, peopleIn, subjectOf, namingRest, nameHolding } from '../../personalization/memory/peopleIn';
import { roleOfNamed } from '../../personalization/memory/roleOfNamed';
import { countedNoun, countSaidLater } from '../../personalization/memory/countSaidLater';
import { contentWords, ownedBySomeone, sameRoot, singular, stem, MONTH_OR_DAY, MONTH_OR_DAY_WORDS, type AnswerSort, secondPerson, type AskedMeasure, type NoteMatch } from '../../personalization/memory/noteWords';
import { forgetWords, notesForgotten, noteWithout } from '../../personalization/memory/notesForgotten';
import { noteClauses } from '../../personalization/memory/noteClauses';
import { FIRST_PERSON, inPhrasalWords, noteLexicon, type NoteLexicon } from '../../personalization/memory/noteLexicon';
import type { MemoryReading } from '../../personalization/memory/readMemory';
import { codeAfterHead, headSpan, nounAt } from '../../personalization/memory/headSpan';
import { givesReason, reasonSpan, saysHappening } from '../../personalization/memory/reasonSpan';
import { toldAskWords } from '../../personalization/memory/readToldAsk';
import { askedClauses } from '../../personalization/memory/nearestSpan';
import { AGE_KIND, ageSaidOf } from '../../personalization/memory/readAge';
import { leaningText } from '../../personalization/memory/leaningNote';
import { labelSpan } from '../../personalization/memory/labelSpan';
import { saidToBe, thingAskedIs, type SaidToBeWords } from '../../personalization/memory/saidToBe';
import { possessorSaid } from '../../personalization/memory/possessorSaid';
import { switchedTo } from '../../personalization/memory/readSwitches';
import { movedToPart, movedToValue } from '../../personalization/memory/movedToPart';
import { supersedingNote } from '../../personalization/memory/supersedingNote';
import { laterValueChange } from '../../personalization/memory/laterValueChange';
import { asksEarlier, earlierSaid } from '../../personalization/memory/earlierNote';
import { setRightAfter } from '../../personalization/memory/setRightAfter';
import { daysSaid, saysClock, saysHour } from '../../personalization/memory/clockSpan';
import { leansOnNamed } from '../../personalization/memory/noteLeansOn';
import { isPunctuation, tokenize, type Token } from '../../personalization/memory/tokens';
import { wordsAt, wordsSayPhrase } from '../../personalization/memory/clauses';
import { askedValueWords } from '../../personalization/memory/askedValue';
import { wordLexicon } from '../../nlu/wordLexicon';
import { isLivingNoun, nounKinds } from '../../nlu/nounKinds';
import { escapeRegExp } from '../../util/escapeRegExp';
import { displayName, learningActive, type Note, type UserProfile } from '../../profile/userProfile';
import type { ReplyRequest } from '../../vocabulary/reply';
import type { Turn, TurnDependencies } from '../turn';
import { NONE_INTENT } from '../../nlu/recognizer';
import { isMoodIntent } from './recognize';
import { asksInForm } from './asksInForm';

export { asksInForm };
import { spelledOut } from '../../personalization/memory/spelledOut';
import { hyphenParts } from '../../personalization/memory/hyphenParts';
import { namedAfterPreposition } from '../../personalization/memory/namedAfterPreposition';
import { untaughtQuestion } from './untaughtQuestion';
import { wordsBeyondIntent } from './intentOwnWords';

/**
 * Notes: what a person says of themselves in their own words when no fact kind holds it, kept, forgotten
 * and found again by a question that shares its words. Used by `understandMemory`; the reading of the
 * words themselves is in `personalization/memory/` (noteClauses, questionWords, bestNote, answerSpan …).
 */

/** How /why names an answer from a note (`why.value.note`). */
export const NOTE_KIND = 'note';

/** The replies that answer from a note. */
export const NOTE_ANSWERS: ReadonlySet<string> = new Set(['memory.fromNote', 'memory.fromNoteSaid', 'memory.fromNotePart', 'memory.fromNoteNo']);

/** A message read as a question for notes: its words, and the sort of answer it asks for (a place, a person, …). */
/** `said`: every word of the question, lower case. */
/** `current`: asks how things are now ("where do I live now?"), not how they were ("where did I move from?"). */
/** `label`: asked in a label's words ("Allergy?"), its words taken from the label alone. */
/** `verb`: what the question asks is done, after "I" ("what instrument do I *play*?"). */
/** `now`: the question says so ("what am I brewing right now?"): what a note says holds now answers, wherever it is said in it. */
/** `adverbs`: how or when it asks ("where do I *usually* live?"): the part of a note that says so answers. */
/** `about`: the names of people the question asks about ("what does *Andre* do?"): only what a note says of them answers. */
/** `toldOnly`: asked by one word of what the person said and nothing else ("when is zumba?"): for the notes only when the intent model has no answer. */
/** `sortNoun`: the noun "which" asks for one of ("which *flatmate* …"): a note need not say it. */
/** `anchors`: the question's words that say where in a note its answer is ("the *restaurant*"); `measure`: it asks for a time of day or a length of time. */
/** `who`: opens with "who", so only someone's name answers; `things`: values kept of kinds that hold no one (a team, a brand). */
/** `which`: opens with "which" (after fillers), so asks for one of several. */
/** `askedBy`: the noun after "what" or "which" that names what is asked for (`askedNoun`: "what *colour* …"). */
/** `role`: the role it asks a note to fill (`askedRole`: what a thing is made of, whom it is for). */
/** `thingIs`: the word it names a thing by whose being it asks (`thingAskedIs`: "rig" of "which radio is my main rig?"). */
/** `reported`: asks what someone said ("what did the physio say …?"), so all they said answers. */
export type NoteQuestion = { thingIs?: string; whose?: boolean; role?: AskedRole; reported?: boolean; askedBy?: string; which?: boolean; who?: boolean; things?: string[]; sortNoun?: string; toldOnly?: boolean; anchors?: string[]; measure?: AskedMeasure; about?: string[]; label?: boolean; owned?: string[]; asked?: string[]; kindOf?: boolean; sort?: AnswerSort; everyWord?: boolean; own?: boolean; heads?: string[]; endsWith?: string; reason?: boolean; current?: boolean; earlier?: boolean; verb?: string; now?: boolean; adverbs?: string[]; said?: string[] };

/**
 * `plainAsks`: whether a question put without "my" by a noun the person said may be read (not when a fact kind reads it: "Office?").
 * Initials typed in capitals ("the *AOW* course") are read as the words of what was told that they spell (`spelledOut`).
 */
export function noteQuestion(typed: string, deps: TurnDependencies, named: readonly string[] = [], told: readonly string[] = [], plainAsks = false): NoteQuestion {
  // "what date did I set off?" is looked for as "… start?", the word a note says it in.
  const text = inPhrasalWords(typed, noteLexicon(deps.content));
  const role = askedRole(text, noteLexicon(deps.content));
  const read = { ...readNoteQuestion(text, deps, named, told, plainAsks), ...(role ? { role } : {}), ...(asksEarlier(text, noteLexicon(deps.content)) ? { earlier: true } : {}) };
  const asking = read.asked && asksReported(text, noteLexicon(deps.content)) ? { ...read, reported: true } : read;
  if (!asking.asked || told.length === 0) return withThingIs(text, asking, deps);
  const lexicon = noteLexicon(deps.content);
  // "who's my co-coach?" of "my co coach is Raj": a compound said apart is found by its parts.
  const parts = (words: readonly string[]) => hyphenParts(spelledOut(text, words, told, lexicon), told, lexicon);
  const asked = parts(asking.asked);
  if (asked.length === asking.asked.length && asked.every((word, at) => word === asking.asked?.[at])) return withThingIs(text, asking, deps);
  return withThingIs(text, { ...asking, asked, ...(asking.anchors ? { anchors: parts(asking.anchors) } : {}), ...(asking.owned ? { owned: parts(asking.owned) } : {}) }, deps);
}

/** The question with the word it names a thing by when it asks what that thing is (`thingAskedIs`). */
function withThingIs(text: string, asking: NoteQuestion, deps: TurnDependencies): NoteQuestion {
  // "whose recipe are the cannoli?" asks whose the thing is, not what.
  if (opensWith(text, 'whose', noteLexicon(deps.content))) return asking;
  const words = asking.anchors ?? asking.asked;
  const thingIs = words ? thingAskedIs(text, words, saidToBeWords(deps)) : undefined;
  return thingIs ? { ...asking, thingIs } : asking;
}

function readNoteQuestion(text: string, deps: TurnDependencies, named: readonly string[], told: readonly string[], plainAsks: boolean): NoteQuestion {
  const lexicon = noteLexicon(deps.content);
  const asked = questionWords(text, lexicon, new Set(named.map((name) => name.toLowerCase())), told);
  // "why did champs get moved?": a reason for a thing of the person's life, named without "I"; only a note with
  // every word of it answers.
  const reasonOf = asked ? undefined : reasonWords(text, lexicon);
  if (reasonOf) return { asked: reasonOf, reason: true, everyWord: true };
  // "who moved to houston?": about what was told only when a note has all its words.
  const who = asked ? undefined : whoQuestionWords(text, lexicon, isBeing, (word) => wordLexicon().tags(word));
  // "which flatmate is the nurse?": a note that says "nurse" of one of them answers, though it does not say "flatmate".
  const which = who ? whichNoun(text, lexicon, isBeing) : undefined;
  // "who cleans the pool now?" of "… we let Arno go, now it's Bea": who holds it now, unless asked of before.
  if (who) return { asked: who, sort: 'person', who: true, everyWord: true, ...(asksBefore(text, lexicon, (word) => wordLexicon().tags(word)) ? {} : { current: true }), ...(which && who.length > 1 ? { sortNoun: which } : {}), ...whereAnswered(text, who, deps) };
  // "what's the clinic called?", "when's game night?": likewise, by every word.
  const byName = asked ? undefined : theQuestionWords(text, lexicon);
  // "when is zumba?": by one word of what the person said, and only when the intent model has no answer of its own (`toldOnly`).
  const stems = told.length === 0 ? undefined : toldStems(told, lexicon);
  const toldOnly = asked || byName || !stems ? undefined : theQuestionWords(text, lexicon, stems);
  // "who's the vet with?", "how wide is the rug?", "locker code?": by a noun the person said, in a form read nowhere else.
  const toldAsk = asked || byName || toldOnly || !stems || !plainAsks ? undefined : toldAskWords(text, lexicon, stems);
  const askedBy = askedNoun(text, lexicon, (word) => wordLexicon().tags(word));
  // "how much is the pulled pork sandwich now?": asked by name as by any words, it asks how things are now.
  const by = { ...(askedBy ? { askedBy } : {}), ...(asksNow(text, lexicon) ? { now: true, current: true } : {}) };
  if (toldAsk) return { ...by, asked: toldAsk, toldOnly: true, heads: thingHeads(text, lexicon, (word) => wordLexicon().tags(word)), ...(answerSort(text, lexicon) ? { sort: answerSort(text, lexicon) } : {}), ...whereAnswered(text, toldAsk, deps) };
  const thing = byName ?? toldOnly;
  if (thing) return { ...by, asked: thing, everyWord: true, ...(toldOnly ? { toldOnly: true } : {}), heads: thingHeads(text, lexicon, (word) => wordLexicon().tags(word)), ...(answerSort(text, lexicon) ? { sort: answerSort(text, lexicon) } : {}), ...whereAnswered(text, thing, deps) };
  if (!asked) return {};
  // "which intern do I want us to hire?": one of the people the noun names.
  // "what are my sunday work hours?": a time of day asked for is a time.
  const sort = answerSort(text, lexicon) ?? (asksWhichOne(tokenize(text, lexicon.memory.contractedIs).filter((token) => !isPunctuation(token)), isBeing) ? 'person' : askedMeasure(text, lexicon) === 'clock' ? 'time' : undefined);
  const endsWith = questionPreposition(text);
  // "why do I need oat milk?": the reason is said beside what it is for, so the note is told whole.
  if (asksReason(text, lexicon)) return { asked, reason: true };
  // Said "now", it asks how things are now, whatever verb in the past it names a thing by ("the *pulled* pork sandwich").
  const current = asksNow(text, lexicon) || !asksBefore(text, lexicon, (word) => wordLexicon().tags(word));
  // "what kind of dog …?" asks for a kind of dog, which a name is not.
  const kindOf = ASKS_KIND.test(text);
  const owned = ownedHeads(text, lexicon);
  const verb = questionVerb(text, lexicon);
  const now = current && asksNow(text, lexicon);
  const adverbs = questionAdverbs(text, lexicon, deps);
  const about = named.filter((name) => asked.includes(name.toLowerCase()));
  return { ...by, asked, ...(asksWho(text, lexicon) ? { who: true } : {}), ...(opensWith(text, 'which', lexicon) ? { which: true } : {}), ...(opensWith(text, 'whose', lexicon) ? { whose: true } : {}), ...whereAnswered(text, asked, deps), ...(about.length > 0 ? { about: [...new Set(about)] } : {}), ...(adverbs.length > 0 ? { adverbs } : {}), heads: thingHeads(text, lexicon, (word) => wordLexicon().tags(word)), ...(owned.length > 0 ? { owned } : {}), ...(verb ? { verb } : {}), ...(now ? { now } : {}), ...(kindOf ? { kindOf } : {}), ...(sort ? { sort } : {}), ...(asksOwn(text, lexicon) ? { own: true } : {}), ...(endsWith ? { endsWith } : {}), ...(current ? { current } : {}) };
}

/**
 * Where in a note a question's answer is, and what it measures: its words but the one it asks by ("*what time* is my
 * lab?", "*which flatmate* …?", said of everyone it may be) and but whose thing it is ("my *uncle's* restaurant").
 */
function whereAnswered(text: string, asked: readonly string[], deps: TurnDependencies): Pick<NoteQuestion, 'anchors' | 'measure'> {
  const lexicon = noteLexicon(deps.content);
  const words = tokenize(text, lexicon.memory.contractedIs).filter((token) => !isPunctuation(token)).map((token) => token.norm);
  const opens = words.findIndex((word) => WHICH_WORDS.has(word));
  // "what kind of character is Grunt?": the noun after "kind of" is the sort asked, as after "what".
  const wh = opens >= 0 && lexicon.kindWords.has(words[opens + 1] ?? '') && words[opens + 2] === 'of' ? opens + 2 : opens;
  const possessed = words.lastIndexOf("'s");
  const skipped = new Set([...(wh >= 0 ? [words[wh + 1]] : []), ...words.slice(0, Math.max(possessed, 0))]);
  const kept = asked.filter((word) => !skipped.has(word));
  const measure = askedMeasure(text, lexicon);
  return { anchors: kept.length > 0 ? kept : [...asked], ...(measure ? { measure } : {}) };
}

/** Words that ask which one of a sort ("which flatmate …?", "what time …?"). */
const WHICH_WORDS = new Set(['which', 'what']);

/**
 * The adverbs a question says, as the tagger reads them first and WordNet lists them ("usually", "always"), but
 * not those that say nothing of what is asked (stop words: "not", "really") or ask how things are now, which
 * `now` answers.
 */
function questionAdverbs(text: string, lexicon: ReturnType<typeof noteLexicon>, deps: TurnDependencies): string[] {
  const words = wordLexicon();
  const now = new Set(lexicon.memory.switchMarkers.flat());
  const stop = new Set(contentList(deps.content, 'memoryNoteStopWords'));
  return tokenize(text, lexicon.memory.contractedIs).map((token) => token.norm).filter((word) => !now.has(word) && !stop.has(word) && words.tags(word)?.[0] === 'RB' && words.adverbSenses(word).length > 0);
}

/** "forget that I snore": the note that says it, when nothing else in the message is to forget or to keep ("forget that" alone takes back the last thing said). */
export function noteForgotten(text: string, read: MemoryReading, notes: readonly Note[], deps: TurnDependencies): { forgetting: boolean; notes: Note[] } {
  const lexicon = noteLexicon(deps.content);
  // "please forget anything about my PhD", anywhere in the message: every note that says it.
  const said = read.forget.length === 0 ? read.forgetSaid : undefined;
  const direct = said ? notesForgotten(notes, said.words, lexicon, kindsOfNoun) : [];
  // "forget my salary" of "I earn about 52k a year": with no note saying the word, the notes that say a word of its
  // commonest sense (salary: wage, pay, earnings) go.
  const saying = said && direct.length === 0 ? notesForgotten(notes, sameSense(said.words), lexicon) : direct;
  // "forget the part about being scared, I'm embarrassed": what the request names is all it forgets; when no
  // note says it, no other note is taken for it by the words of the reason said beside it.
  if (said) return { forgetting: true, notes: said.whole === true ? withToldBeside(saying, notes) : saying };
  if (read.forget.length > 0 || read.facts.length > 0 || read.others.length > 0) return { forgetting: false, notes: [] };
  const words = forgetWords(text, lexicon);
  if (!words) return { forgetting: false, notes: [] };
  const found = bestNote(notes, words, lexicon, noteMatch(deps));
  return { forgetting: true, notes: found ? [found.note] : [] };
}

/**
 * "forget the farewell thing": the notes found, and the others told after them in the same message ("office is
 * collecting for Ana's farewell, I chipped in 20"), which went with what the whole matter was.
 */
function withToldBeside(found: readonly Note[], notes: readonly Note[]): Note[] {
  const gone = new Set(found);
  // Kept in order, the notes of one message follow one another with the moment it was told.
  for (const [at, note] of notes.entries()) if (at > 0 && gone.has(notes[at - 1]) && note.learnedAt === notes[at - 1].learnedAt) gone.add(note);
  return notes.filter((note) => gone.has(note));
}

const NO_KINDS: ReadonlySet<string> = new Set();

/** The one-word nouns of the commonest sense of the last word said, when it is a noun ("salary" → wage, pay, earnings, remuneration). */
function sameSense(words: readonly string[]): string[] {
  const last = words.at(-1);
  if (last === undefined || !(wordLexicon().tags(last)?.[0] ?? '').startsWith('NN')) return [];
  const own = [...nounKinds().sensesAbove(last, 0, 1).values()][0] ?? [];
  return own.filter((word) => !word.includes('_') && word !== last);
}

/**
 * What a word of a note is a kind of, as WordNet files it, when the word is most likely said as a noun: "last" of
 * "last fall" is no rank, though one sense of it is.
 */
function kindsOfNoun(word: string): ReadonlySet<string> {
  return (wordLexicon().tags(word)?.[0] ?? 'NN').startsWith('NN') ? nounKinds().kindsOf(word) : NO_KINDS;
}

/** What is left of a note that says what is forgotten, as in `noteWithout`. */
export function noteLeft(note: Note, words: readonly string[], deps: TurnDependencies): string | undefined {
  return noteWithout(note.text, words, noteLexicon(deps.content), kindsOfNoun);
}

/** The notes to keep of a message that also forgets something said before: not the request, nor what it forgets. */
export function notesBesideForget(said: readonly string[], words: readonly string[], deps: TurnDependencies): string[] {
  const lexicon = noteLexicon(deps.content);
  const verbs = new Set(lexicon.memory.forgetVerbs.map((verb) => verb[0]));
  const forgotten = new Set(notesForgotten(said.map((text) => ({ text })), words, lexicon, kindsOfNoun).map((note) => note.text));
  return said.filter((text) => !forgotten.has(text) && !text.toLowerCase().split(/[^\p{L}]+/u).some((word) => verbs.has(word)));
}

/** The notes that say what a forget request names by a noun ("forget the lizard": "a bearded dragon named Spike"). */
export function notesOfKind(notes: readonly Note[], nouns: readonly string[], deps: TurnDependencies): Note[] {
  return notesForgotten(notes, nouns, noteLexicon(deps.content), kindsOfNoun);
}

/** How a forgotten note is named back ("that you snore"). */
export function noteLabel(note: Note, deps: TurnDependencies): string {
  return renderTemplate(contentValue(deps.content, 'memoryNoteLabel') ?? '{{note}}', { note: secondPerson(note.text) });
}

/**
 * The clauses of a message to keep as notes: those about the person that no value read from it covers. `readAs`: the
 * intent the message was read as; when it only asks of the world (`memoryAskingIntents`: the weather, a web search),
 * what its examples are about is no thing of the person's ("weather is 20 degrees").
 */
export function notesToKeep(text: string, covered: readonly string[], aboutSelf: boolean, deps: TurnDependencies, readAs?: string, noRequest = false): string[] {
  const lexicon = noteLexicon(deps.content);
  const intent = readAs !== undefined && contentList(deps.content, 'memoryAskingIntents').includes(readAs) ? deps.content.intents.get(readAs) : undefined;
  const taught = intent ? examplesStems(intent.examples, lexicon) : undefined;
  const isRemark = taught ? (word: string) => taught.has(stem(word, lexicon)) : undefined;
  return noteClauses(text, lexicon, covered, aboutSelf, (word) => wordLexicon().tags(word), (word) => wordLexicon().isDescriptive(word), isRemark, noRequest).map((note) => note.text);
}

/**
 * "she weighs about 80 kg" after "we have a pig called Pierogi": the notes of a message that leans on the
 * previous one by a pronoun, kept with who it stands for (`leaningText`). `names`: the names the person told of.
 */
export function leaningNotes(text: string, previous: string | undefined, earlier: readonly Note[], names: readonly string[], deps: TurnDependencies): string[] {
  const told = previous === undefined ? undefined : leaningText(text, previous, earlier.map((note) => note.text).join('. '), names, noteLexicon(deps.content), (word) => wordLexicon().tags(word), isLiving);
  const notes = told ? notesToKeep(told.probe, [], true, deps) : [];
  // "my snails love cucumber but won't touch carrots": one message about one of them, kept whole when nothing of it is said to the bot.
  const you = noteLexicon(deps.content).you;
  const whole = told !== undefined && notes.length > 0 && !tokenize(told.kept, memoryLexicon(deps.content).contractedIs).some((token) => you.has(token.norm));
  // "oh and Ramona turns 3": without the words that open it and say nothing.
  const fillers = memoryLexicon(deps.content).fillers;
  const opening = new RegExp(`^(?:(?:${[...fillers].map(escapeRegExp).join('|')})[\\s,]+)+`, 'iu');
  if (!told) return previous === undefined ? [] : keptWithBefore(text, previous, deps);
  return whole ? [told.kept.replace(/[\s.!]+$/u, '').replace(opening, '')] : told.probe === told.kept ? notes : [];
}

/**
 * "it's at the community hall on Elm St" after "my piano recital is on Friday": what "it" stands for was said in the
 * message before, so the two are read as one message, and the note that joins them is kept; nothing when the message
 * before asked, or said nothing "it" may stand for.
 */
function keptWithBefore(text: string, previous: string, deps: TurnDependencies): string[] {
  const lexicon = memoryLexicon(deps.content);
  const tokens = tokenize(text, lexicon.contractedIs).filter((token) => !isPunctuation(token));
  const opener = tokens.find((token) => !lexicon.fillers.has(token.norm));
  if (opener?.norm !== 'it' || text.includes('?')) return [];
  const last = tokens.at(-1)?.norm;
  const before = new Set(tokenize(previous, lexicon.contractedIs).map((token) => token.norm));
  const joined = notesToKeep(`${previous.replace(/[\s.!]+$/u, '')}. ${text}`, [], true, deps);
  return joined.filter((note) => {
    const words = tokenize(note, lexicon.contractedIs).map((token) => token.norm);
    return last !== undefined && words.includes(last) && words.some((word) => before.has(word) && !tokens.some((token) => token.norm === word));
  });
}

/** Notes passed over, at most, for one that answers "who …?" with someone rather than a team or a place. */
const WHO_TRIES = 3;

/**
 * A question no fact kind is about, answered from the note that shares most of its words; "who …?" only with
 * someone's name: a note whose answer names a team, a band or a place ("for the Otters") gives way to the next.
 */
/** `people`: the first names of those the person told of, lower case: a note that opens with one is theirs. */
export function answerFromNotes(notes: readonly Note[], asking: NoteQuestion, deps: TurnDependencies, people: ReadonlySet<string> = new Set()): ReplyRequest | undefined {
  let left = notes;
  for (let tries = 0; tries < WHO_TRIES; tries++) {
    const reply = answerFromSomeNote(left, asking, deps, people);
    const part = reply?.key === 'memory.fromNotePart' ? reply.values?.part : undefined;
    if (!asking.who || typeof part !== 'string') return reply;
    const noOne = left.filter((note) => saysWord(note.text, part) && namesNoOne(note.text, part, noOneWords(asking, deps)));
    if (noOne.length === 0) return reply;
    // "I'm in a combo called Blue Hour, Nils is on drums": the rest of the note may still name the one asked for.
    left = left.flatMap((note) => {
      if (!noOne.includes(note)) return [note];
      const rest = note.text.split(/\s*[,;]\s*/).filter((clause) => !saysWord(clause, part)).join(', ');
      return rest === '' ? [] : [{ ...note, text: rest }];
    });
  }
  return undefined;
}

/** Whether a name a note gives is no one's (`namesNoOne`), by the content's words and WordNet. */
function noOneWords(asking: NoteQuestion, deps: TurnDependencies): NoOneWords {
  const set = (list: string) => new Set(contentList(deps.content, list).map((word) => word.toLowerCase()));
  return {
    namings: set('memoryNoOneNamings'),
    linking: set('memoryNoOneLinks'),
    notNouns: set('memoryNoOneNotNouns'),
    placeLinks: set('memoryNoOnePlaceLinks'),
    contractedIs: memoryLexicon(deps.content).contractedIs,
    namesThing: (noun) => !isBeing(noun) && [...nounKinds().sensesAbove(noun, BEING_DEPTH, 1).values()].some((words) => words.some((word) => THING_SORTS.has(word))),
    isPlace: (name) => isPlaceName(name) || deps.findCity(name) !== undefined,
    keptThings: new Set((asking.things ?? []).map((value) => value.toLowerCase())),
  };
}

/** The values kept of kinds that hold no one (`memoryWhoNoOneKinds`: a home, a team, a school), which no "who …?" is answered with. */
export function thingsKept(profile: UserProfile, deps: TurnDependencies): string[] {
  const kinds = new Set(contentList(deps.content, 'memoryWhoNoOneKinds'));
  return learningActive(profile) ? profile.memory.facts.filter((fact) => kinds.has(fact.key)).map((fact) => fact.value) : [];
}

/**
 * Whether a reply to "who …?" names no one: a part of a note that is a team, a band or a place said so, or a value
 * kept of a kind that holds no one. Such a reply answers nothing asked.
 */
export function whoAnsweredByNoOne(text: string, reply: ReplyRequest | undefined, profile: UserProfile, deps: TurnDependencies): boolean {
  const part = reply?.key === 'memory.fromNotePart' ? reply.values?.part : undefined;
  if (typeof part !== 'string' || !asksWho(text, noteLexicon(deps.content))) return false;
  const words = noOneWords({ things: thingsKept(profile, deps) }, deps);
  if (words.keptThings.has(part.toLowerCase())) return true;
  const notes = learningActive(profile) ? (profile.memory.notes ?? []) : [];
  return notes.some((note) => saysWord(note.text, part) && namesNoOne(note.text, part, words));
}

/** What WordNet files the nouns a name is given to under when the name is no one's: a team, a band, a bar, a town. */
const THING_SORTS: ReadonlySet<string> = new Set(['group', 'artifact', 'location']);

/** Whether a question opens with a word (after fillers): "which …?". */
function opensWith(text: string, word: string, lexicon: ReturnType<typeof noteLexicon>): boolean {
  const words = tokenize(text, lexicon.memory.contractedIs).filter((token) => !isPunctuation(token) && !lexicon.memory.fillers.has(token.norm));
  return words[0]?.norm === word;
}

/** "who …?", "who's …": the question opens with "who" (after fillers). */
export function asksWho(text: string, lexicon: ReturnType<typeof noteLexicon>): boolean {
  const words = tokenize(text, lexicon.memory.contractedIs).filter((token) => !isPunctuation(token) && !lexicon.memory.fillers.has(token.norm));
  return ['who', 'whos', "who's"].includes(words[0]?.norm ?? '');
}

function answerFromSomeNote(notes: readonly Note[], asking: NoteQuestion, deps: TurnDependencies, people: ReadonlySet<string>): ReplyRequest | undefined {
  if (!asking.asked) return undefined;
  // A note passed over still says what it says: a word it says as asked is not met by a derived form in another.
  const findBy = (among: readonly Note[], question: NoteQuestion) => {
    const context = inContext(among, question, deps);
    return answering(context, question, deps, (candidates) => bestNote(candidates, question.asked ?? [], noteLexicon(deps.content), noteMatch(deps, question.who === true), [], question.everyWord === true, question.heads, [], context, question.askedBy));
  };
  const find = (among: readonly Note[]) => findBy(among, asking);
  // "who just finished nursing school?" of "Andre's daughter Simone just graduated nursing school": asked for a
  // person by every word but one, a note that names someone answers.
  const withoutSort = asking.sortNoun ? { ...asking, asked: asking.asked.filter((word) => word !== asking.sortNoun) } : undefined;
  // "who sings in the band?" of "our singer is Ida": asked "who" by two words, a note that says the first (what they do, or are) and names someone.
  const byFirst = () => (asking.who && asking.asked?.length === 2 ? byFirstWord(notes, { ...asking, asked: asking.asked.slice(0, 1) }, deps, findBy) : undefined);
  // "why did Steve knock money off?" of "Steve knocked £20 off the bow cos …": a reason asked by enough words, from a note that says all of them but one.
  const mostSaid = () => (asking.reason && asking.everyWord && asking.asked && asking.asked.length >= MOST_WORDS ? findBy(notes.filter((note) => wordsUnsaid(note.text, asking.asked ?? [], noteLexicon(deps.content)) <= 1), { ...asking, everyWord: false }) : undefined);
  const first = find(notes) ?? (asking.everyWord === true && asking.sort === 'person' ? (byMostWords(notes, asking, deps) ?? (withoutSort ? findBy(notes, withoutSort) : undefined)) : undefined) ?? byFirst() ?? mostSaid();
  // "how much did the heist booking cost?" of "… doing the heist, booked for feb 2nd" and "heist was £65": a note that
  // says every word but holds nothing of the sort asked gives way to one that says a part of the compound and does.
  const held = holdsSort(first, asking, deps) ? (namingThing(first, notes, asking, deps, find) ?? first) : (byCompoundPart(notes, asking, deps, findBy) ?? holdingSort(first, notes, asking, deps, find) ?? first);
  const best = asking.reason ? withReason(held, notes, asking, deps, find) : held;
  // "what do I knit?": the person's own note ("I knit mostly socks") over one as good about someone else ("my
  // granddaughter is learning to knit").
  // Not so for "who …?": the one asked for is someone else ("who's my right hand at work?").
  // Not one that leaves more of the question unsaid ("been fly fishing for 35 years" for "what fly did I catch my best
  // brown on?" over "best fish was a brown on a Parachute Adams", whose "Adams" may be someone).
  const unsaid = (found: FoundNote<Note>) => wordsUnsaid(found.note.text, asking.asked ?? [], noteLexicon(deps.content));
  const ownFound = asking.own && asking.sort !== 'person' && best && saysOfOther(best.note.text, people, deps) ? find(notes.filter((one) => saysOwn(one.text) || !saysOfOther(one.text, people, deps))) : undefined;
  const own = ownFound && best && unsaid(ownFound) <= unsaid(best) ? ownFound : undefined;
  // "which lake do I swim in at weekends?": a note of the kind asked for ("swim across the Bodensee") that leaves a word of
  // the question unsaid gives way to one that says every word it is asked by ("weekends open water at the Müggelsee").
  const anchors = asking.which && !asking.reason ? (asking.anchors ?? []) : [];
  const leaves = (found: FoundNote<Note>) => wordsUnsaid(found.note.text, anchors, noteLexicon(deps.content));
  const saying = !own && best && anchors.length >= 2 && leaves(best) > 0 ? find(notes.filter((one) => one !== best.note && leaves({ note: one, text: one.text, score: 0 }) === 0)) : undefined;
  const fuller = saying ?? own;
  // (Scores are not compared: a word is rarer among all notes than among the person's own.)
  const found = pointedAtSomeone(pointedAt(named(changedLater(fuller ?? best, notes, asking, deps) ?? valueChangedLater(fuller ?? best, notes, asking, deps) ?? fuller ?? best, notes, deps), notes, asking.sort, deps), notes, asking.sort, deps);
  // "what does Reggie do?" of "Reggie's a pastor in Macon and Andre is a firefighter": only what is said of Reggie.
  // Asked "who …?", a part that names no one but them holds no answer: "who's covering for Bea?" of "Bea dropped out, Deshawn will cover her spot".
  const answersWho = (part: string) => !asking.who || peopleIn(part, deps.findCity).some((name) => !name.split(/\s+/).some((word) => asking.about?.some((one) => one.toLowerCase() === word.toLowerCase())));
  // "what's Zara's favourite constellation?" of "… my daughter Zara …, she's obsessed, Her favourite is Cassiopeia": a
  // part that leaves unsaid a word of the question the whole note says is not all that is said of them.
  const saysAsked = (part: string) => found !== undefined && wordsUnsaid(part, asking.asked ?? [], noteLexicon(deps.content)) <= wordsUnsaid(found.note.text, asking.asked ?? [], noteLexicon(deps.content));
  // "how heavy is Bramble?" of "… Bramble, a eurasian eagle owl, (massive, 3.2kg …)": not a part that leaves out the value asked the whole note holds.
  // A weight only: a date the whole note says may be someone else's ("my team lead is Odile" said with "Bram moves in October").
  const holdsAsWhole = (part: string) => found === undefined || asking.measure !== 'weight' || holdsAskedValue(part, asking, deps) || !holdsAskedValue(found.note.text, asking, deps);
  const ofThem = found && asking.about ? asking.about.map((name) => partAbout(found.note.text, name)).find((part) => part !== undefined && answersWho(part) && saysAsked(part) && holdsAsWhole(part)) : undefined;
  const told = found && ofThem ? { ...found, note: { ...found.note, text: ofThem }, text: ofThem } : found;
  const setRight = (told && setRightFound(told, notes, asking, deps)) ?? told;
  const note = setRight && movedDay(countedLater(setRight, notes, asking, people, deps) ?? setRight, asking, deps);
  const now = note && switchesNow(note, asking) ? switchedToAsked(note, notes, asking, deps) : undefined;
  if (now) return now;
  // "why …?": the reason the note gives, else all of it.
  const reason = asking.reason && note ? reasonTold(note.note, notes, asking.asked, deps) : undefined;
  // "what did the physio say about running?": all that was said with it ("…, only 20 min jogs for now").
  const reported = asking.reported && note ? reportedFrom(note.note, notes, deps).map((one) => one.text).join(', ') : undefined;
  if (reported) return toldBack(reported);
  return note ? fromNote(reason ?? note.text, asking.sort, asking.asked, deps, { people, ...(asking.which ? { asksWhich: true } : {}), ...(asking.who ? { asksWho: true } : {}), ...(asking.whose ? { asksWhose: true } : {}), heads: asking.heads, verb: asking.verb, now: asking.now, endsWith: asking.endsWith, thingIs: asking.thingIs, whole: note.note.text, said: asking.said, current: asking.current, adverbs: asking.adverbs, anchors: asking.anchors, measure: asking.measure, role: asking.role }) : undefined;
}

/**
 * "why …?" of notes that say it as well as each other: the one that gives a reason ("aquabike this yr, knees are
 * done for running" over "target is the aquabike at the national champs, 8 june").
 */
function withReason(found: FoundNote<Note> | undefined, notes: readonly Note[], asking: NoteQuestion, deps: TurnDependencies, find: (among: readonly Note[]) => FoundNote<Note> | undefined): FoundNote<Note> | undefined {
  const asked = asking.asked ?? [];
  const lexicon = noteLexicon(deps.content);
  if (!found || givesReason(found.note.text, asked, lexicon) || reasonAfter(found.note, notes, deps)) return found;
  // Of notes as good, the latest wins: those that give a reason are put after the others.
  const gives = (note: Note) => givesReason(note.text, asked, lexicon) || reasonAfter(note, notes, deps) !== undefined;
  const giving = find([...notes.filter((note) => !gives(note)), ...notes.filter(gives)]);
  return giving && gives(giving.note) && giving.score >= found.score ? giving : found;
}

/**
 * The reason told for what a note says: in the note itself (`reasonSpan`), else in the note said next in the same
 * message ("champs moved to 21 june. field flooded", "ruth dropped out (sprained her ankle)"), else the whole note.
 */
function reasonTold(note: Note, notes: readonly Note[], asked: readonly string[], deps: TurnDependencies): string {
  return reasonSpan(note.text, asked, noteLexicon(deps.content)) ?? reasonAfter(note, notes, deps)?.text ?? note.text;
}

/**
 * All that was reported of someone with a note: from the note of the same message that says a verb of saying, at
 * or before it ("my vet said the leg is healing" for "only short walks for two weeks"), to the end of the message.
 */
function reportedFrom(note: Note, notes: readonly Note[], deps: TurnDependencies): Note[] {
  const lexicon = noteLexicon(deps.content);
  const saysSo = (one: Note) => tokenize(one.text, lexicon.memory.contractedIs).some((token) => lexicon.sayVerbs.has(token.norm) || lexicon.sayVerbs.has(lexicon.verbBases.get(token.norm) ?? ''));
  let from = notes.indexOf(note);
  for (let at = from; at >= 0 && notes[at].learnedAt === note.learnedAt; at--) {
    if (saysSo(notes[at])) {
      from = at;
      break;
    }
  }
  return [notes[from], ...saidAfter(notes[from], notes)];
}

/** The notes said after one in the same message, in order. */
function saidAfter(note: Note, notes: readonly Note[]): Note[] {
  const after: Note[] = [];
  for (let at = notes.indexOf(note) + 1; at > 0 && notes[at]?.learnedAt === note.learnedAt; at++) after.push(notes[at]);
  return after;
}

/** The note said right after one in the same message, when it says something happened or is so (`saysHappening`). */
function reasonAfter(note: Note, notes: readonly Note[], deps: TurnDependencies): Note | undefined {
  const next = notes[notes.indexOf(note) + 1];
  return next && note.learnedAt === next.learnedAt && saysHappening(next.text, noteLexicon(deps.content)) ? next : undefined;
}

/**
 * A question the rules found nothing for ("I don't know that yet"), answered from the note the learned ranker
 * (`noteRank.ts`) finds, when it scores it above "none of them"; undefined else. `kinds`: the fact kinds asked
 * about, whose value's sort (a place, a name, …) the note is read for when the question does not say one. Asked of
 * oneself, never from a note said of someone else (`people`: the first names of those told of); asked of `someone`
 * (their noun and name), only from a note that names them; never with what says a value kept as a fact of a kind not
 * asked about (`known`): "my friend Tom lives in Paris" is no home, "my favourite colour is green" no favourite food,
 * but "Leeds" of "I'm a pharmacist in Leeds" is where one works, though "pharmacist" is kept as the work.
 */
export function answerFromRankedNote(notes: readonly Note[], asking: NoteQuestion, kinds: readonly string[], known: ReadonlySet<string>, people: ReadonlySet<string>, deps: TurnDependencies, someone: readonly string[] = []): ReplyRequest | undefined {
  if (!asking.asked || notes.length === 0) return undefined;
  // Asked about someone ("when is my brother's birthday?"): only a note that names them, whoever else it is about.
  const names = (text: string) => someone.some((word) => saysWord(text, word));
  // "how old is Abuela?" of "a tortoise called Abuela who is 54, and 7 hermit crabs": the age said of them, not the note.
  const age = kinds.includes(AGE_KIND) ? ageInNotes(notes.filter((one) => names(one.text)), someone, deps) : undefined;
  if (age) return { key: 'memory.fromNotePart', values: { part: age } };
  const about = (text: string) => (someone.length > 0 ? names(text) : saysOwn(text) || !saysOfOther(text, people, deps));
  const sorts = [...new Set(kinds.map((kind) => VALUE_SORTS[deps.content.facts.get(kind)?.value ?? '']).filter((sort): sort is AnswerSort => sort !== undefined))];
  const sort = asking.sort ?? (sorts.length === 1 ? sorts[0] : undefined);
  const saysKnown = (text: string) => [...known].some((value) => saysWord(text, value));
  const note = rankedNote(noteRankFeatures(notes.filter((one) => about(one.text)), asking.asked, noteLexicon(deps.content), noteMatch(deps, asking.who === true), asking.heads ?? [], sort, deps.findCity), deps.noteRankWeights);
  const reply = note ? fromNote(note.text, sort, asking.asked, deps, { heads: asking.heads, verb: asking.verb, now: asking.now, endsWith: asking.endsWith, thingIs: asking.thingIs, whole: note.text, current: asking.current, adverbs: asking.adverbs, anchors: asking.anchors, measure: asking.measure, role: asking.role }) : undefined;
  // What it tells back is another kind's value: it answers that kind, not this one.
  const told = reply?.values?.part ?? reply?.values?.note;
  return typeof told === 'string' && saysKnown(told) ? undefined : reply;
}

/** "how old is Abuela?", "how old's my beardie?": the age a note says of the one asked about, when one does. */
export function ageFromNotes(notes: readonly Note[], someone: readonly string[], deps: TurnDependencies): ReplyRequest | undefined {
  const named = notes.filter((note) => someone.some((word) => saysWord(note.text, word)));
  const age = ageInNotes(named, someone, deps);
  return age ? { key: 'memory.fromNotePart', values: { part: age } } : undefined;
}

/** The one age the notes say of someone, by any of the words they are named by. */
function ageInNotes(notes: readonly Note[], someone: readonly string[], deps: TurnDependencies): string | undefined {
  const lexicon = memoryLexicon(deps.content);
  const ages = new Set(notes.map((note) => ageSaidOf(tokenize(note.text, lexicon.contractedIs), someone, lexicon)).filter((age): age is string => age !== undefined));
  return ages.size === 1 ? [...ages][0] : undefined;
}

/**
 * "how much was the champs entry?" of "club champs 21 June" and "entry £12, paid": a noun compound the question asks
 * by, whose words no one note says, but each some note: the note that says one of them, its head (the last) first,
 * and holds an answer of the sort asked (an amount, a date). Said of one thing in two messages, the compound's
 * words are split between them; a word the person never said is no part of what they told.
 */
function byCompoundPart(notes: readonly Note[], asking: NoteQuestion, deps: TurnDependencies, findBy: (among: readonly Note[], question: NoteQuestion) => FoundNote<Note> | undefined): FoundNote<Note> | undefined {
  const asked = asking.asked ?? [];
  const sort = asking.sort;
  if (asking.everyWord !== true || asked.length < 2 || sort === undefined || !PART_SORTS.has(sort) || !saidTogether(asked, asking.said ?? [])) return undefined;
  const lexicon = noteLexicon(deps.content);
  if (asked.some((word) => !notes.some((note) => wordsUnsaid(note.text, [word], lexicon) === 0))) return undefined;
  // "when does the college class start?" of "college class starts in october, not september": a note that says the
  // whole compound and holds a value of the sort asked is not passed over for one that says a part of it ("the class
  // has to be a thursday"); one that holds none is ("doing the ghost tour, booked for the 3rd" for its price).
  if (notes.some((note) => wordsUnsaid(note.text, asked, lexicon) === 0 && holdsAskedValue(note.text, asking, deps))) return undefined;
  for (const word of [...asked].reverse()) {
    const one = { ...asking, asked: [word], anchors: [word] };
    const found = findBy(notes, one);
    if (found && holdsSort(found, one, deps)) return found;
  }
  return undefined;
}

/**
 * "which days is violin class now?" of "started western violin at 40" and "classes with Mr Joseph, Mon and Thu 7pm":
 * a note that shares a rarer word but holds no value of the sort asked (a day, an amount, a place) gives way to the
 * best of those that share a word and hold one.
 */
function holdingSort(first: FoundNote<Note> | undefined, notes: readonly Note[], asking: NoteQuestion, deps: TurnDependencies, find: (among: readonly Note[]) => FoundNote<Note> | undefined): FoundNote<Note> | undefined {
  if (asking.sort === undefined || !PART_SORTS.has(asking.sort) || asking.reason) return undefined;
  const holds = (text: string) => holdsAskedValue(text, asking, deps);
  const holding = notes.filter((note) => holds(note.text));
  if (holding.length === 0 || holding.length === notes.length) return undefined;
  const found = find(holding);
  // Not one that leaves more of the question unsaid ("flying to lima on the 12th" for "when's my flight?" over "flight got moved").
  const unsaid = (one: FoundNote<Note>) => wordsUnsaid(one.note.text, asking.asked ?? [], noteLexicon(deps.content));
  return found && holds(found.text) && (!first || unsaid(found) <= unsaid(first)) ? found : undefined;
}

/**
 * "what's the truck called?" of "food truck in Asheville called Smoke Signals" and "my partner Jess handles the truck's
 * instagram": asked the name of a thing, no one's, a note that gives a name ("called", "named") over one that only
 * names someone beside the thing, when it leaves no more of the question unsaid.
 */
function namingThing(first: FoundNote<Note> | undefined, notes: readonly Note[], asking: NoteQuestion, deps: TurnDependencies, find: (among: readonly Note[]) => FoundNote<Note> | undefined): FoundNote<Note> | undefined {
  const words = askedValueWords(deps.content);
  const asked = asking.asked ?? [];
  if (!first || asking.sort !== 'person' || asking.who || asked.length === 0 || asked.some(isBeing) || !(asking.said ?? []).some((word) => words.nameWords.has(word))) return undefined;
  const lexicon = noteLexicon(deps.content);
  const naming = (text: string) => calledSpan(text) !== undefined || tokenize(text, lexicon.memory.contractedIs).some((token) => words.namingWords.has(token.norm));
  if (naming(first.text)) return undefined;
  const found = find(notes.filter((note) => naming(note.text)));
  const unsaid = (one: FoundNote<Note>) => wordsUnsaid(one.note.text, asked, lexicon);
  return found && naming(found.text) && unsaid(found) <= unsaid(first) ? found : undefined;
}

/** Whether the part of a note found holds an answer of the sort asked (always, when no sort that a part holds is asked). */
function holdsSort(found: FoundNote<Note> | undefined, asking: NoteQuestion, deps: TurnDependencies): boolean {
  if (!found || asking.sort === undefined || !PART_SORTS.has(asking.sort)) return true;
  return holdsAskedValue(found.text, asking, deps) || holdsAskedValue(found.note.text, asking, deps);
}

/**
 * Whether a text holds a value of the sort asked, read as the question asks it ("which days …?" of "classes are now
 * Tue and Fri 7pm because … rehearsals on Mondays": the days, of two, nearest what is asked). Not so a time of day:
 * "now" of "they only need weekdays now" would be one.
 */
function holdsAskedValue(text: string, asking: NoteQuestion, deps: TurnDependencies): boolean {
  const sort = asking.sort;
  if (sort === undefined) return true;
  const asked = asking.asked ?? [];
  const lexicon = noteLexicon(deps.content);
  const read = { findCity: deps.findCity, asked, oftenWords: lexicon.oftenWords, moneySlang: lexicon.moneySlang };
  const often = asking.measure === 'price' || asking.measure === 'often' || asking.measure === 'weight' || asking.measure === 'size' || asking.measure === 'length' ? { measure: asking.measure } : {};
  // "when does the college class start?" of "starts in october actually not september": the month, of two, nearest what is asked.
  const anchored = asking.measure === 'day' || asking.measure === 'start';
  // "took on three more, it's 10 now": asked how many, the figure said as what there is in all.
  const total = asking.measure === 'count' && answerSpan(text, sort, { ...read, measure: 'count', totalWords: lexicon.totalWords, totalMarks: lexicon.totalMarks }) !== undefined;
  return total || answerSpan(text, sort, { ...read, ...often }) !== undefined || (anchored && answerSpan(text, sort, { ...read, measure: asking.measure, anchors: asking.anchors ?? asked }) !== undefined);
}

/** Whether a question says its words side by side, as one noun compound ("the *champs entry*"). */
function saidTogether(asked: readonly string[], said: readonly string[]): boolean {
  const at = said.indexOf(asked[0]);
  return at >= 0 && asked.every((word, index) => said[at + index] === word);
}

/** Fewest words a question for a person must say for a note that says all of them but one to answer it. */
const MOST_WORDS = 3;

/** The best note that says all of a question's words but one and names someone in the part found, when the question says enough. */
function byMostWords(notes: readonly Note[], asking: NoteQuestion, deps: TurnDependencies): FoundNote<Note> | undefined {
  const asked = asking.asked ?? [];
  const lexicon = noteLexicon(deps.content);
  if (asked.length < MOST_WORDS) return undefined;
  const found = bestNote(inContext(notes, asking, deps).filter((note) => wordsUnsaid(note.text, asked, lexicon) <= 1), asked, lexicon, noteMatch(deps, asking.who === true), [], false, asking.heads);
  return found && (answerSpan(found.text, 'person', { findCity: deps.findCity, asked }) ?? subjectOf(found.note.text, asked, lexicon, deps.findCity)) !== undefined ? found : undefined;
}

/** The note that says a question's one word, when the part found names someone. */
function byFirstWord(notes: readonly Note[], asking: NoteQuestion, deps: TurnDependencies, findBy: (among: readonly Note[], question: NoteQuestion) => FoundNote<Note> | undefined): FoundNote<Note> | undefined {
  const found = findBy(notes, { ...asking, everyWord: true });
  return found && peopleIn(found.text, deps.findCity).length > 0 ? found : undefined;
}

/**
 * Whether a noun names a person or an animal ("barber", "roommate", "goat"), as WordNet files its commonest
 * sense; kept once found, as WordNet's answers are.
 */
export function isBeing(word: string): boolean {
  const known = beings.get(word);
  if (known !== undefined) return known;
  const above = [...nounKinds().sensesAbove(word, BEING_DEPTH, 1).values()].flat();
  const being = above.includes('person') || above.includes('animal');
  beings.set(word, being);
  return being;
}

/** Whether any of a noun's commoner senses is a person or an animal: what "he", "she" or "they" may stand for. */
const isLiving = isLivingNoun;

const beings = new Map<string, boolean>();
/** Steps up WordNet's nouns to find a person or an animal ("barber" → hairdresser → … → person). */
const BEING_DEPTH = 8;

/**
 * Whether what is taken up next in place of what a note found says answers: asked "now", or asked of how things
 * are ("which language am I learning?") when the note tells how they were ("I was going to learn Welsh").
 */
function switchesNow(found: FoundNote<Note>, asking: NoteQuestion): boolean {
  const words = wordLexicon();
  return asking.now === true || (asking.current === true && found.note.text.toLowerCase().split(/[^\p{L}']+/u).some((word) => words.tags(word)?.[0] === 'VBD'));
}

/**
 * "when am I flying?" of "flying on the 3rd of February" and, said later, "I'm now flying on February 5th": a later
 * note with every word of the question that says it is so now (`memorySwitchMarkers`) answers, when the question
 * asks how things are, not how they were.
 */
function changedLater(found: FoundNote<Note> | undefined, notes: readonly Note[], asking: NoteQuestion, deps: TurnDependencies): FoundNote<Note> | undefined {
  if (!found || !asking.asked) return undefined;
  const lexicon = noteLexicon(deps.content);
  const says = (text: string, marks: readonly string[][]) => {
    const words = tokenize(text, lexicon.memory.contractedIs);
    return marks.some((phrase) => words.some((_, at) => wordsAt(words, phrase, at)));
  };
  const later = notes.filter((note) => note.learnedAt > found.note.learnedAt);
  const now = asking.current === true ? later.filter((note) => says(note.text, lexicon.memory.switchMarkers)) : [];
  const context = inContext(now, asking, deps);
  const every = now.length === 0 ? undefined : answering(context, asking, deps, (candidates) => bestNote(candidates, asking.asked ?? [], lexicon, noteMatch(deps, asking.who === true), [], true, asking.heads, [], context, asking.askedBy));
  // Told in the same instant (a clock that stands still) or after: the notes kept after it.
  const at = notes.findIndex((note) => note.text === found.note.text && note.learnedAt === found.note.learnedAt);
  const after = at < 0 ? later : notes.slice(at + 1).filter((note) => note.learnedAt >= found.note.learnedAt);
  return every ?? changedSince(found, after, asking, deps, (text) => says(text, [...lexicon.memory.switchMarkers, ...lexicon.memory.changedSince])) ?? supersededNow(found, notes, asking, deps, true);
}

/**
 * "how many followers do I have?" of "… now at like 340 followers, wait checked again it is 362": the value said
 * after the one found, in words that set it right or say it changed, answers (`setRightAfter`); said in a later
 * message, only asked how things are.
 */
function setRightFound(found: FoundNote<Note>, notes: readonly Note[], asking: NoteQuestion, deps: TurnDependencies): FoundNote<Note> | undefined {
  const sort = asking.sort;
  if (sort === undefined || asking.reason) return undefined;
  const lexicon = noteLexicon(deps.content);
  // "actually moving it to the 23rd": a day of the month moved to is a day, said without "on".
  // "how long is the trip?" of "flying on july 3 for 8 weeks, ugh wait 10 weeks": the figure of the measure asked is
  // the one set right (a figure: a day or time asked is read as before, whatever the measure; a count keeps the
  // words of what it counts, "4 allotment plots", as before).
  const measure = asking.measure && asking.measure !== 'count' && sort === 'number' ? { measure: asking.measure } : {};
  const valueOf = (text: string) => answerSpan(text, sort, { findCity: deps.findCity, asked: asking.asked ?? [], ...measure }) ?? (sort === 'time' ? movedToValue(text, lexicon) : undefined);
  const later = setRightAfter(notes, found.note, valueOf, lexicon, asking.current === true, asking.asked ?? [], found.text);
  // Told back alone: the rest of the note says the value it sets right.
  return later ? { note: { ...later.note, text: later.text }, text: later.text, score: found.score } : undefined;
}

/**
 * "when is the audit now?" of "the audit moves to the 12th from next month": asked how things are, the day a note
 * moves it to answers, not the day the move starts from.
 */
function movedDay(found: FoundNote<Note>, asking: NoteQuestion, deps: TurnDependencies): FoundNote<Note> {
  const lexicon = noteLexicon(deps.content);
  if (asking.sort !== 'time' || asking.current !== true || asking.earlier === true) return found;
  const day = movedToValue(found.text, lexicon);
  return day === undefined ? found : { ...found, text: day };
}

/**
 * "what app do I invoice with nowadays?" of "invoicing was through freshbooks" and, later, "moved to wave, freshbooks
 * got expensive": asked how things are ("now", or not asked how they were), a later note that names the old thing
 * again and says it changed answers (`supersedingNote`): the newest value wins.
 */
function supersededNow(found: FoundNote<Note>, notes: readonly Note[], asking: NoteQuestion, deps: TurnDependencies, orCurrent = false): FoundNote<Note> | undefined {
  // Not asked "now", only a place ("where am I going on my trip?"): a figure, a day or a time is set right by what
  // says it changed (`changedSince`, `setRightFound`), and a thing by what the note found says of it.
  const current = orCurrent && asking.current === true && asking.sort === 'place';
  if (asking.now !== true && !current) return undefined;
  // Not asked "now", only a change of what the note found told, not of another note that says a word of the question
  // ("my roll is now 16 days" of "3rd season, 14 day roll" asked "where do i work off season?").
  const later = supersedingNote(notes, found.note, asking.asked ?? [], noteLexicon(deps.content), (word) => wordLexicon().tags(word), asking.now !== true);
  return later && later.note !== found.note ? { ...later, score: found.score } : undefined;
}

/**
 * "how heavy is bruno now?" of "he's 68kg" and, in a later message, "update: he's down to 65kg"; "where am I hiking?" of
 * "a trip to the Dolomites" and "change of plan: doing Snowdonia instead": a later message of the same thing that says a
 * change and another value of the sort asked answers (`laterValueChange`). Not asked what held before, nor why.
 */
function valueChangedLater(found: FoundNote<Note> | undefined, notes: readonly Note[], asking: NoteQuestion, deps: TurnDependencies): FoundNote<Note> | undefined {
  const sort = asking.sort;
  if (!found || sort === undefined || asking.earlier === true || asking.reason) return undefined;
  const lexicon = noteLexicon(deps.content);
  // "how heavy is bruno?" of "he's 68kg of drool and love": the figure of the measure asked.
  const measure = asking.measure && asking.measure !== 'count' && sort === 'number' ? { measure: asking.measure } : {};
  // "we're pushing for 5 instead" of "the 10 year lease": a bare figure is of the measure the old one was said in.
  const valueOf = (text: string) => {
    const said = withoutOldValue(text, lexicon);
    const bare = sort === 'number' ? answerSpan(said, sort, { findCity: deps.findCity, asked: asking.asked ?? [] }) : undefined;
    return answerSpan(said, sort, { findCity: deps.findCity, asked: asking.asked ?? [], ...measure }) ?? (bare !== undefined && /^\d+$/.test(bare) ? bare : undefined);
  };
  const namesThing = (word: string) => (wordLexicon().tags(word) ?? ['NN']).some((tag) => tag.startsWith('NN'));
  const later = laterValueChange(notes, found.note, found.text, asking.asked ?? [], lexicon, { valueOf, isPerson: isPersonNoun, namesThing, figure: sort === 'number' });
  // Told back alone ("Snowdonia" of "doing Snowdonia instead, cheaper and Priya's coming too"): the part is all it says.
  return later ? { note: { ...later.note, text: later.text }, text: later.text, score: found.score } : undefined;
}

/**
 * "when's the permanency hearing?" of "permanency hearing june 18" and, said later, "hearing got pushed to july 9":
 * a later note that says what was told changed (`memoryChangedSince`, `memorySwitchMarkers`), that says half the
 * words of the question the first note says too, and holds a day, a time or a figure as asked, answers in its place;
 * asked or not "now", as what was told last is what holds.
 */
function changedSince(found: FoundNote<Note>, later: readonly Note[], asking: NoteQuestion, deps: TurnDependencies, saysChange: (text: string) => boolean): FoundNote<Note> | undefined {
  if (asking.sort === undefined || !(PART_SORTS.has(asking.sort) || asking.sort === 'place') || asking.reason) return undefined;
  const lexicon = noteLexicon(deps.content);
  // "what was the rent before?": what held before the change is asked, and the note found tells it.
  if (asking.earlier === true) return undefined;
  const shared = (asking.asked ?? []).filter((word) => wordsUnsaid(found.note.text, [word], lexicon) === 0);
  // Half the words both say at least: "update: SU approved £600 towards the coach" is not of "coach hire to blackpool".
  // "the Fest is moved to 21 June" of "our Feuerwehrfest": a word a compound asked ends with says it, short.
  const unsaid = (note: Note) => shared.filter((word) => wordsUnsaid(note.text, [word], lexicon) > 0 && !saysCompoundTail(note.text, word, lexicon)).length;
  const half = (note: Note) => 2 * (shared.length - unsaid(note)) >= shared.length && unsaid(note) < shared.length;
  const byTail = (note: Note) => unsaid(note) < wordsUnsaid(note.text, shared, lexicon);
  // Asked "now": the thing the name ends on will do ("the sandwich is $12 now" of "pulled pork sandwich is $11").
  const head = shared.at(-1);
  const saysHead = (note: Note) => asking.now === true && head !== undefined && wordsUnsaid(note.text, [head], lexicon) === 0;
  // "next comp is Smoke on the Tyne, 14th june" then "got bumped to the 21st": said next, of no other thing, asked
  // "now" ("done 8 now" said after "she rings every evening at 8" is news of another thing).
  // "due in november" then, said next, "wait it's december 2nd": opened by a word that sets right, or said on in the
  // same message ("… in december but i dropped a class so now it's may 2026"), so too when not asked "now".
  const setsRight = (note: Note) => opensCorrection(note.text, lexicon) || note.learnedAt === found.note.learnedAt;
  const elliptical = (note: Note) => (asking.now === true || setsRight(note)) && note === later[0] && saysOfNothingElse(note.text, deps);
  // "… at my kitchen table in manchester" then "moved everything out of the kitchen into a shed": a change that names
  // what the part found says, other than what the question asks, is a change of it.
  // Only the nouns of the part that holds the value found, and not the value itself ("… every sundays" is not changed
  // by "sundays now"; "I sell every Friday" by "selling faster now").
  const oldValue = answerSpan(found.text, asking.sort, { findCity: deps.findCity, asked: asking.asked ?? [] });
  const holding = oldValue === undefined ? [] : found.text.split(/\s*(?:[,;]|\s[—–-]\s)\s*/u).filter((part) => part.toLowerCase().includes(oldValue.toLowerCase()));
  const notOld = new Set([...(asking.asked ?? []), ...(oldValue?.split(/[^\p{L}\p{N}]+/u) ?? [])].map((word) => stem(word, lexicon)));
  const oldWords = new Set(holding.flatMap((part) => contentWords(tokenize(part, lexicon.memory.contractedIs), lexicon)).filter((word) => word.length >= OLD_WORD && /^\p{L}+$/u.test(word) && (wordLexicon().tags(word)?.[0] ?? 'NN').startsWith('NN')).map((word) => stem(word, lexicon)).filter((word) => !notOld.has(word)));
  const namesOld = (note: Note) => contentWords(tokenize(note.text, lexicon.memory.contractedIs), lexicon).some((word) => oldWords.has(stem(word, lexicon)));
  // A place moved to is found only so: a place said in a later note of another thing is no change of it.
  const place = asking.sort === 'place';
  // Moved, said so ("moved everything out of the kitchen"): "now" alone is news of another thing ("Moose is 5 months now").
  const saysMoved = (note: Note) => tokenize(note.text, lexicon.memory.contractedIs).some((_, at, words) => lexicon.memory.changedSince.some((phrase) => wordsAt(words, phrase, at)));
  // "ranking update: i'm 29th now": a change said in one message over notes kept apart is read as the message.
  const message = (note: Note) => {
    const said = later.filter((one) => one.learnedAt === note.learnedAt);
    return said.length > 1 && !place ? { text: said.map((one) => one.text).join(', '), learnedAt: note.learnedAt } : note;
  };
  // "how many prints …?" of "85 prints" then "the print count went up to 92": the thing counted, said with a word of change.
  const many = asking.said?.indexOf('many') ?? -1;
  const counted = asking.measure === 'count' && many >= 0 ? asking.said?.[many + 1] : undefined;
  const saysCounted = (note: Note) => counted !== undefined && (asking.asked ?? []).includes(counted) && saysMoved(note) && wordsUnsaid(note.text, [counted], lexicon) === 0;
  // "got 9 signed up... 3 more joined so 12 actually": said on in the same message, a word that sets right need not open it.
  const amends = (note: Note) => note.learnedAt === found.note.learnedAt && elliptical(note) && amendsAnywhere(note.text, lexicon);
  const saysChanged = (note: Note) => saysChange(note.text) || ((opensCorrection(note.text, lexicon) || amends(note)) && elliptical(note));
  // "planning a farm stay in Cairns" then, said next, "oh actually switched to an orchard in Mildura": a change said
  // of nothing else right after the place found is a change of it.
  const movedOn = (note: Note) => elliptical(note) && saysChange(note.text);
  const changes = (note: Note) => saysChanged(note) && (place ? (namesOld(note) && saysMoved(note)) || movedOn(note) : half(note) || saysHead(note) || saysCounted(note) || elliptical(note) || namesOld(note));
  const changed = later.filter(changes);
  if (changed.length === 0) changed.push(...[...new Map(later.map((note) => [note.learnedAt, message(note)])).values()].filter((note) => !later.includes(note) && changes(note)));
  if (changed.length === 0) return undefined;
  const context = inContext(changed, asking, deps);
  // Said of nothing else, it shares no word with the question, and is what was said next all the same; or it names what it changes.
  const next = changed.find(elliptical) ?? changed.filter(namesOld).at(-1) ?? changed.filter(byTail).at(-1);
  const since = answering(context, asking, deps, (candidates) => bestNote(candidates, asking.asked ?? [], lexicon, noteMatch(deps, asking.who === true), [], false, asking.heads, [], context, asking.askedBy)) ?? (next ? { note: next, text: next.text, score: 0 } : undefined);
  // "… is moving to thursday 7pm from next month": a day moved to holds the time asked, however the rest reads.
  const movedTo = asking.sort === 'time' && since !== undefined && movedToPart(since.note.text, lexicon) !== undefined;
  if (!since || !(movedTo || holdsSort(since, asking, deps))) return undefined;
  // "the market moved to Thursdays": a change of when is no change of where.
  if (place && !placeSaid(since.note.text, deps)) return undefined;
  // "my hearing test is 21 Oct 10am" already set right by "my test is moved to 21 Oct same time": the first says it all.
  // ("ferry's now 8.40 not 9.15": what it was is no value it holds now.)
  // "… has been moved to the 16th, they rang this morning": asked when, the day or time moved to is the value, not
  // another time said after it.
  const movedPart = movedToPart(since.text, lexicon);
  const movedValue = asking.sort === 'time' && movedPart !== undefined ? movedToValue(since.text, lexicon) : undefined;
  const value = movedValue ?? answerSpan(movedPart ?? withoutOldValue(since.text, lexicon), asking.sort, { findCity: deps.findCity, asked: asking.asked ?? [] });
  const words = value?.split(/[^\p{L}\p{N}]+/u).filter(Boolean) ?? [];
  if (words.length > 0 && wordsUnsaid(found.note.text, words, lexicon) === 0) return undefined;
  // "had to move EFR to the 7th, they cancelled the 5th": only the part that holds the new value, not what it set aside.
  const now = value ?? (asking.sort === 'time' ? movedToValue(since.text, lexicon) : undefined);
  const parts = since.text.split(/\s*(?:;|,(?!\d))\s*/).filter((part) => now !== undefined && part.toLowerCase().includes(now.toLowerCase()));
  return parts.length === 1 && parts[0] !== since.text ? { ...since, text: parts[0] } : since;
}

/** Fewest letters of a compound's last word said alone for it ("fest" of "feuerwehrfest"), and of what comes before it. */
const COMPOUND_TAIL = 4;
const COMPOUND_HEAD = 3;

/** Whether a text says a noun a compound word ends with, said short for it ("the Fest" for "Feuerwehrfest"). */
function saysCompoundTail(text: string, compound: string, lexicon: NoteLexicon): boolean {
  const whole = compound.toLowerCase();
  return contentWords(tokenize(text, lexicon.memory.contractedIs), lexicon).some((word) => {
    const tail = word.toLowerCase();
    return /^\p{L}+$/u.test(tail) && tail.length >= COMPOUND_TAIL && whole.length >= tail.length + COMPOUND_HEAD && whole.endsWith(tail) && (wordLexicon().tags(tail)?.[0] ?? 'NN').startsWith('NN');
  });
}

/**
 * Whether a text says a place after a word that places ("in Ludlow", "into a shed", "to the new unit"): a town, a name,
 * or a thing, not a day or a time ("moved to Thursdays", "from next month").
 */
function placeSaid(text: string, deps: TurnDependencies): boolean {
  const lexicon = noteLexicon(deps.content);
  const placing = new Set(contentList(deps.content, 'memoryPlacedAfter'));
  const determiners = new Set(contentList(deps.content, 'memoryThingDeterminers'));
  const tokens = tokenize(text, lexicon.memory.contractedIs).filter((token) => !isPunctuation(token));
  // "to *the new* unit": the words said before the place.
  const before = (word: string) => determiners.has(word) || (!lexicon.timeWords.has(word) && (wordLexicon().tags(word)?.[0] ?? '').startsWith('JJ'));
  return tokens.some((token, at) => {
    if (!placing.has(token.norm)) return false;
    let next = at + 1;
    while (next < tokens.length && before(tokens[next].norm)) next++;
    const word = tokens[next];
    if (word === undefined || lexicon.timeWords.has(word.norm) || MONTH_OR_DAY.test(word.norm) || /\d/.test(word.raw)) return false;
    return /^\p{Lu}/u.test(word.raw) || deps.findCity(word.raw) !== undefined || (wordLexicon().tags(word.norm)?.[0] ?? '').startsWith('NN');
  });
}

/** Fewest letters of a word of the part found that a later change names it by ("kitchen", not "my"). */
const OLD_WORD = 4;

/**
 * Whether a note names nothing of its own it is said of: it opens with a verb ("got bumped to the 21st", "moved up
 * to A2") or with "it" ("it's been pushed to november"), so it goes on about what was said before it.
 */
function saysOfNothingElse(text: string, deps: TurnDependencies): boolean {
  const lexicon = noteLexicon(deps.content);
  const words = tokenize(text, lexicon.memory.contractedIs).filter((token) => !isPunctuation(token) && !lexicon.memory.fillers.has(token.norm));
  // "wait it's december 2nd": a word that sets right opens it; "… so now it's may 2026": "it" said after "now".
  const opener = [...lexicon.memory.latestOpeners, ...lexicon.memory.correctionOpeners].find((phrase) => wordsAt(words, phrase, 0))?.length ?? 0;
  const first = words[opener]?.norm;
  if (first === undefined) return false;
  const all = tokenize(text, lexicon.memory.contractedIs).filter((token) => !isPunctuation(token));
  const itAfter = (at: number, phrase: readonly string[]) => wordsAt(all, phrase, at) && ['it', "it's"].includes(all[at + phrase.length]?.norm ?? '');
  if (all.some((_, at) => lexicon.memory.switchMarkers.some((phrase) => itAfter(at, phrase)))) return true;
  // "we took on three more, it's 10 now": a clause of its own that opens with "it" and says it is so now.
  const clauses = clausesOf(tokenize(text, lexicon.memory.contractedIs));
  if (clauses.some((clause) => ['it', "it's"].includes(clause[0]?.norm ?? '') && clause.some((_, at) => lexicon.memory.switchMarkers.some((phrase) => wordsAt(clause, phrase, at))))) return true;
  return first === 'it' || first === "it's" || /^VB[DN]$/.test(wordLexicon().tags(first)?.[0] ?? '');
}

/** A text's tokens cut where a clause ends: at punctuation, and before "so" ("… 2 more so 16 now"). */
function clausesOf(tokens: readonly Token[]): Token[][] {
  const clauses: Token[][] = [[]];
  for (const token of tokens) {
    if (isPunctuation(token) || token.norm === 'so') clauses.push([]);
    else clauses.at(-1)?.push(token);
  }
  return clauses.filter((clause) => clause.length > 0);
}

/**
 * Whether a text says, anywhere in it, a word that sets right what was told (`memoryCorrectionOpeners` said
 * without a comma: "actually", "or rather").
 */
function amendsAnywhere(text: string, lexicon: NoteLexicon): boolean {
  const words = tokenize(text, lexicon.memory.contractedIs);
  const marks = lexicon.memory.correctionOpeners.filter((phrase) => !phrase.includes(','));
  return words.some((_, at) => marks.some((phrase) => wordsAt(words, phrase, at)));
}

/** Whether a note opens with a word that sets right what was told before (`memoryLatestOpeners`: "wait", "sorry"; `memoryCorrectionOpeners`: "actually"). */
function opensCorrection(text: string, lexicon: NoteLexicon): boolean {
  const words = tokenize(text, lexicon.memory.contractedIs).filter((token) => !lexicon.memory.fillers.has(token.norm));
  return [...lexicon.memory.latestOpeners, ...lexicon.memory.correctionOpeners].some((phrase) => wordsAt(words, phrase, 0));
}

/**
 * "what's my favourite colour now?" of "favourite colour used to be purple" and, said next in the same message,
 * "but I've totally switched to teal": what is said to be taken up in its place answers.
 */
function switchedAfter(found: FoundNote<Note>, notes: readonly Note[], deps: TurnDependencies): ReplyRequest | undefined {
  const at = notes.findIndex((note) => note.learnedAt === found.note.learnedAt && found.note.text.startsWith(note.text));
  const next = at >= 0 ? notes[at + 1] : undefined;
  if (!next || next.learnedAt !== found.note.learnedAt) return undefined;
  const lexicon = memoryLexicon(deps.content);
  const value = switchedTo(tokenize(next.text, lexicon.contractedIs), lexicon);
  if (value) return { key: 'memory.fromNotePart', values: { part: value } };
  // "update: the shift changed already" and, next, "now I'm on 2pm to 10pm": what holds now is said after the news of the change.
  const says = (text: string, marks: readonly string[][]) => {
    const words = tokenize(text, lexicon.contractedIs);
    return marks.some((phrase) => words.some((_, at) => wordsAt(words, phrase, at)));
  };
  // "I used to do the books for a florist" and, next, "now I teach piano": what is said to hold now after what was.
  // The note as kept: the one found may already be told with the next ("… the 28th, the chain broke, … mid-June now").
  const own = notes[at].text;
  const was = says(own, lexicon.changedSince) || says(own, noteLexicon(deps.content).heldBefore);
  // Not news of another thing said after it ("moved to unit 58" then "the rent is £1,350 now"): what holds now goes on
  // about the person or what changed ("now I'm on …", "it's …"), not about a thing it names first.
  const opener = tokenize(next.text, lexicon.contractedIs).find((token) => !isPunctuation(token) && !lexicon.fillers.has(token.norm))?.norm ?? '';
  // Or it says the change itself ("the chain broke, it's delayed, maybe mid-June now" after "completion was meant to be the 28th").
  const goesOn = FIRST_PERSON.has(opener) || opener === 'it' || lexicon.switchMarkers.some((phrase) => phrase[0] === opener) || says(next.text, lexicon.changedSince);
  return goesOn && was && says(next.text, lexicon.switchMarkers) && !says(own, lexicon.switchMarkers) ? toldBack(next.text) : undefined;
}

/** What a count may be asked as: how many, how much, or a figure of no measure said ("what's my follower count?"). */
const COUNT_MEASURES: ReadonlySet<AskedMeasure | undefined> = new Set(['count', 'amount', undefined]);

/**
 * "how many subscribers have we got now?" of "… on youtube, 18.4k subs" and, said later, "we hit 20k subs this
 * morning": asked a figure as it is now, the last note told later that says another figure of the noun the one found
 * counts answers, unless it is said of someone else ("my sister has 3 cats" after "2 cats").
 */
function countedLater(found: FoundNote<Note>, notes: readonly Note[], asking: NoteQuestion, people: ReadonlySet<string>, deps: TurnDependencies): FoundNote<Note> | undefined {
  // "how many sets did I sell last year?" asks how things were: the figure found answers.
  const before = asking.current !== true && asksBefore((asking.said ?? []).join(' '), noteLexicon(deps.content), (word) => wordLexicon().tags(word));
  if (asking.sort !== 'number' || before || asking.earlier === true || asking.reason || !COUNT_MEASURES.has(asking.measure)) return undefined;
  const figure = answerSpan(found.text, 'number', { findCity: deps.findCity, asked: asking.asked ?? [], ...(asking.measure ? { measure: asking.measure } : {}) });
  const countNoun = (word: string) => (wordLexicon().tags(word) ?? ['NNS'])[0] === 'NNS';
  const noun = figure === undefined ? undefined : countedNoun(found.text, figure, countNoun);
  if (figure === undefined || noun === undefined) return undefined;
  const later = notes.filter((note) => note.learnedAt > found.note.learnedAt && !(saysOfOther(note.text, people, deps) && !saysOwn(note.text)));
  const lexicon = noteLexicon(deps.content);
  const at = countSaidLater(figure, noun, later.map((note) => note.text), (a, b) => stem(a, lexicon) === stem(b, lexicon));
  return at < 0 ? undefined : { note: later[at], text: later[at].text, score: found.score };
}

/**
 * "how long have I been in radio?" of "I have been in radio for 31 years" and, said next, "Started on hospital radio in
 * Hull": asked a figure or a time the note found holds, what is taken up after it answers only when it holds one too.
 */
function switchedToAsked(found: FoundNote<Note>, notes: readonly Note[], asking: NoteQuestion, deps: TurnDependencies): ReplyRequest | undefined {
  const now = switchedAfter(found, notes, deps);
  if (!now || asking.sort === undefined || !PART_SORTS.has(asking.sort) || !holdsSort(found, asking, deps)) return now;
  const said = now.values?.part ?? now.values?.note;
  return typeof said === 'string' && holdsAskedValue(said, asking, deps) ? now : undefined;
}

/**
 * "I make the websites for one company, name is Nile Soft": the clause said next in the same message that names
 * what the note found ends on goes with it, as the name is what a question about it asks.
 */
function named(found: FoundNote<Note> | undefined, notes: readonly Note[], deps: TurnDependencies): FoundNote<Note> | undefined {
  if (!found) return found;
  const at = notes.findIndex((note) => note.text === found.note.text && note.learnedAt === found.note.learnedAt);
  const next = at >= 0 ? notes[at + 1] : undefined;
  if (!next || next.learnedAt !== found.note.learnedAt || !found.note.text.endsWith(found.text) || namingRest(next.text, noteLexicon(deps.content)) === undefined) return found;
  const note = { ...found.note, text: `${found.note.text}, ${next.text}` };
  return { ...found, note, text: `${found.text}, ${next.text}` };
}

/**
 * "bristol is home, that's where i grew up", "my parents moved to Norwich" then "I lived there until …": a part
 * that points at a place ("there", "that's where") it does not name answers with the rest of its note, or with
 * the note said just before it in the same message, when that names one.
 */
function pointedAt(found: FoundNote<Note> | undefined, notes: readonly Note[], sort: AnswerSort | undefined, deps: TurnDependencies): FoundNote<Note> | undefined {
  const lexicon = memoryLexicon(deps.content);
  const place = (text: string) => answerSpan(text, 'place', { findCity: deps.findCity, asked: [] });
  const points = (text: string) => tokenize(text, lexicon.contractedIs).some((token) => POINTING_AT_PLACE.has(token.norm));
  if (!found || sort !== 'place' || !points(found.text) || place(found.text) !== undefined) return found;
  const named = place(found.note.text);
  if (named !== undefined) return { ...found, text: named };
  const at = notes.findIndex((note) => note.text === found.note.text && note.learnedAt === found.note.learnedAt);
  const before = at > 0 ? notes[at - 1] : undefined;
  if (!before || before.learnedAt !== found.note.learnedAt || place(before.text) === undefined) return found;
  return { ...found, note: { ...found.note, text: `${before.text}, ${found.note.text}` }, text: `${before.text}, ${found.text}` };
}

/**
 * "the new intern Femi is super sharp, I think we should hire him" asked "which intern do I want us to hire?": a
 * part that points at someone ("him", "she") or is said of oneself, and names no one, answers a question for a
 * person with the one the note said just before it in the same message names, when it names one.
 */
function pointedAtSomeone(found: FoundNote<Note> | undefined, notes: readonly Note[], sort: AnswerSort | undefined, deps: TurnDependencies): FoundNote<Note> | undefined {
  const lexicon = memoryLexicon(deps.content);
  if (!found || sort !== 'person' || peopleIn(found.text, deps.findCity).length > 0) return found;
  // "my colleague Kadri and I share a classroom", kept as "my colleague Kadri" and "I share a classroom": said of oneself, it may be with them.
  if (!tokenize(found.text, lexicon.contractedIs).some((token) => POINTING_AT_SOMEONE.has(token.norm)) && !saysOwn(found.text)) return found;
  const at = notes.findIndex((note) => note.text === found.note.text && note.learnedAt === found.note.learnedAt);
  const before = at > 0 ? notes[at - 1] : undefined;
  const named = before && before.learnedAt === found.note.learnedAt ? peopleIn(before.text, deps.findCity) : [];
  return before && named.length === 1 ? { ...found, note: { ...found.note, text: `${before.text}, ${found.note.text}` }, text: `${before.text}, ${found.text}` } : found;
}

/** Words a statement points at someone with, without naming them. */
const POINTING_AT_SOMEONE = new Set(['he', 'him', 'she', 'her']);

/** Words a statement points at a place with, without naming it. */
const POINTING_AT_PLACE = new Set(['there', 'where']);

/**
 * A question read loosely ("what do I run on saturdays?"), answered from a note that says one of the words no
 * kind is asked with, before the kind: the note says what the kind cannot.
 */
export function answerFromNotesNaming(notes: readonly Note[], unknown: readonly string[], asking: NoteQuestion, deps: TurnDependencies): ReplyRequest | undefined {
  if (!asking.asked) return undefined;
  // The note that answers best, when it is one that says such a word.
  // "when does my book club meet?": only a note that says when, as for any question of its sort.
  const context = inContext(notes, asking, deps);
  const naming = pointedAt(answering(context, asking, deps, (candidates) => bestNote(candidates, asking.asked ?? [], noteLexicon(deps.content), noteMatch(deps, asking.who === true), [], asking.everyWord === true, asking.heads, [], context, asking.askedBy)), notes, asking.sort, deps);
  if (!naming || notesNaming([naming.note], unknown, noteLexicon(deps.content)).length === 0) return undefined;
  // "when are my cello lessons now?" of "… lessons at his flat, mondays 6pm" and, later, "jonny moved my lessons to
  // thursdays": what was told changed since answers, as for any question answered from a note.
  const changed = changedLater(naming, notes, asking, deps) ?? naming;
  const found = setRightFound(changed, notes, asking, deps) ?? changed;
  // "what do I play with black now?" of "I played the Caro-Kann for years but I've switched to the French": what is taken up in its place.
  const now = switchesNow(found, asking) ? switchedAfter(found, notes, deps) : undefined;
  if (now) return now;
  // "…plus their mom, a sweet black lab named Pepper": a name asked for may be said after a comma, beside the part that matched.
  const spans = (text: string) => asking.sort !== undefined && answerSpan(text, asking.sort, { findCity: deps.findCity, asked: asking.asked ?? [] }) !== undefined;
  const text = asking.sort === 'person' && !spans(found.text) && spans(found.note.text) ? found.note.text : found.text;
  return fromNote(text, asking.sort, asking.asked, deps, { heads: asking.heads, verb: asking.verb, now: asking.now, endsWith: asking.endsWith, thingIs: asking.thingIs, whole: found.note.text, current: asking.current, adverbs: asking.adverbs, anchors: asking.anchors, measure: asking.measure, role: asking.role });
}

/**
 * "what kind of dog do I have?": the one thing of that kind a note names ("basset hound"), when no value kept
 * for the question may be one (a name is no kind of dog); undefined else.
 */
export function answerFromNoteByHead(notes: readonly Note[], asking: NoteQuestion, values: readonly string[], deps: TurnDependencies): ReplyRequest | undefined {
  const lexicon = noteLexicon(deps.content);
  const heads = asking.heads ?? [];
  const match = noteMatch(deps);
  const isOfHead = (value: string) => heads.some((head) => [value, value.split(/\s+/).at(-1) ?? value].some((word) => match.kindsOf?.(word.toLowerCase()).has(head) === true || word.toLowerCase() === head));
  // A word WordNet does not know may be a kind all the same ("romcoms"); a name ("Thelonious") is none.
  const mayBeKind = (value: string) => isOfHead(value) || !/^\p{Lu}/u.test(value);
  // "what evenings do I draw?" asks which days, all of them, not the one "evenings" is said with.
  if (!asking.asked || heads.length === 0 || values.some(mayBeKind) || asking.measure === 'day') return undefined;
  const found = bestNote(inContext(notes, asking, deps), asking.asked, lexicon, match, [], false, heads);
  const part = found ? headSpan(found.note.text, heads, asking.asked, false, lexicon, match) : undefined;
  return part ? { key: 'memory.fromNotePart', values: { part } } : undefined;
}

/** How sure the intent model must be for its reply to answer a question about oneself ("what topics do I follow?"). */
const SURE_ANSWER = 0.9;

/**
 * Whether a question about the person ("what rank am I?", "which college did I go to?") would get no answer
 * from the intent model: it is not sure of it, and what it guesses never answers what the person told
 * (`memoryNotAnswering`: none, help, web search, bookings, /topics; a feeling or news). Asked about someone the person
 * named is asked about the person's own. Asked how to do something ("how do I …")
 * or why, it is left to the intent model.
 */
export function unansweredByIntent(turn: Turn, asking: NoteQuestion, deps: TurnDependencies): boolean {
  // "remind me what my betta was called?": asked to be told again, whatever the reminder intent's score.
  if (asking.asked && asksToRecall(turn.text, deps)) return true;
  // "how often does Fiona come to visit?" after "my sister Fiona …": someone told of by name is the person's, as "my" is.
  if (!asking.asked || !(asking.own === true || (asking.about?.length ?? 0) > 0)) return false;
  const recognition = turn.recognition;
  // "what's my 10k pb?" read as a sum: a figure in it that no sum is read from does not make it one.
  if (recognition && (!/\d/.test(turn.text) || intentReadsNothing(recognition.intent, turn.text, turn.now)) && contentList(deps.content, 'memoryAboutBot').includes(recognition.intent)) return true;
  // "who do I live with?" read as telling a home: what tells of oneself never answers a question about it.
  if (recognition && contentList(deps.content, 'memoryTellingIntents').includes(recognition.intent)) return true;
  return intentAnswersNothing(turn, deps);
}

/** Whether the intent model has no answer for a question: it is not sure of it and what it guesses answers nothing (`memoryNotAnswering`, a feeling). */
export function intentAnswersNothing(turn: Turn, deps: TurnDependencies): boolean {
  const recognition = turn.recognition;
  // "what time do I go to sleep?", "is anything worrying me?" read as tiredness or worry: a feeling is told, a question about one is not.
  return !recognition || (recognition.score < SURE_ANSWER && (contentList(deps.content, 'memoryNotAnswering').includes(recognition.intent) || isMoodIntent(recognition.intent)));
}

/**
 * Whether the intent model has no answer for a question asked by a word of what the person told (`toldOnly`: "how
 * much are hats?", "what's the band called?"): as `intentAnswersNothing`, or it was never taught as the question asked
 * (`untaughtQuestion`: "whose bf shouts answers" read as asking for shorter replies), or what it guesses is about the bot or a
 * sum with no figure to work on (`memoryAboutBot`), or the time or date now (`memoryNowIntents`) when the question
 * asks it of the thing told ("what time do doors open?"), not of now ("what time is it in Oslo?", "what's the time?").
 */
export function intentAnswersToldThing(turn: Turn, asked: readonly string[], deps: TurnDependencies): boolean {
  const recognition = turn.recognition;
  if (!recognition || intentAnswersNothing(turn, deps) || untaughtQuestion(recognition.intent, turn.text, deps)) return true;
  if (contentList(deps.content, 'memoryAboutBot').includes(recognition.intent) && !/\d/.test(turn.text)) return true;
  // "what's the time?" after "had a great time at the party": asked in the intent's own words, of now.
  return contentList(deps.content, 'memoryNowIntents').includes(recognition.intent) && !asksOfNow(turn.text, deps) && wordsBeyondIntent(recognition.intent, asked, deps).length > 0;
}

/**
 * Whether a question asks of the world only in the words of the intent it was read as (`memoryAskingIntents`):
 * "what's the time?" after "had a great time at the party", "what's the date" after "my date with Tom went well" ask
 * the time and the date now, not of the notes that say the word. A question about one's own ("my date") is not so.
 */
export function askedInIntentWords(turn: Turn, asking: NoteQuestion, deps: TurnDependencies): boolean {
  const intent = turn.recognition?.intent;
  if (intent === undefined || !asking.asked || asking.own === true || !contentList(deps.content, 'memoryAskingIntents').includes(intent)) return false;
  return wordsBeyondIntent(intent, asking.asked, deps).length === 0;
}

/** "what time is it in Oslo?", "what day is it": asked of "it", the time or day now. */
export function asksOfNow(text: string, deps: TurnDependencies): boolean {
  const words = tokenize(text, memoryLexicon(deps.content).contractedIs).filter((token) => !isPunctuation(token)).map((token) => token.norm);
  return words.some((word, at) => word === 'it' && (words[at - 1] === 'is' || words[at + 1] === 'is'));
}

/** Whether a message opens with words that ask to be told again what was said (`memoryRecallAsks`). */
function asksToRecall(text: string, deps: TurnDependencies): boolean {
  const words = tokenize(text, memoryLexicon(deps.content).contractedIs).filter((token) => !isPunctuation(token));
  const start = words.findIndex((token) => !memoryLexicon(deps.content).fillers.has(token.norm));
  return start >= 0 && contentList(deps.content, 'memoryRecallAsks').some((phrase) => wordsAt(words, phrase.split(' '), start));
}

/** "I don't know that yet: you haven't told me." for a question no note answers. */
export function notToldAsked(profile: UserProfile, deps: TurnDependencies): ReplyRequest {
  const name = displayName(profile);
  return { key: 'memory.unknown', values: { label: contentValue(deps.content, 'memoryAskedLabel') ?? '', ...(name ? { name } : {}) } };
}

/** How sure the intent model must be that a message is something else than telling ("ok thanks", "how are you?"). */
const SURE_OTHER = 0.5;

/**
 * Whether a message with no "I" in it ("Fish on Sundays. Pike mostly.", "120 cows", "Lisbon originally")
 * still tells of the person: the intent model is not sure it is anything but telling
 * (`memoryTellingIntents`). A message read as a greeting or a request tells nothing, from someone new or not.
 */
export function tellsOfSelf(turn: Turn, deps: TurnDependencies): boolean {
  const recognition = turn.recognition;
  // "pickup is 3:15 except Wednesdays …" read as a sum: a line of figures that asks nothing in its form asks no such thing.
  if (recognition && /\d/.test(turn.text) && contentList(deps.content, 'memoryFigureIntents').includes(recognition.intent) && !asksInForm(turn.text, deps)) return true;
  // "$28 an hour, casual" read as a tone request: a figure the intent never reads, in words mostly not its own.
  if (figureBeyondIntent(turn, deps)) return true;
  return !recognition || recognition.score < SURE_OTHER || contentList(deps.content, 'memoryTellingIntents').includes(recognition.intent);
}

/** Below this, the intent model reads nothing in a message: no request, no command ("rent a flat in Hillsborough, £640 a month"). */
const READS_NOTHING = 0.15;

/**
 * Whether the intent model reads no request in a message at all: a clause opened by a verb in its base form is then
 * what the person does, "I" left out, not an order ("cycle to the depot at Nunnery" against "play some jazz").
 */
export function readsNoRequest(turn: Turn, deps: TurnDependencies): boolean {
  // "start date April 15" read, unsure, as starting over: the intent reads none of what the message tells.
  return turn.recognition === undefined || turn.recognition.score < READS_NOTHING || figureBeyondIntent(turn, deps);
}

/** How sure the intent model must be that a message asks for something for nothing in it to be kept ("set my alarm", "got any recommendations for me?"). */
const SURE_REQUEST = 0.7;

/**
 * Whether the intent model is sure a message asks or says something else than telling of oneself: a
 * request, a command, glue, a question to the bot. A feeling or news is still told ("I passed my test!").
 */
export function asksSomethingElse(turn: Turn, deps: TurnDependencies): boolean {
  const recognition = turn.recognition;
  if (!recognition || recognition.score < SURE_REQUEST || recognition.intent === NONE_INTENT || figureBeyondIntent(turn, deps)) return false;
  // "Fiona's sister Morag is staying with us till Christmas" read as asking the days until it: a message that asks nothing in its form asks no such thing.
  // "Jack comes round on Sundays to help me" read as asking for help: put as no request, it asks none.
  const asksOnlyInForm = [...contentList(deps.content, 'memoryAskingIntents'), ...contentList(deps.content, 'memoryRequestIntents')];
  if (asksOnlyInForm.includes(recognition.intent) && !asksInForm(turn.text, deps)) return false;
  return !contentList(deps.content, 'memoryTellingIntents').includes(recognition.intent) && !isMoodIntent(recognition.intent);
}

/** What a fact question's kind allows a note to answer: words its kind is asked with, the sorts of value it holds, and whether only the person's own notes count. */
/** `category`: only a note that says a word WordNet files under it ("basketball" for sport) answers. */
/** `leanOn`: the names of all told of, when a note that goes on about the one asked after naming them counts as naming them. */
export type NoteLimits = { hints: readonly string[]; told?: readonly string[]; people?: ReadonlySet<string>; values?: ReadonlySet<string>; own?: boolean; mustSay?: readonly string[]; kinds?: readonly string[]; category?: string; leanOn?: ReadonlySet<string> };

/** A reply that says the bot does not know, unless a note answers the question; any other reply as it is. */
export function orFromNote(replies: ReplyRequest[], unknownKey: string, profile: UserProfile, deps: TurnDependencies, asking: NoteQuestion | undefined, limits: NoteLimits): ReplyRequest[] {
  // "what do I do for a living?" says no word but an idiom's (`memoryQuestionIdioms`): a note is found by the words the kind is told with.
  const questionSaid = asking?.said ?? [];
  const byIdiom = wordsSayPhrase(questionSaid, noteLexicon(deps.content).idioms);
  const asked = asking?.asked ?? (byIdiom && (limits.kinds ?? []).length > 0 ? [] : undefined);
  if (!asking || !asked || replies.length !== 1 || replies[0].key !== unknownKey) return replies;
  const { hints, told = [], people = new Set<string>(), values, own = false, mustSay = [] } = limits;
  // A kind whose value is a place, a name, a number or a date is only answered by a note that holds one; a
  // question about the person's own by a note they are in ("I", "we"), not one about a friend ("my bestie lives in Leeds").
  // A question about someone ("where does my sister live?") only by a note that names them.
  const allNotes: Note[] = learningActive(profile) ? (profile.memory.notes ?? []) : [];
  const namesAsked = (text: string) => mustSay.some((word) => saysWord(text, word));
  const leanOn = limits.leanOn;
  const leaning = leanOn ? { names: namesAsked, namesSomeone: (text: string) => namesAsked(text) || [...leanOn].some((name) => saysWord(text, name)), saysOwn, pronouns: new Set(contentList(deps.content, 'memoryNamedPronouns')) } : undefined;
  // "games friday nights" after "my son malik plays qb": a note of the message that named them goes on about them.
  const leans = (note: Note) => leaning !== undefined && leansOnNamed(allNotes, allNotes.indexOf(note), leaning);
  const names = (note: Note) => (mustSay.length === 0 || namesAsked(note.text) || leans(note)) && (limits.category === undefined || saysOfCategory(note.text, limits.category, deps));
  // The question's words and the kind's own nouns ("grandkids" for grandchildren) name what is asked about.
  const byWords = [...asked, ...kindNouns(limits.kinds ?? [], deps)];
  const holds = (note: Note) => names(note) && (!own || saysOwn(note.text) || !saysOfOther(note.text, people, deps) || opensWithAsked(note.text, byWords, deps)) && (values === undefined || [...values].some((value) => holdsValue(note.text, value, deps)));
  const kinds = limits.kinds;
  const name = displayName(profile);
  const known = new Set([...profile.memory.facts.filter((fact) => !kinds?.includes(fact.key)).map((fact) => fact.value.toLowerCase()), ...(name ? [name.toLowerCase()] : [])]);
  // "langs: mandarin, …" kept as languages names no work ("mandarin" is an occupation in WordNet).
  const base = noteMatch(deps);
  const doneAt = placesDoneAt(kinds ?? [], asked, deps);
  const match: NoteMatch = kinds ? { ...base, isOccupation: (word) => !known.has(word) && base.isOccupation(word), ...(doneAt.size > 0 ? { isPlaceOfKind: (word: string) => [...(base.kindsOf?.(word) ?? [])].some((kind) => doneAt.has(kind)) } : {}) } : base;
  const notes = allNotes.filter(holds);
  const sorts = [...(values ?? [])].map((value) => VALUE_SORTS[value]).filter((sort): sort is AnswerSort => sort !== undefined);
  // The sort the question asks for ("how many kids …?" a number), else the one its kind holds (a child's name).
  const sort = asking.sort ?? (sorts.length === 1 ? sorts[0] : undefined);
  const context = inContext(notes, asking, deps);
  const best = pointedAtSomeone(pointedAt(named(answering(context, asking, deps, (candidates) => bestNote(candidates, asked, noteLexicon(deps.content), match, hints, false, asking?.heads, told, context, asking?.askedBy)), allNotes, deps), allNotes, sort, deps), allNotes, sort, deps);
  // "when's my EFR?" of "booked that for the 5th" and, later, "had to move EFR to the 7th": a day, a time or a figure
  // told changed since answers (a place or a person is left to the kind's own notes). Asked "now", a later note that
  // names the thing found again and says it changed, or replaces it by "a new one", answers of any sort (`supersededNow`).
  const changed = best && ((sort !== undefined && PART_SORTS.has(sort) ? changedLater(best, allNotes, asking, deps) : supersededNow(best, allNotes, asking, deps)) ?? valueChangedLater(best, allNotes, { ...asking, ...(sort ? { sort } : {}) }, deps) ?? best);
  const note = changed && (setRightFound(changed, allNotes, asking, deps) ?? changed);
  const now = note && switchesNow(note, asking) ? switchedAfter(note, allNotes, deps) : undefined;
  if (now) return [now];
  if (!note) return replies;
  // "what game do I play?" from "starting Monday I'm a QA lead at Sky Betting": a note that says nothing of what is asked answers nothing.
  // A later note that took the place of the one found ("bought a new one, …") is of what that one says.
  const ofAsked = changed !== best && best ? best.note.text : note.note.text;
  if (!asking.sort && !saysAsked(ofAsked, asking.owned ?? asking.heads ?? [], [...hints, ...told], limits.kinds ?? [], deps, match)) return replies;
  // "what was my husband's name?" from "just a budgie called Paddy …": a value kept as another kind's answers nothing.
  // "where do I work?" from "Nadia, Pharmacist, Boots, Leicester": of the names it says, the one no other kind holds.
  const span = sort && kinds ? answerSpan(note.text, sort, { findCity: deps.findCity, asked }) : undefined;
  const other = sort && kinds ? answerSpan(note.text, sort, { findCity: deps.findCity, asked, known }) : undefined;
  // "Allergic: shellfish", "Cats x2: Knedlík, Pivo", "Accra office": the value said beside the noun asked by.
  const labelled = besideLabel(note.note, allNotes, [...byWords, ...told], { values, before: asking.label === true }, deps);
  if (labelled && !known.has(labelled.toLowerCase())) return [{ key: 'memory.fromNotePart', values: { part: labelled } }];
  // "where am I studying?" of "I study in Manchester" after "I live in Manchester": one place may be where two
  // kinds are, when the part found says the question's own word of it (a name stays one kind's: Pip the canary).
  if (span && !other && known.has(span.toLowerCase()) && !(sort === 'place' && saysQuestionWord(note.text, asked, deps))) return replies;
  const many = kinds?.some((kind) => deps.content.facts.get(kind)?.many === true) === true;
  // "I'm in first year, doing marine biology at Exeter" for "what am I studying?": a part that says only what another
  // kind keeps ("first year") answers with the rest of its note.
  const said = note.text !== note.note.text && [...known].some((value) => saysWord(note.text, value)) && !saysQuestionWord(note.text, asked, deps) ? note.note.text : note.text;
  const what = !sort ? beforeWhereAt(said, match, deps) : undefined;
  return [fromNote(what ?? said, sort, asked, deps, { heads: asking?.heads, verb: asking?.verb, now: asking?.now, endsWith: asking?.endsWith, thingIs: asking?.thingIs, whole: note.note.text, current: asking?.current, adverbs: asking?.adverbs, anchors: asking?.anchors, measure: asking?.measure, role: asking?.role, many, ...(kinds ? { known } : {}) })];
}

/**
 * "what do I do for work?" of "I do nails at a salon in Croydon": what is done, up to the place it is done at,
 * without where that place is ("in Croydon") or when ("in the fall"); undefined when the note names no such place.
 */
function beforeWhereAt(text: string, match: NoteMatch, deps: TurnDependencies): string | undefined {
  const words = text.split(/\s+/);
  const at = words.findIndex((word, index) => index + 1 < words.length && words[index + 1].toLowerCase() === 'in' && placeOfKindSaid(words.slice(0, index + 1).join(' '), noteLexicon(deps.content), match) && match.isPlaceOfKind?.(word.toLowerCase().replace(/[^\p{L}]+$/u, '')) === true);
  return at > 0 ? words.slice(0, at + 1).join(' ').replace(/[,;:]$/, '') : undefined;
}

/**
 * The places a question's kinds are done at (`doneAt`), and those of the kinds a word of the question labels
 * ("what am I going to *study*?" read as a plan is about study too).
 */
function placesDoneAt(kinds: readonly string[], asked: readonly string[], deps: TurnDependencies): Set<string> {
  const words = new Set(asked.map((word) => word.toLowerCase()));
  const labelled = [...deps.content.facts].filter(([, kind]) => (kind.labels ?? []).some((label) => words.has(label.toLowerCase()))).map(([name]) => name);
  return new Set([...kinds, ...labelled].flatMap((kind) => deps.content.facts.get(kind)?.doneAt ?? []));
}

/** Whether a note says a content word of the question itself, in any form ("study", "studying"). */
function saysQuestionWord(text: string, asked: readonly string[], deps: TurnDependencies): boolean {
  const lexicon = noteLexicon(deps.content);
  const wanted = new Set(asked.filter((word) => !lexicon.stopWords.has(word.toLowerCase())).map((word) => stem(word, lexicon)));
  return tokenize(text, lexicon.memory.contractedIs).some((token) => wanted.has(stem(token.norm, lexicon)));
}

/**
 * The notes a question may be answered from: those that can answer its sort ("when …?" a note that says when).
 * A note said with others in one message that cannot alone is taken with them, as the message, when it can
 * ("I walk dogs at the shelter" with "we go out every other Saturday"); for "why …?" every note is, as the reason
 * is often said beside it ("my knees are shot" with "so I swim instead").
 */
function inContext(notes: readonly Note[], asking: NoteQuestion | undefined, deps: TurnDependencies): Note[] {
  const messages = new Map<string, Note[]>();
  for (const note of notes) messages.set(note.learnedAt, [...(messages.get(note.learnedAt) ?? []), note]);
  const seen = new Set<string>();
  const candidates: Note[] = [];
  for (const note of notes) {
    const said = messages.get(note.learnedAt) ?? [note];
    const message = said.length > 1 ? { text: said.map((one) => one.text).join(', '), learnedAt: note.learnedAt } : note;
    // "what day do my supplies arrive?" of "supplies come every 4 weeks" said with "delivery on Thursdays": the message, which says the day,
    // when the note says when in other words (not "my team lead is Odile" said beside "Bram moves in October").
    const dayBeside = asking?.measure === 'day' && daysSaid(note.text).length === 0 && daysSaid(message.text).length > 0 && saysWhen(note.text, noteLexicon(deps.content));
    const candidate = asking?.reason ? message : sorted(note.text, asking?.sort, deps, asking?.measure) && !dayBeside ? note : sorted(message.text, asking?.sort, deps, asking?.measure) ? message : undefined;
    if (!candidate || seen.has(candidate.text)) continue;
    seen.add(candidate.text);
    candidates.push(candidate);
  }
  // "what time is my appointment?" after "it's now the 10th, same time": a note that says the time of day, when one does.
  const clocked = asking?.sort === 'time' && asking.measure === 'clock' ? candidates.filter((candidate) => saysClock(candidate.text)) : [];
  // "what time does transport pick Harold up?" of "… Friday mornings" and "they collect him at 7:15": one that says the hour, when one does.
  const houred = clocked.filter((candidate) => saysHour(candidate.text));
  return houred.length > 0 ? houred : clocked.length > 0 ? clocked : candidates;
}

/** How many notes that hold no answer of the sort asked are passed over for one that does. */
const PASSED_OVER = 3;

/**
 * The best note whose part found holds an answer of the sort asked, when one answers about as well ("how many
 * records do I have?": "I have around 900 records", not "favourite record is Kind of Blue"; "what's my
 * curling team called?": "my team is called Rock Bottom", not "I play in a curling league in Duluth"); else
 * the best note.
 */
/** The sorts of answer a part of a note beside the one found may hold (`answering`). */
const PART_SORTS: ReadonlySet<AnswerSort> = new Set(['number', 'time']);

function answering(candidates: readonly Note[], asking: NoteQuestion, deps: TurnDependencies, best: (among: readonly Note[]) => FoundNote<Note> | undefined): FoundNote<Note> | undefined {
  const found = best(candidates);
  // "what did I do before the trams?": what the person said came before the thing the note found names.
  const first = found && asking.earlier === true ? (earlierSaid(found, candidates, noteLexicon(deps.content)) ?? found) : found;
  const sort = asking.sort;
  if (!first) return asking.measure === 'count' ? countingNote(candidates, asking, deps, best) : undefined;
  if (!sort) return first;
  // "how much did the op cost?": a note whose figures are all ages or counts holds no price, so the next may.
  const often = asking.measure === 'often' ? { measure: asking.measure, oftenWords: noteLexicon(deps.content).oftenWords } : asking.measure === 'price' || asking.measure === 'count' || asking.measure === 'weight' || asking.measure === 'length' ? { measure: asking.measure, moneySlang: noteLexicon(deps.content).moneySlang } : {};
  // "what day do my supplies arrive?": not the part that says how often ("every 4 weeks") when the note says the day.
  const holdsDay = (found: FoundNote<Note>) => asking.measure !== 'day' || daysSaid(found.text).length > 0 || daysSaid(found.note.text).length === 0;
  const holds = (found: FoundNote<Note>) => holdsDay(found) && answerSpan(found.text, sort, { findCity: deps.findCity, asked: asking.asked ?? [], cameFrom: asking.endsWith === 'from', ...often }) !== undefined;
  // An amount or a time may be in another part of the same note than its words ("I collect old coins, got 58 …");
  // a name is not told apart that way, as any capital word may be one.
  const inPart = (found: FoundNote<Note>) => {
    const part = found.text === found.note.text || !PART_SORTS.has(sort) ? undefined : partHolding(found.note.text, found.text, asking.asked ?? [], noteLexicon(deps.content), (text) => holds({ ...found, text }), (word) => wordLexicon().tags(word));
    return part ? { ...found, text: part } : undefined;
  };
  // "how many lads are going?": a note that says a number of lads over one that only says a number.
  const counted = asking.measure === 'count' ? (passedOver(candidates, first, best, (found) => countsAsked(found.text, asking.asked ?? [])) ?? countingNote(candidates, asking, deps, best)) : undefined;
  if (counted) return counted;
  // "which nights am I on call?": a note that names days ("tues and fri nights") over one that only says a night ("the same night").
  const dayed = asking.measure === 'day' ? passedOver(candidates, first, best, (found) => daysSaid(found.text).length > 0) : undefined;
  if (dayed) return dayed;
  let left = candidates;
  for (let found: FoundNote<Note> | undefined = first, tries = 0; found && found.score * 2 >= first.score && tries <= PASSED_OVER; tries++) {
    if (holds(found)) return found;
    const part = inPart(found);
    if (part) return part;
    const passed = found.note;
    // "where does my board game group meet?" of "I'm in a board game group, we meet at Tabletop Haven": what the
    // message the note was said in goes on to say holds the answer before any note said at another time.
    const beside = candidates.filter((note) => note !== passed && note.learnedAt === passed.learnedAt && !note.text.includes(passed.text));
    const besideFound = beside.length > 0 ? best(beside) : undefined;
    if (besideFound && holds(besideFound)) return besideFound;
    left = left.filter((note) => note !== passed);
    found = best(left);
  }
  return first;
}

/**
 * "how many porters are on our team?" of "we have 42 porters on the books", though "I'm the union rep for the
 * portering team" says more of the question: a count is answered by the note that counts the noun asked, or a kind
 * of it WordNet files under it ("how many people do I manage?" of "12 porters report to me"), however few other
 * words of the question it says; with none said, only when one note alone counts it.
 */
function countingNote(candidates: readonly Note[], asking: NoteQuestion, deps: TurnDependencies, best: (among: readonly Note[]) => FoundNote<Note> | undefined): FoundNote<Note> | undefined {
  const noun = nounCountAsked(asking.asked ?? []);
  if (noun === undefined) return undefined;
  const kind = kindCounted(noun, deps);
  // A unit of measure is no thing counted: "2 years" is not "how many times …?", though WordNet files a year under time.
  // "how many people do I employ?" of "3 staff", "how many children …?" of "28 kids": a noun the counted kinds name the same.
  const ofKind = (word: string) => {
    if (kindCounted(word, deps) === kind) return true;
    const kinds = nounKinds().kindsOf(singular(word));
    return kinds.has(kind) && !kinds.has(MEASURE_KIND);
  };
  const counting = candidates.filter((note) => countsAsked(note.text, [noun], ofKind));
  if (counting.length === 0) return undefined;
  const found = best(counting);
  if (found) return countsAsked(found.text, [noun], ofKind) ? found : { ...found, text: found.note.text };
  return counting.length === 1 ? { note: counting[0], text: counting[0].text, score: 1 } : undefined;
}

/** What WordNet files the units a figure measures by under ("years", "days", "minutes"). */
const MEASURE_KIND = 'measure';

/** The noun a count asks for: the first of its words said as a plural noun ("how many *porters* are on our team?"). */
function nounCountAsked(asked: readonly string[]): string | undefined {
  return asked.find((word) => wordLexicon().tags(word.toLowerCase())?.[0] === 'NNS');
}

/** What WordNet files the things counted under: the noun's own singular, or one the content gives ("people" → person, `memoryCountedKinds`). */
function kindCounted(noun: string, deps: TurnDependencies): string {
  const lower = noun.toLowerCase();
  const given = contentList(deps.content, 'memoryCountedKinds').map((line) => line.split('=>').map((part) => part.trim().toLowerCase())).find(([plural]) => plural === lower);
  return given?.[1] ?? singular(lower);
}

/** The first of the best notes, each found once the ones before are passed over, that `fits`, while it scores at least half the best. */
function passedOver(candidates: readonly Note[], first: FoundNote<Note>, best: (among: readonly Note[]) => FoundNote<Note> | undefined, fits: (found: FoundNote<Note>) => boolean): FoundNote<Note> | undefined {
  let left = candidates;
  for (let found: FoundNote<Note> | undefined = first, tries = 0; found && found.score * 2 >= first.score && tries <= PASSED_OVER; tries++) {
    if (fits(found)) return found;
    const passed = found.note;
    left = left.filter((note) => note !== passed);
    found = best(left);
  }
  return undefined;
}

/** "what do I take tablets for?": the preposition a question ends with, whose object it asks for. */
function questionPreposition(text: string): string | undefined {
  const last = text.toLowerCase().replace(/[?!.\s]+$/, '').split(/\s+/).at(-1);
  return last !== undefined && ASKED_PREPOSITIONS.has(last) ? last : undefined;
}

/** "what kind of …", "which breed of …": a question for a kind of its head noun. */
const ASKS_KIND = /\b(what|which)\s+(kind|kinds|sort|sorts|type|types|breed|breeds|variety|species)\s+(of|is|are|was|were)\b/i;

const ASKED_PREPOSITIONS = new Set(['for', 'with', 'to', 'about', 'from', 'at', 'on', 'in']);

/** Whether a note can answer the sort a question asks for: "where does my sister live?" only from one that names a place. */
function sorted(text: string, sort: AnswerSort | undefined, deps: TurnDependencies, measure?: AskedMeasure): boolean {
  // "how often …?": a note that says how often, in words a date reader may not know ("fortnightly").
  if (sort === 'time' && measure === 'often') return oftenSaid(text, noteLexicon(deps.content).oftenWords).length > 0;
  // A person's name is not told apart from a word that opens the note ("Celtic supporter since I was a wean").
  if (sort === 'place') return holdsValue(text, 'place', deps) || PLACE_WORDS.test(text);
  if (sort === 'time') return saysWhen(text, noteLexicon(deps.content));
  // "how heavy is Bramble?" of "… Bramble, a eurasian eagle owl" said with "(massive, 3.2kg …)": a weight, said in a unit of one.
  if (sort === 'number' && measure === 'weight') return weightsSaid(text).length > 0;
  // "how thick is the top?": a size, said in a unit of one.
  if (sort === 'number' && measure === 'size') return sizesInUnits(text, noteLexicon(deps.content).sizeUnits).length > 0;
  return sort === undefined || sort === 'person' || holdsValue(text, SORT_VALUES[sort], deps);
}

/** Words that say where ("on the allotment", "from my gran's orchard"). */
const PLACE_WORDS = /\b(in|at|on|near|behind|from|outside|around|by|under|over)\b/i;

const SORT_VALUES: Record<AnswerSort, string> = { place: 'place', person: 'name', number: 'number', time: 'date' };

/** Whether a note is said of the person themselves: "I" or "we", not only "my" before someone else. */
/**
 * Whether a note without "I" or "we" is said of someone else: it opens with "he", "she", "they" or "his", or with
 * a person, "my" or not ("my sister's in Leeds", "my boss Tom …", "Partner: Amy, vet"): its subject is another. A note with neither ("Lisbon originally", "oat milk
 * everything") is the person's own, as people leave themselves out.
 */
function saysOfOther(text: string, people: ReadonlySet<string>, deps: TurnDependencies): boolean {
  const words = text.toLowerCase().split(/[^\p{L}'’]+/u).filter(Boolean);
  if (OTHER_SUBJECTS.has(words[0] ?? '')) return true;
  // "Tom's a plumber in Hull", after "my brother Tom": about Tom.
  if (people.has((words[0] ?? '').replace(/['’]s$/, ''))) return true;
  const lexicon = memoryLexicon(deps.content);
  // "Partner: Amy, vet" opens on her as "my partner …" does.
  return (words[0] === 'my' || words[0] === 'our') ? personNoun(words.slice(1), lexicon) : personNoun(words, lexicon);
}

const OTHER_SUBJECTS = new Set(['he', "he's", 'hes', 'she', "she's", 'shes', 'they', "they're", 'his', 'her', 'their']);

/** Whether words open with a noun of a person: a kind that holds people ("sister", "husband") or another person ("boss"). */
function personNoun(words: readonly string[], lexicon: ReturnType<typeof memoryLexicon>): boolean {
  const first = (words[0] ?? '').replace(/['’]s$/, '');
  // "big news: …" opens with no one: a noun of many words ("big bro") is one only when all of them are said.
  const saysAll = (nounWords: readonly string[]) => nounWords.every((word, index) => index === 0 || words[index] === word);
  if (lexicon.nouns.get(first)?.some((entry) => lexicon.people.has(entry.kind) && saysAll(entry.noun.words))) return true;
  return (lexicon.otherPeople.get(first) ?? []).some((phrase) => phrase.every((word, index) => (index === 0 ? first : words[index]) === word));
}

function saysOwn(text: string): boolean {
  return /(?<![\p{L}\p{N}\p{M}])(i|i['’]m|i['’]ve|im|ive|me|we|we['’]re|us|myself)(?![\p{L}\p{N}\p{M}])/iu.test(text.replace(/\bUS\b/g, ''));
}

const MONTHS = new RegExp(`\\b${MONTH_OR_DAY_WORDS}\\b`, 'i');
/** Numbers said in words ("four hives"). */
const NUMBER_WORDS = /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|twenty|thirty|forty|fifty|hundred)\b/i;

/** Whether a note holds a value of a kind's type: a place or a name (a capitalised word or a known city), a number, a date. */
function holdsValue(text: string, value: string, deps: TurnDependencies): boolean {
  const words = text.split(/[\s,;.!?:]+/).filter(Boolean);
  const capitalised = words.slice(1).some((word) => /^\p{Lu}/u.test(word) && !/^I('|’|$)/.test(word));
  switch (value) {
    case 'place':
      // All in lower case ("we live in between in yongin"), a word the lexicon does not know after a word that says where may be the place.
      return capitalised || words.some((word) => deps.findCity(word) !== undefined) || (text === text.toLowerCase() && words.some((word, at) => at > 0 && PLACE_WORDS.test(words[at - 1]) && /^\p{L}+$/u.test(word) && wordLexicon().tags(word) === undefined));
    case 'name':
      // All in lower case ("chivas fan obvi"), capitals mark nothing: a word the lexicon does not know may be the name.
      return capitalised || (text === text.toLowerCase() && words.some((word) => /^\p{L}+$/u.test(word) && wordLexicon().tags(word) === undefined));
    case 'number':
      // "a tenner": money said by a word alone.
      return saysAmount(text) || NUMBER_WORDS.test(text) || words.some((word) => noteLexicon(deps.content).moneySlang.alone.has(word.toLowerCase()));
    case 'date':
      return /\d/.test(text) || MONTHS.test(text);
    default:
      return true;
  }
}

/**
 * "Allergic: shellfish", "Husband Pete, twins (Rosie & Finn, 2)": the value said beside a word the question asks by
 * or its kind is said with, in the note found, else in all that was said with it in one message (kept as notes side by side).
 */
function besideLabel(note: Note, notes: readonly Note[], words: readonly string[], asked: { values?: ReadonlySet<string>; before: boolean }, deps: TurnDependencies): string | undefined {
  const lexicon = noteLexicon(deps.content);
  const wanted = new Set(words.map((word) => stem(word, lexicon)));
  const context = { asks: (word: string) => wanted.has(stem(word, lexicon)), names: asked.values?.has('name') === true, isCommonWord: (word: string) => wordLexicon().tags(word) !== undefined, before: asked.before };
  const message = notes.filter((one) => one.learnedAt === note.learnedAt).map((one) => one.text);
  return labelSpan(note.text, context) ?? (message.length > 1 ? labelSpan(message.join(', '), context) : undefined);
}

/**
 * "Our grandchildren live in Stockholm …", "Husband Pete, twins …": a note that opens with someone else still tells
 * of the person's own when the part that names what is asked about opens with it ("our grandchildren", "twins").
 */
function opensWithAsked(text: string, asked: readonly string[], deps: TurnDependencies): boolean {
  const lexicon = noteLexicon(deps.content);
  const wanted = new Set(asked.map((word) => stem(word, lexicon)));
  return text.split(/\s*[,;]\s*/).some((part) => {
    const words = part.toLowerCase().split(/[^\p{L}'’]+/u).filter(Boolean);
    const first = ['my', 'our'].includes(words[0] ?? '') ? words[1] : words[0];
    return first !== undefined && !/['’]s$/u.test(first) && wanted.has(stem(first, lexicon));
  });
}

/** The nouns a kind is told with ("kids", "grandkids", "cats"), one word each. */
export function kindNouns(kinds: readonly string[], deps: TurnDependencies): string[] {
  const lexicon = memoryLexicon(deps.content);
  return kinds.flatMap((kind) => (lexicon.kinds.get(kind)?.nouns ?? []).map((noun) => noun.detail)).filter((noun) => !/\s/.test(noun));
}

/** The sort of answer a kind's value is. */
const VALUE_SORTS: Record<string, AnswerSort | undefined> = { place: 'place', name: 'person', number: 'number', date: 'time' };

/** A note told back: "You told me you …" when it says who, "You said: …" when it was said without ("hosting game night on fridays"). */
/** How a note answers: the question's heads and closing preposition, the whole note a part is of, values that answer something else, whether it asks how things are now. */
/** `people`: the first names, lower case, of those the person told of. */
export type NoteAnswerOptions = { thingIs?: string; people?: ReadonlySet<string>; asksWho?: boolean; asksWhose?: boolean; asksWhich?: boolean; heads?: readonly string[]; verb?: string; now?: boolean; endsWith?: string; whole?: string; known?: ReadonlySet<string>; current?: boolean; many?: boolean; adverbs?: readonly string[]; anchors?: readonly string[]; measure?: AskedMeasure; role?: AskedRole; said?: readonly string[] };

export function fromNote(saidWhole: string, sort: AnswerSort | undefined, asked: readonly string[], deps: TurnDependencies, options: NoteAnswerOptions = {}): ReplyRequest {
  const { asksWho = false, asksWhich = false, heads = [], verb, now = false, endsWith, known, current = false, many = false, adverbs = [], anchors, measure } = options;
  // "the dresses are lilac now not peach" asked how things are: what held before is no answer ("… not peach", "… instead of …").
  const lexiconOfNotes = noteLexicon(deps.content);
  const said = current ? withoutOldValue(saidWhole, lexiconOfNotes) : saidWhole;
  const whole = options.whole === undefined || options.whole === saidWhole ? said : current ? withoutOldValue(options.whole, lexiconOfNotes) : options.whole;
  // "what visa do I have now?" from "had a D-2 student visa, now E-7 for work": only what holds now; asked so,
  // said anywhere in the note ("I brew my own beer, currently a smoked porter").
  const currently = (part: string) => (current ? currentPart(part, noteLexicon(deps.content)) : undefined);
  // "where do I usually live?": the part that says "normally", wherever it is in the note.
  const byAdverb = adverbPart(whole, adverbs, noteLexicon(deps.content), (word) => wordLexicon().adverbSenses(word));
  // "what's my rent now?" of "the rent was 950, after the renewal it went up to 1,020": the figure it went to.
  // "who's our gardener?" of "we dropped our gardener Rob, the new one is Kai": the part that names who holds it now.
  const someoneNow = (part: string | undefined) => (part !== undefined && peopleIn(part, deps.findCity).length > 0 ? part : undefined);
  // "when's practice?" of "thursday practice is moving to sunday 4pm": the day it moved to, not the one it moved from.
  const moved = sort === 'time' ? movedToPart(said, lexiconOfNotes) : undefined;
  const text = byAdverb ?? moved ?? currently(said) ?? (now && whole !== said ? currently(whole) : undefined) ?? (sort === 'person' && current && whole !== said ? someoneNow(currently(whole)) : undefined) ?? (now ? changedToPart(said, noteLexicon(deps.content)) : undefined) ?? said;
  // "who's Kez?" of "my flatmate Kez has a tarantula called Doris": who they are to the person, not another name said.
  const namedOnly = sort === 'person' && asksWho && asked.length > 0 && asked.every((word) => typedAsName(whole, word) || (options.people?.has(word) ?? false));
  const role = namedOnly && asked.length === 1 ? (roleOfNamed(text, asked[0], lexiconOfNotes.memory.contractedIs) ?? (whole !== text ? roleOfNamed(whole, asked[0], lexiconOfNotes.memory.contractedIs) : undefined)) : undefined;
  if (role) return { key: 'memory.fromNotePart', values: { part: secondPerson(role) } };
  // "whose wedding are we singing at?" of "… at my cousin Tanisha's wedding on 9th August": the one whose it is.
  const owner = options.asksWhose === true ? (possessorSaid(text, anchors ?? asked, lexiconOfNotes.memory.contractedIs, sameRoot) ?? (whole !== text ? possessorSaid(whole, anchors ?? asked, lexiconOfNotes.memory.contractedIs, sameRoot) : undefined)) : undefined;
  if (owner) return { key: 'memory.fromNotePart', values: { part: secondPerson(owner) } };
  // "what did he build it out of?", "who's the chest for?": the part that fills the role asked, not all the note says.
  // "what does jade do?": whom it is asked of is among the question's words, not its anchors.
  const roleWords = options.role === 'work' ? asked : (anchors ?? asked);
  const filled = options.role ? (roleSpan(text, options.role, lexiconOfNotes, roleWords) ?? (whole !== text ? roleSpan(whole, options.role, lexiconOfNotes, roleWords) : undefined)) : undefined;
  if (filled) return options.role === 'deed' || options.role === 'work' ? toldBack(filled) : { key: 'memory.fromNotePart', values: { part: filled } };
  // "which city is my restaurant in?": the one place the note names, not all it says; "when …?" the time said
  // anywhere in it, as a part may say what is done and the next when ("…, we go out every other Saturday").
  // Of several, the one nearest what is asked, but not beyond the part that says what holds now, nor when asked
  // "now" of a note that may say what it was before ("swim used to be Tuesday 6pm, moved to Thursday 6pm").
  // "who was our midwife?" of "our midwife was Priya, she came with a student called Tom": the one the note says the
  // noun asked is, over another name it gives beside.
  const namedAsAsked = sort === 'person' && asksWho && anchors !== undefined && options.thingIs !== undefined ? saidToBeIn(text, whole, anchors, options.thingIs, deps, (said) => peopleIn(whole, deps.findCity).some((name) => saysWord(said, name))) : undefined;
  if (namedAsAsked) return { key: 'memory.fromNotePart', values: { part: secondPerson(namedAsAsked) } };
  const near = (part: string) => anchors !== undefined && !now && (part === text || text === whole);
  const span = (part: string) => (sort ? answerSpan(part, sort, { findCity: deps.findCity, titles: memoryLexicon(deps.content).nameTitles, placeLinks: noteLexicon(deps.content).placeLinks, ...(asksWho ? { who: true } : {}), asked, current, cameFrom: endsWith === 'from', many, sameVerb: (a: string, b: string) => a.length > 0 && b.length > 0 && stem(a, lexiconOfNotes) === stem(b, lexiconOfNotes), ...(known ? { known } : {}), ...(near(part) ? { anchors } : {}), ...(measure ? { measure, oftenWords: noteLexicon(deps.content).oftenWords, moneySlang: noteLexicon(deps.content).moneySlang, sizeWords: sizeWordsOf(lexiconOfNotes), sizeUnits: lexiconOfNotes.sizeUnits, totalWords: lexiconOfNotes.totalWords, totalMarks: lexiconOfNotes.totalMarks } : {}), shareWords: lexiconOfNotes.shareWords, ownNumbers: numbersSaid(options.said ?? []) }) : undefined);
  // "our grandchildren live in Stockholm, Elsa is 8 and Vilmer is 5": the names of many may be in the part after;
  // "Peggy's got one anyway, a fat thing named Duchess": so may the one name asked for, when the part names no one.
  // "who's the nurse?" of "Oona is a nurse and Ona is a sound engineer": the one the asked words are said of, first.
  // "who's my partner for El Cap?" of "… El Cap with my partner Rafa": the name the noun asked introduces, before any other said.
  const introduced = sort === 'person' && asksWho ? answerSpan(text, sort, { findCity: deps.findCity, who: true, asked, introducedOnly: true }) : undefined;
  const subject = sort === 'person' ? (introduced ?? subjectOf(text, asked, noteLexicon(deps.content), deps.findCity)) : undefined;
  // "how much data …?" of a part that says only how long it was paid for ("paid 12 months upfront"): the amount said in the whole note.
  const amount = sort === 'number' && whole !== text ? amountAsked(whole, { findCity: deps.findCity, asked, ...(known ? { known } : {}), ...(anchors ? { anchors } : {}), ...(measure ? { measure, moneySlang: lexiconOfNotes.moneySlang } : {}) }) : undefined;
  // "how many hives now?" of the part "one hive swarmed in June" of "…, so that is 6 now": what there is in all, said elsewhere in the note.
  const total = sort === 'number' && measure === 'count' && whole !== text ? totalCounted(whole, lexiconOfNotes.totalWords, lexiconOfNotes.totalMarks) : undefined;
  const part = subject ?? total ?? (amount !== undefined && amountAsked(text, { findCity: deps.findCity, asked, ...(measure ? { measure, moneySlang: lexiconOfNotes.moneySlang } : {}) }) === undefined ? amount : undefined) ?? span(text) ?? ((sort === 'time' || (sort === 'place' && measure === 'start') || (sort === 'person' && peopleIn(text, deps.findCity).length === 0) || many || measure === 'code') && whole !== text ? span(whole) : undefined) ?? (sort === 'person' ? subjectOf(whole, asked, noteLexicon(deps.content), deps.findCity) : undefined);
  // "who plays grunt?" of "my partner femi plays a half-orc bard …", typed in lower case: the one person told of the note names.
  // Not "who is Noor?": asked by names alone (who someone is), what was said of them answers.
  const people = options.people ?? new Set<string>();
  const answer = part ?? (sort === 'person' && asked.some((word) => !people.has(word) && calledSpan(text)?.toLowerCase() !== word && !typedAsName(text, word)) ? onlyPersonToldOf(text, asked, people) : undefined);
  if (answer) return { key: 'memory.fromNotePart', values: { part: answer } };
  // "what was my time in the 50 fly?" of "SILVER in 50 fly, 36.2": the time it was done in, not the event's figures.
  // "what's my marathon pb?" asked a figure ("pb" is one of `memoryFigureNouns`) of a note whose figure is a time typed as a clock.
  const asksDoneIn = (sort === undefined || sort === 'number') && measure === undefined && heads.some((head) => lexiconOfNotes.doneInHeads.has(head.toLowerCase()));
  const doneIn = asksDoneIn ? (timeDoneIn(text, anchors ?? asked, sameRoot) ?? (whole !== text ? timeDoneIn(whole, anchors ?? asked, sameRoot) : undefined)) : undefined;
  if (doneIn) return { key: 'memory.fromNotePart', values: { part: doneIn } };
  // "what was my total time?" of "swim 34:12, …, run 1:55, total 5:21": the figure the question's word names, not all the figures.
  // Not asked "now": what it went to is said after what it was, in the same words ("rent was 950 … went up to 1,020").
  const figured = (sort === undefined || sort === 'number') && !now && !current ? (figurePart(text, anchors ?? asked, sameRoot, noteLexicon(deps.content).figureWords) ?? (whole !== text ? figurePart(whole, anchors ?? asked, sameRoot, noteLexicon(deps.content).figureWords) : undefined)) : undefined;
  if (figured) return { key: 'memory.fromNotePart', values: { part: figured } };
  // "what lab do I send my film to?" of "… to a lab in spain called carmencita": the name the thing asked for is given.
  const calledAs = (said: string) => nameCalledAfter(said, heads, askedValueWords(deps.content).namingWords, (word) => wordLexicon().tags(word), sameRoot);
  const called = sort ? undefined : (calledAs(text) ?? (whole !== text ? calledAs(whole) : undefined));
  if (called) return { key: 'memory.fromNotePart', values: { part: called } };
  // "what's my iNaturalist username?" of "… 340 observations, username fungimaya": the handle said right after the head.
  const lexicon = noteLexicon(deps.content);
  const coded = sort ? undefined : (codeAfterHead(text, heads, askedValueWords(deps.content).codeHeads, lexicon, (word) => wordLexicon().tags(word)) ?? (whole !== text ? codeAfterHead(whole, heads, askedValueWords(deps.content).codeHeads, lexicon, (word) => wordLexicon().tags(word)) : undefined));
  if (coded) return { key: 'memory.fromNotePart', values: { part: coded } };
  // "what do I knit?": what is knitted, not for whom or when ("you knit sweaters").
  // "what does Karthik want to start?": what the note says someone else does by the question's verb.
  const done = sort ? undefined : (doneSpan(text, heads, lexicon, endsWith) ?? (options.said ? othersDoneSpan(text, options.said, lexicon, (word) => wordLexicon().tags(word)) : undefined));
  // "what visa am I on?": the visa named, not all the note says beside it.
  const headOf = (said: string) => headSpan(said, heads, asked, asksWork(asked, heads, lexicon), lexicon, noteMatch(deps), !current);
  // The whole note first: what is so now may be said in a part after the one found ("…, now a work permit").
  const named = sort || done ? undefined : ((whole !== text ? headOf(whole) : undefined) ?? headOf(text));
  // "which wetsuit did I buy?" of "new wetsuit, orca athlex flow": the make or model said after what says only the thing.
  const tags = (word: string) => wordLexicon().tags(word);
  const givenAfter = named ? (nameGivenAfter(whole, named, heads, tags, sameRoot) ?? nameGivenAfter(text, named, heads, tags, sameRoot)) : undefined;
  if (givenAfter) return { key: 'memory.fromNotePart', values: { part: givenAfter } };
  // "which shoes did I get?" of "new shoes inov-8 x-talon": "new shoes", "3 shoes" say only how many or what like, not
  // which; the note told whole says more than such a part.
  if (named && !onlyDescribes(named, heads)) return { key: 'memory.fromNotePart', values: { part: named } };
  // "which Sky package am I on?" of "… switched to Sky Ultimate TV": the name the question's word opens or is in
  // ("what pattern is the rug?" asks no name of "Oslo Rug Gallery").
  const branded = sort || done || !asksWhich ? undefined : nameHolding(whole, asked);
  if (branded) return { key: 'memory.fromNotePart', values: { part: branded } };
  // "what label is my Love and Death on?" of "… 'Love and Death' on Essiebons in Accra": the name after the preposition asked.
  // "which uni is Sipho at?" of "my little brother Sipho is doing BDS at Wits": a note that never says the noun asked may
  // still name it after the question's preposition, whatever comes before.
  const headUnsaid = heads.length > 0 && !heads.some((head) => saysWord(whole, head));
  // "which company does my brother work for?" of "… engineer at BMW": where one works or belongs, after any word that says so.
  const links = endsWith !== undefined && lexicon.belongingLinks.has(endsWith) ? [endsWith, ...[...lexicon.belongingLinks].filter((link) => link !== endsWith)] : endsWith !== undefined ? [endsWith] : [];
  const afterAnyLink = () => links.reduce<string | undefined>((named, link) => named ?? namedAfterPreposition(whole, undefined, link, lexicon.memory.contractedIs, sameRoot), undefined);
  const afterPreposition = sort || done || !endsWith ? undefined : (namedAfterPreposition(whole, asked.filter((word) => !heads.includes(word)), endsWith, lexicon.memory.contractedIs, sameRoot) ?? (headUnsaid ? afterAnyLink() : undefined));
  if (afterPreposition) return { key: 'memory.fromNotePart', values: { part: afterPreposition } };
  // "which radio is my main rig?" of "main rig is a yaesu ft-991a, got it used …": what the note says the thing asked is.
  const toBe = (sort === undefined || sort === 'place') && !done && !now && anchors !== undefined && options.thingIs !== undefined ? saidToBeIn(text, whole, anchors, options.thingIs, deps, (said) => sort !== 'place' || !saysWhen(said, lexiconOfNotes)) : undefined;
  if (toBe) return { key: 'memory.fromNotePart', values: { part: toBe } };
  // "what instrument do I play?" of "I play cavaquinho in a samba group called …": what the note says is done with
  // the question's verb, when it names nothing of the head, not all it says beside.
  const doneWith = sort || done || !verb || heads.includes(verb) ? undefined : doneSpan(text, [verb], lexicon, endsWith);
  // Nothing of the sort asked found: the clauses that say what is asked, not all the note says beside.
  const clauses = done ?? doneWith ?? (anchors ? askedClauses(text, anchors, (a, b) => sameRoot(a, b) || stem(a, lexicon) === stem(b, lexicon), (word) => !lexicon.stopWords.has(word) && !asked.some((one) => stem(one, lexicon) === stem(word, lexicon)), (word) => isVerbWord(word)) : undefined);
  // "which road do I take now?": what held before is left out of what is told back ("… instead of the high street").
  // "they lent us a ladder" of "… are the Lindqvists, they lent us a ladder": told back with whom "they" stands for.
  // "who's my insurance with?" of "got insurance through craftinsure, £71 yr": what it cost answers another question.
  const asksPrice = sort === 'number' || measure === 'price' || measure === 'amount' || measure === 'weight';
  const withAsked = clauses ? withAntecedent(clauses, whole) : text;
  // Only when one thing is asked for, by who, which or its sort (not "what did I tell you about the wallet?": all of it).
  const recited = asksPrice || !(asksWho || asksWhich || sort !== undefined) ? withAsked : withoutPriceParts(withAsked, asked, sameRoot);
  const told = toldBack(withoutSaidOf(current ? withoutOldValue(recited, lexicon) : recited, asked, lexicon));
  // "do I have a lathe?" of "I do not own a lathe": no, and what was said.
  return options.role === 'yesNo' && deniedInNote(recited, asked, lexicon) ? { key: 'memory.fromNoteNo', values: told.values } : told;
}

/** What the part of a note found, else the whole note, says the thing asked by `anchors` is (`saidToBe`). */
function saidToBeIn(text: string, whole: string, anchors: readonly string[], head: string, deps: TurnDependencies, fits: (said: string) => boolean): string | undefined {
  const words = saidToBeWords(deps);
  return saidToBe(text, anchors, head, words, fits) ?? (whole !== text ? saidToBe(whole, anchors, head, words, fits) : undefined);
}

const saidToBeOfContent = new WeakMap<TurnDependencies['content'], SaidToBeWords>();

/** The words `saidToBe` and `thingAskedIs` read by, built once per content. */
function saidToBeWords(deps: TurnDependencies): SaidToBeWords {
  const cached = saidToBeOfContent.get(deps.content);
  if (cached) return cached;
  const lexicon = noteLexicon(deps.content);
  const list = (name: string) => new Set(contentList(deps.content, name));
  const words: SaidToBeWords = { contractedIs: lexicon.memory.contractedIs, copulas: list('memoryThingCopulas'), runEnds: list('memoryThingRunEnds'), openers: list('memoryThingDeterminers'), same: (a: string, b: string) => sameRoot(a, b) || stem(a, lexicon) === stem(b, lexicon), tags: (word: string) => wordLexicon().tags(word) };
  saidToBeOfContent.set(deps.content, words);
  return words;
}

/** The numbers among a question's words ("one" of "… in one field?"), lower case. */
function numbersSaid(said: readonly string[]): ReadonlySet<string> {
  return new Set(said.map((word) => word.toLowerCase()).filter((word) => /^\d[\d.,]*$/.test(word) || new RegExp(`^${NUMBER_WORDS.source}$`, 'i').test(word)));
}

/** The words a size is asked by: the last of each of `memorySizeAsks` ("thick" of "how thick"). */
function sizeWordsOf(lexicon: ReturnType<typeof noteLexicon>): ReadonlySet<string> {
  return new Set(lexicon.measureAsks.size.map((phrase) => phrase.at(-1) ?? ''));
}

/** Whether a note types a word as a name ("Noor"). */
function typedAsName(text: string, word: string): boolean {
  return text.split(/[^\p{L}'-]+/u).some((said) => said.toLowerCase() === word && /^\p{Lu}\p{Ll}/u.test(said));
}

/** The one person told of whose name a note says, as typed, when it is no word of the question. */
function onlyPersonToldOf(text: string, asked: readonly string[], people: ReadonlySet<string> = new Set()): string | undefined {
  const said = text.split(/[^\p{L}'-]+/u).filter((word) => people.has(word.toLowerCase()) && !asked.includes(word.toLowerCase()));
  return new Set(said.map((word) => word.toLowerCase())).size === 1 ? said[0] : undefined;
}

/** Whether a part says no more than the thing asked for with a count or words that describe it ("new shoes", "3 dances"). */
function onlyDescribes(part: string, heads: readonly string[]): boolean {
  const words = part.toLowerCase().split(/\s+/).map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
  const isHead = (word: string) => heads.some((head) => sameRoot(head, word) || head === word);
  // "route 86" for "which tram *route* …?": a number said after the thing asked (the compound's own noun, its last) says
  // which one, as "3 shoes" before it does not ("coasters 2 for £20" for "my coaster *deal*" says how many).
  const own = heads[heads.length - 1];
  if (words.length > 1 && own !== undefined && /\d/.test(words[words.length - 1]) && (sameRoot(own, words[words.length - 2]) || own === words[words.length - 2])) return false;
  const rest = words.filter((word) => !isHead(word));
  return rest.length > 0 && rest.length < words.length && rest.every((word) => /^\d+$/.test(word) || /^(JJ|CD)/.test(wordLexicon().tags(word)?.[0] ?? ''));
}

/** What was said, told back in the second person. */
function toldBack(said: string): ReplyRequest {
  const told = secondPerson(said);
  return { key: /^(you|your)\b/i.test(told) ? 'memory.fromNote' : 'memory.fromNoteSaid', values: { note: told } };
}

/** "what was my job?", "what did I do for work?": work asked for by a work word, not a company or place that names it ("which company do I work at?"). */
function asksWork(asked: readonly string[], heads: readonly string[], lexicon: ReturnType<typeof noteLexicon>): boolean {
  return asked.some((word) => lexicon.workWords.has(word)) && heads.every((word) => lexicon.workWords.has(word));
}

/** How a note is matched to a question: WordNet's categories and occupations, as the facts use them. */
/** Asked "who …?" (`who`), a noun for someone is met by what it is made from ("drummer" by "drums"). */
function noteMatch(deps: TurnDependencies, who = false): NoteMatch {
  const occupations = memoryLexicon(deps.content).occupations;
  return { ...(who ? { roleWordsOf: (word: string) => nounKinds().roleWordsOf(word) } : {}), categoriesOf: deps.categoriesOf, isOccupation: (word) => isOccupation(word, occupations), categoryNames: categoryNames(), kindsOf: (word) => withMadeThings(nounKinds().kindsOf(word), noteLexicon(deps.content).makerNouns), verbsOf: (word) => nounKinds().verbsOf(word), nearKindsOf: nearKindsOf, sameAs: sameAs, tags: (word) => wordLexicon().tags(word) };
}

/** A name WordNet files as the maker of a thing ("Steinway": piano maker) is a make of that thing, a kind of it too. */
function withMadeThings(kinds: ReadonlySet<string>, makers: ReadonlySet<string>): ReadonlySet<string> {
  const made = [...kinds].flatMap((kind) => {
    const words = kind.split(' ');
    return words.length > 1 && makers.has(words[words.length - 1]) ? [words.slice(0, -1).join(' ')] : [];
  });
  return made.length === 0 ? kinds : new Set([...kinds, ...made]);
}

/** Steps up WordNet a name's near kinds are looked for: "Vermont" → American state → state. */
const NEAR_STEPS = 2;
/** A name's senses looked at ("Georgia" the state and the country). */
const NEAR_SENSES = 4;

/** The words of a noun's own first senses ("scope" → telescope, range …), as WordNet spells them with spaces. */
function sameAs(word: string): ReadonlySet<string> {
  return new Set([...nounKinds().sensesAbove(word, 0, NEAR_SENSES).values()].flat().map((name) => name.replace(/_/g, ' ')));
}

/** What WordNet files a word under within `NEAR_STEPS`, as one word each and the last word of each compound. */
function nearKindsOf(word: string): ReadonlySet<string> {
  const kinds = new Set<string>();
  for (const words of nounKinds().sensesAbove(word, NEAR_STEPS, NEAR_SENSES).values()) for (const name of words) for (const part of [name, name.split('_').at(-1) ?? name]) kinds.add(part.replace(/_/g, ' '));
  kinds.delete(word.toLowerCase());
  return kinds;
}

/** What a question asks for when it names it after "my" ("what's my *trade*?", "what game is *my favourite*?" names none): the words up to a verb or its end. */
function ownedHeads(text: string, lexicon: ReturnType<typeof noteLexicon>): string[] {
  const words = tokenize(text, lexicon.memory.contractedIs).filter((token) => !isPunctuation(token)).map((token) => token.norm);
  const heads = questionHeads(text, lexicon);
  if (heads.length > 0) return heads;
  const at = words.findIndex((word) => word === 'my' || word === 'our');
  const owned: string[] = [];
  for (let next = at + 1; at >= 0 && next < words.length && !lexicon.stopWords.has(words[next]); next++) owned.push(words[next]);
  return owned.length === words.length - at - 1 ? owned : [];
}

/**
 * Whether a note says what a question asks for: a head of the question in any form, a word its kind is told or
 * asked with, a thing WordNet files under a head, or (for work) an occupation no other kind is told with
 * ("supporter" tells of a team). A word in a name ("Sky *Betting*") says nothing of its kind. Without heads, any note
 * does; a question for a time, place, number or name is answered by a value of that sort, checked apart.
 */
function saysAsked(text: string, heads: readonly string[], kindWords: readonly string[], kinds: readonly string[], deps: TurnDependencies, match: NoteMatch = noteMatch(deps)): boolean {
  if (heads.length === 0) return true;
  const lexicon = noteLexicon(deps.content);
  const tokens = tokenize(text, lexicon.memory.contractedIs).filter((token) => !isPunctuation(token));
  const wanted = [...heads, ...kindWords].map((word) => word.toLowerCase()).filter((word) => !lexicon.stopWords.has(word));
  const otherKind = (word: string) => [...lexicon.memory.statementWords].some(([kind, words]) => !kinds.includes(kind) && words.has(word));
  const work = [...heads, ...kindWords].some((word) => lexicon.workWords.has(word.toLowerCase()));
  if (placeOfKindSaid(text, lexicon, match)) return true;
  return tokens.some((token, at) => {
    const word = token.norm;
    if (wanted.some((one) => sameRoot(one, word) || stem(one, lexicon) === stem(word, lexicon))) return true;
    if (at > 0 && /^\p{Lu}/u.test(token.raw)) return false;
    if (heads.some((head) => match.kindsOf?.(word).has(head.toLowerCase()) === true)) return true;
    // "my controller is a hitbox", "our boss": a work noun someone's own names a thing or another person, not the person's work.
    return work && match.isOccupation(word) && !otherKind(word) && !ownedBySomeone(tokens, at, match) && nounAt(tokens, at, match);
  });
}

/** Whether a note says a word, or two words together, of a category ("basketball", "ice hockey" for sport). */
function saysOfCategory(text: string, category: string, deps: TurnDependencies): boolean {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter((word) => word.length > 0);
  return words.some((word, i) => deps.categoriesOf(word).includes(category) || (i > 0 && deps.categoriesOf(`${words[i - 1]} ${word}`).includes(category)));
}

/** Whether a text says a word or phrase whole, in any case ("Leeds" in "a courier in leeds", not "Lee" in it). */
function saysWord(text: string, word: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

export { escapeRegExp };

/** Whether a word is most likely a verb, or a form in "-ing" that may be one ("building"), as the tagger reads it. */
function isVerbWord(word: string): boolean {
  const tags = wordLexicon().tags(word) ?? [];
  return tags[0]?.startsWith('VB') === true || tags.includes('VBG');
}
