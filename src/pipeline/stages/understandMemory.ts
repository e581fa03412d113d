import { answerWhose, ownerSaid } from './memoryWhose';
import { contentList, contentValue, factAboutAnswerKey, factAnswerKey, factSortAnswerKey, factUnknownKey } from '../../content/content';
import { renderTemplate } from '../../content/renderTemplate';
import { memoryLexicon, type BirthOrder } from '../../personalization/memory/factKinds';
import { isGeneralNoun, someoneAsked, type StatedAbout } from '../../personalization/memory/readOthers';
import { AGE_KIND, ageAskedOf, ageInYears } from '../../personalization/memory/readAge';
import { isPunctuation, tokenize } from '../../personalization/memory/tokens';
import { saysPhrase } from '../../personalization/memory/clauses';
import { labelAskWords } from '../../personalization/memory/questionWords';
import { namesOfThingsForgotten, notesSaying } from '../../personalization/memory/notesForgotten';
import { noteLexicon } from '../../personalization/memory/noteLexicon';
import { withoutOldValue } from '../../personalization/memory/noteUpdates';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import { nounKinds } from '../../nlu/nounKinds';
import { isPlaceName } from '../../personalization/memory/categories';
import { sortSaidOf } from '../../personalization/memory/sortSaidOf';
import { thingsKept, ageFromNotes, answerFromRankedNote, answerFromNoteByHead, answerFromNotes, answerFromNotesNaming, asksSomethingElse, fromNote as noteReply, notToldAsked, readsNoRequest, tellsOfSelf, unansweredByIntent, intentAnswersToldThing, askedInIntentWords, NOTE_ANSWERS, NOTE_KIND, noteForgotten, noteLabel, noteLeft, leaningNotes, notesBesideForget, notesOfKind, noteQuestion, notesToKeep, orFromNote, escapeRegExp, asksWho, isBeing, type NoteQuestion } from './memoryNotes';
import { isMoodIntent } from './recognize';
import { NAME_TARGET, PERSON_TARGET, POINTING_BACK, type FactQuestion as AskedQuestion, type FactTarget, type MemoryReading, type StatedFact } from '../../personalization/memory/readMemory';
import { statedInterests } from '../../personalization/learners/learnInterests';
import { styleSignals } from '../../personalization/style';
import { applyChanges, ProfileChange } from '../../profile/profileChanges';
import { displayName, Fact, FactAbout, learningActive, Note, Someone, UserProfile } from '../../profile/userProfile';
import { Turn, TurnDependencies } from '../turn';
import { colourOf, withoutColour } from '../../personalization/memory/describedValue';
import { ReplyRequest } from '../../vocabulary/reply';
import { COUNT_KIND } from '../../personalization/memory/readCounts';
import { answerWho, namedOnes, namesKeptAs, notToldOf, peopleInNotes } from './memoryWho';
import { valueNamedByNoun, valueOfKindNamedByNoun } from './memoryValueByNoun';
import { nameBesideNoun } from './memoryNameBeside';
import { namesOwnerOnly } from './memoryNameOfOwned';
import { sameKindWords } from '../../personalization/memory/sameKindWords';
import { answerChoice } from './memoryChoice';
import { answerRanked } from './memoryRanks';
import { rankAsked } from '../../personalization/memory/readRank';
import { withChangeOfMind } from './memorySwitches';
import { withOpenerSetRight, withSetRight, withValueInPlace } from './memorySetRight';
import { withLatest } from './memoryLatest';
import { readLatest } from '../../personalization/memory/readLatest';
import { readRenames } from '../../personalization/memory/readRenames';
import { spelledRight } from '../../personalization/memory/correctionSpellings';
import { renamedValues } from './memoryRenames';
import { onlyRetraction, readSetRight, toldAfterRetraction } from '../../personalization/memory/readSetRight';
import { wordLexicon } from '../../nlu/wordLexicon';
import { readChangeOfMind } from '../../personalization/memory/readSwitches';
import { countedKind, countsOfKind, noneTakenBack, toldCount, toldNone } from './memoryCounts';
import { relatedThings } from './memoryThings';
import { cityAtEnd, standsAlone } from './memoryPlaces';
import { narrowerAsked } from './narrowerAsked';
import { answerByThing } from './memoryByThing';
import { notesForgottenBy, someoneForgotten } from './memoryForget';
import { saidAfterTakeBack } from '../../personalization/memory/saidAfterTakeBack';
import { saidBesideLoss } from '../../personalization/memory/saidBesideLoss';
import { noteAgainst } from './memoryAgainst';
import { answerNamedDetail } from './memoryNamed';
import { nameForgottenByPronoun } from './memoryPronounForget';
import { unheld, withoutUnheld } from './memoryUnheld';
import { askedValue, askedValueWords, asksSchedule, holdsSchedule, holdsValue, saysNoun } from '../../personalization/memory/askedValue';
import { inPlaceOfOneAtATime } from './memoryOneAtATime';
import { answerOverIntent, asksBotNothing, toldThingAsked } from './memoryOverIntent';
import { answerThingName, asksOwnThingName } from './memoryThingNames';
import { noteSetRight } from './memoryNoteSetRight';
import { noteOverKind } from './memoryNoteOverKind';
import { groupAsked, groupNounsOf } from '../../personalization/memory/groupNouns';
import { indexOfWords } from '../../personalization/memory/clauses';
import { partOfPlace } from '../../personalization/memory/partOfPlace';
import { answerHeldRole } from './memoryHeldRole';

/** Replies that say no one by that name was told of, or nothing of them: a detail said of them answers instead. */
const NAMED_UNKNOWN: ReadonlySet<string> = new Set(['memory.whoUnknown', 'memory.aboutNamedUnknown']);

const list = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

/** A question to answer; a follow-up leaves out what the previous one was narrowed to. */
type FactQuestion = AskedQuestion & { except?: string; standIn?: boolean; placesOnly?: boolean; saying?: readonly string[]; named?: boolean; toldAs?: readonly string[] };

/**
 * Personal memory, before intent recognition: what the person says about themselves (several facts per
 * message, corrections, "no longer"), their name, "forget my cat", and questions about themselves,
 * answered from the profile. Messages with none of these go on to the intent model untouched.
 */
export function understandMemory(turn: Turn, deps: TurnDependencies, asRead: MemoryReading = deps.readMemory(turn.text)): void {
  const profile = turn.loaded.profile;
  // "running" alone names a topic: a request for it more likely than a pastime of one's own; a word alone
  // right after "what should I call you?" is a name ("mark"), unless it is a city said after one ("Ingrid. Oslo.").
  const terseNot = asRead.terse === true && (deps.topicMentions(turn.text).length > 0 || (profile.pending === 'askName' && asRead.leadingName === undefined));
  const terseRead = terseNot ? { ...asRead, facts: [] } : asRead;
  // "forget that Andrés works nights": who it is said of stays, however else the words were read ("forget that" him).
  const saidOf = terseRead.forgetSaid?.owner;
  const ownRead = saidOf ? { ...terseRead, forget: terseRead.forget.filter((target) => (target.value ?? target.about?.name)?.toLowerCase() !== saidOf) } : terseRead;
  // "forget I told you her name": the name of whom "her" stands for goes, with what names them.
  // Not after something said in the same message ("my cousins are back home, please do not save their names"): the
  // pronoun stands for whom that names.
  const pronounName = nameForgottenByPronoun(ownRead.forgetSaid, profile, memoryLexicon(deps.content), deps);
  const read = pronounName && ownRead.forgetSaid ? { ...ownRead, forgetSaid: { ...ownRead.forgetSaid, words: [pronounName.toLowerCase()] } } : ownRead;
  const notes = learningActive(profile) ? (profile.memory.notes ?? []) : [];
  const { forgetting, notes: notesToForget } = noteForgotten(turn.text, read, notes, deps);
  // "forget what I said about Gary's divorce": Gary stays.
  const owner = read.forgetSaid?.owner;
  // "forget the band name": of a note, only the names go, so only a value kept of them goes with it.
  const forgetSaid = read.forgetSaid;
  const partsGone = forgetSaid ? notesToForget.map((note) => ({ ...note, text: namesOfThingsForgotten(note.text, forgetSaid.words, noteLexicon(deps.content))?.names.join(', ') ?? note.text })) : [];
  const factsToForget = forgetSaid && read.forget.length === 0 ? factsSaying(learningActive(profile) ? profile.memory.facts : [], forgetSaid.words, deps, partsGone).filter((fact) => fact.value.toLowerCase() !== owner) : [];
  // "I earn 400k a month. hmm, please forget my salary": nothing kept says it, so it is what this message said.
  const takesBackSaid = read.forgetSaid?.afterSaid === true && read.forget.length === 0 && notesToForget.length === 0 && factsToForget.length === 0;
  // "wife Darlene and me got 3 grandkids down in Lubbock. actually forget I said Lubbock": only what it names goes.
  const partly = takesBackSaid && read.forgetSaid ? tookBackPart(read, read.forgetSaid.words, turn.text, deps) : undefined;
  const takesBack = takesBackSaid && partly === undefined;
  const forgetRead = partly?.reading ?? (takesBack ? tookBack(read) : notesToForget.length > 0 || factsToForget.length > 0 ? { ...read, retract: false } : read);
  // "I gave up German, switched to Portuguese": what is given up goes, what is said in its place is kept as it was.
  // "forget the nuggets thing, I'm done with them": "them" is what is forgotten, not the last thing told given up.
  const changing = learningActive(profile) && !takesBack && forgetRead.questions.length === 0 && !forgetting && forgetRead.forget.length === 0;
  const changed = changing ? withChangeOfMind(forgetRead, readChangeOfMind(turn.text, memoryLexicon(deps.content)), profile, deps) : forgetRead;
  // "correction: Salford, not Manchester": one kept value set right, the rest of what was told stays.
  const lexicon = memoryLexicon(deps.content);
  // "acually, Rox" is read as "actually, Rox" by every reader of what is set right.
  const spelled = spelledRight(tokenize(turn.text, lexicon.contractedIs), lexicon, (word) => wordLexicon().tags(word) !== undefined);
  const setRight = changing ? withSetRight(changed, readSetRight(spelled, lexicon, (word) => wordLexicon().tags(word)), profile) : changed;
  // "oops no, the 21st of March": a value alone in place of one told last.
  // "well, pescatarian technically" after "I'm a vegetarian": a value of a kind told last, in its place.
  const tags = (word: string) => wordLexicon().tags(word);
  const inPlace = changing ? withOpenerSetRight(withValueInPlace(setRight, profile, lexicon, { tokens: spelled, tags }), profile, lexicon) : setRight;
  // "change of plans, it's Korea now": the latest value wins in every fact and note that said the old one.
  // "scratch that, it got pushed to the 16th" forgets nothing when nothing kept is named by it.
  // "we renamed him Ziggy": the kept name of the one renamed is set right as the latest value.
  const latestRead = [...readLatest(spelled, lexicon, tags), ...renamedValues(readRenames(spelled, lexicon, tags), profile, lexicon)];
  // "Did I say four hives? It's five": the question asks nothing, it sets right.
  const askedBack = latestRead.some((one) => one.asked === true);
  const settingLatest = learningActive(profile) && !takesBack && (inPlace.questions.length === 0 || askedBack) && inPlace.forget.length === 0 && notesToForget.length === 0 && factsToForget.length === 0;
  const latest = settingLatest ? withLatest(askedBack ? { ...inPlace, questions: [] } : inPlace, latestRead, profile, lexicon, tags, turn.now.toISOString()) : { reading: inPlace, changes: [] };
  const reading = latest.reading;
  const requests: ReplyRequest[] = [];
  const changes: ProfileChange[] = [];
  // Set right whether or not anything is said back; said back as a note kept is.
  turn.changes.push(...latest.changes);
  if (latest.changes.length > 0) turn.notes.keptNote = true;
  const learning = learningActive(profile);
  const at = turn.now.toISOString();
  // Right after "what should I call you?", a lone word before more ("kofi. born and raised in Accra") is the answer.
  // "Gabriel. Flamengo fan since birth": a word that can only be a name, before whatever is said.
  const name = reading.name ?? (profile.pending === 'askName' && (reading.facts.length > 0 || reading.leadingNameOnly === true) ? reading.leadingName : undefined);
  // "I am avocat" after "I am Élodie": a word typed in lower case where capitals mark names renames no one.
  // "fav cheese: Harbison from Jasper Hill" after "Wren here": a name said bare renames no one already named.
  const keepsName = (reading.nameTypedLower === true || reading.renamesNoOne === true) && name === reading.name && displayName(profile) !== undefined;
  if (name && name !== displayName(profile) && !keepsName) {
    changes.push({ type: 'setName', name, source: 'explicit' });
    requests.push({ key: displayName(profile) ? 'name.changed' : 'name.saved', values: { name } });
  }
  if (reading.askedName) {
    const known = displayName(profile);
    requests.push(turn.input.shared === true ? { key: 'privacy.shared' } : known ? { key: 'name.known', values: { name: known } } : { key: 'name.unknown' });
  }
  if (profile.pending === 'askName' && (name || reading.facts.length > 0)) changes.push({ type: 'setPending', pending: undefined });
  const stated = reading.facts.length > 0 || reading.others.length > 0 || reading.removals.length > 0 || reading.retract || reading.partings.length > 0;
  if (stated && !learning) requests.push({ key: 'fact.notLearning' });
  if (stated && learning) learnFacts(reading, turn.text, profile, at, deps, changes, requests);
  for (const target of groupTargets(reading.forget)) {
    const request = forget(target, profile, changes, deps);
    // Said and forgotten in one message: nothing is kept, which is what was asked.
    requests.push(request.key === 'memory.forgetNothing' && reading.forgotHere?.includes(target.kind) ? { ...request, key: 'memory.forgot' } : request);
  }
  // "I started seeing a therapist, but please forget that": nothing of the message is kept, not even its text.
  if (reading.takesBackSaid) {
    turn.notes.takenBack = true;
    if (!stated && requests.length === 0) requests.push({ key: 'memory.retracted' });
  }
  const shared = turn.input.shared === true;
  if (notesToForget.length > 0) changes.push({ type: 'removeNotes', texts: notesToForget.map((note) => note.text) });
  // What a note says besides what is forgotten stays ("actuarial science from Wits, then a PhD …" without the PhD).
  for (const note of notesToForget) {
    const left = read.forgetSaid ? noteLeft(note, read.forgetSaid.words, deps) : undefined;
    if (left) changes.push({ type: 'rememberNote', text: left, at: note.learnedAt });
  }
  for (const fact of factsToForget) changes.push({ type: 'removeFact', key: fact.key, value: fact.value });
  // "forget the choir name": only the name went, so it is what the reply names.
  const namesGone = notesToForget.length > 0 && read.forgetSaid ? namesOfThingsForgotten(notesToForget[0].text, read.forgetSaid.words, noteLexicon(deps.content))?.names : undefined;
  if (notesToForget.length > 0 || factsToForget.length > 0) requests.push({ key: 'memory.forgot', values: { label: namesGone ? namesGone.join(', ') : notesToForget.length > 0 ? noteLabel(notesToForget[0], deps) : factsToForget[0].value } });
  // What was said in one's own words goes with the thing forgotten ("forget my cat": "we adopted a cat in May";
  // "forget the lizard": "a bearded dragon named Spike").
  // "forget Amira's age": one thing told of her goes, not every note that names her.
  const byNameOnly = (target: FactTarget) => target.kind !== PERSON_TARGET && target.about?.noun === '';
  // "forget the stepdad bit" after "family: mum, stepdad, half-brother Finn": one of many in a note goes, with the name
  // told beside the noun ("stepdad (Mike)"); the others stay.
  const ofSomeone = someoneForgotten(reading.forget, notes, profile, deps);
  const saying = notesSaying(notes, reading.forget.flatMap((target) => [target.value, ofSomeone.nouns.includes(target) ? undefined : target.detail, ...(byNameOnly(target) ? [] : [target.about?.noun, target.about?.name])].filter((word): word is string => word !== undefined && word !== '')));
  const ofKind = notesOfKind(notes, reading.forget.flatMap((target) => (target.detail && !target.about && !ofSomeone.nouns.includes(target) ? [target.detail] : [])), deps);
  // "delete allergy info", "forget that I'm a teacher": the notes, or their parts, that say the kind or the value.
  const told = notesForgottenBy(notes.filter((note) => !saying.includes(note) && !ofKind.includes(note)), reading.forget, deps);
  const forgotten = [...new Set([...saying, ...ofKind, ...notes.filter((note) => told.removed.includes(note.text) || ofSomeone.removed.includes(note.text))])];
  if (forgotten.length > 0) changes.push({ type: 'removeNotes', texts: forgotten.map((note) => note.text) });
  for (const note of [...told.left, ...ofSomeone.left]) changes.push({ type: 'rememberNote', text: note.text, at: note.learnedAt });
  for (const name of ofSomeone.names) changes.push({ type: 'removeAbout', name }, ...profile.memory.facts.filter((fact) => fact.value.toLowerCase() === name.toLowerCase()).map((fact): ProfileChange => ({ type: 'removeFact', key: fact.key, value: fact.value })));
  // Kept only in the person's words, it is forgotten all the same.
  // Only part of a note gone: named by whom it was about, not by the note ("what you told me about your stepdad").
  const partLabel = ofSomeone.removed.length > 0 && ofSomeone.nouns[0]?.detail ? renderTemplate(contentValue(deps.content, 'memoryAboutPersonLabel') ?? '{{about}}', { about: ofSomeone.nouns[0].detail }) : undefined;
  if (forgotten.length > 0) for (const [at, request] of requests.entries()) if (request.key === 'memory.forgetNothing') requests[at] = { key: 'memory.forgot', values: { label: partLabel ?? noteLabel(forgotten[0], deps) } };
  // What asks to forget is not remembered either: it names what it forgets.
  if (requests.some((request) => request.key === 'memory.forgot')) turn.notes.takenBack = true;
  // A loss is news, answered by the intent model's reply ("I'm so sorry"): the memory just lets it go.
  if (learning) for (const target of reading.gone) changes.push(...removalsOf(target, profile, deps), ...keptAsFormer(target, profile, deps, at));
  // Someone named in news of a loss ("after my wife Dorothy died") is kept without a word.
  if (learning) for (const fact of reading.kept) changes.push({ type: 'rememberFact', key: fact.kind, value: fact.value, ...(fact.detail ? { detail: fact.detail } : {}), many: deps.content.facts.get(fact.kind)?.many ?? false, at });
  const asking = noteQuestion(turn.text, deps, [...namedOnes(profile, deps).flatMap((one) => one.name.split(/\s+/)), ...peopleInNotes(profile, deps)], notes.map((note) => note.text), reading.questions.length === 0);
  // "why did Steve knock money off?": a reason is no value of a fact kind, whatever kind its words name; notes answer it.
  const readQuestions = asking.reason ? [] : reading.questions.length > 0 ? reading.questions : reading.followUp ? followUpQuestions(profile, deps) : [];
  // "who is my apprentice?", "who taught me?", "what's my apprentice called?": asked for someone, no kind whose
  // values are no one (a job) answers.
  // Asked for someone's name ("what's my apprentice called?"), not for a thing a noun for someone may name ("which employer am I with?").
  const nameWords = askedValueWords(deps.content).nameWords;
  const asksName = tokenize(turn.text, memoryLexicon(deps.content).contractedIs).some((token) => nameWords.has(token.norm));
  const forSomeone = asksWho(turn.text, noteLexicon(deps.content)) || (asking.sort === 'person' && asksName && (asking.heads ?? []).some(isBeing));
  const questions = forSomeone ? askingForSomeone(readQuestions, reading.askedAs ?? turn.text, deps) : readQuestions;
  asking.said = turn.text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
  // "who …?" is not answered with a team, a place or a brand kept as a fact.
  if (asking.who) asking.things = thingsKept(profile, deps);
  const tokens = tokenize(turn.text, memoryLexicon(deps.content).contractedIs);
  // "who's my oldest?", "who's my youngest grandchild?": from the ages told, before the names of them all.
  const rank = !stated && !shared ? rankAsked(tokens, memoryLexicon(deps.content)) : undefined;
  const ranked = rank ? answerRanked(rank, known(profile, changes), deps) : undefined;
  // "which beer do I like?" after "favourite beer: Helles": the value kept under the thing named, however the question was read.
  const byThing = !ranked && !stated && !shared && !reading.askedName && reading.forget.length === 0 ? answerByThing(asking, known(profile, changes), deps) : undefined;
  // "how old is Abuela?", "how old is the intern?" of "a tortoise called Abuela who is 54", "Tyler is our new intern,
  // he's 20": the age a note says of them, not all it says, when no fact kind reads the question.
  // "what's my guild called?", "what book did I give up on?": the name of a thing as the newest note says it, whole.
  const thingName = !ranked && !byThing && !stated && !shared && reading.forget.length === 0 && !forgetting && latest.changes.length === 0 ? answerThingName(turn.text, profile, deps) : undefined;
  const ageOf = questions.length === 0 && !stated && !shared && reading.forget.length === 0 && !forgetting ? ageAskedOf(tokens, memoryLexicon(deps.content)) : undefined;
  const ageTold = ageOf ? ageFromNotes(notes, ageOf, deps) : undefined;
  // A question about the person's world that the intent model read as about the bot, or as an intent that never
  // answers what was told (a web search), and no note answers.
  let botNothing = false;
  if (ranked) requests.push(ranked);
  else if (byThing) requests.push(byThing);
  else if (ageTold) requests.push(ageTold);
  else if (questions.length > 0) {
    const after = known(profile, changes);
    // "Allergy?", "company?": asked in a label's words, still the person's own; a note may answer by them.
    const askingKind = asking.asked || reading.questions.length === 0 ? asking : labelAsking(turn.text, asking, deps);
    for (const question of questions) requests.push(...answer(question, after, shared, deps, askingKind));
    // "which day do I play bowls?" told "you like lawn bowls": kept values that hold nothing of the sort asked give way to a note that does.
    const sorted = !shared && !stated && asking.asked ? noteOfSortAsked(requests, questions, turn.text, notes, asking, deps, firstNames(profile, deps)) : undefined;
    if (sorted) requests.splice(0, requests.length, sorted);
    // "what play am I directing?" taken as a like by "play": a note that says what the like is never asked with answers.
    const told = requests.filter((request) => !isNotTold(request.key, questions, deps)).flatMap((request) => (typeof request.values?.value === 'string' && request.values.value !== '' ? [request.values.value] : []));
    const over = !shared && !stated && !sorted ? noteOverKind(requests, questions, told, turn.text, notes, askingKind, deps, firstNames(profile, deps)) : undefined;
    if (over) requests.splice(0, requests.length, over);
  } else if (asking.asked && !shared && !stated && !reading.askedName && reading.forget.length === 0 && !forgetting && latest.changes.length === 0) {
    // "Did I say four hives? It's five": a question that sets right what it asks about is not answered here.
    // A question no fact kind is about ("what do I make in my workshop?"): a note that shares its words
    // answers it; with none, the message goes on to the intent model.
    // "when is zumba?" by one word the person said: unless the intent model has an answer ("when is christmas?").
    // "what's the time?" after "had a great time": asked only in the words of an intent that asks of the world.
    const note = (asking.toldOnly && !intentAnswersToldThing(turn, asking.asked, deps)) || askedInIntentWords(turn, asking, deps) ? undefined : answerFromNotes(notes, asking, deps, firstNames(profile, deps));
    // "what health problems does my mother have?" when nothing said answers it: not told, rather than a guess.
    const someone = note ? undefined : someoneAsked(tokens, memoryLexicon(deps.content));
    if (note) requests.push(note);
    else if (someone) requests.push({ key: 'memory.aboutUnknown', values: { about: someone.noun } });
    // "why did I quit the choir?" when no note says it: a reason of their own life, never told (not one of a thing
    // named without "I", which may be the world's: "why is the sky blue?"), nor a feeling ("why am I so tired?").
    else if (asking.reason && !asking.everyWord && !(turn.recognition && isMoodIntent(turn.recognition.intent))) requests.push(notToldAsked(profile, deps));
    // With none, a question about what the person said that the intent model has no answer for ("what rank am
    // I?" read as /topics, "what truck do I drive?" as a question about the bot) is one they never told.
    else if (unansweredByIntent(turn, asking, deps)) requests.push(notToldAsked(profile, deps));
    else {
      // "when did the old shed roof cave in?" read as a web search: a note that says the shed roof answers, not the intent.
      const over = answerOverIntent(turn, asking, notes, firstNames(profile, deps), deps);
      if (over) requests.push(over);
      // "how much did the sardine festival raise?" read as a web search: about a thing told, of which nothing answers it.
      else botNothing = asksBotNothing(turn, asking, deps) || toldThingAsked(turn, asking, notes, deps) !== undefined;
    }
  }
  // "when's the gig?" told back "you've got a gig on": a note that holds no value of the sort asked answers nothing.
  if (questions.length > 0 || asking.asked) requests.splice(0, requests.length, ...withoutUnheld(requests, turn.text, () => unknownAsked(questions, profile, deps), deps, notes.map((note) => note.text)));
  if (thingName) requests.splice(0, requests.length, thingName);
  // What the person says of themselves in their own words is kept too, unless a fact holds all of it.
  // "…, I restore old motorbikes. Actually, please forget the bit about the alpacas": what is said beside it is kept.
  // "scratch the hiace, dom wants a VW Transporter now": what is said in its place is kept too.
  const instead = read.forgetSaid !== undefined && read.forgetSaid.afterSaid !== true ? insteadAfter(turn.text, deps) : undefined;
  const forgetsBefore = partly?.words ?? ((read.forgetSaid?.afterSaid === true || instead !== undefined) && !takesBack ? read.forgetSaid?.words : undefined);
  // Nor is the message itself remembered, which says what was taken back.
  if (partly) turn.notes.takenBack = true;
  // Nothing asked, forgotten or taken back: what the message says may be kept.
  // Tells something (not shared, not asked, nothing forgotten or retracted); news of a loss is read apart.
  const tells = learning && !shared && !thingName && questions.length === 0 && !asking.asked && !reading.askedName && reading.forget.length === 0 && !reading.retract && !reading.takesBackSaid;
  const telling = tells && !reading.loss;
  const keep = telling && (!forgetting || forgetsBefore !== undefined) && (reading.facts.length > 0 || !asksSomethingElse(turn, deps));
  const covered = [...reading.facts.map((fact) => fact.value), ...reading.others.map((fact) => fact.value), ...(reading.setRightHere ?? []), ...(name ? [name] : [])];
  // "…widthways, actually no, scrap that, lengthways, the flares were £600": what is said after a take-back stays.
  const afterTakeBack = reading.takesBackSaid === true && !partly && learning && !shared && questions.length === 0 && !asking.asked && reading.forget.length === 0 && !reading.loss ? saidAfterTakeBack(turn.text, memoryLexicon(deps.content)) : undefined;
  // "scratch the hiace, dom wants a VW Transporter now": only what is said after the request is told.
  const keptText = instead !== undefined && !partly ? instead : turn.text;
  // "my old hilux finally died, bought a VW Amarok": news of a loss keeps nothing of what was lost, but what is said beside it is told.
  const besideLoss = tells && reading.loss && !forgetting && !asksSomethingElse(turn, deps) ? saidBesideLoss(turn.text, memoryLexicon(deps.content)) : [];
  const toKeep = keep ? notesToKeep(keptText, covered, reading.facts.length > 0 || name !== undefined || tellsOfSelf(turn, deps), deps, turn.recognition?.intent, readsNoRequest(turn, deps)) : afterTakeBack ? notesToKeep(afterTakeBack, covered, true, deps) : besideLoss.flatMap((part) => notesToKeep(part, covered, true, deps));
  // "she weighs about 80 kg" after "we have a pig called Pierogi": kept as "Pierogi weighs about 80 kg".
  // The intent model may take such a line for something else ("she turns 3 on May 9" as a sum): it tells all the same.
  const keepLeaning = keep || (telling && !forgetting);
  const leaningAll = keepLeaning && reading.facts.length === 0 && reading.others.length === 0 ? leaningNotes(turn.text, profile.memory.turns.at(-1)?.text, notes, leaningNames(profile.memory.turns.at(-1)?.text ?? '', profile, deps), deps) : [];
  // "hes a pug, 6 yrs old" after "my dog pretzel keeps snoring": only "6 yrs old" is kept of it alone; read with who
  // "he" is, the whole line is, and holds all that was kept.
  const leansWhole = toKeep.length > 0 && leaningAll.length > 0 && toKeep.every((note) => leaningAll.some((whole) => whole.includes(note)));
  const leaning = toKeep.length === 0 ? leaningAll : [];
  const besideForget = forgetsBefore ? notesBesideForget(toKeep, forgetsBefore, deps) : leansWhole ? leaningAll : [...toKeep, ...leaning];
  // "my dog is Biscuit. sorry, Buttons. Biscuit was the old one": what says the value set right is not kept.
  // "I'm with Dov now not Ezra, he left the firm": kept without what held before, when that leaves it unsaid.
  const oldSaid = (note: string) => (reading.setRightHere ?? []).some((value) => saysWords(note, value));
  const said = besideForget.map((note) => (oldSaid(note) ? withoutOldValue(note, noteLexicon(deps.content)) : note)).filter((note) => !oldSaid(note));
  for (const note of said) changes.push({ type: 'rememberNote', text: note, at });
  if (said.length > 0) turn.notes.keptNote = true;
  // "I don't know that yet" where a note says it in words the rules do not read: the note the learned ranker finds.
  const untold = requests.length === 1 && !shared && learning && isNotTold(requests[0].key, questions, deps) && !questions.some((question) => onlyKept(question.kinds, deps));
  const notKnown = untold ? answerFromRankedNote(notes, asking.asked ? asking : labelAsking(turn.text, asking, deps), questions.flatMap((question) => question.kinds), keptOtherwise(profile, questions), firstNames(profile, deps), deps, askedOf(someoneAskedOf(requests[0], questions), asking, profile, deps)) : undefined;
  // Only a question of when one works ("shift", "rota", `memoryScheduleNouns`): "when's marlene's birthday?" is not met
  // by the grandson's birthday "in june" only because that note says a month.
  const ofWork = asksSchedule(asking.asked ?? [], askedValueWords(deps.content));
  const ofSort = untold && ofWork && (notKnown === undefined || unheld(notKnown, turn.text, deps, notes.map((note) => note.text))) ? notesOfSortAsked(turn.text, notes, deps) : undefined;
  // "what shift pattern am I on?": of the notes its words point at, the one that says a day, a time or how often ("4 on 3 off").
  const heldNote = ofSort && ofSort.length > 0 && ofSort.length < notes.length ? (answerFromNotes(ofSort, { ...asking, everyWord: false }, deps, firstNames(profile, deps)) ?? scheduleNote(asking, ofSort, deps)) : notKnown;
  if (heldNote && !unheld(heldNote, turn.text, deps, notes.map((note) => note.text))) requests.splice(0, 1, heldNote);
  // "what did we name the pup?" still not told: a name a note gives beside the noun asked by, or one meaning the same.
  // Not the lines said lately: one that asked to forget ("his name was andre … pls forget him") is still among them.
  const stillNotTold = requests.length === 1 && !shared && learning && isNotTold(requests[0].key, questions, deps);
  const nameBeside = stillNotTold ? nameBesideNoun(turn.text, [...(asking.heads ?? []), ...someoneAskedOf(requests[0], questions), ...questions.flatMap((question) => (question.detail ? [question.detail] : []))], notes, deps) : undefined;
  if (nameBeside) requests.splice(0, 1, nameBeside);
  // "which halls am I in?" still not told: a kept value named by the noun asked ("Pollock Halls"), whatever its kind.
  const byNoun = stillNotTold && !nameBeside ? (valueNamedByNoun(turn.text, [...(asking.asked ?? []), ...(asking.heads ?? [])], profile.memory.facts, deps) ?? valueOfKindNamedByNoun(turn.text, [...(asking.asked ?? []), ...(asking.heads ?? [])], profile.memory.facts, deps)) : undefined;
  if (byNoun) requests.splice(0, 1, byNoun);
  // "who's Jonas?" after "forget Jonas", "how old is Lena?" never told of: a question about someone nothing answered is not told.
  const quiet = requests.length === 0 && changes.length === 0 && said.length === 0 && !stated && !shared && !reading.askedName && reading.forget.length === 0 && !forgetting && latest.changes.length === 0;
  // "where does Priya live?" that nothing kept answers, or a whole note would: the detail said of them, alone.
  const replaceable = requests.length === 0 ? quiet : requests.length === 1 && (isNotTold(requests[0].key, questions, deps) || NOTE_ANSWERS.has(requests[0].key) || NAMED_UNKNOWN.has(requests[0].key));
  const askingNamed = replaceable && !thingName && learning && !stated && !shared && !ranked && !byThing && !ageTold && reading.forget.length === 0 && !forgetting && latest.changes.length === 0;
  // "what does Arjun do for work?" told "complains about the grinder noise", of what was said of him: held to the sort asked as a note is.
  const detailFound = askingNamed ? answerNamedDetail(turn.text, known(profile, changes), deps) : undefined;
  const detailSaid = detailFound?.values?.value;
  const namedDetail = detailFound && typeof detailSaid === 'string' && askedValue(turn.text, askedValueWords(deps.content)) === 'work' && unheld({ key: 'memory.fromNote', values: { note: detailSaid } }, turn.text, deps, notes.map((note) => note.text)) ? undefined : detailFound;
  if (namedDetail) requests.splice(0, requests.length, namedDetail);
  const notTold = quiet && !namedDetail ? notToldOf(turn.text, profile, deps) : undefined;
  if (notTold) requests.push(notTold);
  // "who's the choir director?" read as asking who made the bot: nothing said answers it, so it was not told.
  // "what's the name of my band?" that nothing kept answers: not told, not the person's own name the intent model would say.
  const ownThingName = requests.length === 0 && learning && !stated && !shared && reading.forget.length === 0 && !forgetting && latest.changes.length === 0 && asksOwnThingName(turn.text, profile, deps);
  if (requests.length === 0 && (botNothing || ownThingName)) requests.push(notToldAsked(profile, deps));
  // "what's biscuit's vet called?": the kept pet named in the question owns what is asked, and is no answer to it.
  if (requests.length === 1 && learning && namesOwnerOnly(requests[0], turn.text, deps)) requests.splice(0, 1, notToldAsked(profile, deps));
  // "which of my kids has taken up bowls?": of the named ones, the one whose own words say so, not all of them.
  const chosen = learning && !shared && !stated && !ranked && (questions.length > 0 || asking.asked) && reading.forget.length === 0 && !forgetting ? answerChoice(turn.text, known(profile, changes), deps, requests) : undefined;
  if (chosen) requests.splice(0, requests.length, chosen);
  if (requests.length === 0) {
    // Nothing to say here: only what a loss let go of and what was said in one's own words are kept, and
    // the turn goes on to the intent model.
    turn.changes.push(...changes.filter((change) => change.type === 'removeFact' || change.type === 'rememberNote' || change.type === 'rememberFact'));
    return;
  }
  turn.changes.push(...changes);
  turn.requests.push(...requests.map((request, index) => (index === 0 ? request : { ...request, append: true })));
  // /why names what was used: the kinds stated or asked about, and a note when one answered ("something you told me in your own words").
  const fromNotes = requests.some((request) => NOTE_ANSWERS.has(request.key)) ? [NOTE_KIND] : [];
  turn.notes.memory = { kinds: [...new Set([...reading.facts.map((fact) => fact.kind), ...reading.others.map((fact) => fact.kind), ...questions.flatMap((question) => question.kinds), ...fromNotes])] };
  turn.handled = true;
}

/** "I don't know that yet" for what was asked: of the kind asked about, of someone asked about, or of anything. */
function unknownAsked(questions: readonly FactQuestion[], profile: UserProfile, deps: TurnDependencies): ReplyRequest {
  const question = questions[0];
  const about = question?.about;
  if (about) return about.noun === '' && about.name ? { key: 'memory.aboutNamedUnknown', values: { name: about.name } } : { key: 'memory.aboutUnknown', values: { about: about.noun } };
  if (!question) return notToldAsked(profile, deps);
  const ownKey = factUnknownKey(question.kinds[0]);
  const name = displayName(profile);
  return { key: deps.content.replies.has(ownKey) ? ownKey : 'memory.unknown', values: { label: labelOf({ kind: question.kinds[0], ...(question.detail ? { detail: question.detail } : {}) }, deps), ...(name ? { name } : {}) } };
}

/** The words the one a question asks about is said by ("brother", "Kwesi"), from what it asks or the reply that says it was not told. */
/** Those a question asks of for the ranked note: the nouns and names it says, and the names kept for a noun said without one. */
function askedOf(someone: readonly string[], asking: NoteQuestion, profile: UserProfile, deps: TurnDependencies): string[] {
  const kept = new Set(namedOnes(profile, deps).map((one) => one.name.toLowerCase()));
  const named = [...someone, ...(asking.about ?? [])].some((word) => kept.has(word.toLowerCase()));
  return [...new Set([...someone, ...(asking.about ?? []), ...(named ? [] : namesKeptAs(someone, profile, deps))])];
}

function someoneAskedOf(reply: ReplyRequest, questions: readonly AskedQuestion[]): string[] {
  const about = questions.flatMap((question) => (question.about ? [question.about.noun, ...(question.about.name ? [question.about.name] : [])] : []));
  const noun = reply.key === 'memory.aboutUnknown' ? reply.values?.about : undefined;
  return [...new Set([...about, ...(typeof noun === 'string' ? [noun] : [])])];
}

/**
 * The values kept as facts of kinds no question asks about, and the person's name: a note that says one answers that
 * kind, not this one. A fact of the kind asked about but of another thing ("favourite colour" when the favourite food is
 * asked) is kept otherwise too.
 */
function keptOtherwise(profile: UserProfile, questions: readonly AskedQuestion[]): Set<string> {
  const asks = (fact: Fact) => questions.some((question) => question.kinds.includes(fact.key) && (question.detail === undefined || fact.detail === undefined || question.detail.toLowerCase() === fact.detail.toLowerCase()));
  const name = displayName(profile);
  return new Set([...profile.memory.facts.filter((fact) => !asks(fact)).map((fact) => fact.value.toLowerCase()), ...(name ? [name.toLowerCase()] : [])]);
}

/** Whether the replies only say the bot was not told what was asked ("I don't know that yet"), of anything or anyone. */
export function toldNothing(requests: readonly ReplyRequest[]): boolean {
  return requests.length > 0 && requests.every((request) => request.key === 'memory.unknown' || request.key === 'memory.aboutUnknown' || NAMED_UNKNOWN.has(request.key) || /^fact\..+\.unknown$/.test(request.key));
}

/** Whether a reply says the bot was not told what was asked: of no kind, of someone, or of the kind asked about. */
function isNotTold(key: string, questions: readonly AskedQuestion[], deps: TurnDependencies): boolean {
  return key === 'memory.unknown' || key === 'memory.aboutUnknown' || questions.some((question) => question.kinds.some((kind) => key === factUnknownKey(kind) && deps.content.replies.has(key)));
}

/** A question in a label's words ("Allergy?") read for notes: its words, as a note question's. */
function labelAsking(text: string, asking: NoteQuestion, deps: TurnDependencies): NoteQuestion {
  const asked = labelAskWords(text, noteLexicon(deps.content));
  return asked ? { ...asking, asked, own: true, label: true } : asking;
}

/** The profile as it will be once this message's changes are applied. */
function known(profile: UserProfile, changes: readonly ProfileChange[]): UserProfile {
  return applyChanges(structuredClone(profile), changes);
}

/**
 * "and the other one?" after "what's my daughter called?": the same kind again, without the values the
 * previous question was narrowed to (the son, this time). Read again from the remembered previous message.
 */
function followUpQuestions(profile: UserProfile, deps: TurnDependencies): FactQuestion[] {
  const previous = profile.memory.turns.at(-1);
  if (!previous) return [];
  return deps.readMemory(previous.text).questions.map((question) => ({ kinds: question.kinds, ...(question.detail ? { except: question.detail } : {}) }));
}

function learnFacts(read: MemoryReading, text: string, profile: UserProfile, at: string, deps: TurnDependencies, changes: ProfileChange[], requests: ReplyRequest[]): void {
  const placed = setRightPlace(read, profile, deps, changes);
  // A place set right takes back nothing else.
  // "correction: the flux thing": a take-back followed by what cannot be read takes nothing back; the person
  // is asked to say it again. Only "scratch that" alone drops what was told last.
  const lexicon = memoryLexicon(deps.content);
  const unread = placed.retract && placed.facts.length === 0 && placed.others.length === 0 && read.correctedPlace === undefined && read.lastTakenBack !== true && !onlyRetraction(tokenize(text, lexicon.contractedIs), lexicon);
  // "wait no, the coach is Dora" after "coach is Dana": a note said again with another name is set right.
  const noteRight = unread && learningActive(profile) ? noteSetRight(text, profile.memory.notes ?? [], at, deps) : undefined;
  if (noteRight) changes.push(...noteRight);
  // "Correction — the appointment had to move to 21 November" with nothing kept it sets right: what it goes on to say is told all the same.
  const toldInstead = unread && !noteRight && learningActive(profile) ? notesToKeep(toldAfterRetraction(tokenize(text, lexicon.contractedIs), lexicon), [], true, deps) : [];
  for (const note of toldInstead) changes.push({ type: 'rememberNote', text: note, at });
  if (unread) requests.push({ key: noteRight || toldInstead.length > 0 ? 'memory.noteKept' : 'memory.correctionUnclear' });
  const retract = placed.retract && read.correctedPlace === undefined && !unread;
  const reading = retract ? inPlaceOfLast(placed, profile, deps, changes) : placed;
  if (retract && reading.facts.length > 0) {
    // "correction: not Tbilisi anymore, we are in Yerevan": what is said in its place is what is taken back,
    // the latest of each kind said again; the rest of what was told stays.
    for (const kind of new Set(reading.facts.map((fact) => fact.kind))) {
      const known = profile.memory.facts.filter((fact) => fact.key === kind);
      const latest = known.reduce((max, fact) => (fact.learnedAt > max ? fact.learnedAt : max), '');
      for (const fact of known.filter((fact) => fact.learnedAt === latest)) changes.push({ type: 'removeFact', key: fact.key, value: fact.value });
    }
  } else if (retract) {
    // "scratch that": what the last statement taught goes.
    const others = profile.memory.aboutOthers ?? [];
    const notes = profile.memory.notes ?? [];
    const latest = [...profile.memory.facts, ...others, ...notes].reduce((max, fact) => (fact.learnedAt > max ? fact.learnedAt : max), '');
    const retracted = notes.filter((note) => note.learnedAt === latest).map((note) => note.text);
    if (retracted.length > 0) changes.push({ type: 'removeNotes', texts: retracted });
    for (const fact of profile.memory.facts.filter((known) => known.learnedAt === latest)) changes.push({ type: 'removeFact', key: fact.key, value: fact.value });
    for (const fact of others.filter((known) => known.learnedAt === latest)) changes.push({ type: 'removeAbout', ...personOf(fact.about), key: fact.key, value: fact.value });
    if (reading.facts.length === 0 && reading.others.length === 0) requests.push({ key: 'memory.retracted' });
  }
  const briefs: string[] = [];
  for (const target of reading.partings) part(target, profile, at, deps, changes, requests);
  // "we got a parakeet named Kiwi, Jada picked him out" after "Jada is 6": someone named already is not a pet.
  const { people } = memoryLexicon(deps.content);
  const peopleNames = new Set([...profile.memory.facts, ...reading.facts.map((fact) => ({ key: fact.kind, value: fact.value }))].filter((fact) => people.has(fact.key)).map((fact) => fact.value.toLowerCase()));
  for (const fact of reading.facts) {
    const kind = deps.content.facts.get(fact.kind);
    if (!kind) continue;
    if (kind.value === 'name' && !people.has(fact.kind) && peopleNames.has(fact.value.toLowerCase())) continue;
    // "we got a puppy, Nala" after "no pets", "we have 3 dogs now": no longer none.
    const named = kind.value === 'name' ? fact.kind : fact.kind === COUNT_KIND && fact.detail ? countedKind(fact.detail, deps) : undefined;
    if (named) for (const none of noneTakenBack(named, fact.detail, profile.memory.facts, deps)) changes.push({ type: 'removeFact', key: none.key, value: none.value });
    // What this message sets right or takes back was never so: it is kept as no former value.
    const takenBack = changes.flatMap((change) => (change.type === 'removeFact' && change.value !== undefined ? [{ kind: change.key, value: change.value }] : []));
    changes.push(...inPlaceOfOneAtATime(fact, [...reading.removals, ...takenBack], profile, deps, at));
    changes.push({ type: 'rememberFact', key: fact.kind, value: fact.value, ...(fact.detail ? { detail: fact.detail } : {}), many: kind.many, ...(kind.perDetail ? { perDetail: true } : {}), at });
    for (const opposite of kind.opposite ?? []) changes.push({ type: 'removeFact', key: opposite, value: fact.value });
    if (kind.value === 'place' && fact.kind === 'home') {
      const city = deps.findCity(fact.value);
      // A home kept as typed ("Winchester") is not the city its name is near to.
      if (city && city.typo !== true) changes.push({ type: 'setLearnedHome', city: city.city, timeZone: city.timeZone });
    }
    // Said without a noun ("married to Ana", "my partner is Sam"): the kind's general noun names it ("Ana, your partner").
    const noun = fact.detail ?? kind.general?.[0]?.replace(/\s*\(.*\)$/, '') ?? '';
    // "Got it: 3 kids": a count names its noun in the plural.
    const detail = fact.kind === COUNT_KIND && fact.value !== '1' ? deps.pluralize(noun) : noun;
    briefs.push(renderTemplate(kind.brief ?? '{{value}}', { value: fact.value, detail }));
  }
  // What is told about someone else is kept about them, and says nothing of the person's own tastes or home.
  for (const told of reading.others) {
    const kind = deps.content.facts.get(told.kind);
    if (!kind?.about) continue;
    // "Samson is technically Adam's cat" after "4 cats: Cleo, Samson …": kept as Adam's, no longer the person's own.
    const fact = kind.value === 'name' ? ownedElsewhere(told, profile, changes, deps) : told;
    changes.push({ type: 'rememberAbout', about: fact.about, key: fact.kind, value: fact.value, ...(fact.detail ? { detail: fact.detail } : {}), many: kind.many, at });
    const byName = fact.about.noun === '' && fact.about.name !== undefined;
    briefs.push(renderTemplate(contentValue(deps.content, byName ? 'memoryAboutNamedBrief' : 'memoryAboutBrief') ?? '{{value}}', { value: fact.value, about: fact.about.noun, name: fact.about.name ?? '' }));
  }
  const formerKinds = memoryLexicon(deps.content).formerKinds;
  for (const removal of reading.removals) {
    changes.push(...removalsOf(removal, profile, deps));
    // "no longer vegetarian" is noted as what one used to be, not as something forgotten.
    if (reading.facts.some((fact) => fact.value === removal.value && formerKinds.get(removal.kind) === fact.kind)) continue;
    requests.push({ key: 'memory.forgot', values: { label: labelOf(removal, deps) } });
  }
  if (briefs.length > 0) requests.push({ key: 'memory.noted', values: { facts: list.format(briefs) } });
  // What is said about oneself also says what one is into, and how one writes.
  const valuesOf = (kind: string) => reading.facts.filter((fact) => fact.kind === kind).map((fact) => fact.value);
  changes.push(...statedInterests(valuesOf('like'), valuesOf('dislike'), deps.topicMentions, at));
  changes.push({ type: 'observeStyle', signals: styleSignals(text) });
}

/**
 * "lol jk, i'm a spurs fan" after "i support Chelsea": when nothing kept is of a kind the correction states, what
 * was told last goes, and what is said in its place is kept as that kind when it is one the kind falls back on.
 */
function inPlaceOfLast(reading: MemoryReading, profile: UserProfile, deps: TurnDependencies, changes: ProfileChange[]): MemoryReading {
  const facts = profile.memory.facts;
  // "scratch that, 3 cats" after "2 cats, Pickle & Taco": a count of a noun kept by name sets the count right, not the names.
  const keptAs = (fact: StatedFact) => (fact.kind === COUNT_KIND && fact.detail ? countedKind(fact.detail, deps) : fact.kind);
  if (reading.facts.length === 0 || reading.facts.some((fact) => facts.some((known) => known.key === fact.kind || known.key === keptAs(fact)))) return reading;
  const latest = facts.reduce((max, fact) => (fact.learnedAt > max ? fact.learnedAt : max), '');
  const last = facts.filter((fact) => fact.learnedAt === latest);
  if (last.length === 0) return reading;
  for (const fact of last) changes.push({ type: 'removeFact', key: fact.key, value: fact.value });
  const kind = last[0].key;
  const fallsBack = new Set(deps.content.facts.get(kind)?.orElse ?? []);
  return { ...reading, retract: false, facts: reading.facts.map((fact) => (fallsBack.has(fact.kind) ? { ...fact, kind } : fact)) };
}

/** "we broke up last week": the partner (or the one named) is kept as an ex from now on. */
function part(target: FactTarget, profile: UserProfile, at: string, deps: TurnDependencies, changes: ProfileChange[], requests: ReplyRequest[]): void {
  const becomes = memoryLexicon(deps.content).partingKinds.get(target.kind);
  const kind = becomes ? deps.content.facts.get(becomes) : undefined;
  if (!becomes || !kind) return;
  // "Ana and I split up" of one never told as a partner: they are an ex all the same.
  const known = matching(profile.memory.facts, target, deps);
  const parted = known.length === 0 && target.value !== undefined ? [{ key: target.kind, value: target.value }] : known;
  for (const fact of parted) {
    if (known.length > 0) changes.push({ type: 'removeFact', key: fact.key, value: fact.value });
    changes.push({ type: 'rememberFact', key: becomes, value: fact.value, ...('detail' in fact && fact.detail ? { detail: fact.detail } : {}), many: kind.many, at });
  }
  if (parted.length > 0) requests.push({ key: 'memory.parted', values: { value: list.format(parted.map((fact) => fact.value)) } });
}

function forget(named: FactTarget, profile: UserProfile, changes: ProfileChange[], deps: TurnDependencies): ReplyRequest {
  const target = withWhoNamed(named, profile);
  const label = labelOf(named, deps);
  if (target.kind === NAME_TARGET) {
    if (profile.explicit.name === undefined && profile.learned.name === undefined) return { key: 'memory.forgetNothing', values: { label } };
    changes.push({ type: 'forgetName' });
    return { key: 'memory.forgot', values: { label } };
  }
  if (target.kind === PERSON_TARGET && target.about) {
    const someone = personOf(target.about, deps);
    if (!(profile.memory.aboutOthers ?? []).some((fact) => aboutMatches(fact, someone, memoryLexicon(deps.content).sameNouns))) return { key: 'memory.forgetNothing', values: { label } };
    changes.push({ type: 'removeAbout', ...someone });
    return { key: 'memory.forgot', values: { label } };
  }
  // "forget the diabetes thing" after "diabetic type 2": the value said another way, by a word's stem.
  const value = target.value;
  const restated = value !== undefined && !target.about && !target.detail && matching(profile.memory.facts, target, deps).length === 0 ? profile.memory.facts.filter((fact) => fact.key === target.kind && sharesStem(fact.value, value)) : [];
  if (restated.length > 0) return restated.map((fact) => forget({ ...target, value: fact.value }, profile, changes, deps))[0];
  // "forget my sister's job"; "forget my sister" takes what was told about her too, named or not.
  const person = target.about ?? (memoryLexicon(deps.content).people.has(target.kind) ? { kind: target.kind, noun: target.detail ?? '', ...(target.value ? { name: target.value } : {}) } : undefined);
  const about = person ? { ...personOf(person, deps), ...(target.about ? { key: target.kind } : {}) } : undefined;
  const aboutFound = about !== undefined && (profile.memory.aboutOthers ?? []).some((fact) => aboutMatches(fact, about, memoryLexicon(deps.content).sameNouns));
  if (about && aboutFound) changes.push({ type: 'removeAbout', ...about });
  if (target.about) return { key: aboutFound ? 'memory.forgot' : 'memory.forgetNothing', values: { label } };
  // "forget my brothers" after "my two brothers": how many there are goes with them.
  const counts = target.value === undefined ? countsOfKind(target.kind, target.detail, profile.memory.facts, deps) : [];
  for (const fact of counts) changes.push({ type: 'removeFact', key: fact.key, value: fact.value, ...(fact.detail ? { detail: fact.detail } : {}) });
  // "forget Hemi" after "we split up": the ex too, who was the partner.
  // Removed whether kept yet or not: the split may be told in the same message ("we broke up. forget her").
  const values = target.value ? [target.value] : matching(profile.memory.facts, target, deps).map((fact) => fact.value);
  const opposites: ProfileChange[] = (deps.content.facts.get(target.kind)?.opposite ?? []).flatMap((kind) => values.map((value): ProfileChange => ({ type: 'removeFact', key: kind, value })));
  changes.push(...opposites);
  // "forget my job": where the work is done goes with it (`forgetsWith`), when the whole kind is forgotten.
  const whole = target.value === undefined && target.detail === undefined && target.about === undefined;
  const withIt = whole ? (deps.content.facts.get(target.kind)?.forgetsWith ?? []).filter((kind) => profile.memory.facts.some((fact) => fact.key === kind)) : [];
  for (const kind of withIt) changes.push({ type: 'removeFact', key: kind });
  const removals = removalsOf(target, profile, deps);
  // "forget the asthma thing" after "Miles has asthma": what was told of someone in their life goes too.
  const toldOfOthers = target.value !== undefined ? (profile.memory.aboutOthers ?? []).filter((fact) => fact.key === target.kind && (fact.value.toLowerCase() === value?.toLowerCase() || sharesStem(fact.value, value ?? ''))) : [];
  for (const fact of toldOfOthers) changes.push({ type: 'removeAbout', key: fact.key, value: fact.value });
  if (removals.length === 0 && (aboutFound || toldOfOthers.length > 0 || counts.length > 0)) return { key: 'memory.forgot', values: { label } };
  if (removals.length === 0) return { key: 'memory.forgetNothing', values: { label } };
  changes.push(...removals);
  return { key: 'memory.forgot', values: { label } };
}

/** "forget Amira's age": someone named by their name alone is the one of that name told of, whoever they are. */
function withWhoNamed(target: FactTarget, profile: UserProfile): FactTarget {
  const name = target.about?.kind === undefined ? target.about?.name?.toLowerCase() : undefined;
  const told = name ? (profile.memory.aboutOthers ?? []).find((fact) => fact.about.name?.toLowerCase() === name) : undefined;
  return told ? { ...target, about: told.about } : target;
}

/** A message that takes back all it said: nothing read from it is kept. */
function tookBack(read: MemoryReading): MemoryReading {
  const rest: MemoryReading = { ...read, facts: [], others: [], removals: [], kept: [], partings: [], retract: false, takesBackSaid: true };
  delete rest.name;
  return rest;
}

/**
 * A take-back of part of what this message said: what it names ("forget I said Lubbock": the facts that say
 * it; the rest stays), or, pointed at ("ex = Femke but delete that, forget her"), the one fact said last of
 * several. Undefined when it takes back all: it names nothing and points at one fact or none.
 * `words`: what the notes kept beside it must not say.
 */
function tookBackPart(read: MemoryReading, said: readonly string[], text: string, deps: TurnDependencies): { reading: MemoryReading; words: string[] } | undefined {
  const lexicon = memoryLexicon(deps.content);
  const named = said.filter((word) => /\p{L}/u.test(word) && !POINTING_BACK.has(word) && !lexicon.fillers.has(word) && !lexicon.vagueNouns.has(word) && !noteLexicon(deps.content).stopWords.has(word));
  const wanted = new Set(named.map(stemOf));
  // What it names was said before it, in the message ("… in Lubbock. forget I said Lubbock"), not only named by
  // what it is ("I earn 400k a month. please forget my salary" takes back all).
  const stems = tokenize(text, lexicon.contractedIs).map((token) => stemOf(token.norm));
  if (named.length > 0 && [...wanted].some((word) => stems.filter((one) => one === word).length < 2)) return undefined;
  const says = (value: string) => value.toLowerCase().split(/[\s,.;:!?]+/).some((word) => wanted.has(stemOf(word)));
  const facts = read.facts.length + read.others.length;
  const last = read.facts.at(-1);
  const gone = named.length > 0 ? [...read.facts, ...read.others].filter((fact) => says(fact.value)) : facts >= 2 && read.others.length === 0 && last ? [last] : undefined;
  if (gone === undefined) return undefined;
  const reading = { ...read, facts: read.facts.filter((fact) => !gone.includes(fact)), others: read.others.filter((fact) => !gone.includes(fact)), retract: false };
  return { reading, words: [...named, ...gone.flatMap((fact) => fact.value.toLowerCase().split(/\s+/))] };
}

/** Kept facts whose value or thing says one of the words to forget by its stem ("forget the Stormers bit"). */
function factsSaying(facts: readonly Fact[], words: readonly string[], deps: TurnDependencies, notes: readonly Note[] = []): Fact[] {
  const lexicon = memoryLexicon(deps.content);
  const wanted = new Set(words.filter((word) => /\p{L}/u.test(word) && word.length > 2 && !lexicon.fillers.has(word) && !lexicon.vagueNouns.has(word)).map(stemOf));
  if (wanted.size === 0) return [];
  const says = (text: string | undefined) => text !== undefined && text.toLowerCase().split(/[\s,.;:!?]+/).some((word) => wanted.has(stemOf(word)));
  // "forget the reptile": a thing kept as a kind of it (a corn snake), as WordNet files it. Only a word said
  // as a noun names a kind: "the part about *being* scared" is no being, a living thing (a daughter kept).
  const plain = words.map((word) => word.toLowerCase()).filter((word) => wanted.has(stemOf(word)) && (wordLexicon().tags(word)?.[0] ?? 'NN').startsWith('NN'));
  const isKindOfSaid = (detail: string | undefined) => detail !== undefined && plain.some((word) => nounKinds().kindsOf(detail).has(word));
  // "forget the betta" of "a betta fish named Admiral Bubbles, and a pigeon named Greg": the value named in the
  // part of a forgotten note that says it goes too (Admiral Bubbles, not Greg), whatever WordNet knows of bettas.
  const parts = notes.flatMap((note) => note.text.split(NOTE_PART)).filter(says);
  const namedIn = (value: string) => parts.some((part) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(value)}(?![\\p{L}\\p{N}])`, 'iu').test(part));
  return facts.filter((fact) => says(fact.value) || says(fact.detail) || isKindOfSaid(fact.detail) || namedIn(fact.value));
}

/** Where a note's parts meet: a comma, a semicolon, "and". */
const NOTE_PART = /\s*[,;]\s*|\s+and\s+/i;

function stemOf(word: string): string {
  return PorterStemmer.stem(word.toLowerCase());
}

/** Shortest stem two words share to be one said another way ("diabet": diabetes, diabetic). */
const MIN_STEM = 5;

function sharesStem(kept: string, said: string): boolean {
  const stems = (text: string) => text.toLowerCase().split(/\s+/).filter((word) => word.length >= MIN_STEM + 1).map((word) => word.slice(0, MIN_STEM + 1));
  const keptStems = new Set(stems(kept));
  return stems(said).some((stem) => keptStems.has(stem));
}

/** The facts a target names, one change each: "forget my dog" takes the beagle too. */
function removalsOf(target: FactTarget, profile: UserProfile, deps: TurnDependencies): ProfileChange[] {
  if (!target.detail) return matching(profile.memory.facts, target, deps).length > 0 ? [{ type: 'removeFact', key: target.kind, ...(target.value ? { value: target.value } : {}) }] : [];
  return matching(profile.memory.facts, target, deps).map((fact) => ({ type: 'removeFact', key: fact.key, value: fact.value }));
}

/** "forget what I eat" names two kinds (diet, avoids): one reply for both. */
function groupTargets(targets: readonly FactTarget[]): FactTarget[] {
  return targets.filter((target, index) => targets.findIndex((other) => other.kind === target.kind && other.value === target.value && other.detail === target.detail) === index);
}

/** Facts of a kind, narrowed to a value or a noun; a beagle is found as a dog ("beagle < dog" in content). */
function matching(facts: readonly Fact[], target: FactTarget, deps: TurnDependencies): Fact[] {
  const { parents, sameNouns } = memoryLexicon(deps.content);
  // "my mum" is the one told as "my mom".
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase() || (sameNouns.get(a.toLowerCase()) ?? a.toLowerCase()) === sameNouns.get(b.toLowerCase());
  // "twin brother" is a twin and a brother.
  const isA = (detail: string, wanted: string) => same(detail, wanted) || same(parents.get(detail.toLowerCase()) ?? '', wanted) || (detail.includes(' ') && detail.toLowerCase().split(/\s+/).includes(wanted.toLowerCase()));
  return facts.filter((fact) => fact.key === target.kind && (target.value === undefined || same(fact.value, target.value)) && (target.detail === undefined || (fact.detail !== undefined && isA(fact.detail, target.detail))));
}

/** Facts of a kind kept under a thing with the same last word ("hot drink" and "drink"). */
function sameThing(facts: readonly Fact[], kind: string, detail: string): Fact[] {
  const head = (thing: string) => thing.toLowerCase().split(/\s+/).at(-1);
  return facts.filter((fact) => fact.key === kind && fact.detail !== undefined && head(fact.detail) === head(detail));
}

/** Whether a value ends in a city ("one of the big four in Johannesburg", "amazon out in Phoenix"). */
function namesCity(value: string, deps: TurnDependencies): boolean {
  const words = value.split(/\s+/);
  return words.some((_, at) => at > 0 && words[at - 1].toLowerCase() === 'in' && deps.findCity(words.slice(at).join(' ')) !== undefined);
}

/** The general nouns of a kind ("kid", "child" for children), as they are kept. */
function generalNouns(kind: string, deps: TurnDependencies): string[] {
  return (memoryLexicon(deps.content).kinds.get(kind)?.nouns ?? []).filter((noun) => noun.general).map((noun) => noun.detail);
}

/** Facts of a kind told with one of its general nouns ("kid", "little ones"), not a narrower one. */
function generalOf(kind: string, facts: readonly Fact[], deps: TurnDependencies): Fact[] {
  const general = new Set(generalNouns(kind, deps));
  return facts.filter((fact) => fact.key === kind && fact.detail !== undefined && general.has(fact.detail));
}

/** Who a removal is about: the noun only when it names one of them ("sister", not "kids" or a partner's "wife"). */
function personOf(about: Someone, deps?: TurnDependencies): { kind?: string; noun?: string; name?: string } {
  const { kind } = about;
  const general = deps !== undefined && kind !== undefined && (about.noun === '' || isGeneralNoun(kind, about.noun, memoryLexicon(deps.content)) || deps.content.facts.get(kind)?.many !== true);
  return { ...(kind ? { kind } : {}), ...(general ? {} : { noun: about.noun }), ...(about.name ? { name: about.name } : {}) };
}

/** Whether a fact is about the one wanted; nouns that name the same one match ("my mother" and "my mom"). */
function aboutMatches(fact: FactAbout, wanted: { kind?: string; noun?: string; name?: string; key?: string }, sameNouns: ReadonlyMap<string, string>): boolean {
  const same = (a: string | undefined, b: string | undefined) => a === undefined || (b !== undefined && a.toLowerCase() === b.toLowerCase());
  const sameNoun = (a: string | undefined, b: string | undefined) => same(a, b) || (a !== undefined && b !== undefined && sameNouns.get(a.toLowerCase()) !== undefined && sameNouns.get(a.toLowerCase()) === sameNouns.get(b.toLowerCase()));
  // "my brother" asks of "my twin brother Leo", "my friend" of "my best friend Dani": the noun told with a word before it.
  const described = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && b.toLowerCase().split(/\s+/).length > 1 && b.toLowerCase().split(/\s+/).at(-1) === a.toLowerCase();
  return fact.about.kind === wanted.kind && (sameNoun(wanted.noun, fact.about.noun) || described(wanted.noun, fact.about.noun)) && same(wanted.name, fact.about.name) && same(wanted.key, fact.key);
}

function labelOf(target: FactTarget, deps: TurnDependencies): string {
  if (target.kind === NAME_TARGET) return contentValue(deps.content, 'memoryNameLabel') ?? NAME_TARGET;
  if (target.kind === PERSON_TARGET && target.about) return renderTemplate(contentValue(deps.content, 'memoryAboutPersonLabel') ?? '{{about}}', { about: target.about.noun });
  const definition = deps.content.facts.get(target.kind);
  const about = target.about ? definition?.about : undefined;
  if (target.about && about && !target.about.kind && target.about.name) return renderTemplate(contentValue(deps.content, 'memoryAboutNamedLabel') ?? '{{label}}', { name: target.about.name, label: about.label });
  if (target.about && about) return renderTemplate(contentValue(deps.content, 'memoryAboutLabel') ?? '{{label}}', { about: target.about.noun, label: about.label });
  // "forget my favourite food": "your favourite food", as the kind's `detailLabel` names one thing.
  if (!target.value && target.detail && definition?.detailLabel) return renderTemplate(definition.detailLabel, { detail: target.detail });
  return target.value ?? definition?.label ?? target.kind;
}

/**
 * Whether what was told of someone by name says the words picked ("is at *medical school*"): a fact kept about
 * them that holds one of the words, or a note that names them and holds them all.
 */
function pickedBy(name: string, words: readonly string[], profile: UserProfile): boolean {
  const said = (text: string) => new Set(text.toLowerCase().split(/[^\p{L}\p{N}'-]+/u));
  const ofThem = (profile.memory.aboutOthers ?? []).filter((fact) => fact.about.name?.toLowerCase() === name.toLowerCase());
  if (ofThem.some((fact) => words.some((word) => said(fact.value).has(word)))) return true;
  return (profile.memory.notes ?? []).some((note) => {
    const text = said(note.text);
    return text.has(name.toLowerCase()) && words.every((word) => text.has(word));
  });
}

/** The answer from the profile, one reply per kind it knows; "I don't know" when it knows none. */
function answer(question: FactQuestion, profile: UserProfile, shared: boolean, deps: TurnDependencies, asking?: NoteQuestion): ReplyRequest[] {
  if (shared) return [{ key: 'privacy.shared' }];
  if (question.names) return answerWho(question.names, profile, deps);
  if (question.whose) {
    const whose = answerWhose(question.whose, question.kinds, profile, deps);
    // Not kept as anyone's: what was said of it in a note may tell ("two parrots, both are my dad's").
    const said = [question.whose.name ?? question.whose.noun ?? '', ...pluralsOf(question.whose.noun ?? '', deps)].filter((word) => word !== '');
    return whose ? [whose] : orFromNote([notToldAsked(profile, deps)], 'memory.unknown', profile, deps, asking, { hints: said, mustSay: said });
  }
  // "what was the name of the dog we lost?": asked of one gone (`memoryFormerAsks`), the kind's former ones answer first.
  const formers = question.kinds.flatMap((kind) => memoryLexicon(deps.content).formerKinds.get(kind) ?? []).filter((kind) => deps.content.facts.get(kind)?.value === 'name');
  const asksGone = !question.standIn && !question.about && formers.length > 0 && asking?.asked?.some((word) => contentList(deps.content, 'memoryFormerAsks').includes(word.toLowerCase())) === true;
  const gone = asksGone ? answer({ ...question, kinds: formers, standIn: true }, profile, shared, deps) : [];
  if (gone.length > 0 && gone.every((reply) => formers.some((kind) => reply.key === factAnswerKey(kind)))) return gone;
  if (question.about) {
    // "how old are the boys?": several asked of, named in a note by the plural said or as twins.
    const group = groupAsked(question.about.kind, question.about.noun, asking?.said ?? [], memoryLexicon(deps.content), (word) => wordLexicon().tags(word));
    // "how old is my abuelo?" of "live with my abuelo, he's 88": asked of a grandpa, said by any word kept for one.
    const who = [...new Set([question.about.noun, ...(question.about.name ? [question.about.name] : namesKeptAs([question.about.noun], profile, deps)), ...pluralsOf(question.about.noun, deps), ...group, ...sameKindWords(question.about.noun, memoryLexicon(deps.content))])];
    // "when is Paul's birthday?": a note answers a date by what it says of them, not by naming them alone ("my
    // husband Paul works offshore").
    const whoWords = new Set(who.flatMap((words) => words.toLowerCase().split(/\s+/)));
    const dated = question.kinds.every((kind) => deps.content.facts.get(kind)?.value === 'date');
    const byWhat = dated && asking?.asked ? { ...asking, asked: asking.asked.filter((word) => !whoWords.has(word.toLowerCase())) } : asking;
    const told = answerAbout(question, question.about, profile, deps, asking);
    // "how old are the twins?" told only in a note ("the twins Neema and Imani, 24"): the age it says of them.
    const age = told[0]?.key === 'memory.aboutUnknown' && question.kinds.includes(AGE_KIND) ? ageFromNotes(learningActive(profile) ? (profile.memory.notes ?? []) : [], who, deps) : undefined;
    if (age) return [age];
    return orFromNote(told, 'memory.aboutUnknown', profile, deps, byWhat?.asked?.length === 0 ? undefined : byWhat, { hints: [question.about.noun], mustSay: who, leanOn: firstNames(profile, deps) });
  }
  // "what's my role on the boat?": the role a note says one holds there, not the work kept.
  const held = question.standIn ? undefined : answerHeldRole(asking?.said, profile, deps);
  if (held) return [held];
  const facts = learningActive(profile) ? profile.memory.facts : [];
  // "what was my job at the bank?" after "a bank teller": a kept value that says the words no kind is asked with answers, before notes.
  const saidByFact = facts.some((fact) => question.kinds.includes(fact.key) && fact.value.toLowerCase().split(/\s+/).some((word) => question.unknown?.includes(word) === true));
  // "where did I live before Stockholm?": words that name a whole value kept, of any kind, only say when, not what is asked.
  const placedByKept = question.unknown !== undefined && facts.some((fact) => fact.value.toLowerCase() === question.unknown?.join(' '));
  if (question.unknown && asking && !question.standIn && !saidByFact && !placedByKept) {
    const own = learningActive(profile) ? (profile.memory.notes ?? []) : [];
    // "what's the mama dog's name?" of "their mom, a sweet black lab named Pepper": the noun of the kind may be said by a
    // sort of it ("lab"), in a note that says one ("my mum Joan" is no dog).
    const detail = question.detail;
    const saying = detail !== undefined && asking.everyWord === true ? own.filter((one) => saysNoun(one.text, detail, askedValueWords(deps.content))) : [];
    const note = answerFromNotesNaming(own, question.unknown, asking, deps) ?? (saying.length > 0 ? answerFromNotesNaming(saying, question.unknown, { ...asking, everyWord: false }, deps) : undefined);
    if (note) return [note];
  }
  // "what kind of dog do I have?" after "my dog Thelonious …, he is a basset hound": a name is no kind of dog.
  const ofKind = asking?.kindOf && !question.standIn ? answerFromNoteByHead(learningActive(profile) ? (profile.memory.notes ?? []) : [], asking, facts.filter((fact) => question.kinds.includes(fact.key)).map((fact) => fact.value), deps) : undefined;
  if (ofKind) return [ofKind];
  // "which agency am I with?" of "a warehouse near Venlo" kept, and "through an agency (Otto)" said: a label of the kind
  // it is never asked by (`labels` not in `ask`) asks for one thing of that sort, which a kept value naming nothing is
  // not; a note that says the noun answers, before the kind.
  const narrower = !question.standIn && asking ? narrowerAsked(question.kinds, asking, facts, deps) : [];
  // Only the notes that say it: "which agency am I with?" is not answered by what is said of one's wife.
  const narrowerSaid = new Set(narrower.flatMap((noun) => [noun, deps.pluralize(noun)]));
  // …as the thing said, not as a word before another noun ("agency housing" is housing).
  const headSaid = (words: readonly string[]) => words.some((word, at) => narrowerSaid.has(word) && !/^NN/.test(wordLexicon().tags(words[at + 1] ?? '')?.[0] ?? ''));
  const sayingNarrower = (learningActive(profile) ? (profile.memory.notes ?? []) : []).filter((one) => headSaid(one.text.toLowerCase().split(/[^\p{L}-]+/u).filter((word) => word !== '')));
  const ofNarrower = sayingNarrower.length > 0 ? answerFromNotesNaming(sayingNarrower, narrower, asking ?? {}, deps) : undefined;
  if (ofNarrower) return [ofNarrower];
  const replies: ReplyRequest[] = [];
  /** Values of no category WordNet knows, when none is of the category asked ("shoegaze" for "what music do I like?"). */
  const uncategorized: ReplyRequest[] = [];
  const ofNoCategory = (fact: Fact) => fact.detail === undefined && deps.categoriesOf(fact.value).length === 0;
  // "am I vegan?": the kinds that keep "vegan" answer, with it alone ("no longer vegan", not also "pescatarian").
  const asked = (fact: Fact) => question.values?.includes(fact.value.toLowerCase()) === true;
  const valued = question.kinds.filter((kind) => facts.some((fact) => fact.key === kind && asked(fact)));
  for (const kind of valued.length > 0 ? valued : question.kinds) {
    // "which sports do I play?" is not about the instruments one plays: a kind of one category answers only for it.
    const ownCategory = deps.content.facts.get(kind)?.category;
    if (ownCategory !== undefined && question.category !== undefined && question.category !== ownCategory) continue;
    let found = matching(facts, { kind, ...(question.detail ? { detail: question.detail } : {}) }, deps).filter((fact) => valued.length === 0 || asked(fact)).filter((fact) => (question.except === undefined || fact.detail !== question.except) && (!question.placesOnly || deps.content.facts.get(kind)?.value === 'place' || namesCity(fact.value, deps)) && (question.saying === undefined || saysAny(fact.value, question.saying)) && (!question.named || namesSomething(fact.value) || toldAsKind(fact.value, question.toldAs ?? [], profile, deps)));
    const definition = deps.content.facts.get(kind);
    // "what about my partner?" when the partner was told as "my wife": one partner, whatever the noun.
    if (found.length === 0 && question.detail && definition && !definition.many && !definition.perDetail) found = matching(facts, { kind }, deps).map((fact) => ({ ...fact, detail: fact.detail ?? question.detail }));
    // "what's my favourite drink?" about a favourite hot drink, and the other way round: the same thing by its last word, as told.
    if (found.length === 0 && question.detail && definition?.perDetail) found = sameThing(facts, kind, question.detail);
    // "fav cricketer?" about a favourite player, "what's my favourite dessert?" about a favourite food: a thing WordNet relates, as told.
    if (found.length === 0 && question.detail && definition?.perDetail) found = relatedThings(facts, kind, question.detail, deps);
    // "what are the twins called?" after "two girls, Isla and Maeve": a group noun ("twins") is all of the kind, as told.
    if (found.length === 0 && question.detail && groupNounsOf(kind, memoryLexicon(deps.content), (word) => wordLexicon().tags(word)).includes(question.detail)) found = matching(facts, { kind }, deps);
    // "what's my son called?" when he was told as "a 2 year old": the ones told by a general noun answer, as told.
    // Not "how many sons?" after "three boys. The eldest, Ebuka": the number said answers that.
    const general = found.length === 0 && question.detail && !(question.count && toldCount(kind, question.detail, facts, deps)) ? generalOf(kind, facts, deps) : [];
    if (general.length > 0) {
      replies.push({ key: factAnswerKey(kind), values: { value: list.format(general.map((fact) => fact.value)), detail: list.format([...new Set(general.map((fact) => fact.detail ?? ''))]) } });
      continue;
    }
    // "which of the grandchildren is at medical school?": the ones what is kept of them says it of.
    if (question.picking && found.length > 1) {
      const picked = found.filter((fact) => pickedBy(fact.value, question.picking ?? [], profile));
      if (picked.length > 0) found = picked;
    }
    // "what is my hobby apart from music?": what names music, or is music, is left out.
    if (question.excluding) found = found.filter((fact) => !excluded(fact.value, question.excluding ?? [], deps));
    // "how many grandchildren do I have?", "do I have kids?" after "I have five of them": the number said.
    const told = definition?.value === 'name' && (question.count || question.yesNo) ? toldCount(kind, question.detail, facts, deps) : undefined;
    if (found.length === 0 && told) {
      replies.push({ key: 'memory.countOnly', values: { count: told.count, detail: told.count === 1 ? told.detail : deps.pluralize(told.detail) } });
      continue;
    }
    if (found.length === 0) continue;
    // A thing kept with what describes it (`memoryDescribedKinds`: "dark green 2009 Saab 9-3"): "what's my van called?"
    // is for what else was said of it, unless its value names it; the one told last answers "what do I drive now?".
    const described = contentList(deps.content, 'memoryDescribedKinds').includes(kind);
    const askedWords = asking?.said ?? [];
    const saysAsked = (list: string) => contentList(deps.content, list).some((word) => askedWords.includes(word));
    if (described && saysAsked('memoryAskedNameWords') && !found.some((fact) => fact.value.toLowerCase().split(/\s+/).some((word) => contentList(deps.content, 'memoryNamingWords').includes(word)))) continue;
    if (described && found.length > 1 && (asking?.now === true || saysAsked('memoryNewestAsks'))) found = found.slice(-1);
    // "what part of the city do we live in?" of "we're in copenhagen, living in nørrebro": the part told beside the place kept.
    const part = definition?.value === 'place' && saysAsked('memoryPlacePartAsks') ? partTold(found, profile, deps) : undefined;
    if (part) {
      replies.push({ key: factAnswerKey(kind), values: { value: part, detail: '' } });
      continue;
    }
    const city = definition?.value === 'place' ? cityInstead(found.map((fact) => fact.value), asking, profile, deps) : undefined;
    if (city) {
      replies.push({ key: factAnswerKey(kind), values: { value: city, detail: '' } });
      continue;
    }
    // "what kind of dog do I have?": the sorts ("beagle"), when they were said.
    const sorts = question.sort && question.detail ? [...new Set(found.map((fact) => fact.detail).filter((detail): detail is string => detail !== undefined && detail !== question.detail))] : [];
    if (sorts.length > 0 && deps.content.replies.has(factSortAnswerKey(kind)) && !question.named) {
      replies.push({ key: factSortAnswerKey(kind), values: { value: list.format(sorts), detail: question.detail ?? '' } });
      continue;
    }
    // "what breed is my dog?" when only "a dog, Moose" was kept: a name is no breed. What was said of them in
    // their own words may tell it ("pets: 1 dog, Moose, husky").
    const saidOf = question.sort && question.detail && sorts.length === 0 && !question.named ? notesSaying(learningActive(profile) ? (profile.memory.notes ?? []) : [], found.map((fact) => fact.value)).at(-1) : undefined;
    // "… my old dog Bramble, she's a border collie": the sort the note says, not all it says beside.
    const sortSaid = saidOf && question.detail ? sortSaidOf(saidOf.text, question.detail.toLowerCase(), memoryLexicon(deps.content).contractedIs) : undefined;
    if (sortSaid) {
      replies.push({ key: 'memory.fromNotePart', values: { part: sortSaid } });
      continue;
    }
    if (saidOf) {
      replies.push(noteReply(saidOf.text, undefined, asking?.asked ?? [], deps));
      continue;
    }
    // "what's my dog called?" about a beagle: the answer says "dog", as asked.
    // A partner told as "my boyfriend" is still named so when asked about as "my girlfriend".
    const sortOf = (fact: Fact) => memoryLexicon(deps.content).parents.get((fact.detail ?? '').toLowerCase()) === question.detail;
    // "dog's name and breed": the sort kept says the breed beside the name ("Your labrador: Bamse").
    if (question.detail && !definition?.perDetail && !(question.named && sorts.length > 0)) found = found.map((fact) => (sortOf(fact) ? { ...fact, detail: question.detail } : fact));
    // "what music do I like?": only the likes WordNet files under music, when any are. A value kept per thing
    // is of its thing's category, whatever the word (a favourite colour "green" is no food).
    // A taste told under a topic ("music-wise I'm into shoegaze") is of the topic's category, kept as its detail.
    const ofCategory = (fact: Fact) => (!definition?.perDetail && fact.detail === question.category) || deps.categoriesOf(definition?.perDetail && fact.detail ? fact.detail : fact.value).includes(question.category ?? '');
    const inCategory = question.category && memoryLexicon(deps.content).categoryKinds.get(kind) !== question.category ? found.filter(ofCategory) : [];
    if (inCategory.length > 0) found = inCategory;
    // Standing in ("what foods do I avoid?" answered from dislikes), only what is of the sort asked about.
    else if (question.standIn && question.category) continue;
    // "which sport do I play?" when no like is one: a note may say it ("basketball is life, …"), else the values
    // WordNet files under nothing ("pickup"), not those of another category ("chess" is no food). With none such, all answer.
    // Only tastes (`memoryTasteKinds`: likes and dislikes): "do I drink?" is answered by a diet of any word ("sober").
    else if (question.category && !question.yesNo && contentList(deps.content, 'memoryTasteKinds').includes(kind) && definition !== undefined && !definition.perDetail && memoryLexicon(deps.content).categoryKinds.get(kind) !== question.category && found.some(ofNoCategory)) {
      const unsorted = found.filter(ofNoCategory);
      uncategorized.push({ key: factAnswerKey(kind), values: { value: list.format(unsorted.map((fact) => fact.value)), detail: '' } });
      continue;
    }
    // "what kind of tv can't I stand?": the values that say it ("reality tv"), when any do.
    // "can I have dairy?": an allergy to lactose says it, by what it keeps one from.
    const keepsFrom = (fact: Fact) => Object.entries(definition?.avoidWords ?? {}).some(([value, words]) => fact.value.toLowerCase().includes(value) && words.some((word) => question.words?.includes(word) === true));
    const saying = found.filter((fact) => fact.value.toLowerCase().split(/\s+/).some((word) => question.words?.includes(word) === true) || keepsFrom(fact));
    if (saying.length > 0) found = saying;
    else if (question.onlySaying) continue;
    const details = [...new Set(found.map((fact) => fact.detail).filter((detail): detail is string => detail !== undefined))];
    // "what are my favourites?": one answer per thing ("Your favourite food is pho. Your favourite colour is green.").
    if (definition?.perDetail) {
      for (const detail of details) replies.push({ key: factAnswerKey(kind), values: { value: list.format(found.filter((fact) => fact.detail === detail).map((fact) => fact.value)), detail } });
      continue;
    }
    // "twins" is plural already.
    // A partner told of without a noun ("I'm seeing Rosa") is named by the kind's general one ("partner").
    const named = details.length > 0 ? details : generalNouns(kind, deps).slice(0, 1);
    const detail = named.length === 1 && found.length > 1 && !named[0].endsWith('s') ? deps.pluralize(named[0]) : list.format(named);
    // "how many kids have I got?": how many, not who (a few names beside "3 kids" would answer what was not asked).
    if (question.count && definition?.value === 'name') {
      // "we have 3 kids, Mateo is 9 …": the number said, when more than were named.
      const count = Math.max(found.length, told?.count ?? 0);
      const noun = told && told.count > found.length ? told.detail : details.length === 1 ? details[0] : (generalNouns(kind, deps)[0] ?? details[0] ?? kind);
      replies.push({ key: 'memory.countOnly', values: { count, detail: count === 1 ? noun : deps.pluralize(noun) } });
      continue;
    }
    // "how many languages do I speak?" of "arabic, french, english and german": a kind of many values is counted, by the noun asked.
    const counted = question.count && definition?.many === true && found.length > 1 ? countedNoun(askedWords) : undefined;
    if (counted) {
      replies.push({ key: 'memory.countOnly', values: { count: found.length, detail: deps.pluralize(counted) } });
      continue;
    }
    // "Fernhill Labs in Vancouver" answers "where do I work?" with the place of work, and "which city am I in?"
    // (standing in) with the city alone: each question its own part.
    // "what city do I work in?" asks the city with it: the value as told.
    const asksPlace = asking?.heads?.some((head) => contentList(deps.content, 'memoryPlaceRoots').includes(head)) === true;
    const placed = definition?.value === 'place' || (asksPlace && !question.placesOnly) ? [] : found.map((fact) => cityAtEnd(fact.value, deps.findCity));
    if (question.placesOnly && placed.some((value) => value !== undefined)) {
      const cities = [...new Set(placed.flatMap((value) => (value ? [value.city] : [])))];
      replies.push({ key: 'memory.placeOfKind', values: { value: list.format(cities), label: definition?.label ?? kind } });
      continue;
    }
    const alone = placed.map((value) => (value && standsAlone(value.what) ? value.what : undefined));
    const colours = new Set(contentList(deps.content, 'memoryNamedColours'));
    // "what colour is my van?" is told the colour, "which van do I have?" the van: each question its own part.
    const shades = described && saysAsked('memoryColourAsks') ? found.map((fact) => colourOf(fact.value, colours)).filter((shade): shade is string => shade !== undefined) : [];
    if (shades.length > 0) {
      replies.push({ key: 'memory.fromNotePart', values: { part: list.format(shades) } });
      continue;
    }
    const shown = found.map((fact, at) => (described ? withoutColour(alone[at] ?? fact.value, colours) : (alone[at] ?? fact.value)));
    replies.push({ key: factAnswerKey(kind), values: { value: list.format(shown), detail } });
  }
  if (replies.length === 0 && uncategorized.length > 0) return categoryFromNote(question, uncategorized, profile, deps, asking);
  // "do I have a dog?": yes, and which.
  if (replies.length > 0) return question.yesNo ? [{ key: 'memory.yes' }, ...replies] : replies;
  // "do I have children?" after "no kids", "how many cats?" after "I've no cats myself".
  const none = toldNone(question.kinds, question.detail, facts, deps);
  if (none) return [none];
  // "can I have dairy?" after "lactose intolerant which is tragic …", kept in the person's words only.
  const noted = question.onlySaying ? noteAgainst(question.kinds, question.words ?? [], profile, deps) : undefined;
  if (noted) return [noted];
  // "can I eat bread?" when no allergy or diet told keeps one from it.
  if (question.onlySaying) return [{ key: 'memory.nothingAgainst', values: { value: (question.words ?? []).join(' ') } }];
  // "do I have a cat?" from someone who told of a dog: no cat that they said.
  if (question.yesNo && question.detail && facts.some((fact) => question.kinds.includes(fact.key))) return [{ key: 'memory.notTold', values: { detail: deps.pluralize(question.detail) } }];
  const standIns = [...new Set(question.kinds.flatMap((kind) => deps.content.facts.get(kind)?.orElse ?? []))].filter((kind) => !question.kinds.includes(kind));
  if (standIns.length > 0 && !question.standIn) {
    const category = question.category ?? question.kinds.map((kind) => deps.content.facts.get(kind)?.orElseCategory).find((found) => found !== undefined);
    // One thing asked about ("what's my favourite food?") stands in only by its category (the likes that are
    // food); a favourite colour has none, and no like answers for it.
    const oneThing = question.detail !== undefined && question.kinds.some((kind) => deps.content.facts.get(kind)?.perDetail === true);
    // "where do I live?" stands in only with what names a city ("a fintech in Bangalore"), not "Google".
    const placesOnly = question.kinds.some((kind) => deps.content.facts.get(kind)?.value === 'place');
    // "what was my old job?": only the work told as past ("retired postman").
    const saying = question.kinds.flatMap((kind) => deps.content.facts.get(kind)?.orElseSaying ?? []);
    // "which club am I in?": only a like that names something ("the Lakers"), not "vinyl".
    const named = question.kinds.some((kind) => deps.content.facts.get(kind)?.orElseNamed === true);
    // "arsenal fan", kept as a like: the words the team is told with say it names one.
    const toldAs = named ? question.kinds.flatMap((kind) => deps.content.facts.get(kind)?.say ?? []).filter((phrase) => phrase.includes(NAME_SLOT)) : [];
    // "what was my gecko called?" answered by the one lost: narrowed to the noun asked, as a name kind is.
    const formerOnly = standIns.every((kind) => [...memoryLexicon(deps.content).formerKinds.values()].includes(kind) && deps.content.facts.get(kind)?.value === 'name');
    const nearest = oneThing && !category ? [] : answer({ kinds: standIns, standIn: true, ...(formerOnly && question.detail ? { detail: question.detail } : {}), ...(category ? { category } : {}), ...(placesOnly ? { placesOnly } : {}), ...(saying.length > 0 ? { saying } : {}), ...(named ? { named, toldAs } : {}) }, profile, shared, deps);
    if (nearest.length > 0 && nearest[0]?.key !== 'memory.unknown' && !standIns.some((kind) => nearest[0]?.key === factUnknownKey(kind))) return nearest;
  }
  // Nothing kept of the kind: what the person said in their own words may still answer ("I spent 35 years as
  // a machinist" for "what was my trade?"), found by the question's words and those its kind is asked with.
  const hints = question.standIn ? [] : question.kinds.flatMap((kind) => [...(memoryLexicon(deps.content).questionWords.get(kind) ?? [])]);
  // A kind may say it in its own way ("I only know your first name"), with the person's name.
  const ownKey = factUnknownKey(question.kinds[0]);
  const unknownKey = deps.content.replies.has(ownKey) ? ownKey : 'memory.unknown';
  const name = displayName(profile);
  const unknown: ReplyRequest = { key: unknownKey, values: { label: labelOf({ kind: question.kinds[0], ...(question.detail ? { detail: question.detail } : {}) }, deps), ...(name ? { name } : {}) } };
  const values = new Set(question.kinds.map((kind) => deps.content.facts.get(kind)?.value ?? 'thing'));
  if (question.standIn || onlyKept(question.kinds, deps)) return [unknown];
  const told = question.kinds.flatMap((kind) => [...(memoryLexicon(deps.content).statementWords.get(kind) ?? [])]);
  // "what's my favourite colour?": of a kind kept per thing, only a note that names the thing (not "my favourite food is …").
  const perThing = question.detail !== undefined && question.kinds.some((kind) => deps.content.facts.get(kind)?.perDetail === true);
  const mustSay = perThing && question.detail ? [question.detail, deps.pluralize(question.detail)] : [];
  // "Home town?" from someone who told where they live: said so, before a guess from a label's words in a note.
  const near = asking?.label && !question.detail ? nearUnknown(question.kinds, unknown, facts, deps) : undefined;
  if (near) return [near];
  // "what's my dog's name?" from "my doggo is Mate, a mutt …": a note's noun WordNet files under the one asked about.
  const byThing = asking && question.detail && (asking.heads ?? []).length === 0 ? { ...asking, heads: [question.detail] } : asking;
  const fromNote = orFromNote([unknown], unknownKey, profile, deps, byThing, { hints: [...hints, ...(question.detail ? [question.detail] : [])], told, people: firstNames(profile, deps), values, own: true, kinds: question.kinds, mustSay });
  // "what did I do before I retired?" from someone who told only their work ("a pilot"), in no words of their own:
  // the question says it is past ("retired"), so the work told is what it asks (not so for "what did I do before?").
  const saysPast = question.kinds.some((kind) => (deps.content.facts.get(kind)?.orElseSaying ?? []).some((word) => asking?.asked?.includes(word) === true));
  const anyWork = fromNote[0] === unknown && saysPast ? answer({ kinds: standIns, standIn: true }, profile, shared, deps) : [];
  if (anyWork.length > 0 && anyWork[0].key !== 'memory.unknown' && !standIns.some((kind) => anyWork[0].key === factUnknownKey(kind))) return anyWork;
  return fromNote[0] === unknown && !question.detail ? [nearUnknown(question.kinds, unknown, facts, deps) ?? unknown] : fromNote;
}

/** A note that says a value of the category asked ("basketball is life, …" for "which sport do I play?"), else the values of no known category. */
function categoryFromNote(question: FactQuestion, uncategorized: ReplyRequest[], profile: UserProfile, deps: TurnDependencies, asking: NoteQuestion | undefined): ReplyRequest[] {
  const unknown: ReplyRequest = { key: 'memory.unknown' };
  const told = question.kinds.flatMap((kind) => [...(memoryLexicon(deps.content).statementWords.get(kind) ?? [])]);
  const noted = orFromNote([unknown], unknown.key, profile, deps, asking, { hints: question.category ? [question.category] : [], told, own: true, kinds: question.kinds, ...(question.category ? { category: question.category } : {}) });
  // "I can't stand country music, give me Afrobeats": the part that says a dislike answers no question about likes.
  const opposite = new Set(question.kinds.flatMap((kind) => deps.content.facts.get(kind)?.opposite ?? []));
  const against = profile.memory.facts.filter((fact) => opposite.has(fact.key)).map((fact) => fact.value.toLowerCase());
  const saysAgainst = noted.some((reply) => Object.values(reply.values ?? {}).some((value) => typeof value === 'string' && against.some((said) => value.toLowerCase().includes(said))));
  // "sushi is overrated tbh" for "what food do I hate?": a note that does not say the question's verb weighs less than a value kept of the kind.
  const parts = noted.flatMap((reply) => Object.values(reply.values ?? {})).filter((value): value is string => typeof value === 'string' && value.length > 0);
  // The message it was told in may say the verb in another note ("basketball is life" beside "I play pickup").
  const notes = learningActive(profile) ? (profile.memory.notes ?? []) : [];
  const toldAt = new Set(notes.filter((note) => parts.some((part) => note.text.toLowerCase().includes(part.toLowerCase()))).map((note) => note.learnedAt));
  const whole = notes.filter((note) => toldAt.has(note.learnedAt));
  const verb = asking?.verb ? PorterStemmer.stem(asking.verb) : undefined;
  const saysVerb = verb === undefined || whole.some((note) => note.text.toLowerCase().split(/[^\p{L}]+/u).some((word) => PorterStemmer.stem(word) === verb));
  return noted[0] === unknown || saysAgainst || !saysVerb ? uncategorized : noted;
}

/** "where do I live?" from someone who only said where they are from: "I don't know …, but you told me where you're from: Cape Town." */
function nearUnknown(kinds: readonly string[], unknown: ReplyRequest, facts: readonly Fact[], deps: TurnDependencies): ReplyRequest | undefined {
  for (const near of kinds.flatMap((kind) => deps.content.facts.get(kind)?.near ?? [])) {
    const known = facts.filter((fact) => fact.key === near && !fact.detail);
    if (known.length === 0) continue;
    return { key: 'memory.unknownNear', values: { ...unknown.values, near: labelOf({ kind: near }, deps), value: list.format(known.map((fact) => fact.value)) } };
  }
  return undefined;
}

/** Whether a text says a value's words, whole and in order ("wife's Kate" says "Kate", not "Katie"). */
function saysWords(text: string, value: string): boolean {
  const words = (said: string) => said.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const all = words(text);
  const wanted = words(value);
  return wanted.length > 0 && all.some((_, at) => wanted.every((word, i) => all[at + i] === word));
}

/**
 * Whether a value names something rather than being a common word: each word capitalised, or unknown to the
 * lexicon and no "-ing" activity ("the Lakers", "chivas"; not "vinyl", "birdwatching").
 */
function namesSomething(value: string): boolean {
  const words = value.split(/\s+/).filter((word) => !['the', 'a', 'an'].includes(word.toLowerCase()));
  return words.length > 0 && words.every((word) => /^\p{Lu}/u.test(word) || (!/ing$/i.test(word) && wordLexicon().lacks(word)));
}

/** Where a say phrase takes a value that names something ("{name} fan"). */
const NAME_SLOT = '{name}';

/**
 * Whether a value kept as another kind was said, in the person's own words, in a phrase of the kind asked about
 * that takes a name ("arsenal fan", "huge hanshin tigers fan" for a team: "{name} fan"), but in a word a dictionary
 * knows, and is of no category WordNet files things under (a "jazz fan" likes music, and supports no team).
 */
function toldAsKind(value: string, phrases: readonly string[], profile: UserProfile, deps: TurnDependencies): boolean {
  if (phrases.length === 0 || deps.categoriesOf(value).length > 0) return false;
  const said = phrases.map((phrase) => phrase.replace(/\{value\}/g, '').split(/\s+/).filter(Boolean)).map((words) => {
    const at = words.indexOf(NAME_SLOT);
    return at + 1 < words.length ? `${value} ${words[at + 1]}` : at > 0 ? `${words[at - 1]} ${value}` : undefined;
  });
  return (profile.memory.notes ?? []).some((note) => said.some((words) => words !== undefined && saysWords(note.text, words)));
}

/** Whether a value says one of the words ("ex-Deliveroo" says "ex"). */
function saysAny(value: string, words: readonly string[]): boolean {
  return value.toLowerCase().split(/[\s-]+/).some((word) => words.includes(word));
}

/** Whether a value is one a question leaves out: it says one of the words, or is of their category ("music"). */
function excluded(value: string, words: readonly string[], deps: TurnDependencies): boolean {
  const lexicon = memoryLexicon(deps.content);
  const categories = words.map((word) => lexicon.categories.get(word)).filter((category): category is string => category !== undefined);
  return value.toLowerCase().split(/\s+/).some((word) => words.includes(word)) || deps.categoriesOf(value).some((category) => categories.includes(category));
}

/** "what does my sister do?": from what was told about her; a general noun ("my kids") or a partner's any noun finds them all. */
function answerAbout(question: FactQuestion, about: Someone, profile: UserProfile, deps: TurnDependencies, asking?: NoteQuestion): ReplyRequest[] {
  const facts = learningActive(profile) ? (profile.memory.aboutOthers ?? []) : [];
  const who = personOf(about, deps);
  const replies: ReplyRequest[] = [];
  const { sameNouns } = memoryLexicon(deps.content);
  // "how old is my baby?" after "Zara (9) and baby Hana, 10 months": the one told by that noun, when one was;
  // the kind's first noun ("my kids") is all of them.
  const first = about.kind ? generalNouns(about.kind, deps)[0] : undefined;
  const exact = about.noun !== '' && !(first !== undefined && (sameNouns.get(about.noun) ?? about.noun) === (sameNouns.get(first) ?? first)) ? { ...who, noun: about.noun } : undefined;
  // "how old is my middle kid?": the one of them the ages told put there.
  const ranked = question.rank ? byBirthOrder(facts.filter((fact) => aboutMatches(fact, who, sameNouns)), question.rank, deps) : undefined;
  for (const kind of question.kinds) {
    const all = facts.filter((fact) => fact.key === kind && aboutMatches(fact, who, sameNouns) && ofNoun(fact, question.detail, deps) && (ranked === undefined || fact.about.name === ranked));
    const told = exact ? all.filter((fact) => aboutMatches(fact, exact, sameNouns)) : [];
    const found = told.length > 0 ? told : all;
    if (found.length === 0 || !deps.content.replies.has(factAboutAnswerKey(kind))) continue;
    const city = deps.content.facts.get(kind)?.value === 'place' ? cityInstead(found.map((fact) => fact.value), asking, profile, deps) : undefined;
    const detail = question.detail ?? list.format([...new Set(found.map((fact) => fact.detail ?? ''))]);
    // "what kind of pet does Owen have?": the sorts kept of theirs ("bearded dragon"), not their names.
    const sorts = question.sort && deps.content.facts.get(kind)?.value === 'name' ? [...new Set(found.map((fact) => fact.detail).filter((sort): sort is string => sort !== undefined && sort !== question.detail))] : [];
    if (sorts.length > 0) {
      replies.push({ key: 'memory.aboutSort', values: { value: list.format(sorts), owner: ownerSaid(found[0].about, deps), detail: question.detail ?? generalNouns(kind, deps)[0] ?? kind } });
      continue;
    }
    // "Mochi and Sushi: Jess's cats": the noun of several in the plural.
    const values = [...new Set(found.map((fact) => fact.value))];
    replies.push({ key: factAboutAnswerKey(kind), values: { value: city ?? list.format(values), about: about.noun || (about.name ?? ''), detail: values.length > 1 && detail !== '' && !detail.includes(',') ? deps.pluralize(detail) : detail, owner: ownerSaid(found[0].about, deps) } });
  }
  return replies.length > 0 ? replies : [{ key: 'memory.aboutUnknown', values: { about: about.noun } }];
}

/** Whether a fact about someone is of the noun asked ("my son's *dog*" finds a beagle), or no noun was asked. */
function ofNoun(fact: Fact, noun: string | undefined, deps: TurnDependencies): boolean {
  if (noun === undefined || fact.detail === undefined) return true;
  const { parents } = memoryLexicon(deps.content);
  return fact.detail === noun || parents.get(fact.detail.toLowerCase()) === noun;
}

/**
 * An animal told as someone else's: one kept as the person's own by that name goes (its noun stays with it), and an
 * owner told by name alone is the one in the person's life of that name, when there is one ("Owen" their son).
 */
function ownedElsewhere(told: StatedAbout, profile: UserProfile, changes: ProfileChange[], deps: TurnDependencies): StatedAbout {
  const own = learningActive(profile) ? profile.memory.facts.find((fact) => fact.key === told.kind && fact.value.toLowerCase() === told.value.toLowerCase()) : undefined;
  if (own) changes.push({ type: 'removeFact', key: own.key, value: own.value });
  const detail = told.detail ?? own?.detail;
  const { people } = memoryLexicon(deps.content);
  const name = told.about.noun === '' ? told.about.name?.toLowerCase() : undefined;
  const person = name ? profile.memory.facts.find((fact) => people.has(fact.key) && fact.value.split(/\s+/)[0].toLowerCase() === name) : undefined;
  const about = person ? { kind: person.key, noun: person.detail ?? person.key, name: person.value } : told.about;
  return { ...told, about, ...(detail ? { detail } : {}) };
}

/**
 * "our dog Biscuit passed away in January": a named one lost is kept as the kind's former one (`memoryFormerKinds`:
 * "pet => formerPet"), with its noun, so "what was the name of the dog we lost?" is still answered.
 */
function keptAsFormer(target: FactTarget, profile: UserProfile, deps: TurnDependencies, at: string): ProfileChange[] {
  const former = memoryLexicon(deps.content).formerKinds.get(target.kind);
  if (!former || target.value === undefined || deps.content.facts.get(former)?.value !== 'name') return [];
  const kept = profile.memory.facts.find((fact) => fact.key === target.kind && fact.value.toLowerCase() === target.value?.toLowerCase());
  const detail = target.detail ?? kept?.detail;
  return [{ type: 'rememberFact', key: former, value: kept?.value ?? target.value, ...(detail ? { detail } : {}), many: true, at }];
}

/** "sister" is said as "sisters" too. */
function pluralsOf(noun: string, deps: TurnDependencies): string[] {
  return noun === '' ? [] : [deps.pluralize(noun)];
}

/**
 * "wait no its Valencia": the place told last (of any kind that holds places) is set right; everything else
 * told with it stays. The reading with the new place as a fact, and the old one removed.
 */
function setRightPlace(reading: MemoryReading, profile: UserProfile, deps: TurnDependencies, changes: ProfileChange[]): MemoryReading {
  if (reading.correctedPlace === undefined) return reading;
  const places = profile.memory.facts.filter((fact) => deps.content.facts.get(fact.key)?.value === 'place');
  const latest = places.reduce<Fact | undefined>((last, fact) => (last === undefined || fact.learnedAt >= last.learnedAt ? fact : last), undefined);
  if (!latest) return reading;
  changes.push({ type: 'removeFact', key: latest.key, value: latest.value });
  return { ...reading, facts: [...reading.facts, { kind: latest.key, value: reading.correctedPlace }] };
}

/** The first names of the people the person told of (`namedOnes`), lower case. */
function firstNames(profile: UserProfile, deps: TurnDependencies): Set<string> {
  return new Set(namedOnes(profile, deps).map((one) => one.name.split(/\s+/)[0].toLowerCase()));
}

/**
 * "which city am I from?" after "I'm from Morocco, Casablanca city", "which city does my daughter live in?" after
 * "our daughter emigrated to Canada, Vancouver": asked for a city (`memoryCityWords`) when no place kept is one,
 * the city the latest note that says the place names beside it; undefined otherwise.
 */
function cityInstead(values: readonly string[], asking: NoteQuestion | undefined, profile: UserProfile, deps: TurnDependencies): string | undefined {
  const cityWords = new Set(contentList(deps.content, 'memoryCityWords'));
  if (!asking?.asked?.some((word) => cityWords.has(word)) || values.some((value) => deps.findCity(value) !== undefined)) return undefined;
  const note = notesSaying(learningActive(profile) ? (profile.memory.notes ?? []) : [], values).at(-1);
  if (!note) return undefined;
  const kept = new Set(values.map((value) => value.toLowerCase()));
  // "I live in Ichinomiya, Chiba. It was the venue for Tokyo 2020": only a city said beside the place, in its sentence, not one an aside names.
  const sentence = note.text.split(/(?<=[.!?])\s+/u).find((one) => notesSaying([{ ...note, text: one }], values).length > 0) ?? note.text;
  const words = sentence.split(/[^\p{L}\p{M}'’.-]+/u).filter(Boolean);
  const placeAt = words.findIndex((word) => kept.has(word.replace(/[.]+$/u, '').toLowerCase()));
  for (const [at, word] of words.entries()) {
    if (!/^\p{Lu}/u.test(word) || (placeAt >= 0 && Math.abs(at - placeAt) > CITY_BESIDE)) continue;
    for (const said of [words.slice(at, at + 2).join(' '), word]) {
      const city = kept.has(said.toLowerCase()) ? undefined : deps.findCity(said);
      if (city) return city.city;
    }
  }
  return undefined;
}

/** Most words apart a city may be said from the place kept for it to name that place's city ("Morocco, Casablanca city"). */
const CITY_BESIDE = 3;

/** Kinds answered only from a value kept as them (`fromNotes: false`, an age), never from a note. */
function onlyKept(kinds: readonly string[], deps: TurnDependencies): boolean {
  return kinds.length > 0 && kinds.every((kind) => deps.content.facts.get(kind)?.fromNotes === false);
}

/** Sorts of value any text is seen to hold or not: a day or a time, a year, a month, a time of day, a number, a distance, an age. */
const PLAIN_SORTS: ReadonlySet<string> = new Set(['time', 'year', 'month', 'clock', 'number', 'distance', 'age']);

/**
 * "what shift pattern do I work?" asked with only words of when one works (`memoryScheduleNouns`): the latest of the
 * notes that say a day, a time or how often ("nights, 4 on 3 off"), though it does not say "shift". Undefined when
 * the question names something done ("how often do I swim?") or no note says one.
 */
function scheduleNote(asking: NoteQuestion, notes: readonly Note[], deps: TurnDependencies): ReplyRequest | undefined {
  const words = askedValueWords(deps.content);
  const asked = asking.asked ?? [];
  if (!asksSchedule(asked, words, true)) return undefined;
  const note = notes.filter((one) => holdsSchedule(one.text, words)).at(-1);
  return note ? noteReply(note.text, undefined, [], deps, { current: asking.current }) : undefined;
}

/** The notes that hold a value of the plain sort a question asks for (a day, a time, how often); undefined when it asks none. */
function notesOfSortAsked(question: string, notes: readonly Note[], deps: TurnDependencies): Note[] | undefined {
  const words = askedValueWords(deps.content);
  const sort = askedValue(question, words);
  if (!sort || !PLAIN_SORTS.has(sort)) return undefined;
  const context = { findCity: deps.findCity, asked: [], occupations: memoryLexicon(deps.content).occupations };
  return notes.filter((note) => holdsValue(note.text, sort, words, context));
}

/** Whether a value told back is said in words that name no place: none typed with a capital, no city, no place WordNet knows. */
function namesNoPlace(value: string, deps: TurnDependencies): boolean {
  const words = value.split(/[^\p{L}\p{M}'’-]+/u).filter(Boolean);
  return words.length > 0 && words.every((word) => /^\p{Ll}/u.test(word)) && deps.findCity(value) === undefined && !isPlaceName(value) && !words.some((word) => isPlaceName(word) || PLACE_KINDS.some((kind) => nounKinds().kindsOf(word).has(kind)));
}

/** What WordNet files a word said as a place under ("park", "pub", "kitchen"). */
const PLACE_KINDS = ['location', 'building', 'area'];

/**
 * A note that holds a value of the sort a question plainly asks for ("which day …?", "where …?"), when the kept
 * values told back hold none ("you like lawn bowls" for "which day do I play bowls?"); undefined otherwise.
 */
function noteOfSortAsked(requests: readonly ReplyRequest[], questions: readonly AskedQuestion[], question: string, notes: readonly Note[], asking: NoteQuestion, deps: TurnDependencies, people: ReadonlySet<string>): ReplyRequest | undefined {
  const words = askedValueWords(deps.content);
  const sort = askedValue(question, words);
  if (!sort || requests.length === 0 || requests.some((request) => NOTE_ANSWERS.has(request.key) || isNotTold(request.key, questions, deps))) return undefined;
  const lexicon = memoryLexicon(deps.content);
  const context = { findCity: deps.findCity, asked: [], occupations: lexicon.occupations };
  const told = requests.flatMap((request) => Object.values(request.values ?? {}).flatMap((value) => (typeof value === 'string' ? [value] : typeof value === 'number' ? [String(value)] : [])));
  // Only sorts a value plainly holds or not, whatever its kind (a day, a number). A place may be any name, so "where …?"
  // only of kinds whose values are never places, told in words that name none ("where do I play football?" of a like).
  const placeless = sort === 'place' && questions.every((asked) => asked.kinds.every((kind) => (lexicon.kinds.get(kind)?.definition.value ?? 'thing') !== 'place')) && told.filter(Boolean).every((value) => namesNoPlace(value, deps));
  if (!PLAIN_SORTS.has(sort) && !placeless) return undefined;
  if (told.length === 0 || told.some((value) => holdsValue(value, sort, words, context))) return undefined;
  const note = answerFromNotes(notes, asking, deps, people) ?? scheduleNote(asking, notes, deps);
  return note && !unheld(note, question, deps, notes.map((one) => one.text)) ? note : undefined;
}

/**
 * Who "he" or "she" may stand for after the previous message: the people and pets kept by name that it says, before any
 * capitalised word of the notes ("my son Tobi is at Lakeview Secondary": Tobi, not Lakeview).
 */
function leaningNames(previous: string, profile: UserProfile, deps: TurnDependencies): string[] {
  const kept = namedOnes(profile, deps).map((one) => one.name);
  const said = previous.toLowerCase().split(/[^\p{L}\p{M}'’-]+/u);
  return kept.some((name) => said.includes(name.toLowerCase())) ? kept : [...kept, ...peopleInNotes(profile, deps)];
}

/** The name of the eldest, youngest or middle one of those told of, by the ages told of them; undefined unless each has one. */
function byBirthOrder(facts: readonly FactAbout[], rank: BirthOrder, deps: TurnDependencies): string | undefined {
  const lexicon = memoryLexicon(deps.content);
  const ages = new Map<string, number>();
  for (const fact of facts) {
    const years = fact.key === AGE_KIND && fact.about.name ? ageInYears(fact.value, lexicon) : undefined;
    if (years !== undefined && fact.about.name) ages.set(fact.about.name, years);
  }
  const named = new Set(facts.map((fact) => fact.about.name).filter((name): name is string => name !== undefined));
  if (ages.size < 2 || ages.size < named.size) return undefined;
  const order = [...ages].sort((a, b) => b[1] - a[1]).map(([name]) => name);
  if (rank === 'eldest') return order[0];
  if (rank === 'youngest') return order.at(-1);
  return order.length === 3 ? order[1] : undefined;
}

/**
 * "scratch the hiace, dom wants a VW Transporter so that's the plan now": what a forget request says after its comma,
 * when it says what holds now (`memorySwitchMarkers`) or opens with what was done in its place ("got a …"); undefined
 * when it says no such thing.
 */
function insteadAfter(text: string, deps: TurnDependencies): string | undefined {
  const comma = text.indexOf(',');
  if (comma < 0) return undefined;
  const after = text.slice(comma + 1).trim();
  const lexicon = memoryLexicon(deps.content);
  const tokens = tokenize(after, lexicon.contractedIs);
  // "scratch the transit connect, got a toyota sienna in june": what was done in its place, said by a verb in the past first.
  const opener = tokens.find((token) => !isPunctuation(token) && !lexicon.fillers.has(token.norm));
  const doneInstead = opener !== undefined && /^\p{Ll}/u.test(opener.raw) && wordLexicon().tags(opener.norm)?.[0] === 'VBD';
  return doneInstead || saysPhrase(tokens, lexicon.switchMarkers) ? after : undefined;
}

/**
 * The questions narrowed to the kinds that may hold someone: a kind whose values are no one (`memoryWhoNoOneKinds`)
 * answers no "who …?", unless asked in one of its own phrases ("who do I work for?", "my employer").
 */
function askingForSomeone(questions: readonly FactQuestion[], text: string, deps: TurnDependencies): FactQuestion[] {
  const noOne = new Set(contentList(deps.content, 'memoryWhoNoOneKinds'));
  const lexicon = memoryLexicon(deps.content);
  const tokens = tokenize(text.toLowerCase(), lexicon.contractedIs);
  const askedOwnWay = (kind: string) => lexicon.kinds.get(kind)?.asks.some((ask) => indexOfWords(tokens, ask) >= 0) === true;
  return questions.flatMap((question) => {
    const kinds = question.kinds.filter((kind) => !noOne.has(kind) || askedOwnWay(kind));
    return kinds.length === 0 ? [] : [{ ...question, kinds }];
  });
}

/** The part of a kept place a note names beside it ("living in nørrebro" beside Copenhagen), the newest note first. */
function partTold(found: readonly Fact[], profile: UserProfile, deps: TurnDependencies): string | undefined {
  const notes = learningActive(profile) ? [...(profile.memory.notes ?? [])].reverse() : [];
  const determines = (word: string) => (wordLexicon().tags(word) ?? []).some((tag) => tag === 'DT' || tag === 'PRP$' || tag === 'CD');
  for (const fact of [...found].reverse()) {
    for (const note of notes.filter((one) => saysWords(one.text, fact.value))) {
      const part = partOfPlace(note.text, fact.value, noteLexicon(deps.content).placeLinks, determines);
      if (part) return part;
    }
  }
  return undefined;
}


/** The noun counted by "how many …?" ("languages" of "how many languages do I speak?"): the word said right after it. */
function countedNoun(said: readonly string[]): string | undefined {
  const at = said.findIndex((word, index) => word === 'how' && said[index + 1] === 'many');
  const noun = at >= 0 ? said[at + 2] : undefined;
  return noun !== undefined && /^\p{L}+$/u.test(noun) ? noun : undefined;
}
