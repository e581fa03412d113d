import type { Content } from '../../content/content';
import { contentList, contentValue } from '../../content/content';
import { notNameWords } from '../../content/notNameWords';
import type { FactKindDefinition } from '../../content/dialogSchema';
import NounInflector from 'natural/lib/natural/inflectors/noun_inflector';
import { phraseTokens } from './tokens';
import type { TimeSpans } from './tokens';
import { categoryNames, wordsOfCategory } from './categories';
import { FillerWords } from './fillerWords';

/** A `say` phrase split around its slot: "i am a {value} person" → before [i, am, a], after [person]. */
/** Which one of several by age a question asks about. */
export type BirthOrder = 'eldest' | 'youngest' | 'middle';

export interface StatementCue {
  kind: string;
  before: string[];
  after: string[];
  /** The slot is {known}: only a value from the kind's `values` list. */
  known: boolean;
  /** The slot is {bare}: a value said without a determiner ("can't do spicy food", not "can't do the transfer"). */
  bare?: boolean;
  /** The slot is {name}: a value that names something, not a common word ("Habs fan", not "jazz fan"). */
  named?: boolean;
  /** How the value is kept ("i teach => {value} teacher": "chemistry teacher"); the value as said when absent. */
  form?: string;
  /** Made from a phrase by leaving out its "I" ("married to Ana", "grew up in Lima"). */
  subjectless?: boolean;
  /** The words left out ("i am"). */
  subject?: string[];
  /** A label and a colon in front of the value, as in notes ("work: QA automation"). */
  labelled?: boolean;
}

/** A noun of a named kind: its words, the detail a name is kept under, and whether it means any value ("kids"). */
export interface KindNoun {
  words: string[];
  detail: string;
  general: boolean;
  /** "beagle < dog": a beagle is a dog, kept as "beagle" and found when asked about a dog. */
  parent?: string;
}

/** A kind of fact, compiled from dialogs/ for matching. */
export interface FactKind {
  name: string;
  definition: FactKindDefinition;
  /** Nouns that introduce names (singular), longest first: "guinea pig" before "pig". */
  nouns: KindNoun[];
  asks: string[][];
  values: Set<string>;
  /** The words of the kind's `valuesOf` category, singular and plural: a `{known}` slot takes them too. */
  valuesOf?: Set<string>;
}

/** Everything the memory reader needs from content, compiled once per content object. */
export interface NameCue {
  before: string[];
  after: string[];
  strong: boolean;
}

/** The words a message is cut into clauses by. */
export interface ClauseWords {
  /** Always start a new clause ("but"). */
  breaks: ReadonlySet<string>;
  /** Start a new clause when a statement follows ("and I work as …"), not in a list ("Pepper and Salt"). */
  joins: ReadonlySet<string>;
  /** Start the news of a loss as a clause of its own ("… *since* my husband passed away"). */
  lossJoins: ReadonlySet<string>;
  /** Words that open such news ("since *my* …", "after *he* …"). */
  newsSubjects: ReadonlySet<string>;
  /** Subjects that start a statement on their own after a join ("and *I* …", "and *my* …"). */
  statementSubjects: ReadonlySet<string>;
}

export interface MemoryLexicon {
  kinds: Map<string, FactKind>;
  /** `say` phrases by their first word ("" for phrases that start with the value): only those can match a clause. */
  cues: Map<string, StatementCue[]>;
  nameCues: Map<string, NameCue[]>;
  /** Nouns of named kinds by their first word, singular and plural ("dog", "dogs"). */
  nouns: Map<string, Array<{ kind: string; noun: KindNoun }>>;
  /** The words each kind's questions may use (its ask phrases' words and nouns). */
  questionWords: Map<string, Set<string>>;
  /**
   * The words each kind is told with that few other kinds share ("fan", "supporter" for a team; "allergic" for an
   * allergy): a note that says one is likely about the kind, though no phrase of it read the note.
   */
  statementWords: Map<string, Set<string>>;
  fillers: Set<string>;
  trailers: string[][];
  valueEnds: Set<string>;
  /** Words for a time of the day, week or year: "on weekends", "in the evenings" after a value say when, and end it. */
  timesOfWeek: Set<string>;
  /** Phrases after a value that make it something done with the bot ("talking *to you*"): no fact about the person. */
  withYou: string[][];
  retractions: string[][];
  /** Words that open what changes something told before (`memoryChangesOfMind`: "change of plans", "make that"). */
  changesOfMind: string[][];
  /** Retractions that put nothing in place of what they take back (`memoryTakeBacks`). */
  takeBacks: string[][];
  /** Words that point at the last thing said ("forget that *last bit*"): a request to forget only them takes it back (`memoryLastSaidWords`). */
  lastSaid: Set<string>;
  /** Ways of giving one's name that a question can be made of ("people call me", "i go by"). */
  nameAsks: string[][];
  /** Kinds whose value may say where it is ("a startup in Bangalore"). */
  located: Set<string>;
  /** How what follows a kind's value is read on ("a nurse at St Luke's" → "i work at St Luke's"), by kind. */
  continuations: Map<string, string[]>;
  /** Words that may come between the words of a `say` phrase and only say how ("I work *nights* at"). */
  phraseModifiers: Map<string, string[][]>;
  /** Phrases of time that may open a clause before what it states ("these days I live in Berlin"). */
  leadIns: string[][];
  /** Small words inside a family name, typed in lower case ("Joost *de* Vries", "Pieter *van der* Berg"). */
  nameParticles: Set<string>;
  /** Words after which comes the name a thing, a place or a person is given ("a village *called* Bukowina"; `memoryNoOneNamings`). */
  calledWords: Set<string>;
  /** Phrases of a question that leave something out of the answer ("my hobby *apart from* music"). */
  exceptions: string[][];
  /** Phrases of free time: a question with one asks what one does for pleasure ("what do I do *on weekends*?"), not for work. */
  freeTime: string[][];
  forgetVerbs: string[][];
  /** Words after a forget verb that make it another verb ("drop off"). */
  forgetVerbParticles: ReadonlySet<string>;
  /** Verbs after which "that …" names what to forget, unlike the other take-backs made with "that" (`memoryForgetThatVerbs`). */
  forgetThatVerbs: ReadonlySet<string>;
  /** Words before a forget verb that only ask for it ("I'd rather you forget …"), longest first. */
  forgetPrefaces: string[][];
  /** Words after a forget verb that only say the thing was said ("forget what I said about …"), longest first. */
  forgetSaid: string[][];
  /** Words that only point at something said ("forget the *bit* about …", "forget the horse *thing*"). */
  vagueNouns: Set<string>;
  /** Words that ask to forget a whole matter, and so the rest of the message its note was told in (`memoryForgetWhole`: "the farewell thing"). */
  forgetWhole: Set<string>;
  /** Phrases of a question that asks for the person's own name ("you call me", "my name"). */
  ownNameAsks: string[][];
  /** Phrases that alone, as a question, ask for the person's own name ("Name?", "Name on record?"). */
  ownNameAlone: string[][];
  /** Words that address the bot or only feel ("Who am I, *love*?", "…, *bless him*"), said after a comma at a clause's end; longest first. */
  asides: string[][];
  /** After a name, phrases that say the one named is someone else's ("Otto *belongs to* the neighbour"). */
  notOwn: string[][];
  /** Verbs by which someone has an animal of theirs ("Owen *has* a gecko called Ziggy", "the twins *share* a pony"): `memoryOwningVerbs`. */
  owningVerbs: Set<string>;
  /**
   * Things named by their make ("my Skoda Fabia", "a grey Orbea"): the makes (`memoryVehicleMakes`, lower case), words
   * of a clause that say it is not had (`memoryMakeNotHad`: "thinking", "sold"), words after "my" that say it was had
   * before (`memoryMakeFormerly`: "my *old* Opel"), and colours said after it ("in white", `memoryNamedColours`).
   */
  made: { makes: Set<string>; notHad: Set<string>; formerly: Set<string>; colours: Set<string> };
  /** Words by which a question asks whose something is ("who does Rosie *belong* to?"): `memoryBelongWords`. */
  belongWords: Set<string>;
  /** How a question asks who someone named is ("who is", "who are"), longest first. */
  whoAsks: string[][];
  /** Words after which a question names whom it is about ("what's going on *with* Gary?", "what *about* Lena?"). */
  aboutSomeone: Set<string>;
  /** Words that pick one of several by age ("my *eldest*", "my *middle* kid"): `memoryEldestWords` and the others. */
  birthOrder: ReadonlyMap<string, BirthOrder>;
  /** Nouns that name the same one ("mum", "mom", "mother"), each to the first of its group. */
  sameNouns: Map<string, string>;
  noLonger: string[][];
  /** A change of mind: what is given up after these ("I *gave up* German"), longest first. */
  giveUps: string[][];
  /** A value said in place of one given up ("*switched to* {value}", "{value} *instead*"), most words first. */
  switches: Array<{ before: string[]; after: string[] }>;
  /** Words that make a fact stated in a message stand in for one it gives up ("*now* I am a fan of Marseille"). */
  switchMarkers: string[][];
  /** Words that say a note changes what was told before (`memoryChangedSince`: "moved", "pushed", "went up"). */
  changedSince: string[][];
  /** Words opening a clause that may set right what the same message just said (`memorySetRightOpeners`). */
  setRightOpeners: string[][];
  /** Words opening a message that may set right what the message before told (`memoryCorrectionOpeners`: "no,", "well,"). */
  correctionOpeners: string[][];
  /** Words opening a message that sets right a value told before, named or of the same sort (`memoryLatestOpeners`: "nope", "excuse me"). */
  latestOpeners: string[][];
  /** Words said right before a value that no longer holds (`memoryOldValueMarks`: "moved us *off* Wednesdays", "*not* Thursday"). */
  oldValueMarks: string[][];
  /** Words before what held before, left out when a note is told back for now (`memoryInPlaceOf`: "instead of"). */
  inPlaceOf: string[][];
  /** Verbs after which "from …" says what held before (`memoryChangedFromVerbs`: "moved from C to F"). */
  changedFromVerbs: ReadonlySet<string>;
  /** Words that own up to a wrong value before the right one (`memoryLatestMistakes`: "I miscounted", "I got that wrong"). */
  latestMistakes: string[][];
  /** Words after someone new who does what another did (`memoryHandOvers`: "has taken over"); `memoryHandOversTo`: before them ("from now I go to"). */
  handOvers: { before: string[][]; after: string[][] };
  /**
   * How a day or time is said to be moved (`memoryRescheduled`): "they *postponed it*, now 10 April", "lessons *moved to*
   * tuesdays". `direct`: the new day or time follows the words at once, as it must when no pronoun points at what moved.
   */
  rescheduled: Array<{ words: string[]; direct: boolean }>;
  /** Verbs that change an amount ("upped", "reduced"; `memoryAmountChanges`): "upped my dose to 20mg". */
  amountChanges: ReadonlySet<string>;
  /** How a new name is given to one told of before (`memoryRenames`), words with `{who}` and `{value}` slots. */
  renames: string[][];
  /** Words that set right, each by its other spellings (`memoryCorrectionSpellings`: "acually" → "actually"). */
  correctionSpellings: Map<string, string>;
  /** The words `memoryCorrectionSpellings` spells: a typo a letter away from one is read as it. */
  correctionWords: Set<string>;
  /** "Did I say four hives?": a question about what was said, before what holds instead (`memoryAskedWhatSaid`). */
  askedWhatSaid: string[][];
  /** What names the thing said before (`memoryNoteNamings`: "her name is", "called"), longest first: "jk, his name is Pipoca" sets the name right. */
  namings: string[][];
  /** "mine is Biscuit": the person's own one of the kind just told (`memoryMineIs`). */
  mineIs: string[][];
  /** Words that make a clause add to what was said (`memoryAdditions`). */
  additions: string[][];
  /** A loss told in passing ("my cat Miso passed away"): what the clause names is no longer, and nothing is noted. */
  gone: string[][];
  questionStarts: string[][];
  followUps: string[][];
  contractedIs: Set<string>;
  /** First words of statements: after "and" or a comma, one of these starts a new clause. */
  clauseStarts: Set<string>;
  /** The kinds each label names, its words joined by spaces ("current city" → home), without "my" or the colon. */
  labelKinds: Map<string, Set<string>>;
  /** Words said with a label alone that only ask to be reminded of it ("on file", "remind me", "name"). */
  labelAskTrailers: string[][];
  /** Those of `clauseStarts` only a label starts ("from" of "from:"): a clause starts there only with the label's colon. */
  labelStarts: Set<string>;
  notNames: Set<string>;
  /** Titles that start a name with the word after them ("Mr Whiskers", "Captain Jack"). */
  nameTitles: Set<string>;
  /** Abbreviations whose point ends no sentence before a number ("No. 2") or a name ("Mt. Hood"). */
  abbreviations: { beforeNumber: Set<string>; beforeName: Set<string> };
  /** The words a message is cut into clauses by (`memoryClauseBreaks`, `memoryClauseJoins`, `memoryLossJoins`, `memoryNewsSubjects`, `memoryStatementSubjects`; see clauses.ts). */
  clauseWords: ClauseWords;
  notThings: Set<string>;
  /** Heads that are not work after "I'm a" ("new customer"). */
  notJobs: Set<string>;
  /** Category words a question narrows with, singular and plural ("sports" → sport, "instruments" → musical instrument). */
  categories: Map<string, string>;
  /** Phrases that open a topic said first ("*for* music, I love folk", "*when it comes to* food …"). */
  topicOpeners: string[][];
  /** Words after a topic that make it one ("music-*wise*", "food *wise*"). */
  topicSuffixes: string[];
  /** `memoryWorkLeadIns`: "day job", "work wise": said first, what follows tells one's work. Longest first. */
  workLeadIns: string[][];
  /** The phrase values said alone after a topic's colon are read with ("music: techno" → "i like techno"). */
  topicValues: string[];
  /** Words in front of a value that only say how much ("a *huge* football fan"). */
  intensifiers: Set<string>;
  /** Words of a question that say what sort of answer it wants, not which kind ("what *subject* do I teach"). */
  aspects: Set<string>;
  /** Words of a question that only say which one is meant ("my *eldest* daughter", "my *late* husband"). */
  qualifiers: Set<string>;
  /** Words of a question that ask for the sort of a thing rather than its name ("what *kind* of dog", "what *breed*"). */
  sortWords: Set<string>;
  /** Words said just before a noun that say it is someone's own ("we *have* a skunk", "*our* skunk"): `memoryOwningWords`. */
  owningWords: Set<string>;
  /** The noun a detail is a sort of ("beagle" → "dog"), across kinds. */
  parents: Map<string, string>;
  /** What may follow a number that is a value ("34 years old", "71 years young"). */
  numberUnits: string[][];
  /** Ages said of others (readAge): "and a half", the units after the number and what is kept of them, how many of a unit make a year. */
  ageHalves: string[][];
  ageUnits: Array<{ words: string[]; kept: string }>;
  agePerYear: Map<string, number>;
  /** Verbs before an age said of someone ("is", "turned", "has" as learners say it); `ageLater` ones tell an age to come. */
  ageVerbs: Set<string>;
  ageHaveVerbs: Set<string>;
  ageLater: Set<string>;
  /** "turned 4 *on Sunday*", "turned 1 *yesterday*": when an age came, passed over. */
  ageWhen: Set<string>;
  ageWhenAlone: Set<string>;
  /** "who's my oldest?": words for the oldest (true) or youngest (false) of a kind, children unless a noun says so. */
  ranks: Map<string, boolean>;
  rankedKind: string;
  /** Kinds whose names are people ("my sister Amina"): what is said about them is kept about them. */
  people: Set<string>;
  /** Nouns of women and of men ("wife", "son"): "her name is …" names the last one brought in that may be a "her". */
  femaleNouns: Set<string>;
  /** Questions of the clock or calendar that say "it" of nothing told ("what time is it?"), as their words. */
  asksOfNow: Set<string>;
  maleNouns: Set<string>;
  /** Nouns of people whose names are not kept as a kind ("my mum", "my friend Tom"), by their first word, plural too. */
  otherPeople: Map<string, string[][]>;
  /** Verbs that open a statement after "i" ("i *speak*", "i *play*"): in a list of values they start something new ("lego and speak Turkish"). */
  statementVerbs: Set<string>;
  /** Words a `say` phrase puts right after "i" ("i *enjoy*", "i *love*"): a "do" before one only stresses it ("I do enjoy the crossword"). */
  iPhraseVerbs: Set<string>;
  /** The kinds read in passing (`inPassing`) from a phrase of theirs anywhere in a clause, and the first words of their values, where such a phrase may start. */
  inPassing: { kinds: Set<string>; firstWords: Set<string> };
  /** Words after "I drive for", "I bake at" that are no employer ("for fun", "at church"). */
  notEmployers: Set<string>;
  /** What WordNet files a thing made under when making it is no work ("breakfast": meal), `memoryNotWorkedOnKinds`. */
  notWorkedOnKinds: Set<string>;
  /** What WordNet files a pastime under ("yoga": exercise): "I do yoga at the gym" is no work. */
  pastimeKinds: Set<string>;
  /** "I *run* a …", "I *own* a …": verbs of a work phrase whose value must be a business (`memoryBusinessVerbs`). */
  businessVerbs: Set<string>;
  /** What WordNet files something run under when it is no business ("meetup": social event), `memoryNotBusinessKinds`. */
  notBusinessKinds: Set<string>;
  /** Work WordNet does not list ("barista"), besides what it files under `memoryOccupationRoots`. */
  occupations: Set<string>;
  /** Learners' words for "work as" ("work like software developer"): what follows is work only when WordNet files it so. */
  workLike: string[][];
  /** Phrases with a {detail} slot ("my favourite {detail} is"), see DetailLexicon. */
  detailed: DetailLexicon;
  /** Categories whose words people list without commas ("I speak russian german english"). */
  listCategories: Set<string>;
  /** Phrases in front of a value that say how much of it ("a bit of French"), longest first. */
  quantities: string[][];
  /** Kinds whose value is never a city ("I work in Amsterdam" is no job). */
  neverPlaces: Set<string>;
  /** Kinds whose every value is of a category ("speaks" → language): narrowing them to it keeps all. */
  categoryKinds: Map<string, string>;
  /** Spans of time that may come between the words of a phrase ("married *35 years* to"). */
  spans: TimeSpans;
  /** The kind a family name said after one's name is kept as ("I'm Kenji Watanabe" → surname). */
  familyName?: string;
  /** The kind a known city said alone between commas is ("chloe, 36, ER doctor, Brisbane" → home). */
  placeAlone?: string;
  /** Categories of a pastime said alone in a terse message ("hurling", "climbing + cello"): read as played or liked (`memoryTerseCategories`). */
  terseCategories: Set<string>;
  /** The kind a city said with "in" after a kind's value is ("a data analyst in Pune" → home), by kind. */
  cityAfter: Map<string, string>;
  /** Phrases that say where one is, anywhere in a clause, before a place ("… social housing *here in* Guadalajara"), and the kind it is. */
  placeHere: Array<{ words: string[]; kind: string }>;
  /** Words before a place that say which part of it ("*northern* Minnesota", "*rural* Ohio"): read past to the place. */
  placeQualifiers: Set<string>;
  /** "mom of 3": words before a number that count a noun ("kid"), longest first. */
  parentsOf: Array<{ words: string[]; noun: string }>;
  /** Words right before a noun that say the person has none ("no kids", "do not have any pets"), longest first. */
  none: string[][];
  /** Kinds whose nouns also take the nouns WordNet files under them, before a name (`memoryWordNetKinds`). */
  wordNetKinds: Set<string>;
  /** Words after what to forget that say where it is kept ("from your notes"), longest first. */
  forgetFrom: string[][];
  /** Words that, after someone's "'s", name only who they are ("my boss's *name*"). */
  nameNouns: string[][];
  /** Words that, after a noun and its colon, say the person has none ("Kids: none"). */
  noneAnswers: Set<string>;
  /** How a split from a partner is told ("we broke up"), longest first. */
  partings: string[][];
  /** The kind a parted one is kept as, by the kind they were ("partner" → "ex"). */
  partingKinds: Map<string, string>;
  /** "Donna and I have been married 36 years": what follows someone named with "and I" and makes them the person's partner. */
  joinings: string[][];
  /** The kind one joined so is kept as ("partner"). */
  joiningKind: string;
  /** The words for the person said after someone and "and" ("Tom and *I*", "Donna and *me*"). */
  joiningSubjects: Set<string>;
  /** The kind what is no longer so is kept as, by its kind ("diet" → "formerDiet"). */
  formerKinds: Map<string, string>;
  /** Words that make what a message avoids an allergy ("severe allergy", "epipen"), and the kinds it is moved between. */
  allergyWords: Set<string>;
  allergyKinds: Map<string, string>;
}

const compiled = new WeakMap<Content, MemoryLexicon>();

export function memoryLexicon(content: Content): MemoryLexicon {
  const known = compiled.get(content);
  if (known) return known;
  const lexicon = compileLexicon(content);
  compiled.set(content, lexicon);
  return lexicon;
}

function compileLexicon(content: Content): MemoryLexicon {
  const contractedIs = new Set(contentList(content, 'contractedIs').map((word) => word.toLowerCase()));
  /** "kind => other kind" entries of a list. */
  const pairs = (list: string) => new Map(contentList(content, list).map((entry) => entry.split(/\s*=>\s*/)).map(([kind, other]): [string, string] => [kind.trim(), (other ?? '').trim()]));
  const phrases = (list: string) => contentList(content, list).map((phrase) => phraseTokens(phrase, contractedIs)).filter((words) => words.length > 0);
  const kinds = new Map<string, FactKind>();
  const cues: StatementCue[] = [];
  const subjectless = new Set(phrases('memorySubjectless').flat());
  for (const [name, definition] of content.facts) {
    const said = definition.say.filter((phrase) => !hasDetailSlot(phrase)).map((phrase) => splitSlot(phrase, contractedIs));
    kinds.set(name, {
      name,
      definition,
      nouns: [...(definition.nouns ?? []).map((noun) => kindNoun(noun, false, contractedIs)), ...(definition.general ?? []).map((noun) => kindNoun(noun, true, contractedIs))].sort((a, b) => b.words.length - a.words.length),
      asks: [...definition.ask.filter((phrase) => !hasDetailSlot(phrase)).map((phrase) => phraseTokens(phrase, contractedIs)), ...said.flatMap(questionOf)],
      values: new Set((definition.values ?? []).map((value) => value.toLowerCase())),
      ...(definition.valuesOf ? { valuesOf: new Set(wordsAndPlurals(definition.valuesOf)) } : {}),
    });
    for (const phrase of definition.say.filter((phrase) => !hasDetailSlot(phrase))) {
      const cue: StatementCue = { kind: name, ...splitSlot(phrase, contractedIs) };
      // "{value} is not my thing" said of many: "scary movies are not my thing".
      if (cue.after[0] === 'is') cues.push({ ...cue, after: ['are', ...cue.after.slice(1)] });
      // A value that must be a place, a number, a date, a listed value or one of a category ("play bass") reads alone.
      const typed = cue.known || definition.category !== undefined || ['place', 'number', 'date'].includes(definition.value ?? 'thing');
      cues.push(cue, ...withoutSubject(cue, subjectless, typed), ...withoutMy(cue, definition), ...asNew(cue));
    }
    cues.push(...labelCues(name, definition.labels ?? [], ['place', 'date', 'number'].includes(definition.value ?? 'thing'), contractedIs));
  }
  const nameCues: NameCue[] = [
    ...contentList(content, 'nameCues').map((phrase) => ({ ...splitSlot(phrase, contractedIs), strong: true })),
    ...contentList(content, 'casualNameCues').map((phrase) => ({ ...splitSlot(phrase, contractedIs), strong: false })),
  ];
  const nouns = new Map<string, Array<{ kind: string; noun: KindNoun }>>();
  const questionWords = new Map<string, Set<string>>();
  for (const kind of kinds.values()) {
    for (const noun of kind.nouns) {
      const first = noun.words[0];
      // "my wifes name": a possessive typed without its apostrophe is found as the noun too.
      const forms = noun.words.length === 1 ? [first, inflector.pluralize(first), `${first}s`] : [first];
      for (const form of new Set(forms)) nouns.set(form, [...(nouns.get(form) ?? []), { kind: kind.name, noun }]);
    }
    // "do I eat meat?": what a diet leaves out (`avoidWords`) is what a question about it names.
    const avoided = Object.values(kind.definition.avoidWords ?? {}).flat();
    // "what town am I in?": a one-word label of the kind ("town", "employer") names it in a question too.
    const labelled = (kind.definition.labels ?? []).filter((label) => /^[\p{L}-]+$/u.test(label)).map((label) => label.toLowerCase());
    const words = new Set([...kind.asks.flat(), ...avoided, ...labelled, ...kind.nouns.flatMap((noun) => noun.words.flatMap((word) => [word, inflector.pluralize(word), `${word}s`]))]);
    questionWords.set(kind.name, words);
  }
  const fillers = new FillerWords(phrases('memoryFillers').flat(), phrases('memoryNotFillerAdverbs').flat());
  const statementWords = kindStatementWords(kinds, new Set([...phrases('memoryNoteStopWords').flat(), ...fillers]));
  const clauseStarts = new Set(['i', 'we', 'my', 'our']);
  // Phrases said without their subject do not start clauses: "the power and love movie" is one title.
  const starts = (labelled: boolean) => [...cues, ...nameCues].filter((cue) => cue.before.length > 0 && !fillers.has(cue.before[0]) && !('subjectless' in cue && cue.subjectless) && ('labelled' in cue && cue.labelled === true) === labelled).map((cue) => cue.before[0]);
  for (const word of starts(false)) clauseStarts.add(word);
  const labelStarts = new Set(starts(true).filter((word) => !clauseStarts.has(word)));
  for (const word of labelStarts) clauseStarts.add(word);
  const trailers = phrases('memoryTrailers').sort((a, b) => b.length - a.length);
  const notNames = new Set([
    ...notNameWords(content),
    ...fillers,
    ...trailers.flat(),
    ...[...kinds.values()].flatMap((kind) => [...kind.values].flatMap((value) => value.split(/[\s-]+/))),
    ...[...kinds.values()].flatMap((kind) => kind.nouns.flatMap((noun) => noun.words)),
    // "her twin boys": a noun of a kind, plural too, names no one.
    ...nouns.keys(),
  ]);
  const passing = [...kinds.values()].filter((kind) => kind.definition.inPassing === true);
  return {
    kinds,
    cues: byFirstWord(cues),
    nameCues: byFirstWord(nameCues),
    nouns,
    questionWords,
    statementWords,
    fillers,
    trailers,
    valueEnds: new Set(phrases('memoryValueEnds').flat()),
    timesOfWeek: new Set(phrases('memoryTimesOfWeek').flat()),
    withYou: phrases('memoryWithYou'),
    // Longest first: "forget that last bit" is read whole, not as "forget that" and a value "last bit".
    retractions: [...phrases('memoryRetractions'), ...phrases('memoryTakeBacks')].sort((a, b) => b.length - a.length),
    changesOfMind: phrases('memoryChangesOfMind').sort((a, b) => b.length - a.length),
    takeBacks: phrases('memoryTakeBacks').sort((a, b) => b.length - a.length),
    lastSaid: new Set(phrases('memoryLastSaidWords').flat()),
    // "what do people call me?": the name phrases that call or go by, not "my name is".
    nameAsks: nameCues.filter((cue) => cue.strong && cue.after.length === 0 && cue.before.length >= 2 && !cue.before.includes('is')).map((cue) => cue.before),
    located: new Set(contentList(content, 'memoryLocated')),
    continuations: new Map(contentList(content, 'memoryContinuations').map((entry) => entry.split(/\s*=>\s*/)).map(([kind, phrase]) => [kind.trim(), phraseTokens(phrase ?? '', contractedIs)])),
    phraseModifiers: byFirst(phrases('memoryPhraseModifiers').sort((a, b) => b.length - a.length)),
    leadIns: phrases('memoryLeadIns').sort((a, b) => b.length - a.length),
    nameParticles: new Set(phrases('memoryNameParticles').flat()),
    calledWords: new Set(phrases('memoryNoOneNamings').flat()),
    exceptions: phrases('memoryExceptions').sort((a, b) => b.length - a.length),
    freeTime: phrases('memoryFreeTime'),
    ownNameAsks: phrases('memoryOwnNameAsks'),
    ownNameAlone: phrases('memoryOwnNameAlone'),
    asides: [...phrases('memoryFormsOfAddress'), ...phrases('memoryAsides')].sort((a, b) => b.length - a.length),
    notOwn: phrases('memoryNotOwn'),
    owningVerbs: new Set(contentList(content, 'memoryOwningVerbs')),
    made: {
      makes: new Set(contentList(content, 'memoryVehicleMakes').map((make) => make.toLowerCase())),
      notHad: new Set(contentList(content, 'memoryMakeNotHad')),
      formerly: new Set(contentList(content, 'memoryMakeFormerly')),
      colours: new Set(contentList(content, 'memoryNamedColours')),
    },
    belongWords: new Set(contentList(content, 'memoryBelongWords')),
    whoAsks: phrases('memoryWhoAsks').sort((a, b) => b.length - a.length),
    aboutSomeone: new Set(phrases('memoryAboutSomeone').flat()),
    birthOrder: new Map([...phrases('memoryEldestWords').flat().map((word) => [word, 'eldest'] as const), ...phrases('memoryYoungestWords').flat().map((word) => [word, 'youngest'] as const), ...phrases('memoryMiddleWords').flat().map((word) => [word, 'middle'] as const)]),
    sameNouns: new Map(contentList(content, 'memorySameNouns').flatMap((group) => group.split(/\s*=\s*/).map((noun): [string, string] => [noun.trim().toLowerCase(), group.split(/\s*=\s*/)[0].trim().toLowerCase()]))),
    forgetVerbs: phrases('memoryForgetVerbs').sort((a, b) => b.length - a.length),
    forgetVerbParticles: new Set(phrases('memoryForgetVerbParticles').map((words) => words.join(' '))),
    forgetThatVerbs: new Set(phrases('memoryForgetThatVerbs').map((words) => words.join(' '))),
    forgetPrefaces: phrases('memoryForgetPrefaces').sort((a, b) => b.length - a.length),
    forgetSaid: phrases('memoryForgetSaid').sort((a, b) => b.length - a.length),
    vagueNouns: new Set(phrases('memoryVagueNouns').flat()),
    forgetWhole: new Set(phrases('memoryForgetWhole').flat()),
    noLonger: phrases('memoryNoLonger').sort((a, b) => b.length - a.length),
    giveUps: phrases('memoryGiveUps').sort((a, b) => b.length - a.length),
    switches: contentList(content, 'memorySwitches')
      .map((phrase) => splitSlot(phrase, contractedIs))
      .map(({ before, after }) => ({ before, after }))
      .sort((a, b) => b.before.length + b.after.length - (a.before.length + a.after.length)),
    switchMarkers: phrases('memorySwitchMarkers'),
    changedSince: phrases('memoryChangedSince'),
    setRightOpeners: phrases('memorySetRightOpeners').sort((a, b) => b.length - a.length),
    correctionOpeners: phrases('memoryCorrectionOpeners').sort((a, b) => b.length - a.length),
    latestOpeners: phrases('memoryLatestOpeners').sort((a, b) => b.length - a.length),
    oldValueMarks: phrases('memoryOldValueMarks'),
    inPlaceOf: phrases('memoryInPlaceOf'),
    changedFromVerbs: new Set(phrases('memoryChangedFromVerbs').map((words) => words.join(' '))),
    latestMistakes: phrases('memoryLatestMistakes').sort((a, b) => b.length - a.length),
    handOvers: { before: phrases('memoryHandOvers').sort((a, b) => b.length - a.length), after: phrases('memoryHandOversTo').sort((a, b) => b.length - a.length) },
    amountChanges: new Set(contentList(content, 'memoryAmountChanges').map((word) => word.toLowerCase())),
    rescheduled: contentList(content, 'memoryRescheduled')
      .map((phrase) => ({ words: phraseTokens(phrase.replace('{value}', ' '), contractedIs), direct: phrase.includes('{value}') }))
      .filter((one) => one.words.length > 0)
      .sort((a, b) => b.words.length - a.words.length),
    correctionSpellings: new Map(contentList(content, 'memoryCorrectionSpellings').flatMap((group) => {
      const [word, ...others] = group.split(/\s*=\s*/).map((one) => one.trim().toLowerCase());
      return others.map((other): [string, string] => [other, word]);
    })),
    correctionWords: new Set(contentList(content, 'memoryCorrectionSpellings').map((group) => group.split(/\s*=\s*/)[0].trim().toLowerCase())),
    renames: contentList(content, 'memoryRenames')
      .map((phrase) => phrase.split(/\s+/).flatMap((word) => (/^\{\w+\}$/.test(word) ? [word] : phraseTokens(word, contractedIs))))
      .sort((a, b) => b.length - a.length),
    askedWhatSaid: phrases('memoryAskedWhatSaid').sort((a, b) => b.length - a.length),
    namings: phrases('memoryNoteNamings').sort((a, b) => b.length - a.length),
    mineIs: phrases('memoryMineIs').sort((a, b) => b.length - a.length),
    additions: phrases('memoryAdditions'),
    gone: phrases('memoryGone').sort((a, b) => b.length - a.length),
    questionStarts: phrases('memoryQuestionStarts'),
    followUps: phrases('memoryFollowUps').sort((a, b) => b.length - a.length),
    contractedIs,
    clauseStarts,
    labelStarts,
    labelKinds: labelKindsOf(cues),
    labelAskTrailers: phrases('memoryLabelAskTrailers').sort((a, b) => b.length - a.length),
    notNames,
    nameTitles: new Set(contentList(content, 'nameTitles').map((word) => word.toLowerCase())),
    abbreviations: { beforeNumber: new Set(contentList(content, 'memoryAbbreviationsBeforeNumber')), beforeName: new Set(contentList(content, 'memoryAbbreviationsBeforeName')) },
    clauseWords: {
      breaks: new Set(phrases('memoryClauseBreaks').flat()),
      joins: new Set(phrases('memoryClauseJoins').flat()),
      lossJoins: new Set(phrases('memoryLossJoins').flat()),
      newsSubjects: new Set(phrases('memoryNewsSubjects').flat()),
      statementSubjects: new Set(phrases('memoryStatementSubjects').flat()),
    },
    notThings: new Set(contentList(content, 'notThings').map((word) => word.toLowerCase())),
    notJobs: new Set(contentList(content, 'notJobs').map((word) => word.toLowerCase())),
    categories: categoryWords(contentList(content, 'memoryCategories'), categoryNames()),
    topicOpeners: phrases('memoryTopicOpeners').sort((a, b) => b.length - a.length),
    topicSuffixes: phrases('memoryTopicSuffixes').flat(),
    workLeadIns: phrases('memoryWorkLeadIns').sort((a, b) => b.length - a.length),
    topicValues: phrases('memoryTopicValues')[0] ?? [],
    intensifiers: new Set(phrases('memoryIntensifiers').flat()),
    aspects: new Set(phrases('memoryAspects').flat().flatMap((word) => [word, inflector.pluralize(word)])),
    sortWords: new Set(phrases('memorySortWords').flat()),
    owningWords: new Set(phrases('memoryOwningWords').flat()),
    qualifiers: new Set(phrases('memoryQualifiers').flat()),
    people: new Set(contentList(content, 'memoryPeople')),
    femaleNouns: new Set(contentList(content, 'memoryFemaleNouns')),
    asksOfNow: new Set(contentList(content, 'memoryAsksOfNow').map((phrase) => phrase.toLowerCase())),
    maleNouns: new Set(contentList(content, 'memoryMaleNouns')),
    otherPeople: byFirst(phrases('memoryOtherPeople').flatMap((words) => [words, [...words.slice(0, -1), inflector.pluralize(words[words.length - 1])]]).sort((a, b) => b.length - a.length)),
    statementVerbs: new Set(cues.filter((cue) => cue.before[0] === 'i' && cue.before.length > 1 && !AUXILIARIES.has(cue.before[1])).map((cue) => cue.before[1])),
    iPhraseVerbs: new Set(cues.filter((cue) => cue.before[0] === 'i' && cue.before.length > 1).map((cue) => cue.before[1])),
    inPassing: { kinds: new Set(passing.map((kind) => kind.name)), firstWords: new Set(passing.flatMap((kind) => [...kind.values].map((value) => value.split(' ')[0]))) },
    parents: new Map([...kinds.values()].flatMap((kind) => kind.nouns.flatMap((noun) => (noun.parent ? [[noun.detail, noun.parent] as [string, string]] : [])))),
    numberUnits: phrases('memoryNumberUnits'),
    ageHalves: phrases('memoryAgeHalves'),
    ageUnits: [...pairs('memoryAgeUnits')].map(([words, kept]) => ({ words: phraseTokens(words, contractedIs), kept })).sort((a, b) => b.words.length - a.words.length),
    agePerYear: new Map([...pairs('memoryAgePerYear')].map(([unit, count]) => [unit, Number(count)])),
    ageVerbs: new Set(phrases('memoryAgeVerbs').flat()),
    ageHaveVerbs: new Set(phrases('memoryAgeHaveVerbs').flat()),
    ageLater: new Set(phrases('memoryAgeLater').flat()),
    ageWhen: new Set(phrases('memoryAgeWhen').flat()),
    ageWhenAlone: new Set(phrases('memoryAgeWhenAlone').flat()),
    ranks: new Map([...pairs('memoryRanks')].map(([word, end]) => [word.toLowerCase(), end === 'oldest'])),
    rankedKind: contentValue(content, 'memoryRankedKind') ?? 'child',
    notEmployers: new Set(contentList(content, 'memoryNotEmployers').map((word) => word.toLowerCase())),
    notWorkedOnKinds: new Set(contentList(content, 'memoryNotWorkedOnKinds').map((word) => word.toLowerCase())),
    pastimeKinds: new Set(contentList(content, 'memoryPastimeKinds').map((word) => word.toLowerCase())),
    businessVerbs: new Set(contentList(content, 'memoryBusinessVerbs').map((word) => word.toLowerCase())),
    notBusinessKinds: new Set(contentList(content, 'memoryNotBusinessKinds').map((word) => word.toLowerCase())),
    occupations: new Set(contentList(content, 'memoryOccupations').map((word) => word.toLowerCase())),
    workLike: phrases('memoryWorkLike').sort((a, b) => b.length - a.length),
    detailed: compileDetails(content, kinds, contractedIs),
    listCategories: new Set(contentList(content, 'memoryListCategories')),
    quantities: phrases('memoryQuantities').sort((a, b) => b.length - a.length),
    neverPlaces: new Set(contentList(content, 'memoryNeverPlaces')),
    categoryKinds: new Map(contentList(content, 'memoryCategoryKinds').map((entry) => entry.split(/\s*=>\s*/)).map(([kind, category]) => [kind.trim(), (category ?? '').trim()])),
    placeAlone: contentValue(content, 'memoryPlaceAlone'),
    placeQualifiers: new Set(contentList(content, 'memoryPlaceQualifiers').map((word) => word.toLowerCase())),
    terseCategories: new Set(contentList(content, 'memoryTerseCategories')),
    familyName: contentValue(content, 'memoryFamilyName'),
    spans: { phrases: phrases('memoryTimeSpans').sort((a, b) => b.length - a.length), before: phrases('memorySpanStarts').sort((a, b) => b.length - a.length), numbers: phrases('memoryNumberWords').sort((a, b) => b.length - a.length), units: new Set(phrases('memorySpanUnits').flat()) },
    parentsOf: contentList(content, 'memoryParentsOf')
      .map((entry) => entry.split(/\s*=>\s*/))
      .map(([words, noun]) => ({ words: phraseTokens(words, contractedIs), noun: (noun ?? '').trim() }))
      .sort((a, b) => b.words.length - a.words.length),
    none: phrases('memoryNone').sort((a, b) => b.length - a.length),
    wordNetKinds: new Set(contentList(content, 'memoryWordNetKinds')),
    noneAnswers: new Set(phrases('memoryNoneAnswers').flat()),
    forgetFrom: phrases('memoryForgetFrom').sort((a, b) => b.length - a.length),
    nameNouns: phrases('memoryNameNouns').sort((a, b) => b.length - a.length),
    partings: phrases('memoryPartings').sort((a, b) => b.length - a.length),
    joinings: phrases('memoryJoinings').sort((a, b) => b.length - a.length),
    joiningKind: contentValue(content, 'memoryJoiningKind') ?? '',
    joiningSubjects: new Set(contentList(content, 'memoryJoiningSubjects')),
    formerKinds: pairs('memoryFormerKinds'),
    allergyWords: new Set(phrases('memoryAllergyWords').flat()),
    allergyKinds: pairs('memoryAllergyKinds'),
    partingKinds: new Map(contentList(content, 'memoryPartingKinds').map((entry) => entry.split(/\s*=>\s*/)).map(([kind, other]) => [kind.trim(), (other ?? '').trim()])),
    placeHere: contentList(content, 'memoryPlaceHere')
      .map((entry) => entry.split(/\s*=>\s*/))
      .map(([words, kind]) => ({ words: phraseTokens(words, contractedIs), kind: (kind ?? '').trim() }))
      .sort((a, b) => b.words.length - a.words.length),
    cityAfter: new Map(contentList(content, 'memoryCityAfter').map((entry) => entry.split(/\s*=>\s*/)).map(([kind, other]) => [kind.trim(), (other ?? '').trim()])),
  };
}

const inflector = new NounInflector();
/** Words after "i" that are no verb of their own ("i *am* a", "i *have* been"). */
const AUXILIARIES = new Set(['am', 'was', 'have', 'had', 'do', 'did', 'can', 'could', 'will', 'would', 'should', 'must', 'really', 'just', 'also', 'still', 'now']);

/** Words that say too little to make a question of a statement ("i am a" would ask "what am i"). */
const THIN = new Set(['a', 'an', 'the', 'in', 'on', 'at', 'to', 'of', 'not', 'do', 'really', 'big', 'huge', 'more']);

/**
 * The question a statement phrase answers: "i teach" → "what do i teach", "i am learning" → "what am i
 * learning". Only for phrases that start with "i" and say something after it.
 */
function questionOf({ before, after }: { before: string[]; after: string[] }): string[][] {
  if (after.length > 0 || before[0] !== 'i' || before.length < 2) return [];
  const rest = before[1] === 'am' ? before.slice(2) : before.slice(1);
  if (rest.length === 0 || rest.every((word) => THIN.has(word)) || ['have', 'do', 'can', 'would', 'will'].includes(rest[0])) return [];
  return before[1] === 'am' ? [['what', 'am', 'i', ...rest]] : [['what', 'do', 'i', ...rest]];
}

/** A value a `{known}` slot of the kind takes (lower case): one it lists, or a word of its `valuesOf` category ("cataracts"). */
export function isKnownValue(kind: FactKind, text: string): boolean {
  return kind.values.has(text) || kind.valuesOf?.has(text) === true;
}

/** The words of a category a kind takes as its values (`valuesOf`), each also in the plural ("cataracts"). */
function wordsAndPlurals(category: string | undefined): string[] {
  if (category === undefined) return [];
  return wordsOfCategory(category).flatMap((word) => [word, inflector.pluralize(word)]);
}

/** "musical instrument" is asked about as "instrument(s)" too: each category by its last word and plural. */
function categoryWords(categories: readonly string[], names: Readonly<Record<string, readonly string[]>>): Map<string, string> {
  const words = new Map<string, string>();
  for (const category of categories) {
    const last = category.toLowerCase().split(/\s+/).pop() ?? '';
    // WordNet's other words for the category itself: "film" is asked about as "movies" too.
    for (const word of [last, ...(names[category] ?? [])]) for (const form of [word, inflector.pluralize(word)]) if (!words.has(form)) words.set(form, category);
  }
  return words;
}

/** Phrases by their first word, longest first within each. */
function byFirst(phrases: readonly string[][]): Map<string, string[][]> {
  const index = new Map<string, string[][]>();
  for (const phrase of phrases) index.set(phrase[0], [...(index.get(phrase[0]) ?? []), phrase]);
  return index;
}

function byFirstWord<T extends { before: string[] }>(cues: readonly T[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const cue of cues) {
    const first = cue.before[0] ?? '';
    index.set(first, [...(index.get(first) ?? []), cue]);
  }
  return index;
}

/** "puppy (dog)" → words [puppy], kept under "dog"; "beagle < dog" → kept as "beagle", a sort of dog. */
function kindNoun(noun: string, general: boolean, contractedIs: ReadonlySet<string>): KindNoun {
  const sortOf = /^(.*?)\s*<\s*(.+?)\s*$/.exec(noun);
  if (sortOf) {
    const words = phraseTokens(sortOf[1], contractedIs);
    return { words, detail: words.join(' '), general, parent: sortOf[2].toLowerCase() };
  }
  const match = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(noun);
  const words = phraseTokens(match ? match[1] : noun, contractedIs);
  return { words, detail: match ? match[2].trim() : words.join(' '), general };
}

/** Beginnings a statement may leave out, longest first: "I am a" (big fan of …), "I am", "I was", "I". */
const SUBJECTS = [
  ['i', 'am', 'a'],
  ['i', 'am', 'an'],
  ['i', 'am'],
  ['i', 'was'],
  ['i', 'have'],
  ['i'],
];
/** After "I have", only these may start a statement without it: "been a postman for 20 years", "got a dog". */
const AFTER_HAVE = new Set(['been', 'got', 'lived', 'worked', 'moved', 'started']);
/** What may not start a statement without its subject: "a table for two" is no job, "in 5 minutes" no home. */
const NOT_ALONE = new Set(['a', 'an', 'the', 'in', 'at', 'on', 'to', 'here', 'there', 'now', 'currently', 'just', 'still', 'not', 'have', 'do']);

/**
 * People leave out "I" ("married to Ana", "grew up in Lima", "big fan of the Lakers", "love playing
 * chess"): the same phrase without its subject. "I am"/"I was" go unless what is left could start
 * something else ("a", "in"); a bare "I" only before the verbs of memorySubjectless, so imperatives
 * ("play some jazz", "work as …") are not read as statements.
 */
function withoutSubject(cue: StatementCue, subjectless: ReadonlySet<string>, typed: boolean): StatementCue[] {
  for (const subject of SUBJECTS) {
    if (cue.before.length <= subject.length || !subject.every((word, i) => cue.before[i] === word)) continue;
    const rest = cue.before.slice(subject.length);
    // "don't eat beef", "do not like horror": a "not" after "do" makes a statement, not a request.
    const doNot = (rest[0] === 'do' && rest[1] === 'not') || (rest[0] === 'not' && (rest[1] ?? '').endsWith('ing'));
    if (NOT_ALONE.has(rest[0]) && !doNot) return [];
    if (subject[1] === 'have' && !AFTER_HAVE.has(rest[0])) return [];
    // Any verb may lose its "I" when what follows must be a place, a number, a date or a listed value
    // ("live in hanoi", "speak …" is not: its value is any words).
    if (subject.length === 1 && !subjectless.has(rest[0]) && !doNot && !typed) return [];
    return [{ ...cue, before: rest, subjectless: true, subject }];
  }
  return [];
}

/**
 * "birthday's Feb 29", "hometown is Braga": people leave out "my" too. Only for kinds whose value must
 * read as a place, a date or a name, so "job is done" is not a job.
 */
function withoutMy(cue: StatementCue, definition: FactKindDefinition): StatementCue[] {
  if (cue.before[0] !== 'my' || cue.before.length < 2 || !['place', 'date', 'name'].includes(definition.value ?? '')) return [];
  return [{ ...cue, before: cue.before.slice(1), subjectless: true, subject: ['my'] }];
}

/** "new job is project coordinator", "new address is …": "new" in place of "my" says what is one's own now. */
function asNew(cue: StatementCue): StatementCue[] {
  if (cue.before[0] !== 'my' || cue.before.length < 3 || cue.before.at(-1) !== 'is') return [];
  return [{ ...cue, before: ['new', ...cue.before.slice(1)], subjectless: true, subject: ['my'] }];
}

function labelKindsOf(cues: readonly StatementCue[]): Map<string, Set<string>> {
  const kinds = new Map<string, Set<string>>();
  for (const cue of cues) {
    if (cue.labelled !== true || cue.before[0] === 'my') continue;
    const label = cue.before.filter((word) => word !== ':').join(' ');
    kinds.set(label, (kinds.get(label) ?? new Set()).add(cue.kind));
  }
  return kinds;
}

/**
 * "work: QA automation", "my job: nurse", "hometown = Kolkata" ("=" is read as ":"): a label, then the value.
 * A value that must be a place, a date or a number may follow its label without the colon ("bday Oct 30") or
 * after "is" ("location is Edinburgh"), unless the label is written with its colon ("from:").
 */
function labelCues(kind: string, labels: readonly string[], typed: boolean, contractedIs: ReadonlySet<string>): StatementCue[] {
  return labels.flatMap((label) => {
    const colonOnly = label.endsWith(':');
    const words = phraseTokens(colonOnly ? label.slice(0, -1) : label, contractedIs);
    if (words.length === 0) return [];
    // "location is Edinburgh now", "bday is Oct 30": a place, a date or a number may follow its label's "is" too.
    const links = typed && !colonOnly ? [[':'], [], ['is']] : [[':']];
    return [words, ['my', ...words]].flatMap((before) => links.map((link) => ({ kind, before: [...before, ...link], after: [], known: false, labelled: true })));
  });
}

function splitSlot(phrase: string, contractedIs: ReadonlySet<string>): { before: string[]; after: string[]; known: boolean; bare?: boolean; named?: boolean; form?: string } {
  // "i spent {span} as a": the span is read between any words of a phrase; {span} only shows where it goes.
  const [said, form] = phrase.replace(/\{span\}/g, ' ').split(/\s*=>\s*/);
  const known = said.includes('{known}');
  const bare = said.includes('{bare}');
  const named = said.includes('{name}');
  const [before, after = ''] = said.split(/\{(?:value|known|bare|name)\}/);
  return { before: phraseTokens(before, contractedIs), after: phraseTokens(after, contractedIs), known, ...(bare ? { bare } : {}), ...(named ? { named } : {}), ...(form ? { form: form.trim() } : {}) };
}

/**
 * A phrase with a {detail} slot for the thing a value is of: "my favourite {detail} is" (the value after),
 * "{value} is my favourite {detail}" (the value first), or a question's "my fav {detail}".
 */
export interface DetailCue {
  kind: string;
  /** The words before the slot and after it (up to the value, or the end). */
  lead: string[];
  tail: string[];
  valueFirst: boolean;
  /** Made from a phrase by leaving out its "my" ("fav band is radwimps", "fav band?"). */
  subjectless: boolean;
}

/** Everything the reader needs for {detail} slots, compiled from the kinds that have them. */
export interface DetailLexicon {
  says: DetailCue[];
  asks: DetailCue[];
  /** Other words for a thing, by kind, kept as the one in brackets ("movie (film)": movie → film). */
  words: Map<string, Map<string, string>>;
  /** Things another kind's own phrase names, by kind ("my favourite *hobby* is" is a like): never a detail of this one. */
  taken: Map<string, Set<string>>;
  /** Words that make a question about the bot rather than the person ("what's *your* fav band?"). */
  you: Set<string>;
}

const DETAIL_SLOT = /\{detail\}/;

function hasDetailSlot(phrase: string): boolean {
  return DETAIL_SLOT.test(phrase);
}

function compileDetails(content: Content, kinds: ReadonlyMap<string, FactKind>, contractedIs: ReadonlySet<string>): DetailLexicon {
  const detailed: DetailLexicon = { says: [], asks: [], words: new Map(), taken: new Map(), you: new Set(contentList(content, 'memoryYou').map((word) => word.toLowerCase())) };
  for (const kind of kinds.values()) {
    const says = kind.definition.say.filter(hasDetailSlot).flatMap((phrase) => detailCues(kind.name, phrase, contractedIs));
    const asks = kind.definition.ask.filter(hasDetailSlot).flatMap((phrase) => detailCues(kind.name, phrase, contractedIs));
    if (says.length + asks.length === 0) continue;
    detailed.says.push(...says);
    detailed.asks.push(...asks);
    const words = new Map<string, string>();
    for (const entry of kind.definition.details ?? []) {
      const match = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(entry);
      if (match) words.set(phraseTokens(match[1], contractedIs).join(' '), phraseTokens(match[2], contractedIs).join(' '));
    }
    detailed.words.set(kind.name, words);
    // Other kinds' own phrases, said and asked, that fill the slot with a word of their own.
    const others = [...kinds.values()].filter((other) => other.name !== kind.name);
    const phrases = others.flatMap((other) => [...other.asks, ...other.definition.say.filter((phrase) => !hasDetailSlot(phrase)).map((phrase) => phraseTokens(phrase.replace(/\{\w+\}/g, ' '), contractedIs))]);
    const taken = new Set<string>();
    for (const cue of [...says, ...asks]) {
      for (const words of phrases) {
        for (let at = 0; at + cue.lead.length < words.length; at++) {
          if (!cue.lead.every((word, i) => words[at + i] === word)) continue;
          const thing = words[at + cue.lead.length];
          // After a lead of one word ("my {detail} of choice"), only a phrase that goes on with the tail names a thing.
          const after = at + cue.lead.length + 1;
          if (cue.lead.length < 2 && (cue.tail.length === 0 || !cue.tail.every((word, i) => words[after + i] === word))) continue;
          taken.add(thing).add(inflector.singularize(thing));
        }
      }
    }
    detailed.taken.set(kind.name, taken);
  }
  return detailed;
}

/** "my favourite {detail} is": the phrase, and without its "my" ("favourite {detail} is"). */
function detailCues(kind: string, phrase: string, contractedIs: ReadonlySet<string>): DetailCue[] {
  const valueFirst = /^\s*\{value\}/.test(phrase);
  const [before, after = ''] = phrase.replace(/\{value\}/g, ' ').split(DETAIL_SLOT);
  const said: DetailCue = { kind, lead: phraseTokens(before, contractedIs), tail: phraseTokens(after, contractedIs), valueFirst, subjectless: false };
  // "fav colour's green": "is" after the thing, contracted.
  const cues = said.tail[0] === 'is' ? [said, { ...said, tail: ["'s", ...said.tail.slice(1)] }] : [said];
  if (valueFirst || said.lead[0] !== 'my' || said.lead.length < 2) return cues;
  return [...cues, ...cues.map((cue) => ({ ...cue, lead: cue.lead.slice(1), subjectless: true }))];
}

/** Kinds a word of a `say` phrase may belong to before it says too little of any one ("i", "have", "my"). */
const STATEMENT_WORD_KINDS = 2;

/** Shorter words say too little ("day" of "by day I'm a nurse" is in every "these days"). */
const STATEMENT_WORD_LETTERS = 4;
/** A one-word label is chosen to name its kind: only a word of one or two letters says too little. */
const LABEL_WORD_LETTERS = 3;

/** Each kind's `statementWords`: the words of its say phrases and labels, without slots, stop words, or words most kinds share. */
function kindStatementWords(kinds: ReadonlyMap<string, FactKind>, stopWords: ReadonlySet<string>): Map<string, Set<string>> {
  const words = (phrases: readonly string[], letters: number) => phrases.flatMap((phrase) => phrase.replace(/\{\w+\}/g, ' ').toLowerCase().split(/[^\p{L}]+/u)).filter((word) => word.length >= letters && !stopWords.has(word));
  // A label of one word names the kind's thing itself, short or not ("my home *uni* is TU Munich"; not "day" of "day job").
  const single = (kind: FactKind) => (kind.definition.labels ?? []).filter((label) => !/\s/.test(label.trim()));
  const wordsOf = (kind: FactKind) => new Set([...words([...kind.definition.say, ...(kind.definition.labels ?? [])], STATEMENT_WORD_LETTERS), ...words(single(kind), LABEL_WORD_LETTERS)]);
  // A kind kept per thing ("favourite" food, colour …) is told with the same words whatever the thing: they tell none apart.
  const byKind = new Map([...kinds.values()].map((kind) => [kind.name, kind.definition.perDetail ? new Set<string>() : wordsOf(kind)]));
  const counts = new Map<string, number>();
  for (const words of byKind.values()) for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return new Map([...byKind].map(([name, words]) => [name, new Set([...words].filter((word) => (counts.get(word) ?? 0) <= STATEMENT_WORD_KINDS))]));
}
