import { indexOfWords, matchWords, skipFillers, spanEnd, splitClauses, type Clause, wordsAt } from './clauses';
import type { FactKind, MemoryLexicon, StatementCue } from './factKinds';
import { readNames, readPlaceAfter, readValues, type ValueContext } from './readValue';
import { aboutQuestion, readAboutOthers, readAppositions, someoneNamed, type StatedAbout } from './readOthers';
import type { Someone } from '../../profile/userProfile';
import { detailStatements, joinAnsweredAsides, readDetailQuestion } from './readDetail';
import { isPunctuation, tokenize, typedText, type Token } from './tokens';
import { categoriesOf, isOccupation, isPlaceName } from './categories';
import { kindsLoosely } from './looseQuestion';
import { nounAt } from './kindNouns';
import { COUNT_KIND, partingAt, readCounts, readNone, saidOfSomeoneElse, type CountedNoun } from './readCounts';
import { Culture, recognizeDateTime } from '@microsoft/recognizers-text-suite';
import { namesPlace, typoOfKnownWord, workByVerb } from './readWork';

/** A fact stated in a message. `detail` is the noun that introduced a name ("dog" for Pepper). */
export interface StatedFact {
  kind: string;
  value: string;
  detail?: string;
  /** Read from a loose phrase ("I'm a …", a subject left out): not trusted when the message tells a feeling. */
  loose?: boolean;
}

/** What a question asks about: kinds (ties are all kept), narrowed by a noun ("my daughter"). */
export interface FactQuestion {
  kinds: string[];
  detail?: string;
  /** A category the question narrows to ("what *music* do I like?"): only values of it answer. */
  category?: string;
  /** Asks for the sort of thing, not its name ("what *kind* of dog do I have?" → beagle). */
  sort?: boolean;
  /** Asks about someone in the person's life ("what does my sister do?"), not the person. */
  about?: Someone;
  /** Asks whether there is one ("do I have a dog?", "have I got kids?"): the answer says yes or no first. */
  yesNo?: boolean;
  /** Asks how many ("how many grandkids do I have?"): the answer counts them. */
  count?: boolean;
  /** Words that name what is asked, not a kind ("what *tv* can't I stand?"): values that hold one answer first. */
  words?: string[];
  /** Read loosely: the words of it no kind is asked with ("what do I run on *saturdays*?"); a note that says one answers first. */
  unknown?: string[];
  /** Words after "apart from", "besides" ("what's my hobby apart from *music*?"): values they name, or of their category, are left out. */
  excluding?: string[];
  /** Values of the kinds' own lists the question names ("am I *vegan*?"): only those answer, when kept. */
  values?: string[];
  /** Names the person told of, asked who they are ("who is Ruan?"): the answer says how they relate. */
  names?: string[];
}

/** Something to drop: a whole kind, one value of it, or the names under one noun ("my cat"). `name` is the person's own name. */
export interface FactTarget {
  kind: string;
  value?: string;
  detail?: string;
  /** What was told about someone in the person's life ("forget my sister's job"). */
  about?: Someone;
}

/** Everything a message says about the person and their memory, read without touching the profile. */
export interface MemoryReading {
  /** The user's own name ("I'm Theo btw", "the name's Max", "ken here"). */
  name?: string;
  facts: StatedFact[];
  /** Facts about the people in the person's life ("my sister is a pharmacist"): never the person's own. */
  others: StatedAbout[];
  /** Opens with a pronoun that says something kept of someone not named here ("she's a pharmacist"): the previous message may name them. */
  leansOnPrevious?: boolean;
  /** No longer true ("I no longer have a cat", "I don't live in Paris anymore"). */
  removals: FactTarget[];
  /** Lost, told as news ("my cat Miso passed away", "I lost my job"): removed without a word, the news is answered. */
  gone: FactTarget[];
  /** People named in news of a loss ("after my wife Dorothy died"): kept as told, without a word. */
  kept: StatedFact[];
  /** A loss was told ("she died last spring"), whether or not it names something kept. */
  loss: boolean;
  questions: FactQuestion[];
  /** "forget my cat", "please forget where I live". */
  forget: FactTarget[];
  /**
   * "please forget the crush thing", "forget anything about my PhD": what to forget names no kind, only words
   * (up to a comma) a note or a fact may say. `afterSaid` when the message said something before it ("I earn
   * 400k a month. hmm, please forget my salary"): with nothing kept that says the words, that is what goes.
   */
  forgetSaid?: { words: string[]; afterSaid: boolean };
  /** "scratch that": take back what was learned last. */
  retract: boolean;
  /** "I started seeing a therapist, but please forget that": the message takes back what it said itself, not what was told before. */
  takesBackSaid?: boolean;
  /** The facts were read from a terse message of things alone ("hurling", "Oslo."): a topic named so may be a request instead. */
  terse?: boolean;
  /** A split told ("we broke up last week", "I split up with Tom"): the partner (with the name, when said) becomes an ex. */
  partings: FactTarget[];
  /** After "wait no", a place said alone ("its Valencia"): it takes the place of the place told last, the rest stays. */
  correctedPlace?: string;
  /** A question that leans on the previous one ("and the other one?", "what else?"). */
  followUp: boolean;
  /** Asks for the person's own name as the bot has it ("what should you call me?", "what's my name?"). */
  askedName: boolean;
  /** A lone word opening the message before more is said ("jamal. i'm a firefighter"): the name, if one was asked for. */
  leadingName?: string;
}

const FIRST_PERSON = new Set(['i', 'my', 'me', 'mine', 'myself']);
/** Words of a name cue that point at something other than the speaker ("*it* is Tom"). */
const NOT_SELF = new Set(['it', 'its', 'this', 'that']);
/** Before a noun, these make a name right after it the person's ("my cat Dulce"), not a dish ("a chicken manchow"). */
const POSSESSIVES = new Set(['my', 'our', 'his', 'her', 'their']);
const DETERMINERS = new Set(['my', 'our', 'a', 'an', 'the', 'his', 'her', 'their', 'one', 'two', 'three', 'four', 'five', 'six', 'new', 'little', 'baby', 'both', 'some', 'older', 'younger', 'big', 'little', 'twin']);
const NAME_LINKS = [['called'], ['named'], ['is', 'called'], ['is', 'named'], ['are', 'called'], ['are', 'named'], ["'s", 'called'], ["'s", 'named'], ["'s", 'name', 'is'], ["'s", 'names', 'are'], ['name', 'is'], ['names', 'are'], ['whose', 'name', 'is'], ['who', 'is', 'called'], ['by', 'the', 'name', 'of'], ['is'], ['are'], [','], [':']];
/** Links that name what comes before them ("called", "'s name is"), not a comma or a bare "is". */
const NAMING_LINKS = NAME_LINKS.filter((link) => link.some((word) => ['called', 'named', 'name', 'names'].includes(word)));
/** What may come between a noun that opens a clause and its name, as in notes ("partner: Lenka", "youngest is Yasmin", "twins are Ada and Max"). */
const LABEL_LINKS = new Set([':', 'is', 'are']);
/** Verbs a plural noun may follow without a determiner: "we have twins, Zoe and Zack". */
const HAVE_VERBS = new Set(['have', 'has', 'got', 'had', 'adopted']);
/** Units of a span of time said before a statement ("since three *years*"). */
const TIME_UNITS = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'decade', 'decades', 'yrs']);
/** Words of an age in front of a noun: "a 5 year old daughter", "our 3-month-old puppy". */
const AGE_WORDS = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'old', 'year-old', 'month-old', 'week-old']);
/** Words after which a name is said outright: "called Lucky", "named Hope", "my name is Joy", "call me Sunny", "I go by Max". */
const NAMING_WORDS = new Set(['called', 'named', 'name', 'names', 'me', 'by']);
/** "I have a shiba inu dog, name is Kuro": a name said bare right after a noun just brought in is its name, not the person's. */
const BARE_NAME_LINKS = [['name', 'is'], ['the', 'name', 'is'], ['names', 'are'], ['the', 'names', 'are'], ['name', ':'], ['name']];
const PRONOUN_LINKS = [...BARE_NAME_LINKS.slice(0, 4), ['his', 'name', 'is'], ['her', 'name', 'is'], ['its', 'name', 'is'], ['their', 'names', 'are'], ['their', 'name', 'is'], ['he', 'is', 'called'], ['she', 'is', 'called'], ['it', 'is', 'called'], ['they', 'are', 'called'], ['he', 'is', 'named'], ['she', 'is', 'named'], ['they', 'are', 'named'], ['called'], ['named']];
const EVERYTHING = [['everything'], ['all'], ['me'], ['about', 'me'], ['everything', 'about', 'me'], ['all', 'about', 'me'], ['my', 'data'], ['my', 'profile'], ['it', 'all'], ['all', 'of', 'it'], ['who', 'i', 'am']];
/** Words of a question that do not tell what it is about ("what", "do", "my"); "not" does. */
const QUESTION_WORDS = new Set(['what', 'where', 'when', 'who', 'whom', 'which', 'how', 'do', 'does', 'did', 'i', 'am', 'or', 'our', 'we', 'is', 'are', 'was', 'were', 'my', 'me', 'the', 'a', 'an', 'to', 'of', 'in', 'have', 'has', 'there', 'anything', 'any', 'you', 'can', 'could', 'would', 'should', 'will', 'it', 'that', 'so', 'for', 'again', "'s"]);
/** "forget my name": the person's own name, which is not a fact kind. */
export const NAME_TARGET = 'name';
/** "forget my mum": everything told about someone whose name is not kept as a kind. */
export const PERSON_TARGET = 'someone';
const OWN_NAME = [['my', 'name'], ['my', 'first', 'name'], ['what', 'i', 'am', 'called'], ['what', 'my', 'name', 'is'], ['my', 'nickname']];
const FOLLOW_UP_WORDS = new Set(['other', 'else', 'others', 'rest']);
/** The fact kind an age said with someone's name is kept as, about them (dialogs/memory.yaml). */
const AGE_KIND = 'age';

/** Words any question about a kind may use: "what's my dog *called*", "do I *have* a son", "what *kind of* music". */
const ABOUT_ANY_KIND = new Set(['many', 'been', 'have', 'has', 'got', 'name', 'names', 'called', 'call', 'named', 'who', 'tell', 'remember', 'know', 'again', 'remind', 'kind', 'sort', 'type', 'types', 'kinds', 'of', 'exactly', 'still', 'right', 'now', 'some', 'something', 'please', 'about', 'and', 'other', 'one', 'ones', 'told', 'said', 'say', 'mentioned', 'recall', 'think', 'guess', 'say', 'again', 'actually', 'currently', 'these', 'days', 'anymore', 'ever', 'usually']);
/** Words before a forget verb that only ask nicely or pause ("wait, forget my sis's name"). */
const POLITE = new Set(['please', 'can', 'could', 'would', 'will', 'you', 'kindly', 'now', 'wait', 'oh', 'actually', 'also', 'and']);

/** Reads a message: statements, the user's name, questions about themselves, corrections and "forget ...". */
export function readMemory(text: string, lexicon: MemoryLexicon, context: Omit<ValueContext, 'lexicon' | 'lowerCase'>): MemoryReading {
  const values: ValueContext = { ...context, lexicon, lowerCase: text === text.toLowerCase() };
  const tokens = withoutEmphasis(tokenize(text, lexicon.contractedIs).map((token) => typoOfKnownWord(droppedG(token, values), values)), lexicon);
  const reading: MemoryReading = { facts: [], others: [], removals: [], gone: [], kept: [], loss: false, questions: [], forget: [], retract: false, partings: [], followUp: false, askedName: false };
  let pending: { kind: string; detail: string } | undefined;
  let counted: CountedNoun | undefined;
  let focus: Someone | undefined;
  let lastCue: StatementCue | undefined;
  const clauses = joinAnsweredAsides(splitClauses(tokens, lexicon), lexicon, values);
  const lead = clauses.length > 1 && clauses[0].tokens.length === 1 ? readNames(clauses[0].tokens, 0, true, values) : undefined;
  if (lead?.names.length === 1) reading.leadingName = lead.names[0];
  let correctedFrom: number | undefined;
  const unread: Token[][] = [];
  for (const [index, clause] of clauses.entries()) {
    let start = skipLeadIns(clause.tokens, statementStart(clause.tokens, lexicon), lexicon);
    // "forget that I like chess" forgets one thing; "forget that" alone takes back the last statement.
    const forgetFirst = readForget(clause.tokens.slice(start), lexicon, values);
    if (forgetFirst) {
      keepForget(reading, forgetFirst, clauses.slice(0, index), lexicon);
      continue;
    }
    const retraction = lexicon.retractions.map((words) => matchWords(clause.tokens, start, words, lexicon.fillers)).find((end) => end > 0);
    if (retraction !== undefined) {
      // A take-back after something said in this message takes that back: nothing read from it before is kept.
      const takesBack = index > 0 && lexicon.takeBacks.some((words) => matchWords(clause.tokens, start, words, lexicon.fillers) === retraction);
      if (takesBack) {
        reading.takesBackSaid = true;
        for (const list of [reading.facts, reading.others, reading.kept, reading.removals]) list.length = 0;
        delete reading.name;
      } else if (index > 0 && reading.facts.length > 0) {
        // "I live in Lisbon, wait no, Porto": sets right what this message said, not what was told before.
        correctedFrom = reading.facts.length;
      } else reading.retract = true;
      start = skipFillers(clause.tokens, retraction, lexicon.fillers);
    }
    const words = oneOfCounted(clause.tokens.slice(start), index > 0 ? counted : undefined, values);
    if (words.length === 0) continue;
    const readBefore = reading.facts.length + reading.others.length;
    // After "wait no" in the same message, a place alone ("Porto", "it's Porto") takes the place of the one just said.
    const placeNow = correctedFrom !== undefined ? (placeSetRight(words, values) ?? placeSaidAlone(words, lexicon, values)?.value) : undefined;
    const placed = placeNow === undefined ? -1 : reading.facts.map((fact) => lexicon.kinds.get(fact.kind)?.definition.value).lastIndexOf('place');
    if (placeNow !== undefined && placed >= 0) {
      reading.facts[placed] = { kind: reading.facts[placed].kind, value: placeNow };
      continue;
    }
    // "i'm 34, wait no, 35": a bare number after "wait no" sets right an age just said.
    if (correctedFrom !== undefined && reading.facts.at(-1)?.kind === AGE_KIND && /^\d{1,3}$/.test(words[0].norm) && words.slice(1).every((token) => isPunctuation(token) || lexicon.fillers.has(token.norm))) {
      reading.facts[reading.facts.length - 1] = { kind: AGE_KIND, value: words[0].norm };
      continue;
    }
    // "wait no its Valencia": a place said in place of the one just told.
    const corrected = reading.retract ? placeSetRight(words, values) : undefined;
    if (corrected) {
      reading.correctedPlace = corrected;
      continue;
    }
    const forget = readForget(words, lexicon, values);
    if (forget) {
      keepForget(reading, forget, clauses.slice(0, index), lexicon);
      continue;
    }
    if (isQuestionLike({ tokens: words, asked: clause.asked }, lexicon) && (lexicon.ownNameAsks.some((phrase) => asksOwnName(words, phrase, lexicon)) || asksByNameCue(words, lexicon))) {
      reading.askedName = true;
      continue;
    }
    // "birthday", "fave food", "my daughter name": a few words naming a kind, said alone, ask about it.
    const asked = clause.asked || (clauses.length === 1 && isTelegraphic(words, lexicon, values));
    const question = aboutQuestion(words, lexicon, (said) => readQuestion({ tokens: said, asked }, lexicon, clauses.length === 1)) ?? detailQuestion({ tokens: words, asked }, lexicon, values) ?? readQuestion({ tokens: words, asked }, lexicon, clauses.length === 1);
    if (question) {
      reading.questions.push(question);
      continue;
    }
    if (isQuestionLike({ tokens: words, asked: clause.asked }, lexicon)) {
      reading.followUp ||= isFollowUp(words, lexicon);
      continue;
    }
    // "we broke up last week", "I split up with Tom", "Ana and I split up": the partner, or the one named, is an
    // ex now; "…, please forget about him" after it is read too.
    const parted = partingAt(words, lexicon);
    if (parted) {
      const before = words[parted.start].norm === 'and' ? readNames(words, skipFillers(words, 0, lexicon.fillers), true, values) : undefined;
      const named = words[parted.end - 1]?.norm === 'with' ? readNames(words, parted.end, true, values).names : before?.end === parted.start ? before.names : [];
      for (const kind of lexicon.partingKinds.keys()) reading.partings.push(...(named.length > 0 ? named.map((value) => ({ kind, value })) : [{ kind }]));
      const comma = words.findIndex((token, i) => i >= parted.end && token.norm === ',');
      const forget = comma > 0 ? readForget(words.slice(skipFillers(words, comma + 1, lexicon.fillers)), lexicon, values) : undefined;
      if (forget?.targets) reading.forget.push(...forget.targets);
      continue;
    }
    const loss = splitAtPhrase(words, lexicon.gone);
    if (loss) {
      // What is named before "passed away" is gone; what is said after it is news of its own ("she died last
      // spring, now we've got a goldfish called Noodle").
      const lost = loss.before;
      reading.loss = true;
      const told = [...readStatements(lost, lexicon, values).facts, ...readRelations(lost, lexicon, values, undefined).facts];
      // "after my wife Dorothy died": someone in one's life is still theirs when gone, kept without a word.
      const person = (target: { kind: string }) => lexicon.people.has(target.kind);
      for (const fact of told.filter(person)) if (!reading.kept.some((known) => known.kind === fact.kind && known.value === fact.value)) reading.kept.push(fact);
      const targets = told.length > 0 ? told.filter((fact) => !person(fact)).map((fact) => ({ kind: fact.kind, value: fact.value })) : removalsOf(lost, lexicon, values).filter((target) => !person(target));
      reading.gone.push(...(targets.length > 0 || told.length > 0 ? targets : (goneNamed(words, lexicon, values) ?? []).filter((target) => !person(target))));
      const after = [...readStatements(loss.after, lexicon, values).facts, ...readRelations(loss.after, lexicon, values, undefined).facts];
      for (const fact of after) if (!reading.facts.some((known) => known.kind === fact.kind && known.value === fact.value)) reading.facts.push(fact);
      continue;
    }
    const noLonger = stripNoLonger(words, lexicon);
    if (noLonger) {
      const direct = readStatements(words, lexicon, values);
      if (direct.facts.length > 0) reading.facts.push(...direct.facts);
      else {
        const removed = removalsOf(noLonger, lexicon, values);
        reading.removals.push(...removed);
        // "no longer vegetarian": kept as what one used to be (memoryFormerKinds).
        for (const { kind, value } of removed) {
          const former = lexicon.formerKinds.get(kind);
          if (former && value) reading.facts.push({ kind: former, value });
        }
      }
      continue;
    }
    // "no kids", "I've no cats myself, just a budgie …": what the person has none of; the rest is read on.
    for (const none of readNone(words, lexicon, (word) => values.words.tags(word))) if (!reading.facts.some((known) => known.kind === none.kind && known.detail === none.detail)) reading.facts.push(none);
    // "Marcus. 34. software dev …": a number alone between other clauses is an age, as "I'm 34".
    const unitAfter = (at: number) => lexicon.numberUnits.some((unit) => unit.length === words.length - at && wordsAt(words, unit, at));
    const bareAge = clauses.length > 1 && /^\d{1,3}$/.test(words[0].norm) && (words.length === 1 || unitAfter(1));
    let statement = readStatements(introduces(words, values) || bareAge ? [...spoken(['i', 'am']), ...words] : words, lexicon, values);
    // "i drive for ups": a verb whose doer is work, said with where, as "I work as a driver for UPS".
    const byVerb = statement.facts.length === 0 && !statement.name ? workByVerb(words, values) : undefined;
    if (byVerb) statement = readStatements(byVerb, lexicon, values);
    // "big buckeyes fan obviously. browns too": a value and "too" after a statement, read with its phrase.
    const also = statement.facts.length === 0 && !statement.name && lastCue ? alsoSaid(words, lastCue, lexicon) : undefined;
    if (also) statement = readStatements(also, lexicon, values);
    // "liam, from Galway, 27", "17, from Melbourne": a name or an age said bare, then the rest with "I" left out.
    const bare = statement.facts.length === 0 && !statement.name ? afterBareIntroduction(words, values) : undefined;
    if (bare) {
      statement = readStatements([...spoken(['i', 'am']), ...bare.rest], lexicon, values);
      // "Hannah, Munich.": a known city alone after the name is where one lives, never a second name.
      const place = bare.name !== undefined && statement.facts.length === 0 ? placeSaidAlone(bare.rest, lexicon, values) : undefined;
      if (place) statement = { ...statement, facts: [place], name: bare.name };
      // The name said first is the person's: "Liam, Galway" is not a second name, "Galway".
      else if ((statement.facts.length > 0 || statement.name !== undefined) && bare.name) statement = { ...statement, name: bare.name };
    }
    // "ux designer", "accountant, dont ask lol", "nurse at a hospital here": work named bare, as "I'm a …"
    // (not after "thanks" or a verb: "thanks doctor", "call the plumber").
    // "Tomáš, backend dev, Prague": after a name said bare too.
    const described = bare?.name !== undefined && bare.rest.length > 0 ? bare.rest : words;
    const opener = values.words.tags(described[0].norm) ?? [];
    if (statement.facts.length === 0 && (!statement.name || described !== words) && !opener.includes('UH') && !FIRST_PERSON.has(described[0].norm) && !/^(VB|VBZ|VBP|VBD|PRP|MD)$/.test(opener[0] ?? '')) {
      const work = bareWork(described, values);
      if (work) statement = described === words ? work : { ...work, name: bare?.name };
    }
    // "In Iran I was civil engineer", "I am pharmacist": work said without its article, in learners' English.
    const unarticled = statement.facts.length === 0 && !statement.name ? afterIAm(words, lexicon) : undefined;
    const work = unarticled ? bareWork(unarticled, values) : undefined;
    if (work) statement = work;
    // "I live in Luxembourg, work like truck driver": work said with "like" for "as", anywhere in the clause.
    const likeWork = statement.facts.some((fact) => fact.kind === 'job') ? undefined : workSaidLike(words, values);
    if (likeWork) statement = { ...statement, facts: [...statement.facts, ...likeWork.facts] };
    lastCue = statement.cue ?? (statement.facts.length > 0 ? undefined : lastCue);
    // Markup or template syntax around a name is never read as one ("call me {{#x}}").
    // A name given outright ("but most people call me Wendy") wins over one said in passing ("I'm Wei").
    const namesPending = pending !== undefined && BARE_NAME_LINKS.some((link) => wordsAt(words, link, 0));
    if (statement.name && !namesPending && !/[{}<>[\]]/.test(text) && (reading.name === undefined || statement.namedOutright === true)) {
      reading.name = statement.name;
      // "I'm Kenji Watanabe": the family name is kept without a word, as the kind memoryFamilyName names.
      if (statement.familyName && lexicon.familyName) reading.kept.push({ kind: lexicon.familyName, value: statement.familyName });
    }
    // "me and my fiance Diego just moved to Phoenix": said of both.
    const together = index > 0 && clauses[index - 1].tokens.length === 1 && ['me', 'i'].includes(clauses[index - 1].tokens[0].norm);
    const relations = readRelations(words, lexicon, values, pending, together);
    const more = relations.facts.length > 0 && statement.facts.length === 0 ? readStatements(words.slice(relations.end), lexicon, values).facts : [];
    const readOwn = (said: Token[]) => readStatements(said, lexicon, values).facts;
    const others = readAboutOthers(words, focus, relations.facts, lexicon, readOwn);
    // "married to Owen, who is a paramedic", "my wife Ines, a dentist": said of the one just named.
    others.facts.push(...readAppositions(words, [...relations.facts, ...statement.facts], others.facts, lexicon, readOwn));
    // What is said of someone else is theirs, not the person's ("my husband Tom grew up in Lima"); a verb after
    // them is no name ("my wife works as a nurse").
    const theirs = (fact: StatedFact) => !together && others.facts.some((other) => other.kind === fact.kind && other.value.toLowerCase() === fact.value.toLowerCase());
    reading.facts.push(...statement.facts.filter((fact) => !theirs(fact)));
    // "2nd year cs student at waterloo": a kind read in passing (`inPassing`) said beside what the phrase read.
    if (others.facts.length === 0 && relations.facts.length === 0 && !aboutSomeoneElse(words, lexicon)) for (const fact of saidInPassing(words, lexicon, values)) if (!reading.facts.some((known) => known.kind === fact.kind)) reading.facts.push(fact);
    // "I design social housing here in Guadalajara": where one is, said in passing.
    // "I'm on holiday here in Rome" says it without "here" ("on holiday in Rome"): that reading wins.
    const here = placeSaidHere(clause.tokens, values);
    const ofPlace = (fact: StatedFact) => lexicon.kinds.get(fact.kind)?.definition.value === 'place';
    const without = here ? readStatements(words.filter((token) => token.norm !== 'here'), lexicon, values).facts.filter(ofPlace) : [];
    const told = without.length > 0 ? without : here ? [here] : [];
    for (const fact of told) if (!reading.facts.some((known) => ofPlace(known) && known.kind === fact.kind)) reading.facts.push(fact);
    const named = relations.facts.filter((fact) => !others.verbs.includes(fact.value.toLowerCase()));
    // "my girlfriend Claire lives with me in Bristol": what follows the name may be about the person too.
    const ours = together ? others.facts.map(({ kind, value, loose }) => ({ kind, value, ...(loose ? { loose } : {}) })) : [];
    for (const fact of [...named, ...more.filter((fact) => !theirs(fact)), ...ours]) if (!reading.facts.some((known) => known.kind === fact.kind && known.value === fact.value)) reading.facts.push(fact);
    reading.others.push(...others.facts);
    // "got 2 kids, Nikau (8) and Manaia (5)": the ages said with the names are theirs.
    for (const age of relations.ages) if (!reading.others.some((known) => known.kind === age.kind && known.about.name === age.about.name)) reading.others.push(age);
    // "we have 3 kids", "mom of 3", "I have five of them": how many; a later count of the same noun replaces it.
    const counts = readCounts(words, lexicon, (word) => values.words.tags(word), counted, together);
    counted = counts.last;
    for (const count of counts.facts) {
      reading.facts = reading.facts.filter((known) => !(known.kind === count.kind && known.detail === count.detail));
      reading.facts.push(count);
    }
    reading.removals.push(...notNamed(words, [...statement.facts, ...named], values));
    if (index === 0 && others.unresolved) reading.leansOnPrevious = true;
    // "Their names are Kehinde and Taiwo" in a message of its own: the noun is in the previous one ("my twins").
    if (index === 0 && !pending && relations.facts.length === 0 && PRONOUN_LINKS.some((link) => link.length > 1 && wordsAt(words, link, 0))) reading.leansOnPrevious = true;
    focus = others.focus;
    pending = relations.pending;
    if (reading.facts.length + reading.others.length === readBefore && !statement.name) unread.push(words);
  }
  // "kenji. 15. osaka", "im a junior, 17, in atlanta": a place alone among what one says of oneself is home.
  const home = reading.facts.length > 0 || reading.name !== undefined || reading.leadingName !== undefined ? placeInList(unread, reading, lexicon, values) : undefined;
  if (home) reading.facts.push(home);
  // "I have a cat, wait no, a dog named Rex": what is said after "wait no" replaces the same kind said before it.
  if (correctedFrom !== undefined) {
    const after = new Set(reading.facts.slice(correctedFrom).map((fact) => fact.kind));
    const from = correctedFrom;
    reading.facts = reading.facts.filter((fact, i) => i >= from || !after.has(fact.kind));
  }
  if (nothingRead(reading) && !text.includes('?')) {
    // "Ingrid. Oslo.": after a name said alone, the rest.
    const lead = reading.leadingName !== undefined ? tokens.findIndex((token) => isPunctuation(token)) + 1 : 0;
    reading.facts.push(...terseFacts(tokens.slice(lead), lexicon, values));
    if (reading.facts.length > 0) reading.terse = true;
  }
  // "I have a serious allergy": how bad it is names nothing one is allergic to.
  const allergyKinds = new Set(lexicon.allergyKinds.values());
  const describesOnly = (value: string) => value.split(/\s+/).every((word) => /^(JJ|RB)/.test(values.words.tags(word.toLowerCase())?.[0] ?? ''));
  reading.facts = reading.facts.filter((fact) => !allergyKinds.has(fact.kind) || !describesOnly(fact.value));
  if (tokens.some((token) => lexicon.allergyWords.has(token.norm))) reading.facts = asAllergies(reading.facts, lexicon);
  // "2 guinea pigs, Mochi and Taro": a count the names said with it make up says nothing more.
  reading.facts = reading.facts.filter((fact) => fact.kind !== COUNT_KIND || Number(fact.value) > namedWith(fact, reading.facts, lexicon));
  return reading;
}

/**
 * "can't eat nuts, severe allergy, carry an epipen", "I cannot eat buckwheat, I have allergy": in a message that
 * speaks of an allergy and names none, what it avoids is what one is allergic to (memoryAllergyKinds); words
 * read as avoided that only speak of the allergy ("severe allergy") are dropped.
 */
function asAllergies(facts: StatedFact[], lexicon: MemoryLexicon): StatedFact[] {
  const allergies = new Set(lexicon.allergyKinds.values());
  if (facts.some((fact) => allergies.has(fact.kind))) return facts;
  const speaksOfIt = (value: string) => value.toLowerCase().split(/\s+/).some((word) => lexicon.allergyWords.has(word));
  return facts.flatMap((fact) => {
    const allergy = lexicon.allergyKinds.get(fact.kind);
    if (!allergy) return [fact];
    return speaksOfIt(fact.value) ? [] : [{ ...fact, kind: allergy }];
  });
}

/** How many names a message gives of the noun a count is of (any of its kind, for a general noun: "kids"). */
function namedWith(count: StatedFact, facts: readonly StatedFact[], lexicon: MemoryLexicon): number {
  const noun = lexicon.nouns.get((count.detail ?? '').split(' ')[0])?.find((entry) => entry.noun.detail === count.detail);
  if (!noun) return 0;
  return facts.filter((fact) => fact.kind === noun.kind && (noun.noun.general || fact.detail === count.detail || lexicon.parents.get(fact.detail ?? '') === count.detail)).length;
}

/** Verbs after a name that say something of the one named. */
const NAMED_VERBS = new Set(['is', 'was', 'has']);

/**
 * "We have two kids: Max is at college, and Ruby is 12": after people were counted in this message, a clause
 * that opens with a name and a verb is about one of them, read as "my kid Ruby is 12".
 */
function oneOfCounted(words: Token[], counted: CountedNoun | undefined, values: ValueContext): Token[] {
  if (!counted || !values.lexicon.people.has(counted.kind) || values.lowerCase || !NAMED_VERBS.has(words[1]?.norm ?? '')) return words;
  const name = words[0];
  const known = (values.words.tags(name.norm) ?? ['NNP']).every((tag) => tag === 'NNP');
  if (!/^\p{Lu}\p{Ll}+$/u.test(name.raw) || !known || values.findCity(name.raw) !== undefined || ['called', 'named'].includes(words[2]?.norm ?? '')) return words;
  return [...spoken(['my', ...counted.detail.split(' ')]), ...words];
}

/**
 * Work said bare ("ux designer", "long haul trucker out of Columbus"), read as "I am a …": kept only when
 * it is a noun phrase WordNet (or memoryOccupations) files as work.
 */
function bareWork(described: readonly Token[], values: ValueContext): ReturnType<typeof readStatements> | undefined {
  const work = readStatements([...spoken(['i', 'am', 'a']), ...described], values.lexicon, values);
  const job = work.facts[0]?.kind === 'job' ? work.facts[0].value : undefined;
  const nounPhrase = job !== undefined && job.split(/\s+/).every((word) => /^(NN|JJ|VBG)/.test(values.words.tags(word.toLowerCase())?.[0] ?? 'NN'));
  return job !== undefined && nounPhrase && isOccupation(job, values.lexicon.occupations) ? work : undefined;
}

/** "work like software developer in startup": what follows a phrase of memoryWorkLike, when it is work. */
function workSaidLike(tokens: readonly Token[], values: ValueContext): ReturnType<typeof readStatements> | undefined {
  for (const phrase of values.lexicon.workLike) {
    const at = indexOfWords(tokens, phrase);
    if (at < 0) continue;
    let from = at + phrase.length;
    if (ARTICLES.has(tokens[from]?.norm ?? '')) from++;
    const comma = tokens.findIndex((token, i) => i >= from && token.norm === ',');
    const rest = tokens.slice(from, comma < 0 ? tokens.length : comma);
    return rest.length > 0 ? bareWork(rest, values) : undefined;
  }
  return undefined;
}

/** What follows "I am" or "I was" (anywhere in the clause, after a place: "In Iran I was …"), when no article does. */
function afterIAm(tokens: readonly Token[], lexicon: MemoryLexicon): Token[] | undefined {
  const at = tokens.findIndex((token, i) => token.norm === 'i' && ['am', 'was'].includes(tokens[i + 1]?.norm ?? ''));
  if (at < 0) return undefined;
  const rest = tokens.slice(skipFillers(tokens, at + 2, lexicon.fillers));
  return rest.length > 0 && !['a', 'an', 'the', 'not', 'from', 'in', 'at', 'on', 'into', 'so', 'very', 'too'].includes(rest[0].norm) ? rest : undefined;
}

/** "… here in Guadalajara": a phrase of memoryPlaceHere anywhere in a clause, before a place a list or WordNet knows. */
function placeSaidHere(tokens: readonly Token[], values: ValueContext): StatedFact | undefined {
  for (const { words, kind } of values.lexicon.placeHere) {
    const at = indexOfWords(tokens, words);
    if (at < 0 || !values.lexicon.kinds.has(kind)) continue;
    const place = readPlaceAfter(tokens.slice(at + words.length), values);
    const city = place === undefined ? undefined : values.findCity(place);
    if (place && ((city !== undefined && city.typo !== true) || isPlaceName(place))) return { kind, value: city?.city ?? place };
  }
  return undefined;
}

/** Words that add a value to what was just said ("browns *too*"). */
const TOO = [['too'], ['as', 'well'], ['also']];
/** Most words of a value said with "too". */
const MAX_TOO_WORDS = 3;

/**
 * "big buckeyes fan. browns too", "I love jazz. blues as well": a few words and "too" (up to a comma), after
 * a statement, are read with that statement's phrase ("browns fan", "i love blues").
 */
function alsoSaid(tokens: readonly Token[], cue: StatementCue, lexicon: MemoryLexicon): Token[] | undefined {
  const comma = tokens.findIndex((token) => token.norm === ',');
  let piece = comma < 0 ? tokens : tokens.slice(0, comma);
  // "Red Sox too lol": fillers after it say nothing.
  while (piece.length > 1 && lexicon.fillers.has(piece[piece.length - 1].norm) && !TOO.some((words) => words.length === 1 && words[0] === piece[piece.length - 1].norm)) piece = piece.slice(0, -1);
  const ending = TOO.find((words) => words.length < piece.length && wordsAt(piece, words, piece.length - words.length));
  if (!ending) return undefined;
  const value = piece.slice(0, piece.length - ending.length);
  if (value.length > MAX_TOO_WORDS || value.some((token) => FIRST_PERSON.has(token.norm) || isPunctuation(token))) return undefined;
  const lead = cue.subjectless ? [...(cue.subject ?? []), ...cue.before] : cue.before;
  return [...spoken(lead), ...value, ...spoken(cue.after)];
}

/** "its Valencia", "it's Porto actually": a place said alone after "it is", and nothing else but fillers. */
function placeSetRight(tokens: readonly Token[], values: ValueContext): string | undefined {
  const lead = [['it', 'is'], ['its'], ['it', 'was']].find((words) => wordsAt(tokens, words, 0));
  if (!lead) return undefined;
  const at = skipFillers(tokens, lead.length, values.lexicon.fillers);
  const place = readPlaceAfter(tokens.slice(at), values);
  const end = skipFillers(tokens, at + (place?.split(/\s+/).length ?? 0), values.lexicon.fillers);
  return place && end >= tokens.length && (values.findCity(place) !== undefined || isPlaceName(place)) ? place : undefined;
}

/** "livin in Singapore", "workin as a nurse": a verb typed without its final g, read with it. */
function droppedG(token: Token, values: ValueContext): Token {
  if (token.norm.length < 4 || !token.norm.endsWith('in') || values.words.tags(token.norm)?.some((tag) => !/^(NN|FW|VBG)$/.test(tag))) return token;
  return values.words.tags(`${token.norm}g`)?.includes('VBG') === true ? { ...token, norm: `${token.norm}g` } : token;
}

/**
 * "my daughter's name is Annie, not Amy": a name after "not" that the clause sets right is no longer kept
 * under the kind just named.
 */
function notNamed(tokens: readonly Token[], facts: readonly StatedFact[], values: ValueContext): FactTarget[] {
  const named = facts.filter((fact) => values.lexicon.kinds.get(fact.kind)?.definition.value === 'name');
  if (named.length === 0) return [];
  const targets: FactTarget[] = [];
  for (let i = 1; i < tokens.length - 1; i++) {
    if (tokens[i].norm !== 'not' || ![',', 'and', 'but'].includes(tokens[i - 1].norm)) continue;
    const wrong = readNames(tokens, i + 1, false, values).names;
    for (const value of wrong) if (!named.some((fact) => fact.value === value)) targets.push({ kind: named[0].kind, value });
  }
  return targets;
}

/**
 * "what do people call me?", "how do my friends call me?", "what do I go by?": a question made of a way of
 * giving one's name (`nameCues` that call or go by, not "my name is"), opened by "what" or "how".
 */
function asksByNameCue(tokens: readonly Token[], lexicon: MemoryLexicon): boolean {
  if (!['what', 'how'].includes(tokens[0]?.norm ?? '')) return false;
  return lexicon.nameAsks.some((words) => {
    const at = indexOfWords(tokens, words);
    return at >= 0 && tokens.slice(at + words.length).every((token) => lexicon.fillers.has(token.norm) || ABOUT_ANY_KIND.has(token.norm));
  });
}

/**
 * "actually just Pixel now, Nugget passed away": a name said bare just before a phrase of `memoryGone`, as
 * any kind that holds names.
 */
function goneNamed(tokens: readonly Token[], lexicon: MemoryLexicon, values: ValueContext): FactTarget[] | undefined {
  for (const phrase of lexicon.gone) {
    const at = indexOfWords(tokens, phrase);
    if (at <= 0) continue;
    const name = readNames(tokens, at - 1, true, values);
    if (name.names.length !== 1 || name.end !== at) return undefined;
    const noun = at > 1 ? nounAt(tokens, at - 2, lexicon) : undefined;
    const kinds = noun ? [noun.kind] : [...lexicon.kinds.values()].filter((kind) => kind.definition.value === 'name').map((kind) => kind.name);
    return kinds.map((kind) => ({ kind, value: name.names[0] }));
  }
  return undefined;
}

/**
 * Where a clause's statement begins: past fillers ("well, so"), unless a filler starts a phrase of its own
 * ("*now* in Leeds", "*currently* based in Oslo").
 */
function statementStart(tokens: readonly Token[], lexicon: MemoryLexicon): number {
  let at = 0;
  while (at < tokens.length && (lexicon.fillers.has(tokens[at].norm) || tokens[at].norm === ',')) {
    const word = tokens[at].norm;
    if ((lexicon.cues.get(word) ?? []).some((cue) => cue.before.length > 1 && matchWords(tokens, at, cue.before, lexicon.fillers) > 0)) return at;
    at++;
  }
  return at;
}

/** After "these days", "at the moment" or "last year" (and a comma) at `start`: where the statement begins. */
function skipLeadIns(tokens: readonly Token[], start: number, lexicon: MemoryLexicon): number {
  // "since three years I am working …", "for 20 years now I've lived …": a span of time said first.
  if (['since', 'for'].includes(tokens[start]?.norm ?? '')) {
    const unit = tokens.findIndex((token, i) => i > start && i <= start + 3 && TIME_UNITS.has(token.norm));
    if (unit > 0 && unit + 1 < tokens.length) return skipLeadIns(tokens, skipFillers(tokens, unit + 1, lexicon.fillers), lexicon);
    const span = spanEnd(tokens, start + 1, lexicon.spans);
    if (span > start && span < tokens.length) return skipLeadIns(tokens, skipFillers(tokens, span, lexicon.fillers), lexicon);
  }
  // "5 years sober", "ten years vegetarian now": a span of time first, then what it is (not "3 years ago …").
  const span = spanEnd(tokens, start, lexicon.spans);
  const age = lexicon.numberUnits.some((unit) => unit.length > 1 && wordsAt(tokens, unit, start + 1));
  if (span > start && span < tokens.length && !age && tokens[span].norm !== 'ago' && !PREPOSITIONS.has(tokens[span].norm)) return skipLeadIns(tokens, skipFillers(tokens, span, lexicon.fillers), lexicon);
  for (const phrase of lexicon.leadIns) {
    const end = matchWords(tokens, start, phrase, lexicon.fillers);
    // Not the subject of what follows: "here *is* my dog Rex".
    if (end > 0 && end < tokens.length && !LINKING.has(tokens[end].norm)) return skipLeadIns(tokens, skipFillers(tokens, end, lexicon.fillers), lexicon);
  }
  return start;
}

/** What one phrase read at the start of a clause: a name or facts, and the words after its value. */
interface Statement {
  name?: string;
  facts: StatedFact[];
  /** Words after where the value ended ("from Lisbon" in "I'm a nurse from Lisbon"), read on as a statement. */
  rest: Token[];
  /** The words the statement began with, for the rest to lean on ("moved to" → "moved from"; "I am"). */
  lead: string[];
  /** The phrase that read its facts, for a value said after it with "too" ("big buckeyes fan. browns too"). */
  cue?: StatementCue;
  /** Its fact says more of the previous one and takes its place ("a startup" → "a startup in Bangalore"). */
  replaces?: boolean;
  /** Its name holds only if the rest states facts ("im mei, from taipei", not "im home, finally"). */
  tentative?: boolean;
  /** Its name was given by a phrase that only gives names ("call me", "my name is"), not "I'm". */
  namedOutright?: boolean;
  /** The family name said after the name ("I'm Kenji Watanabe"). */
  familyName?: string;
}

const NOTHING: Statement = { facts: [], rest: [], lead: [] };
/** Verbs that make the words before them a subject ("here *is* …"), not a lead-in. */
const LINKING = new Set(['is', 'are', 'was', 'were', "'s"]);
const PREPOSITIONS = new Set(['in', 'from', 'at', 'to', 'on', 'near', 'outside', 'as', 'for']);
const SUBJECT_PREFIXES = [['i', 'am'], ['i', 'was'], ['i']];
const MAX_CONTINUATIONS = 4;

/**
 * A statement and what its rest says too: "I'm Lena, 34, graphic designer" is a name and a job, "a nurse
 * from Lisbon" a job and where one is from, "moved to Leeds from Birmingham" a home and a past one.
 */
function readStatements(tokens: readonly Token[], lexicon: MemoryLexicon, values: ValueContext): { name?: string; namedOutright?: boolean; familyName?: string; facts: StatedFact[]; cue?: StatementCue } {
  const read: { name?: string; namedOutright?: boolean; familyName?: string; facts: StatedFact[]; cue?: StatementCue } = { facts: [] };
  let statement = readStatement(tokens, lexicon, values);
  if (statement.cue && statement.facts.length > 0) read.cue = statement.cue;
  if (statement.namedOutright) read.namedOutright = true;
  const tentative = statement.tentative === true;
  const fromPeoplesWord = new Set<StatedFact>();
  for (let step = 0; step <= MAX_CONTINUATIONS; step++) {
    read.name ??= statement.name;
    if (read.name === statement.name) read.familyName ??= statement.familyName;
    if (statement.replaces) read.facts.pop();
    // What is read on cannot give a one-value kind a second value ("a nurse, mostly night shifts" stays a nurse).
    const onceOnly = (fact: StatedFact) => step > 0 && !statement.replaces && lexicon.kinds.get(fact.kind)?.definition.many !== true && read.facts.some((known) => known.kind === fact.kind);
    // "I am ghanaian from Kumasi": a place after a people's word says where in that country ("Kumasi, Ghana").
    for (const fact of statement.facts.filter(onceOnly)) {
      const at = read.facts.findIndex((known) => known.kind === fact.kind && fromPeoplesWord.has(known));
      if (at >= 0 && lexicon.kinds.get(fact.kind)?.definition.value === 'place') read.facts[at] = { ...read.facts[at], value: `${fact.value}, ${read.facts[at].value}` };
    }
    if (step === 0 && statement.cue?.known) for (const fact of statement.facts) fromPeoplesWord.add(fact);
    read.facts.push(...statement.facts.filter((fact) => !onceOnly(fact)));
    if (statement.rest.length === 0) break;
    statement = readContinuation(statement, lexicon, values);
  }
  if (tentative && read.facts.length === 0) return { facts: [] };
  return read;
}

/**
 * The rest of a statement, read as the statement's own phrase with another preposition ("moved to X
 * from Y" → "moved from Y"), as a statement of its own ("originally from X"), or with the statement's
 * subject in front ("34, graphic designer" after "I'm Lena" → "I am a graphic designer").
 */
function readContinuation(statement: Statement, lexicon: MemoryLexicon, values: ValueContext): Statement {
  let rest = statement.rest;
  while (rest.length > 0 && (rest[0].norm === ',' || rest[0].norm === 'and' || lexicon.fillers.has(rest[0].norm))) rest = rest.slice(1);
  if (rest.length === 0) return NOTHING;
  // "based in johannesburg these days, grew up in durban": a phrase of time between the two says nothing.
  const afterTime = skipLeadIns(rest, 0, lexicon);
  if (afterTime > 0) rest = rest.slice(afterTime);
  // "moved to Montréal in 2019 for my PhD": a year says when, and what follows is read on.
  if (['in', 'since'].includes(rest[0]?.norm ?? '') && /^(19|20)\d\d$/.test(rest[1]?.norm ?? '') && rest.length > 2) rest = rest.slice(skipFillers(rest, 2, lexicon.fillers));
  // "… for 6 years now": nothing but the time was left.
  if (rest.length === 0) return NOTHING;
  const lead = statement.lead;
  // After a comma a new piece may start ("…, graphic designer"); otherwise only a place goes on ("in Pune").
  const afterComma = statement.rest[0]?.norm === ',';
  // An age ("I'm Lena, 34, designer", "retired postman, 71 years young"), read as "I am 34"; then on.
  // Not after a label ("bike: honda wave, 10 yrs old"): the number is about what was labelled.
  if (/^\d+$/.test(rest[0].norm) && lead.at(-1) !== ':') {
    // "Isla, 14 - my mum said …": the age is the number and its unit, what follows is something else.
    const unit = lexicon.numberUnits.find((words) => wordsAt(rest, words, 1))?.length ?? 0;
    const ends = rest.findIndex((token, i) => token.norm === ',' || (i > unit && !lexicon.fillers.has(token.norm)));
    const comma = ends < 0 || rest[ends].norm === ',' ? ends : -1;
    if (ends > 0 && rest[ends].norm !== ',') return { facts: readStatement([...spoken(['i', 'am']), ...rest.slice(0, ends)], lexicon, values).facts, rest: [], lead };
    const age = readStatement([...spoken(['i', 'am']), ...(comma < 0 ? rest : rest.slice(0, comma))], lexicon, values);
    return { facts: age.facts, rest: comma < 0 ? [] : rest.slice(comma), lead: SUBJECT_PREFIXES.some((prefix) => prefix.every((word, i) => lead[i] === word)) ? lead : ['i', 'am'] };
  }
  // "chloe, 36, ER doctor, Brisbane": a known city alone between commas is where one lives (memoryPlaceAlone).
  const piece = pieceOf(rest);
  const city = afterComma && lexicon.placeAlone && piece.length <= MAX_PLACE_WORDS ? values.findCity(typedText(piece)) : undefined;
  if (city && lexicon.placeAlone) return { facts: [{ kind: lexicon.placeAlone, value: city.city }], rest: rest.slice(piece.length), lead };
  const last = statement.facts.at(-1);
  // "from Zahlé in Lebanon": a place WordNet or the city list knows, after a place, says where that place is.
  if (last && lexicon.kinds.get(last.kind)?.definition.value === 'place' && rest[0].norm === 'in') {
    const place = readPlaceAfter(rest.slice(1), values);
    const comma = rest.findIndex((token) => token.norm === ',');
    const city = place === undefined ? undefined : values.findCity(place);
    const known = place !== undefined && (isPlaceName(place) || (city !== undefined && city.typo !== true));
    if (place && known) return { facts: [{ ...last, value: `${last.value}, ${place}` }], rest: comma > 0 ? rest.slice(comma) : [], lead, replaces: true };
  }
  // "I live in Seoul, Mapo-gu": after a place and a comma, a district (capitalized, of a hyphenated name) or a
  // place WordNet knows ("Lyon, France") says where in it.
  const district = piece.length <= 2 && !values.lowerCase && piece.every((token) => /^\p{Lu}/u.test(token.raw)) ? typedText(piece) : undefined;
  if (afterComma && last && lexicon.kinds.get(last.kind)?.definition.value === 'place' && district && (district.includes('-') || isPlaceName(district)) && values.findCity(district) === undefined) {
    return { facts: [{ ...last, value: `${last.value}, ${district}` }], rest: rest.slice(piece.length), lead, replaces: true };
  }
  // "a startup in Bangalore": a place after a value of a kind that is somewhere (memoryLocated) belongs to it.
  if (last && lexicon.located.has(last.kind) && rest[0].norm === 'in') {
    const place = readPlaceAfter(rest.slice(1), values);
    // "at infosys in pune, from chennai": what follows a comma is read on.
    const comma = rest.findIndex((token) => token.norm === ',');
    if (place) return { facts: [{ ...last, value: `${last.value} in ${place}` }], rest: comma > 0 ? rest.slice(comma) : [], lead, replaces: true };
  }
  // "a data analyst in Pune": a city right after work is where one lives (memoryCityAfter).
  // Not after work told in the past ("I taught history for 35 years in Dayton"): that city may be left behind.
  const past = lead.some((word) => told(values.words.tags(word)));
  const cityKind = last && !past ? lexicon.cityAfter.get(last.kind) : undefined;
  if (cityKind && rest[0].norm === 'in') {
    // A place the bot does not list is read as one when capitalized ("a corner shop in Leicester").
    const known = values.findCity(typedText(rest.slice(1, 4)))?.city ?? values.findCity(typedText(rest.slice(1, 3)))?.city ?? values.findCity(typedText(rest.slice(1, 2)))?.city;
    // "a data scientist in Zalando": a name no list holds may as well be where the work is done, read as
    // the kind's continuation ("i work at Zalando"); "where do I live?" falls back to it.
    const then = last ? lexicon.continuations.get(last.kind) : undefined;
    const there = !known && then && !isPlaceName(typedText(rest.slice(1, 2))) ? readStatement([...spoken([...then, 'at']), ...rest.slice(1)], lexicon, values) : undefined;
    if (there && there.facts.length > 0) return { ...there, name: undefined, lead };
    const city = known ?? readPlaceAfter(rest.slice(1), values);
    if (city) return { facts: [{ kind: cityKind, value: city }], rest: [], lead };
  }
  const then = last ? lexicon.continuations.get(last.kind) : undefined;
  const attempts: Token[][] = [];
  // "a software dev at a startup": what follows a job is where it is done ("I work at a startup").
  // "turning 30 on December 12th": a day after an age is a birthday ("age => my birthday is").
  if (then && (namesPlace(rest) || rest[0].norm === 'on')) attempts.push([...spoken(then), ...rest]);
  const preposition = PREPOSITIONS.has(rest[0].norm);
  // "moved to Leeds from Birmingham" → "moved from Birmingham"; "work as a developer at Shopify" → "work at Shopify".
  const leadEnd = lead.length - 1 - [...lead].reverse().findIndex((word) => PREPOSITIONS.has(word) || word === 'as');
  if (preposition && leadEnd > 0 && leadEnd < lead.length) attempts.push([...spoken(lead.slice(0, leadEnd)), ...rest]);
  attempts.push(rest);
  // "most of my life in Birmingham, where I worked as a midwife": a statement of its own after the place.
  if (rest[0].norm === 'where' && ['i', 'we'].includes(rest[1]?.norm ?? '')) attempts.push(rest.slice(1));
  const subject = SUBJECT_PREFIXES.find((prefix) => prefix.every((word, i) => lead[i] === word));
  // After "and" a second verb shares the subject: "I grew up in Lagos and now live in Manchester", "I'm
  // vegan and allergic to peanuts".
  const coordinated = statement.rest[0]?.norm === 'and';
  if (subject && (preposition || afterComma || coordinated)) attempts.push([...spoken(subject), ...rest]);
  const asWork = subject && subject[1] === 'am' && afterComma && !preposition ? [...spoken(['i', 'am', 'a']), ...rest] : undefined;
  if (asWork) attempts.push(asWork);
  // "I'm from Stockholm, live in London now": another verb, the same "I".
  if (subject && subject.length > 1 && (afterComma || coordinated) && !preposition) attempts.push([...spoken(['i']), ...rest]);
  for (const attempt of attempts) {
    const read = readStatement(attempt, lexicon, values);
    // "I'm Lena, 34, graphic designer" is work; "I'm diabetic, type 2" is not: a bare noun after a comma is
    // work only when WordNet files it as such.
    if (attempt === asWork && !read.facts.every((fact) => fact.kind !== 'job' || isOccupation(fact.value, lexicon.occupations))) continue;
    // Only facts: a name is said once, at the start ("I'm Ines, 41, architect" is not also "I am Architect").
    if (read.facts.length > 0) return { ...read, name: undefined };
  }
  // "Site foreman, commercial construction, Dublin": a short piece that says nothing kept is passed over.
  // "I play rugby at the weekends, Leinster fan": so is a phrase of time or place after the value.
  if ((afterComma || preposition) && piece.length <= MAX_SKIPPED_WORDS && piece.length < rest.length) return readContinuation({ ...statement, facts: [], rest: rest.slice(piece.length) }, lexicon, values);
  return NOTHING;
}

/** Whether a word is a verb of the past ("taught", "was", "worked"), not one that only may be ("in", "been"). */
function told(tags: readonly string[] | undefined): boolean {
  return tags !== undefined && (tags[0] === 'VBD' || (tags[0] === 'VBN' && tags.includes('VBD')));
}

/** Most words of a place said alone between commas, and of a piece passed over in a list of what one is. */
const MAX_PLACE_WORDS = 3;
const MAX_SKIPPED_WORDS = 6;

function nothingRead(reading: MemoryReading): boolean {
  return [reading.facts, reading.others, reading.removals, reading.gone, reading.kept, reading.questions, reading.forget, reading.partings].every((list) => list.length === 0) && reading.name === undefined && !reading.retract && !reading.takesBackSaid && !reading.askedName;
}

const TERSE_JOINS = new Set([',', '+', '&', 'and', '.', '/', ';', 'n']);
const MAX_TERSE_WORDS = 3;

/**
 * A terse message of nothing but things one is ("Oslo.", "cork", "hurling", "climbing + cello"): a known
 * city alone is home, a pastime WordNet files under `memoryTerseCategories` is played or liked. Every piece
 * must be one, or nothing is read ("pizza", "help", "insurance" say nothing about the person).
 */
function terseFacts(tokens: readonly Token[], lexicon: MemoryLexicon, values: ValueContext): StatedFact[] {
  const pieces: Token[][] = [[]];
  for (const token of tokens) {
    if (TERSE_JOINS.has(token.norm) || isPunctuation(token)) pieces.push([]);
    else pieces[pieces.length - 1].push(token);
  }
  const said = pieces.filter((piece) => piece.length > 0);
  if (said.length === 0 || said.length > MAX_TERSE_WORDS || said.some((piece) => piece.length > MAX_TERSE_WORDS)) return [];
  const facts: StatedFact[] = [];
  for (const piece of said) {
    const place = said.length === 1 ? placeSaidAlone(piece, lexicon, values) : undefined;
    const typed = typedText(piece);
    // Nouns only ("ice hockey", "skiing"), not a request ("repeat this song", "play previous episode").
    const nouns = piece.every((token) => /^(NN|NNS|NNP|VBG|JJ)$/.test(values.words.tags(token.norm)?.[0] ?? 'NN'));
    const pastime = !place && nouns && categoriesOf(typed).some((category) => lexicon.terseCategories.has(category));
    // Read as one says it: "I play cello" is an instrument, "I love cross-country skiing" a like.
    const read = place ? [place] : pastime ? [['i', 'play'], ['i', 'love']].map((verb) => readStatements([...spoken(verb), ...piece], lexicon, values).facts).find((found) => found.length > 0) : undefined;
    if (!read || read.length === 0) return [];
    facts.push(...read);
  }
  return facts;
}

/** A known city said alone (up to its punctuation), as the kind a place alone is (memoryPlaceAlone). */
function placeSaidAlone(tokens: readonly Token[], lexicon: MemoryLexicon, values: ValueContext): StatedFact | undefined {
  const words = tokens.filter((token) => !isPunctuation(token));
  if (!lexicon.placeAlone || words.length === 0 || words.length > MAX_PLACE_WORDS) return undefined;
  const typed = typedText(words);
  const city = values.findCity(typed);
  if (city && city.typo !== true) return { kind: lexicon.placeAlone, value: city.city };
  // A place WordNet knows ("Galway"), written as a name.
  return words.every((token) => /^\p{Lu}/u.test(token.raw)) && isPlaceName(typed) ? { kind: lexicon.placeAlone, value: typed } : undefined;
}

/**
 * A clause that is only a known place ("osaka", "in atlanta"), in a message whose other clauses told who the
 * person is: where they live, unless the message already said where (or where from).
 */
function placeInList(unread: readonly Token[][], reading: MemoryReading, lexicon: MemoryLexicon, values: ValueContext): StatedFact | undefined {
  if (reading.facts.some((fact) => lexicon.kinds.get(fact.kind)?.definition.value === 'place')) return undefined;
  const places = unread.map((words) => placeSaidAlone(words[0]?.norm === 'in' ? words.slice(1) : words, lexicon, values)).filter((place) => place !== undefined);
  return places.length === 1 ? places[0] : undefined;
}

/**
 * "who am I?", "what's my name again?": a phrase asking the person's name, with nothing after it that asks
 * something else ("who am I a massive fan of?" asks about a team).
 */
function asksOwnName(words: readonly Token[], phrase: readonly string[], lexicon: MemoryLexicon): boolean {
  const at = indexOfWords(words, phrase);
  if (at < 0) return false;
  return words.slice(at + phrase.length).every((token) => isPunctuation(token) || lexicon.fillers.has(token.norm) || ABOUT_ANY_KIND.has(token.norm));
}

/**
 * "I do enjoy the crossword", "I really do love jazz": a "do" that only stresses the verb after it (one a
 * phrase starts with after "I") goes, so the phrase reads; "I do yoga" keeps it.
 */
function withoutEmphasis(tokens: Token[], lexicon: MemoryLexicon): Token[] {
  const phraseVerbs = new Set((lexicon.cues.get('i') ?? []).map((cue) => cue.before[1]));
  return tokens.filter((token, i) => {
    const subject = lexicon.fillers.has(tokens[i - 1]?.norm ?? '') ? tokens[i - 2] : tokens[i - 1];
    if (token.norm !== 'do' || !['i', 'we'].includes(subject?.norm ?? '')) return true;
    const next = tokens[i + 1]?.norm;
    return next === undefined || next === 'not' || !phraseVerbs.has(next);
  });
}

/** The words up to the next comma. */
function pieceOf(tokens: readonly Token[]): Token[] {
  const comma = tokens.findIndex((token) => token.norm === ',');
  return tokens.slice(0, comma < 0 ? tokens.length : comma);
}

/** "Ines, 41, architect": a name, an age and more, as one says "I'm Ines, 41, architect" (not "Paris, 2019"). */
function introduces(tokens: readonly Token[], values: ValueContext): boolean {
  // "Kwame Asante, 62, …": a first name and a family name too.
  const comma = tokens[1]?.norm === ',' ? 1 : tokens[2]?.norm === ',' ? 2 : -1;
  if (comma < 0 || !/^\d{1,2}$/.test(tokens[comma + 1]?.norm ?? '')) return false;
  const name = tokens.slice(0, comma);
  return name.every((token) => /^\p{Lu}/u.test(token.raw)) && values.findCity(typedText(name)) === undefined;
}

/**
 * A clause opened by a lone name or an age and a comma ("liam, from Galway", "17, from Melbourne"): the
 * name, if any, and what follows the comma. Not a city ("Paris, 2019") nor a word the lexicon knows ("yes, from …").
 */
function afterBareIntroduction(tokens: readonly Token[], values: ValueContext): { name?: string; rest: Token[] } | undefined {
  // "sana from fukuoka": a lone name and where one is from.
  if (tokens.length >= 3 && tokens[1].norm === 'from') {
    const name = readNames(tokens, 0, true, values);
    // Not "sana from fukuoka is my friend": nothing said of someone else may follow.
    const saysMore = tokens.slice(2).some((token) => FIRST_PERSON.has(token.norm) || /^(VBZ|VBP|VBD|MD)$/.test(values.words.tags(token.norm)?.[0] ?? ''));
    return name.names.length === 1 && name.end === 1 && !saysMore && values.findCity(tokens[0].raw) === undefined ? { name: name.names[0], rest: tokens.slice(1) } : undefined;
  }
  // "55 and a proud abuela": an age, and more.
  if (tokens.length >= 3 && tokens[1].norm === 'and' && /^\d{1,2}$/.test(tokens[0].norm)) return { rest: [...tokens] };
  // "Fatima Zahra, freelance translator": a first name and a family name, both capitalized; the first is kept.
  // "Joost de Vries, 44, …": small words of a family name may come between ("de", "van der").
  let surname = 1;
  while (surname < 3 && values.lexicon.nameParticles.has(tokens[surname]?.raw ?? '')) surname++;
  const family = tokens.length >= surname + 3 && tokens[surname + 1].norm === ',' && [tokens[0], tokens[surname]].every((token) => /^\p{Lu}\p{Ll}+$/u.test(token.raw) && values.words.tags(token.norm) === undefined);
  if (family && values.findCity(typedText(tokens.slice(0, surname + 1))) === undefined) {
    const first = readNames(tokens.slice(0, 1), 0, true, values);
    if (first.names.length === 1 && readNames(tokens.slice(surname, surname + 1), 0, true, values).names.length === 1) return { name: first.names[0], rest: tokens.slice(surname + 2) };
  }
  if (tokens.length < 3 || tokens[1].norm !== ',') return undefined;
  if (/^\d{1,2}$/.test(tokens[0].norm)) return { rest: [...tokens] };
  // A word the lexicon knows only as a name may open too, capitalized ("Liam, nurse"), never a day ("Monday, …").
  const tags = values.words.tags(tokens[0].norm);
  const knownName = tags !== undefined && tags.every((tag) => tag === 'NNP') && /^\p{Lu}/u.test(tokens[0].raw) && recognizeDateTime(tokens[0].raw, Culture.English).length === 0;
  if (values.findCity(tokens[0].raw) !== undefined || (tags !== undefined && !knownName)) return undefined;
  const name = readNames(tokens.slice(0, 1), 0, true, values);
  return name.names.length === 1 ? { name: name.names[0], rest: tokens.slice(2) } : undefined;
}

/** Tokens for words the person did not type (a subject left out): never read as a name. */
function spoken(norms: readonly string[]): Token[] {
  return norms.map((norm) => ({ raw: '', norm }));
}

/** The best `say` phrase (or name phrase) at the start of a clause and its value(s). */
function readStatement(tokens: readonly Token[], lexicon: MemoryLexicon, values: ValueContext, only?: ReadonlySet<string>): Statement {
  const candidates: Array<{ length: number; read: () => Statement | undefined; known?: string }> = [];
  const first = tokens[skipFillers(tokens, 0, lexicon.fillers)]?.norm ?? '';
  // A phrase may open with a filler word ("now in …"): its cues are tried too.
  const opening = tokens[0]?.norm !== first && lexicon.fillers.has(tokens[0]?.norm ?? '') ? (lexicon.cues.get(tokens[0].norm) ?? []) : [];
  for (const cue of [...opening, ...(lexicon.cues.get(first) ?? []), ...(lexicon.cues.get('') ?? [])]) {
    if (only && !only.has(cue.kind)) continue;
    const exact = matchCue(tokens, cue.before, cue.after, lexicon);
    const match = exact ?? matchWithoutArticle(tokens, cue, values);
    if (!match) continue;
    const kind = lexicon.kinds.get(cue.kind);
    if (!kind) continue;
    // A phrase with its subject left out counts a little less than the same phrase said whole.
    // A slot that takes only some values ({known}, {name}, a kind's category) wins over the same phrase taking any.
    const narrow = cue.known || cue.named === true || kind.definition.category !== undefined;
    const length = cue.before.length + cue.after.length + (narrow ? 0.5 : 0) - (cue.subjectless ? 0.25 : 0) - (exact ? 0 : ARTICLE_LEFT_OUT);
    // "big rugby fan, can't stand golf": after a phrase that ends past its value, a comma goes on.
    const tail = match.end + cue.after.length;
    // "I teach English at a language school": a phrase that ends in a preposition goes on from it.
    const endsInPreposition = cue.after.length > 0 && PREPOSITIONS.has(cue.after[cue.after.length - 1]) && tail < tokens.length;
    const after = endsInPreposition ? tokens.slice(tail - 1) : cue.after.length > 0 && (commaAfterFillers(tokens, tail, lexicon) || match.trailing) ? tokens.slice(tail) : [];
    // A value said first is all the words before its phrase, and only what a statement says may follow it.
    // Read in passing, the value alone counts ("2nd year" of "2nd year cs student").
    if (match.trailing && !only && readStatement(after, lexicon, values).facts.length === 0) continue;
    if (cue.before.length === 0 && !cue.known && !wholeValue(tokens.slice(match.start, match.end), kind, values)) continue;
    candidates.push({ length, read: () => statementOf(kind, cue, tokens.slice(match.start, match.end), values, after), ...(cue.known ? { known: kind.name } : {}) });
  }
  for (const cue of only ? [] : [...(lexicon.nameCues.get(first) ?? []), ...(lexicon.nameCues.get('') ?? [])]) {
    const match = matchCue(tokens, cue.before, cue.after, lexicon);
    if (!match) continue;
    candidates.push({
      length: cue.before.length + cue.after.length,
      read: () => {
        let found = readNames(tokens, match.start, cue.strong, values, cue.strong && cue.after.length === 0 && cue.before.some((word) => NAMING_WORDS.has(word)));
        // "im mei, from taipei": in lower case a word the lexicon knows may still be a name, when a comma and
        // more about the person follow it (checked once the rest is read).
        // "im tomas, barista at a cafe": a list of names after "I am" is a name and more about the person.
        // "I am Linh, Nguyen Thi Linh": a full name after the comma that holds the first one says it again.
        const again = tokens.slice(match.start + 2);
        const restated = found.names.length > 1 && again.length > 1 && again.length <= MAX_FULL_NAME && again.every((token) => /^\p{Lu}/u.test(token.raw)) && again.some((token) => token.norm === tokens[match.start].norm);
        const tentative = found.names.length !== 1 && !restated && !cue.strong && cue.after.length === 0 && tokens[match.start + 1]?.norm === ',';
        // One word only: "im adaeze, nurse at …" is a name and work, not two names.
        if (tentative || restated) found = readNames(tokens.slice(0, match.start + 1), match.start, true, values);
        if (found.names.length !== 1) return undefined;
        // "wait no its Valencia": without "I", a city is where, not who.
        if (!cue.strong && !cue.before.some((word) => FIRST_PERSON.has(word)) && values.findCity(found.names[0]) !== undefined) return undefined;
        // "I'm Kwame Asante, 62": a family name after the name is said with it; the first name is kept.
        const said = tokens[found.end]?.raw && /^\p{Lu}/u.test(tokens[found.end].raw) ? readNames(tokens, found.end, false, values) : undefined;
        const familyName = said?.names.length === 1 && [',', undefined].includes(tokens[said.end]?.norm) ? said.names[0] : undefined;
        if (familyName !== undefined && said) found = { names: found.names, end: said.end, ages: found.ages };
        // "I am Mrs. Sunita Sharma": with a family name after it, a title says how to address, and the first name is the name.
        const [title, first, ...others] = found.names[0].split(' ');
        if (said?.names.length === 1 && first !== undefined && others.length === 0 && values.lexicon.nameTitles.has(title.toLowerCase())) found = { names: [first], end: found.end, ages: [] };
        const rest = skipFillers(tokens, found.end, lexicon.fillers);
        // "I'm Theo btw" yes; "I'm Theo's mum" or "I'm happy to help" no: only fillers may follow a name,
        // or a comma or "from"/"in" where more is said ("I'm Lena, 34, designer", "I'm Anna from Berlin").
        const more = rest < tokens.length && rest < match.end;
        if (more && tokens[found.end]?.norm !== ',' && !['from', 'in'].includes(tokens[found.end]?.norm ?? '')) return undefined;
        // "rahul here, software dev at a startup": after a phrase that ends with the name, a comma goes on about the person.
        const tail = match.end + cue.after.length;
        const family = familyName !== undefined ? { familyName } : {};
        if (cue.after.length > 0 && tokens[tail]?.norm === ',' && tail + 1 < tokens.length) return { name: found.names[0], facts: [], rest: tokens.slice(tail), lead: ['i', 'am'], ...family };
        // "my name is Lena, graphic designer": what follows a comma is said of the person, as after "I'm Lena".
        const described = more && tokens[found.end]?.norm === ',' && cue.strong;
        // "soy Lucía, architect": a cue of another language that gives the name says "I am" too.
        const ownLead = described || !cue.before.some((word) => FIRST_PERSON.has(word) || NOT_SELF.has(word));
        return { name: found.names[0], facts: [], rest: more ? tokens.slice(found.end, match.end) : [], lead: ownLead ? ['i', 'am'] : cue.before, ...(tentative ? { tentative } : {}), ...(cue.strong ? { namedOutright: true } : {}), ...family };
      },
    });
  }
  if (!only) candidates.push(...detailStatements(tokens, lexicon, values));
  candidates.sort((a, b) => b.length - a.length);
  for (const candidate of candidates) {
    const read = candidate.read();
    if (read) return candidate.known ? { ...read, facts: [...read.facts, ...alsoListed(read, candidate, candidates)] } : read;
  }
  return NOTHING;
}

/**
 * "I'm coeliac": a value two kinds list ({known}) is kept as both (a diet and a health condition), when the
 * same phrase reads it for each.
 */
function alsoListed(read: Statement, chosen: { length: number; known?: string }, candidates: ReadonlyArray<{ length: number; read: () => Statement | undefined; known?: string }>): StatedFact[] {
  const values = new Set(read.facts.map((fact) => fact.value.toLowerCase()));
  const others = candidates.filter((other) => other.length === chosen.length && other.known !== undefined && other.known !== chosen.known);
  const kinds = new Set<string>();
  return others.flatMap((other) => {
    if (kinds.has(other.known ?? '')) return [];
    const facts = (other.read()?.facts ?? []).filter((fact) => values.has(fact.value.toLowerCase()));
    if (facts.length > 0) kinds.add(other.known ?? '');
    return facts;
  });
}

const NOT_ONES_YEAR = new Set(['the', 'this', 'that', 'next', 'last', 'every', 'each']);

/** Words that say a clause is about someone else ("my brother is in *his* final year"). */
const THIRD_PERSON = new Set(['he', 'she', 'they', 'his', 'her', 'their', 'hers', 'him', 'them']);

/** "my brother is in his final year": a clause with "he", "his" … or "my" before someone in one's life. */
function aboutSomeoneElse(words: readonly Token[], lexicon: MemoryLexicon): boolean {
  const someone = (token: Token | undefined) => (lexicon.nouns.get(token?.norm ?? '') ?? []).some(({ kind }) => lexicon.people.has(kind));
  return words.some((token, i) => THIRD_PERSON.has(token.norm) || (['my', 'our'].includes(token.norm) && someone(words[i + 1])));
}

/** Facts of the kinds read in passing (`inPassing`), from a phrase of theirs anywhere in a clause. */
function saidInPassing(words: readonly Token[], lexicon: MemoryLexicon, values: ValueContext): StatedFact[] {
  const kinds = [...lexicon.kinds.values()].filter((kind) => kind.definition.inPassing === true);
  const only = new Set(kinds.map((kind) => kind.name));
  const firstWords = new Set(kinds.flatMap((kind) => [...kind.values].map((value) => value.split(' ')[0])));
  const found: StatedFact[] = [];
  for (let at = 0; at < words.length; at++) {
    // "the first year was hard", "next year": a year that is no one's year of study.
    if (!firstWords.has(words[at].norm) || NOT_ONES_YEAR.has(words[at - 1]?.norm ?? '')) continue;
    for (const fact of readStatement(words.slice(at), lexicon, values, only).facts) if (!found.some((known) => known.kind === fact.kind)) found.push(fact);
  }
  return found;
}

/** Most words of a phrase ending in "a" that may still say a feeling ("i am a", "i feel like a"). */
const SHORT_PHRASE = 4;

function statementOf(kind: FactKind, cue: StatementCue, valueTokens: Token[], values: ValueContext, after: Token[] = []): Statement | undefined {
  const needsNoun = cue.after.length === 0 && ['a', 'an'].includes(cue.before[cue.before.length - 1] ?? '');
  // {bare}: "can't do spicy food" is a dislike, "can't do the transfer" or "can't do any business" is not.
  const first = valueTokens.find((token) => !values.lexicon.fillers.has(token.norm));
  if (cue.bare && (!first || /^(DT|PRP|PDT|WDT|CD)/.test(values.words.tags(first.norm)?.[0] ?? ''))) return undefined;
  // "rugby fan", "Accra born and raised": a value said first is a noun phrase, not a sentence ("I need a new desk fan").
  if (cue.before.length === 0 && !cue.known && valueTokens.some((token) => /^(PRP|MD|VBZ|VBP|VBD)$/.test(values.words.tags(token.norm)?.[0] ?? '') || FIRST_PERSON.has(token.norm))) return undefined;
  // "speak slower", "speak up": a verb without its "I" is a request when what follows says how, not what.
  if (cue.subjectless && first && /^(RB|RBR|JJR|RP|IN|UH)$/.test(values.words.tags(first.norm)?.[0] ?? '')) return undefined;
  const read = readValues(valueTokens, kind, cue.known, needsNoun, values);
  if (read.values.length === 0) return undefined;
  // {name}: "Habs fan", "big chivas fan" name a team; "jazz fan" is a common word, read by another phrase.
  if (cue.named && !read.values.every((value) => namesSomething(value, values))) return undefined;
  if (values.lexicon.neverPlaces.has(kind.name) && read.values.some((value) => values.findCity(value) !== undefined)) return undefined;
  const kept = (value: string) => (cue.form ? cue.form.replace(/\{(?:value|known)\}/g, value) : value);
  // A phrase of two words or more said without "I" ("allergic to cats") is as sure as with it; "I'm a …" is
  // loose ("I'm a wreck"), a longer phrase before "a" is not ("I hope to become a …").
  const loose = (needsNoun && cue.before.length <= SHORT_PHRASE) || (cue.subjectless === true && cue.before.length < 2);
  return { facts: read.values.map((value) => ({ kind: kind.name, value: kept(value), ...(loose ? { loose } : {}) })), rest: cue.after.length === 0 ? read.rest : after, lead: cue.subjectless ? [...(cue.subject ?? []), ...cue.before] : cue.before, cue };
}

/**
 * Whether a value names something rather than being a common word: each word capitalised (in a message that
 * is not all lower case) or unknown to the lexicon ("Colo-Colo", "chivas", "Red Sox"; not "jazz", "hawks").
 */
function namesSomething(value: string, values: ValueContext): boolean {
  const words = value.split(/\s+/).filter((word) => !['the', 'a', 'an'].includes(word.toLowerCase()));
  return words.length > 0 && words.every((word) => (!values.lowerCase && /^\p{Lu}/u.test(word)) || values.words.tags(word.toLowerCase()) === undefined);
}

/**
 * Words said before a phrase that are its value as a whole ("Lagos born", not "Lagos born, London based"):
 * a few words without a comma, all of them a place for a kind that holds places.
 */
function wholeValue(tokens: readonly Token[], kind: FactKind, values: ValueContext): boolean {
  const words = tokens.filter((token) => !values.lexicon.fillers.has(token.norm) && !values.lexicon.intensifiers.has(token.norm));
  if (words.length === 0 || words.length > 4 || words.some((token) => /^[,;:]$/.test(token.norm))) return false;
  if (kind.definition.value !== 'place') return true;
  return values.findCity(typedText(words)) !== undefined || (!values.lowerCase && words.every((token) => /^\p{Lu}/u.test(token.raw)));
}

/** Where the value of a phrase is in a clause: after `before`, up to `after` (or the end). */
function matchCue(tokens: readonly Token[], before: readonly string[], after: readonly string[], lexicon: MemoryLexicon): { start: number; end: number; trailing?: boolean } | undefined {
  const start = before.length === 0 ? 0 : matchWords(tokens, 0, before, lexicon.fillers, lexicon.phraseModifiers, lexicon.spans);
  if (start < 0 || start >= tokens.length) return undefined;
  if (after.length === 0) return { start, end: tokens.length };
  const end = indexOfWords(tokens, after, start + 1);
  if (end < 0) return undefined;
  // A phrase that ends the clause ("{value} here") must end it: only fillers may follow, or a comma before
  // something else ("lactose intolerant, sadly").
  const next = skipFillers(tokens, end + after.length, lexicon.fillers);
  // ...or a phrase that says nothing ("Leinster fan *of course*").
  const adverbsOnly = tokens.slice(next).every((token) => token.norm.endsWith('ly') || lexicon.fillers.has(token.norm)) || lexicon.trailers.some((trailer) => trailer.length === tokens.length - next && wordsAt(tokens, trailer, next));
  // ...or another statement goes on ("Bogotá girl living in Madrid"): the reader checks that one reads.
  const trailing = before.length === 0 && !adverbsOnly && !commaAfterFillers(tokens, end + after.length, lexicon);
  return { start, end, ...(trailing ? { trailing } : {}) };
}

/** Most words of a full name said again after the first name ("I am Linh, Nguyen Thi Linh"). */
const MAX_FULL_NAME = 4;
const ARTICLES = new Set(['a', 'an']);
/** Words that open a noun phrase of their own: no article was left out before them. */
const NOUN_PHRASE_OPENERS = new Set(['a', 'an', 'the', 'my', 'our', 'your', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'some', 'any', 'no', 'every']);
/** A phrase matched without its article counts less than one said whole. */
const ARTICLE_LEFT_OUT = 0.5;

/**
 * Learners' English leaves out "a": "I am big fan of …", "I am Benfica fan", "I drive Volvo truck" match "i am a
 * big fan of", "i am a {name} fan", "i drive a". Not where the phrase left would be a name's ("i am a" → "i am":
 * "I am Yoko" is no job), nor one word alone, nor before another determiner ("I drive the kids").
 */
function matchWithoutArticle(tokens: readonly Token[], cue: StatementCue, values: ValueContext): ReturnType<typeof matchCue> {
  const lexicon = values.lexicon;
  const at = cue.before.findIndex((word) => ARTICLES.has(word));
  if (at < 1) return undefined;
  const before = cue.before.filter((_, i) => i !== at);
  if (before.length < 2) return undefined;
  const said = before.join(' ');
  if (cue.after.length === 0 && at === cue.before.length - 1 && (lexicon.nameCues.get(before[0]) ?? []).some((name) => name.before.join(' ') === said)) return undefined;
  // Nor where another phrase is said so whole: "I work in marketing" is "i work in", not "i work in a" (a workplace).
  const after = cue.after.join(' ');
  if (phrasesSaid(lexicon).has(`${said}|${after}`)) return undefined;
  const match = matchCue(tokens, before, cue.after, lexicon);
  if (!match) return undefined;
  // The word where the article was left out starts a noun phrase of its own ("I drive my kids", "I am a fan of the …" is said whole).
  const next = tokens[at < before.length ? matchWords(tokens, 0, before.slice(0, at), lexicon.fillers) : match.start];
  // ...and is a noun or an adjective, not a verb ("I was charged a fee" is no "I was a …").
  const tag = values.words.tags(next?.norm ?? '')?.[0];
  return next && !NOUN_PHRASE_OPENERS.has(next.norm) && !FIRST_PERSON.has(next.norm) && !PREPOSITIONS.has(next.norm) && (tag === undefined || /^(NN|JJ|CD)/.test(tag)) ? match : undefined;
}

const saidPhrases = new WeakMap<MemoryLexicon, Set<string>>();

/** Every `say` phrase as "before|after", built once per lexicon: looked up for each phrase tried without its article. */
function phrasesSaid(lexicon: MemoryLexicon): Set<string> {
  let said = saidPhrases.get(lexicon);
  if (!said) {
    said = new Set([...lexicon.cues.values()].flat().map((cue) => `${cue.before.join(' ')}|${cue.after.join(' ')}`));
    saidPhrases.set(lexicon, said);
  }
  return said;
}

/** A comma at `at`, or after fillers there ("big Falcons fan *tho,* been through a lot"). */
function commaAfterFillers(tokens: readonly Token[], at: number, lexicon: MemoryLexicon): boolean {
  let stop = at;
  while (stop < tokens.length && lexicon.fillers.has(tokens[stop].norm)) stop++;
  return tokens[stop]?.norm === ',';
}

/** Most adjectives read past before a noun ("small son", "lovely little daughter"). */
const MAX_ADJECTIVES = 2;

/** How many adjectives come right before the noun at `at`. */
function adjectivesBefore(tokens: readonly Token[], at: number, values: ValueContext): number {
  let count = 0;
  while (count < MAX_ADJECTIVES && at - count - 1 >= 0 && /^JJ/.test(values.words.tags(tokens[at - count - 1].norm)?.[0] ?? '')) count++;
  return count;
}

/**
 * Whether the noun at `at` is introduced as someone's ("my husband", "two dogs", "a 5 year old daughter",
 * "our sweet little cat", "have twins"): a determiner before it, past an age and adjectives.
 */
function introducedAt(tokens: readonly Token[], at: number, values: ValueContext): boolean {
  // "2 guinea pigs": a count right before the noun introduces it as "two" does.
  if (at > 0 && /^\d{1,2}$/.test(tokens[at - 1].norm)) return true;
  let i = at - 1;
  for (let skipped = 0; i >= 0 && skipped < 4; i--, skipped++) {
    const word = tokens[i].norm;
    if (DETERMINERS.has(word)) return true;
    // "his absolutely mental border collie": an adverb before an adjective describes too.
    const adjective = /^(JJ|RB)/.test(values.words.tags(word)?.[0] ?? '');
    if (!/^\d+$/.test(word) && !AGE_WORDS.has(word) && word !== '-' && !adjective) break;
  }
  if (i >= 0 && DETERMINERS.has(tokens[i].norm)) return true;
  // "our rescue greyhound Rocket", "my old farm dog Bess": a word or two more after a possessive describe it too.
  if (i >= 0 && [i - 1, i - 2].some((j) => j >= 0 && POSSESSIVES.has(tokens[j].norm) && tokens.slice(j + 1, at).every((token) => /^[\p{L}-]+$/u.test(token.norm)))) return true;
  return at > 0 && HAVE_VERBS.has(tokens[at - 1].norm) && tokens[at].norm.endsWith('s');
}

/**
 * Names introduced by a noun anywhere in a clause: "my husband Tom", "two dogs, Pepper and Salt", "a son
 * called Leo", "Nala is my puppy". A noun left without a name waits for a pronoun ("her name is Nala").
 */
function readRelations(tokens: readonly Token[], lexicon: MemoryLexicon, values: ValueContext, waiting?: { kind: string; detail: string }, together = false): { facts: StatedFact[]; ages: StatedAbout[]; pending?: { kind: string; detail: string }; end: number } {
  const facts: StatedFact[] = [];
  const ages: StatedAbout[] = [];
  // "Nikau (8) and Manaia (5)", "Minh 5, An 2": an age said with a person's name is theirs.
  const aged = (found: { names: string[]; ages: Array<string | undefined> }, kind: string, detail: string) => {
    if (!lexicon.people.has(kind)) return;
    found.names.forEach((name, index) => {
      const age = found.ages[index];
      if (age !== undefined) ages.push({ kind: AGE_KIND, value: age, about: { kind, noun: detail, name } });
    });
  };
  let pending = waiting;
  let end = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (pending) {
      const link = PRONOUN_LINKS.map((words) => (wordsAt(tokens, words, i) ? i + words.length : -1)).find((end) => end > 0);
      if (link !== undefined) {
        const found = readNames(tokens, link, true, values, true, true);
        if (found.names.length > 0) {
          facts.push(...found.names.map((value) => ({ kind: pending!.kind, value, detail: pending!.detail })));
          aged(found, pending.kind, pending.detail);
          pending = undefined;
          end = found.end;
          i = found.end - 1;
          continue;
        }
      }
    }
    let noun = nounAt(tokens, i, lexicon);
    if (!noun) continue;
    // "a siamese cat named Luna": kept as the sort the person named, a siamese.
    const sort = i > 0 ? nounAt(tokens, i - 1, lexicon) : undefined;
    if (sort && sort.length === 1 && lexicon.parents.get(sort.detail) === noun.detail) noun = { ...noun, detail: sort.detail };
    // "got 3 brothers lol, Yusuf, Bilal and Hamza": fillers between a noun and its names say nothing.
    let after = i + noun.length;
    while (after < tokens.length - 1 && lexicon.fillers.has(tokens[after].norm) && !NAME_LINKS.some((link) => link[0] === tokens[after].norm)) after++;
    // "my sister's dog is called Rex", "my brother's wife is Ana": who is named next is theirs, not the sister.
    if (tokens[after]?.norm === "'s" && !NAMING_LINKS.some((link) => wordsAt(tokens, link, after))) {
      i = after;
      continue;
    }
    // "wife's called Tasha", "dog is named Rex": a noun that opens the clause and is named there is the person's.
    const opens = i === skipFillers(tokens, 0, lexicon.fillers) || tokens[i - 1]?.norm === ',';
    // As in notes: "partner: Lenka", "partner = sam", "youngest is Yasmin", "wife Olga, daughter Vera (2)".
    const labelled = opens && (LABEL_LINKS.has(tokens[after]?.norm ?? '') || readNames(tokens, after, false, values).names.length > 0);
    const opensNamed = opens && (labelled || NAMING_LINKS.some((link) => wordsAt(tokens, link, after)));
    // "have wife Olga and son Misha": after "have", or after "and" that follows someone named, a noun right before a name.
    // "… and small son Misha": adjectives may come between.
    const lead = tokens[i - 1 - adjectivesBefore(tokens, i, values)]?.norm ?? '';
    const listed = (HAVE_VERBS.has(lead) || (lead === 'and' && facts.length > 0)) && readNames(tokens, after, false, values).names.length > 0;
    // "a rescue greyhound named Biscuit", "an old farm cat called Mog": a word or two before the noun describe it
    // when it is named outright after.
    const describedNamed = NAMING_LINKS.some((link) => wordsAt(tokens, link, after)) && [i - 2, i - 3].some((j) => j >= 0 && DETERMINERS.has(tokens[j].norm) && tokens.slice(j + 1, i).every((token) => /^[\p{L}-]+$/u.test(token.norm)));
    // "I have wife, her name is …", "we have son": learners' English leaves out the article after "have".
    const introduced = describedNamed || introducedAt(tokens, i, values) || (HAVE_VERBS.has(lead) && noun.length === 1 && lexicon.people.has(noun.kind));
    if (!opensNamed && !introduced && !listed) continue;
    let found: { names: string[]; end: number; ages: Array<string | undefined> } = { names: [], end: after, ages: [] };
    for (const link of NAME_LINKS) {
      const start = wordsAt(tokens, link, after) ? after + link.length : -1;
      if (start < 0) continue;
      found = readNames(tokens, start, link[0] !== ',', values, link.some((word) => NAMING_WORDS.has(word)), true);
      if (found.names.length > 0) break;
    }
    if (found.names.length === 0 && labelled) found = readNames(tokens, after, false, values, false, true);
    const possessed = (i > 0 && POSSESSIVES.has(tokens[i - 1].norm)) || (i > 1 && POSSESSIVES.has(tokens[i - 2].norm)) || (i > 2 && POSSESSIVES.has(tokens[i - 3].norm));
    // "my cat Miso", "2 boys Adam and Rayan": names right after a noun that is someone's or counted.
    const counted = i > 0 && (/^\d{1,2}$/.test(tokens[i - 1].norm) || (tokens[i - 1].norm !== 'a' && lexicon.spans.numbers.some((words) => words.length === 1 && words[0] === tokens[i - 1].norm)));
    // "a twin brother kamau": a name right after a noun brought in by "a" too.
    // Not a word the lexicon knows as anything but a name ("a dog walker").
    const nameOnly = (token: Token | undefined) => token !== undefined && (values.words.tags(token.norm) ?? ['NNP']).every((tag) => tag === 'NNP');
    if (found.names.length === 0 && (possessed || counted || ((introduced || listed) && nameOnly(tokens[after])))) found = readNames(tokens, after, false, values, false, true);
    if (found.names.length === 0 && i >= 3 && tokens[i - 1].norm === 'my' && ['is', "'s", ','].includes(tokens[i - 2].norm)) {
      // "Tom is my husband", "Tom's my husband", "Tom, my husband"
      const before = readNames(tokens, i - 3, false, values);
      if (before.names.length === 1 && before.end === i - 2) found = before;
    }
    // "my friend Mads just got a puppy named Kaj": brought in by "a" in what is said of someone else, theirs.
    const theirs = !possessed && !opensNamed && !together && saidOfSomeoneElse(tokens, i, lexicon, (word) => values.words.tags(word));
    if (found.names.length > 0 && theirs) {
      i = Math.max(i, found.end - 1);
      continue;
    }
    if (found.names.length > 0) {
      facts.push(...found.names.map((value) => ({ kind: noun.kind, value, detail: noun.detail })));
      aged(found, noun.kind, noun.detail);
      pending = undefined;
      end = Math.max(end, found.end);
      i = Math.max(i, found.end - 1);
    } else {
      pending = { kind: noun.kind, detail: noun.detail };
      i += noun.length - 1;
    }
  }
  return { facts, ages, pending, end };
}

/**
 * A question about the person: first person (or exactly one of the ask phrases), and a kind it names.
 * `alone`: the clause is the whole message, so a bare "what do I do?" asks about work (after "my card is
 * lost!" it asks for help).
 */
function readQuestion(clause: Clause, lexicon: MemoryLexicon, alone: boolean): FactQuestion | undefined {
  if (!isQuestionLike(clause, lexicon)) return undefined;
  // "what is my hobby apart from music?": what comes after "apart from" is left out of the answer, not asked about.
  const except = lexicon.exceptions.map((phrase) => indexOfWords(clause.tokens, phrase)).filter((at) => at > 0).sort((a, b) => a - b)[0];
  const asked = except === undefined ? clause.tokens : clause.tokens.slice(0, except);
  const excluding = except === undefined ? [] : clause.tokens.slice(except).map((token) => token.norm).filter((word) => !QUESTION_WORDS.has(word) && !lexicon.fillers.has(word) && !lexicon.exceptions.some((phrase) => phrase.includes(word)) && /\p{L}/u.test(word));
  const tokens = withoutTimePhrases(asked, lexicon).filter((token) => !lexicon.fillers.has(token.norm) || FIRST_PERSON.has(token.norm));
  // "what do I do on weekends?" asks what one does for pleasure, not for work ("what do I do?" alone).
  const freeTime = lexicon.freeTime.some((phrase) => indexOfWords(asked, phrase) >= 0);
  const bareAsked = alone ? (bareQuestion(asked, lexicon) ?? bareQuestion(withoutTimePhrases(asked, lexicon), lexicon)) : undefined;
  // ...it is about the kinds asked that way ("what do I do *for fun*?" is a like's question).
  const leisure = [...lexicon.kinds.values()].filter((kind) => kind.asks.some((ask) => lexicon.freeTime.some((phrase) => indexOfPhrase(ask, phrase) >= 0)));
  const bare = bareAsked && freeTime ? (leisure.length > 0 ? { kinds: leisure.map((kind) => kind.name), whole: false } : undefined) : bareAsked;
  // Not about someone else ("what team is my brother on?"): what is asked of them is read strictly.
  const ownWords = tokens.some((token) => ['i', 'my', 'we', 'our'].includes(token.norm)) && !tokens.some((_, i) => lexicon.people.has(nounAt(tokens, i, lexicon)?.kind ?? '') || lexicon.otherPeople.has(tokens[i].norm));
  const named = kindsNamed(tokens, lexicon) ?? kindsNamed(tokens, lexicon, true) ?? bare ?? workAsked(tokens, lexicon);
  const loose = named === undefined && ownWords ? kindsLoosely(contentOf(tokens, lexicon), tokens.map((token) => token.norm), lexicon) : undefined;
  const target = named ?? (loose ? { kinds: loose.kinds, whole: false } : undefined);
  if (!target) return undefined;
  // "what's the cat called again?": the person's own, as one says "the kids" or "the wife" at home.
  // "what's the flat cat called?": a word may say which one.
  const theNamed = alone && tokens.some((token, i) => token.norm === 'the' && [i + 1, i + 2].some((at) => at < tokens.length && nounAt(tokens, at, lexicon) !== undefined)) && tokens.some((token) => NAMING_WORDS.has(token.norm) && token.norm !== 'me' && token.norm !== 'by');
  // "cat's name?", "husbands name?": a short question of a noun and its name, said alone, is about one's own.
  const bareNamed = alone && tokens.length <= 4 && tokens.some((_, i) => nounAt(tokens, i, lexicon) !== undefined) && tokens.some((token) => ['name', 'names', 'called'].includes(token.norm));
  // "birthday?", "allergies?", "youngest child's name?": a question of a few words, said alone and not of
  // the bot ("your birthday?"), is about one's own.
  const short = alone && tokens.length <= MAX_TELEGRAPHIC && !tokens.some((token) => lexicon.detailed.you.has(token.norm));
  // "what's *our* parrot called?", "where do *we* live?": a household asks as one.
  const firstPerson = theNamed || bareNamed || short || tokens.some((token) => FIRST_PERSON.has(token.norm) || token.norm === 'our' || token.norm === 'we');
  const category = tokens.map((token) => lexicon.categories.get(token.norm)).find((found) => found !== undefined);
  const sort = target.detail !== undefined && tokens.some((token) => lexicon.sortWords.has(token.norm));
  // "do I still have a dog?", "have I got kids?": whether there is one of a kind that holds names.
  const noun = tokens.some((_, i) => target.kinds.includes(nounAt(tokens, i, lexicon)?.kind ?? ''));
  const yesNo = noun && YES_NO_STARTS.has(tokens[0]?.norm ?? '');
  const count = indexOfWords(tokens, ['how', 'many']) >= 0;
  const own = (word: string) => target.kinds.some((kind) => lexicon.questionWords.get(kind)?.has(word) === true);
  // Words that say what sort of answer is wanted, and those a loosely read question has that no kind is asked with ("what *IPL* team …").
  const narrowing = tokens.map((token) => token.norm).filter((word) => lexicon.aspects.has(word) && !lexicon.sortWords.has(word) && !QUESTION_WORDS.has(word) && !ABOUT_ANY_KIND.has(word) && !own(word));
  const words = [...new Set([...narrowing, ...(named === undefined ? (loose?.unknown ?? []) : [])])];
  if (!firstPerson && !target.whole) return undefined;
  const values = [...new Set(tokens.map((token) => token.norm).filter((word) => target.kinds.some((kind) => lexicon.kinds.get(kind)?.values.has(word) === true)))];
  return { ...(values.length > 0 ? { values } : {}), kinds: target.kinds, ...(target.detail ? { detail: target.detail } : {}), ...(category ? { category } : {}), ...(sort ? { sort } : {}), ...(yesNo && !count ? { yesNo } : {}), ...(count ? { count } : {}), ...(words.length > 0 ? { words } : {}), ...(excluding.length > 0 ? { excluding } : {}), ...(named === undefined && loose && loose.unknown.length > 0 ? { unknown: loose.unknown } : {}) };
}

/** "what's my fav drink?", "fav band?": a question narrowed to one thing through a {detail} slot. */
function detailQuestion(clause: Clause, lexicon: MemoryLexicon, values: ValueContext): FactQuestion | undefined {
  if (!isQuestionLike(clause, lexicon)) return undefined;
  const asked = readDetailQuestion(clause.tokens, lexicon, values, isQuestionWord);
  // "what's my favourite food?": a thing that is a category narrows what may stand in for it (likes that are food).
  const category = asked ? lexicon.categories.get(asked.detail) : undefined;
  return asked ? { kinds: [asked.kind], detail: asked.detail, ...(category ? { category } : {}) } : undefined;
}

/** Kinds that hold what one does for work: "what kind of *doctor* am I?" asks about it. */
const WORK_KINDS = ['job'];

/** "what kind of doctor am I?", "what sort of engineer was I?": a word for work asked of oneself, with "am I" or "was I". */
function workAsked(tokens: readonly Token[], lexicon: MemoryLexicon): { kinds: string[]; detail?: string; whole: boolean } | undefined {
  const ofMe = ['am', 'was'].some((verb) => indexOfWords(tokens, [verb, 'i']) >= 0 || indexOfWords(tokens, ['i', verb]) >= 0);
  const work = tokens.some((token, i) => !QUESTION_WORDS.has(token.norm) && !ABOUT_ANY_KIND.has(token.norm) && nounAt(tokens, i, lexicon) === undefined && isOccupation(token.norm, lexicon.occupations));
  return ofMe && work && WORK_KINDS.every((kind) => lexicon.kinds.has(kind)) ? { kinds: WORK_KINDS, whole: false } : undefined;
}

/** Words that open a question asking whether ("*do* I have a dog?", "*have* I got kids?"). */
const YES_NO_STARTS = new Set(['do', 'does', 'did', 'have', 'has', 'am', 'is', 'are']);

/** The most words a question said without its verb may have ("my daughter name", "fave food"). */
const MAX_TELEGRAPHIC = 4;

/**
 * "birthday", "fave food", "husband name", "my job": a message of a few words with no verb and no subject,
 * which states nothing (not "vegan", not "husband Tom"), asks like a question with a question mark.
 */
function isTelegraphic(tokens: readonly Token[], lexicon: MemoryLexicon, values: ValueContext): boolean {
  const words = tokens.filter((token) => !isPunctuation(token) && !lexicon.fillers.has(token.norm));
  if (words.length === 0 || words.length > MAX_TELEGRAPHIC) return false;
  if (words.some((token) => ['i', 'we', 'you'].includes(token.norm) || /^(VB|VBP|VBZ|VBD|MD|UH)$/.test(values.words.tags(token.norm)?.[0] ?? ''))) return false;
  return readStatements([...tokens], lexicon, values).facts.length === 0 && readRelations([...tokens], lexicon, values).facts.length === 0;
}

function isQuestionWord(word: string): boolean {
  return QUESTION_WORDS.has(word) || ABOUT_ANY_KIND.has(word);
}

/** A question without the phrases of time it may hold ("which language am I learning *at the moment*?"). */
function withoutTimePhrases(tokens: readonly Token[], lexicon: MemoryLexicon): Token[] {
  let words = [...tokens];
  for (const phrase of lexicon.leadIns) {
    if (phrase.length < 2) continue;
    const at = indexOfWords(words, phrase);
    if (at > 0) words = [...words.slice(0, at), ...words.slice(at + phrase.length)];
  }
  return words;
}

/** "what do I do?", "where am I right now?" said alone: an ask phrase of only question words (and words any question may use), matching the whole clause as typed. */
function bareQuestion(tokens: readonly Token[], lexicon: MemoryLexicon): { kinds: string[]; detail?: string; whole: boolean } | undefined {
  const said = inLearnersOrder(tokens.map((token) => token.norm));
  const kinds = [...lexicon.kinds.values()].filter((kind) => kind.asks.some((phrase) => phrase.every((word) => QUESTION_WORDS.has(word) || ABOUT_ANY_KIND.has(word)) && inLearnersOrder(phrase) === said));
  return kinds.length > 0 ? { kinds: kinds.map((kind) => kind.name), whole: true } : undefined;
}

/**
 * A question in the order learners often ask it, the subject before its verb and no "do": "where am I now?"
 * and "where I am now?", "what do I study?" and "what I study?" read the same.
 */
function inLearnersOrder(words: readonly string[]): string {
  const kept = words.filter((word, i) => !(['do', 'does', 'did'].includes(word) && words[i + 1] === 'i'));
  return kept.map((word, i) => (word === 'am' && kept[i + 1] === 'i' ? 'i' : word === 'i' && kept[i - 1] === 'am' ? 'am' : word)).join(' ');
}

/** Words that ask only with a subject after them ("have *you* …", "do *I* …"); alone they start a statement ("have a cat named Troll"). */
const AUXILIARIES = new Set(['do', 'does', 'did', 'am', 'is', 'are', 'have', 'has', 'can', 'could', 'would']);
const SUBJECTS_ASKED = new Set(['i', 'you', 'we', 'he', 'she', 'they', 'it', 'my', 'your', 'our', 'there', 'u', 'anyone', 'that', 'this']);

function isQuestionLike(clause: Clause, lexicon: MemoryLexicon): boolean {
  if (clause.asked) return true;
  const start = skipFillers(clause.tokens, 0, lexicon.fillers);
  // "can't eat shellfish" tells, "can I …" asks.
  if (clause.tokens[start]?.norm === 'can' && clause.tokens[start + 1]?.norm === 'not') return false;
  if (AUXILIARIES.has(clause.tokens[start]?.norm ?? '') && !SUBJECTS_ASKED.has(clause.tokens[skipFillers(clause.tokens, start + 1, lexicon.fillers)]?.norm ?? '')) return false;
  return [...lexicon.questionStarts, ...lexicon.followUps].some((words) => matchWords(clause.tokens, start, words, new Set()) === start + words.length);
}

/**
 * The kinds a phrase points to. Every word of the question that says what it is about must belong to the
 * kind's own ask phrases or nouns ("what language am I studying?" is all learning's words; "how do I make
 * contactless work?" is not about a job); then the longest ask phrase found as written wins, and a noun
 * narrows it ("my daughter").
 */
function kindsNamed(tokens: readonly Token[], lexicon: MemoryLexicon, relaxed = false): { kinds: string[]; detail?: string; whole: boolean } | undefined {
  const said = contentOf(tokens, lexicon);
  // Relaxed, words that only say what sort of answer is wanted do not count: "what *subject* do I teach?",
  // "what do I like *reading*?".
  // Relaxed, a phrase's own such words may be left out too ("am i *trying* to learn" for "struggling to learn").
  const onlyAspect = (word: string) => lexicon.aspects.has(word) || (word.length > 5 && word.endsWith('ing'));
  const content = relaxed ? said.filter((word) => !onlyAspect(word)) : said;
  // "what languages do I know?": the category word is all it says about what it asks.
  if (!relaxed && content.length === 0) content.push(...tokens.map((token) => token.norm).filter((word) => lexicon.categories.has(word)));
  if (relaxed && content.length === said.length) return undefined;
  if (content.length === 0) return relaxed ? undefined : namedOnlyByQualifier(tokens, lexicon);
  let best = 0;
  let kinds: string[] = [];
  let whole = false;
  for (const kind of lexicon.kinds.values()) {
    const words = lexicon.questionWords.get(kind.name);
    if (!words || !content.every((word) => words.has(word))) continue;
    // ...and one of its ask phrases must be there whole, as written or by its content words.
    let score = 0;
    for (const phrase of kind.asks) {
      if (indexOfWords(tokens, phrase) >= 0) {
        score = Math.max(score, phrase.length + 1 + content.length);
        whole ||= phrase.length === tokens.length;
      } else if (phrase.some((word) => !QUESTION_WORDS.has(word)) && phrase.every((word) => QUESTION_WORDS.has(word) || content.includes(word) || (relaxed && onlyAspect(word)))) {
        score = Math.max(score, content.length);
      }
    }
    const noun = tokens.some((_, i) => nounAt(tokens, i, lexicon)?.kind === kind.name);
    if (noun) score = Math.max(score, content.length);
    if (score === 0) continue;
    if (score < best) continue;
    if (score > best) kinds = [];
    best = score;
    kinds.push(kind.name);
  }
  if (kinds.length === 0) return undefined;
  for (let i = 0; i < tokens.length; i++) {
    const noun = nounAt(tokens, i, lexicon);
    if (noun && kinds.includes(noun.kind)) return { kinds: [noun.kind], ...(noun.general ? {} : { detail: noun.detail }), whole };
  }
  return { kinds, whole };
}

/**
 * "what's my youngest called?", "eldest's name?": a qualifier that is itself a noun of a kind that holds names
 * ("youngest", "eldest" of children) asks for that kind's names when the question asks for a name.
 */
function namedOnlyByQualifier(tokens: readonly Token[], lexicon: MemoryLexicon): { kinds: string[]; whole: boolean } | undefined {
  if (!tokens.some((token) => ['called', 'name', 'names'].includes(token.norm))) return undefined;
  for (let i = 0; i < tokens.length; i++) {
    const noun = lexicon.qualifiers.has(tokens[i].norm) ? nounAt(tokens, i, lexicon) : undefined;
    if (noun && lexicon.kinds.get(noun.kind)?.definition.value === 'name') return { kinds: [noun.kind], whole: false };
  }
  return undefined;
}

/** Where a phrase's words are in another's, or -1. */
function indexOfPhrase(words: readonly string[], phrase: readonly string[]): number {
  return words.findIndex((_, at) => phrase.every((word, i) => words[at + i] === word));
}

/** The words of a question that say what it is about: not question words, qualifiers, categories or fillers. */
function contentOf(tokens: readonly Token[], lexicon: MemoryLexicon): string[] {
  return tokens.map((token) => token.norm).filter((word) => !QUESTION_WORDS.has(word) && !ABOUT_ANY_KIND.has(word) && !lexicon.qualifiers.has(word) && !lexicon.categories.has(word) && !lexicon.fillers.has(word) && !/^[,;:]$/.test(word));
}

/** Only words that lean on what came before: "and the other one?", "what about the other?", "what else?". */
function isFollowUp(tokens: readonly Token[], lexicon: MemoryLexicon): boolean {
  const words = tokens.map((token) => token.norm).filter((word) => !lexicon.fillers.has(word) && !/^[,;:]$/.test(word));
  return words.some((word) => FOLLOW_UP_WORDS.has(word)) && words.every((word) => QUESTION_WORDS.has(word) || ABOUT_ANY_KIND.has(word) || FOLLOW_UP_WORDS.has(word));
}

/** Words an aside may take before a comma and a forget request ("ok hold on, please forget …"). */
const OPENING_WORDS = 3;

/** What a forget clause asks: the kinds or facts it names, or else only its words. */
interface ForgetRead {
  targets?: FactTarget[];
  words: string[];
}

function keepForget(reading: MemoryReading, forget: ForgetRead, before: readonly Clause[], lexicon: MemoryLexicon): void {
  if (forget.targets) {
    reading.forget.push(...forget.targets);
    return;
  }
  if (forget.words.length === 0 || reading.forgetSaid) return;
  const said = before.some((clause) => clause.tokens.filter((token) => !isPunctuation(token) && !POLITE.has(token.norm) && !lexicon.fillers.has(token.norm)).length >= 2);
  reading.forgetSaid = { words: forget.words, afterSaid: said };
}

/** "forget my cat", "please forget where I live", "forget that I like jazz"; not "forget everything". */
function readForget(tokens: readonly Token[], lexicon: MemoryLexicon, values: ValueContext): ForgetRead | undefined {
  const verbAt = (from: number) => {
    let start = from;
    while (start < tokens.length && (POLITE.has(tokens[start].norm) || lexicon.fillers.has(tokens[start].norm))) start++;
    return lexicon.forgetVerbs.map((words) => matchWords(tokens, start, words, new Set())).find((end) => end > 0);
  };
  // "ok hold on, please forget …", "on second thought, forget …": a few words and a comma before the request.
  const aside = tokens.findIndex((token) => token.norm === ',');
  const verb = verbAt(0) ?? (aside > 0 && aside <= OPENING_WORDS ? verbAt(aside + 1) : undefined);
  if (verb === undefined) return undefined;
  let rest = tokens.slice(verb);
  while (rest.length > 0 && ['about', 'that', 'the', 'fact', ','].includes(rest[0].norm)) rest = rest.slice(1);
  // "forget the bit about where I'm from", "forget the horse thing": a word that only points at what was said.
  if (rest.length > 2 && lexicon.vagueNouns.has(rest[0].norm) && ['about', 'where', 'with', 'on'].includes(rest[1].norm)) rest = rest.slice(rest[1].norm === 'about' ? 2 : 1);
  while (rest.length > 0 && ['about', 'that', 'the', 'fact', ','].includes(rest[0].norm)) rest = rest.slice(1);
  const vague = ['i', 'we'].includes(rest[0]?.norm ?? '') ? -1 : rest.findIndex((token, i) => i > 0 && lexicon.vagueNouns.has(token.norm));
  if (vague > 0) rest = rest.slice(0, vague);
  if (rest.length === 0 || EVERYTHING.some((words) => words.length === rest.length && wordsAt(rest, words, 0))) return undefined;
  // "forget my sis's name, she'd kill me": what to forget ends at a comma, when the whole says nothing to forget.
  const comma = rest.findIndex((token) => token.norm === ',');
  const targets = forgetTargets(rest, lexicon, values) ?? (comma > 0 ? forgetTargets(rest.slice(0, comma), lexicon, values) : undefined);
  const words = (comma > 0 ? rest.slice(0, comma) : rest).filter((token) => !isPunctuation(token)).map((token) => token.norm);
  return { ...(targets ? { targets } : {}), words };
}

/** What the words after "forget" name: the person's name, what was told of someone, someone, or facts and kinds. */
function forgetTargets(rest: readonly Token[], lexicon: MemoryLexicon, values: ValueContext): FactTarget[] | undefined {
  if (OWN_NAME.some((words) => words.length === rest.length && wordsAt(rest, words, 0))) return [{ kind: NAME_TARGET }];
  // "forget my sister's job": what was told about her.
  const about = aboutQuestion(rest, lexicon, (said) => kindsNamed(said, lexicon));
  if (about) return about.kinds.map((kind) => ({ kind, about: about.about }));
  const someone = someoneNamed(rest, lexicon);
  if (someone) return [{ kind: PERSON_TARGET, about: someone }];
  const stated = readStatement(rest, lexicon, values).facts;
  if (stated.length > 0) return stated.map((fact) => ({ kind: fact.kind, value: fact.value }));
  // "forget about my brother Fadi": the one named.
  const told = readRelations(rest, lexicon, values).facts;
  if (told.length > 0) return told.map((fact) => ({ kind: fact.kind, value: fact.value }));
  // "forget my age, feels weird having that saved": what to forget ends at a comma.
  const comma = rest.findIndex((token) => token.norm === ',');
  const detailed = readDetailQuestion(rest, lexicon, values, isQuestionWord) ?? (comma > 0 ? readDetailQuestion(rest.slice(0, comma), lexicon, values, isQuestionWord) : undefined);
  if (detailed) return [{ kind: detailed.kind, detail: detailed.detail }];
  const named = kindsNamed(rest, lexicon) ?? (comma > 0 ? kindsNamed(rest.slice(0, comma), lexicon) : undefined);
  if (!named) return undefined;
  return named.kinds.map((kind) => ({ kind, ...(named.detail ? { detail: named.detail } : {}) }));
}

/** The clause before and after the first of `phrases` it holds, or undefined when it holds none. */
function splitAtPhrase(tokens: readonly Token[], phrases: readonly string[][]): { before: Token[]; after: Token[] } | undefined {
  for (const phrase of phrases) {
    const at = indexOfWords(tokens, phrase);
    if (at >= 0) return { before: tokens.slice(0, at), after: tokens.slice(at + phrase.length) };
  }
  return undefined;
}

/** The clause without "no longer"/"anymore" and its "not", or undefined when it has none. */
function stripNoLonger(tokens: readonly Token[], lexicon: MemoryLexicon): Token[] | undefined {
  for (const marker of lexicon.noLonger) {
    const at = indexOfWords(tokens, marker);
    if (at < 0) continue;
    const rest = [...tokens.slice(0, at), ...tokens.slice(at + marker.length)];
    return rest.filter((token, i) => token.norm !== 'not' && !(token.norm === 'do' && rest[i + 1]?.norm === 'not'));
  }
  return undefined;
}

/** What "I no longer have a cat" or "I don't live in Paris anymore" takes away. */
function removalsOf(tokens: readonly Token[], lexicon: MemoryLexicon, values: ValueContext): FactTarget[] {
  const stated = readStatement(tokens, lexicon, values).facts;
  if (stated.length > 0) return stated.map((fact) => ({ kind: fact.kind, value: fact.value }));
  for (let i = 0; i < tokens.length; i++) {
    const noun = nounAt(tokens, i, lexicon);
    if (noun) return [{ kind: noun.kind, detail: noun.detail }];
  }
  return [];
}
