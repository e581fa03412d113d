// Reads the note words of content (dialogs/memory.yaml) into the one lexicon every note reader takes.
import { type Content, contentList } from '../../content/content';
import { type MemoryLexicon, memoryLexicon } from './factKinds';
import type { FigureWords } from './figureParts';
import { isPunctuation, phraseTokens, tokenize } from './tokens';

/**
 * Notes: what a person says about themselves in their own words, kept as said when no fact kind holds it
 * ("I make birdhouses in my workshop", "my son calls every Sunday"), and found again for a question whose
 * words it shares ("what do I make in my workshop?", "who calls me on Sundays?"). Kinds answer first; a note
 * answers what they cannot, quoted back in the second person.
 */
export interface NoteLexicon {
  memory: MemoryLexicon;
  /** Words that open the part of a note naming who or what took the place of one before ("the new one is Kai"). */
  newOnes: string[][];
  /** Words that say a thing was replaced without naming it (`memoryNoteReplacedByOne`: "got *a new one*"): "one" stands for what was told just before. */
  replacedByOne: string[][];
  /** Words a note tells how things were by (`memoryNoteHeldBefore`: "used to", "for years"). */
  heldBefore: string[][];
  /** Words a question asks by what holds after a change, besides the switch markers ("what did I *end up* with?"). */
  nowAsks: string[][];
  /** Words after a word of change that bring what it changed to (`memoryChangedToLinks`: "switched *to* Fridays"). */
  changedToLinks: Set<string>;
  /** Words that only soften what follows them (`memoryNoteSetRightSkips`: "*wait* the race got moved"), no order of their own. */
  softeners: Set<string>;
  /** Words that say nothing of what a note is about ("do", "have", "thing", "mention"). */
  stopWords: Set<string>;
  /** Words of a question that ask for work: a note naming an occupation answers it. */
  workWords: Set<string>;
  /** Words that make a clause a question when they open it ("what", "do i", "can you"). */
  questionStarts: string[][];
  /** Phrases that ask for something ("i want to", "i would like", "help me"): a clause with one is a request, not a note. */
  requests: string[][];
  /** Words that point at the bot ("you", "u"): a clause with one is said to the bot, not about oneself. */
  you: Set<string>;
  /** Nouns too general to find a note by what its words are a kind of ("thing", "part", "activity"). */
  generalNouns: Set<string>;
  /** `memoryNoteHeadKinds`: a head of a question looked for as the kind WordNet files what answers under ("part" → singing voice). */
  headKinds: Map<string, string[]>;
  /** Words that ask for a kind of a thing (`memoryThingKindWords`: "kind", "type", "breed"). */
  kindWords: Set<string>;
  /** A verb's forms that do not end in -ed and its base ("bought" → buy), so a note is found in any tense. */
  verbBases: Map<string, string>;
  /** A word said another way and the one way it is compared by ("fave" → favourite, "dad" → father), so a note is found however it was written. */
  sameWords: Map<string, string>;
  /** Prefixes that say something is done with someone (`memoryJointPrefixes`: "co"): "co-driver" no note says is a "driver". */
  jointPrefixes: Set<string>;
  /** What opens a question for a reason ("why", "how come"), each as its words. */
  reasonAsks: string[][];
  /** Verbs of saying ("say", "told"): "what did the physio say …?" asks all someone said. */
  sayVerbs: Set<string>;
  /** Words after which a reason is said ("because", "cos"), the surest first. */
  reasons: string[][];
  /** Words after which a reason may be said, or only what something is for or with ("for my dad's 70th", "with a bad ankle"). */
  looseReasons: string[][];
  /** Words before which a reason is said ("so", "which is why"). */
  results: string[][];
  /** Words that say when ("Thursday", "September", "every", "ago"). */
  timeWords: Set<string>;
  /** The words of greetings, thanks and other glue (`memoryNoteGlueIntents`' short examples): a clause of nothing else tells nothing. */
  glue: Set<string>;
  /** Verbs "I" may be left out before ("hate olives", "grew up in Lima"): a clause they open is told, not ordered. */
  subjectless: Set<string>;
  /** Words of a to-do or a plan "I" may be left out before (`memoryNoteDuties`: "need to", "gotta"), each as its words. */
  duties: string[][];
  /** Modals of advice or of what might be (`memoryNoteAdviceModals`: "should", "could"): no to-do of one's own opens with one. */
  adviceModals: Set<string>;
  /** Words before a time of the week that make it a habit ("every Wednesday", "nights a week"). */
  habitMarks: Set<string>;
  /** Words that say a verb is done as a habit or was done before now (`memoryNoteDoneMarks`: "always", "mostly", "ago"): no order to the bot is said with them. */
  doneMarks: Set<string>;
  /** Words that make a question ask how things were ("before", "used to", "from"), each as its words. */
  asksBefore: string[][];
  /** What a question asks what came before something by ("before", "previously"), and what a note marks an earlier time by ("before that", "used to"). */
  asksEarlier: string[][];
  earlierMarks: string[][];
  /** What asks for a time of day ("what time", "how late"), a length of time ("how long") or when something starts ("start", "get to"), each as its words. */
  measureAsks: { clock: string[][]; length: string[][]; start: string[][]; day: string[][]; often: string[][]; code: string[][]; price: string[][]; amount: string[][]; count: string[][]; weight: string[][]; size: string[][] };
  /** What WordNet files a noun under when an amount of it is a sum of money (`memoryMoneyKinds`: "rent", "pocket money"). */
  moneyKinds: ReadonlySet<string>;
  /** Words that say how often alone (`memoryOftenWords`: "weekly", "fortnightly"). */
  oftenWords: ReadonlySet<string>;
  /** Words said right after a count that make it what there is in all ("6 now", "4 left"), `memoryTotalWords`. */
  totalWords: ReadonlySet<string>;
  /** Nouns whose value is a figure (`memoryFigureNouns`: "ranking", "budget"): "what's my european ranking?" asks a number. */
  figureNouns: ReadonlySet<string>;
  /** Units a size or a speed is said in that recognizers-text does not know (`memorySizeUnits`: "wpm", "bpm"). */
  sizeUnits: ReadonlySet<string>;
  /** Words a note may say what a question asks by (`memoryAskedAlike`: "rate" by "charge" or "hr"), by the asked word, lower case. */
  askedAlike: ReadonlyMap<string, readonly string[]>;
  /** What asks pay and what tells it (`memoryPayAsks`, `memoryPayVerbs`, `memoryPayTold`, `memoryPaySpent`, `memoryPayUnits`), see `payNote.ts`. */
  pay: PayWords;
  /** Words said right before a count that make it what there is now ("so *make that* 16", "*up to* 18 wpm"), `memoryTotalMarks`, each as its words. */
  totalMarks: string[][];
  /** Words between a share and the whole it is of ("11 *out of* 15 days"), `memoryShareWords`, each as its words. */
  shareWords: string[][];
  /** Nouns a question asks a time done in by ("what was my *time* in the 50 fly?", `memoryDoneInHeads`), not a time of day. */
  doneInHeads: ReadonlySet<string>;
  /** The words a question asks a role by, and a note fills it with (`askedRole`, `roleSpan`). */
  roles: RoleWords;
  /** Nouns a question asks the make or sort of a thing by, before "is my …" (`memoryMakeAsks`: "what *make* is my piano?"). */
  makeAsks: ReadonlySet<string>;
  /** The last word of a compound for who makes a thing (`memoryMakerNouns`: "piano *maker*"). */
  makerNouns: ReadonlySet<string>;
  /** Words that place (`memoryPlaceLinks`: "in", "behind"): the phrase one opens with "the" or "my" says where, when no town is named. */
  placeLinks: ReadonlySet<string>;
  /** Money said in slang (`memoryMoneySlang`, `memoryMoneyAlone`): "22 bucks", "a tenner". */
  moneySlang: MoneySlang;
  /** What opens a clause that names the thing said before it ("name is Nile Soft", "called Pudding"), each as its words. */
  namings: string[][];
  /** What opens a clause by which the person gives a name to what they just told of ("I call her Duchess", "I named it Momo"). */
  givings: string[][];
  /** What parts a note into what is said of one thing and of the next (`memoryFigurePartBreaks`), and what may stand between a word and its figure (`memoryFigureLinks`). */
  figureWords: FigureWords;
  /** Phrases of a question that mean something else than their words ("for a living" is no living), each as its words. */
  idioms: string[][];
  /** Verbs kept out of a note's words that still say what is asked when a question has nothing else ("what do I make?"). */
  loneVerbs: ReadonlySet<string>;
  /** Words that open news of one's own things ("update on …", "great news"): what follows is told of oneself. */
  newsOpeners: string[][];
  /** Words that open a short part that says how what was just told stands now ("now aiming for May"). */
  goesOnOpeners: string[][];
  /** Words that say a value told before changed, beside `memoryChangedSince` (`memoryLaterChanges`: "extended", "down to"). */
  laterChanges: string[][];
  /** Words a question for where one works or belongs ends with ("for"), any of which a note may name it after (`memoryBelongingLinks`). */
  belongingLinks: ReadonlySet<string>;
  /** Phrases of a question said in one word of what was told (`memoryQuestionPhrasals`: "set off" → start, "set me back" → cost). */
  phrasals: ReadonlyArray<{ said: RegExp; word: string }>;
  /** Verbs a question for an amount says beside what it is of ("how much do the blankets *cost*?"): no note need say them. */
  amountVerbs: ReadonlySet<string>;
  /** Verbs a question for where or when says beside the thing ("where's the dinner being *held*?"): no note need say them. */
  whereWhenVerbs: ReadonlySet<string>;
  /** Words that open a question the person may ask of their own things without "my" ("who's the vet with?", "how wide is the rug?"). */
  toldAskOpeners: ReadonlySet<string>;
}

export const FIRST_PERSON = new Set(['i', 'my', 'me', 'mine', 'myself', 'we', 'our', 'us', 'ours', 'ourselves']);

export const AUXILIARIES = new Set(['do', 'does', 'did', 'am', 'is', 'are', 'was', 'were', 'have', 'has', 'had', 'can', 'could', 'will', 'would', 'should', 'shall', 'may', 'might', 'must']);

const compiled = new WeakMap<Content, NoteLexicon>();

export function noteLexicon(content: Content): NoteLexicon {
  const known = compiled.get(content);
  if (known) return known;
  const memory = memoryLexicon(content);
  const lower = (name: string) => new Set(contentList(content, name).map((word) => word.toLowerCase()));
  // Each phrase of a list as its normalized words, read the same way as messages.
  const phrases = (name: string) => contentList(content, name).map((phrase) => phraseTokens(phrase, memory.contractedIs));
  const lexicon: NoteLexicon = {
    memory,
    stopWords: new Set([...lower('memoryNoteStopWords'), ...memory.fillers, ...FIRST_PERSON, ...AUXILIARIES]),
    workWords: lower('memoryWorkWords'),
    questionStarts: memory.questionStarts,
    requests: phrases('memoryNoteRequests'),
    you: lower('memoryYou'),
    generalNouns: lower('memoryNoteGeneralNouns'),
    headKinds: headKindsOf(contentList(content, 'memoryNoteHeadKinds')),
    kindWords: lower('memoryThingKindWords'),
    verbBases: toFirstOfGroup(contentList(content, 'memoryVerbForms')),
    sameWords: toFirstOfGroup(contentList(content, 'memoryNoteSameWords')),
    jointPrefixes: lower('memoryJointPrefixes'),
    reasons: phrases('memoryNoteReasons'),
    looseReasons: phrases('memoryNoteLooseReasons'),
    results: phrases('memoryNoteResults'),
    timeWords: new Set([...memory.timesOfWeek, ...lower('memoryNoteTimeWords')]),
    sayVerbs: lower('memoryNoteSayVerbs'),
    reasonAsks: contentList(content, 'memoryNoteReasonAsks').map((phrase) => phrase.toLowerCase().split(/\s+/)),
    glue: glueWords(content, memory),
    subjectless: lower('memorySubjectless'),
    adviceModals: lower('memoryNoteAdviceModals'),
    duties: phrases('memoryNoteDuties'),
    habitMarks: lower('memoryNoteHabitMarks'),
    doneMarks: lower('memoryNoteDoneMarks'),
    asksBefore: phrases('memoryAsksBefore'),
    asksEarlier: phrases('memoryAsksEarlier'),
    earlierMarks: phrases('memoryEarlierMarks'),
    measureAsks: { clock: phrases('memoryClockAsks'), length: phrases('memoryLengthAsks'), start: phrases('memoryStartAsks'), day: phrases('memoryDayAsks'), often: phrases('memoryOftenAsks'), code: phrases('memoryCodeAsks'), price: phrases('memoryPriceAsks'), amount: phrases('memoryAmountAsks'), count: phrases('memoryCountAsks'), weight: phrases('memoryWeightAsks'), size: phrases('memorySizeAsks') },
    moneyKinds: lower('memoryMoneyKinds'),
    oftenWords: new Set(contentList(content, 'memoryOftenWords').map((word) => word.toLowerCase())),
    totalWords: new Set(contentList(content, 'memoryTotalWords').map((word) => word.toLowerCase())),
    totalMarks: phrases('memoryTotalMarks'),
    sizeUnits: lower('memorySizeUnits'),
    figureNouns: lower('memoryFigureNouns'),
    pay: {
      asks: lower('memoryPayAsks'),
      verbs: lower('memoryPayVerbs'),
      told: lower('memoryPayTold'),
      spent: lower('memoryPaySpent'),
      units: new Map(contentList(content, 'memoryPayUnits').map((entry) => entry.split(/\s*=>\s*/)).map(([unit, forms]): [string, string[]] => [unit.trim().toLowerCase(), (forms ?? '').split(/\s*,\s*/).map((one) => one.trim().toLowerCase()).filter(Boolean)])),
    },
    askedAlike: new Map(contentList(content, 'memoryAskedAlike').map((entry) => entry.split(/\s*=>\s*/)).map(([word, alike]): [string, string[]] => [word.trim().toLowerCase(), (alike ?? '').split(/\s*,\s*/).map((one) => one.trim().toLowerCase()).filter(Boolean)])),
    shareWords: phrases('memoryShareWords'),
    doneInHeads: lower('memoryDoneInHeads'),
    roles: {
      makingVerbs: lower('memoryMakingVerbs'),
      materialAskLinks: lower('memoryMaterialAskLinks'),
      materialLinks: phrases('memoryMaterialLinks').sort((x, y) => y.length - x.length),
      materialLooseLinks: lower('memoryMaterialLooseLinks'),
      materialKinds: lower('memoryMaterialKinds'),
      recipientAsks: lower('memoryRecipientAsks'),
      recipientLinks: lower('memoryRecipientLinks'),
      spanEnds: lower('memoryRoleSpanEnds'),
      deedAsks: phrases('memoryDeedAsks'),
      othersWorkOpeners: phrases('memoryOthersWorkOpeners'),
      othersWorkEnds: phrases('memoryAskedWorkEnds'),
      spanParticles: lower('memoryRoleSpanParticles'),
      deedClauseBreaks: lower('memoryDeedClauseBreaks'),
      yesNoOpeners: lower('memoryYesNoOpeners'),
      yesNoSubjects: lower('memoryYesNoSubjects'),
      denials: lower('memoryNoteDenials'),
    },
    makeAsks: lower('memoryMakeAsks'),
    makerNouns: lower('memoryMakerNouns'),
    placeLinks: lower('memoryPlaceLinks'),
    belongingLinks: lower('memoryBelongingLinks'),
    moneySlang: { after: lower('memoryMoneySlang'), alone: lower('memoryMoneyAlone'), per: lower('memoryRateUnits') },
    namings: phrases('memoryNoteNamings').sort((a, b) => b.length - a.length),
    givings: phrases('memoryNoteNameGivings'),
    amountVerbs: lower('memoryAmountVerbs'),
    whereWhenVerbs: lower('memoryWhereWhenVerbs'),
    toldAskOpeners: lower('memoryToldAskOpeners'),
    newOnes: phrases('memoryNoteNewOnes'),
    replacedByOne: phrases('memoryNoteReplacedByOne'),
    heldBefore: phrases('memoryNoteHeldBefore'),
    nowAsks: phrases('memoryNowAsks'),
    changedToLinks: lower('memoryChangedToLinks'),
    softeners: lower('memoryNoteSetRightSkips'),
    idioms: phrases('memoryQuestionIdioms'),
    loneVerbs: lower('memoryNoteLoneVerbs'),
    newsOpeners: phrases('memoryNoteNewsOpeners').sort((a, b) => b.length - a.length),
    goesOnOpeners: phrases('memoryNoteGoesOnOpeners'),
    laterChanges: phrases('memoryLaterChanges'),
    phrasals: contentList(content, 'memoryQuestionPhrasals').map(phrasal),
    figureWords: { breaks: lower('memoryFigurePartBreaks'), links: lower('memoryFigureLinks') },
  };
  compiled.set(content, lexicon);
  return lexicon;
}

/** Groups of words written "first = other = …" (`memoryVerbForms`, `memoryNoteSameWords`): each other word, lower case, to the first of its group. */
function toFirstOfGroup(groups: readonly string[]): Map<string, string> {
  return new Map(groups.flatMap((group) => {
    const [first, ...others] = group.split(/\s*=\s*/).map((word) => word.trim().toLowerCase());
    return others.map((word): [string, string] => [word, first]);
  }));
}

/** "set off => start": the phrase, found as whole words in any case, and the word it is said in. */
function phrasal(entry: string): { said: RegExp; word: string } {
  const [said, word] = entry.split(/\s*=>\s*/).map((part) => part.trim().toLowerCase());
  const escaped = said.split(/\s+/).map((one) => one.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  return { said: new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu'), word: word ?? said };
}

/** A question with each phrase of `phrasals` said in its one word ("what date did I set off?" → "what date did I start?"). */
export function inPhrasalWords(text: string, lexicon: NoteLexicon): string {
  return lexicon.phrasals.reduce((said, { said: phrase, word }) => said.replace(phrase, word), text);
}

/** Examples of at most this many words say only the glue itself ("good morning", "thanks a lot"). */
const GLUE_EXAMPLE_WORDS = 3;

/** The words of the short examples of the glue intents named in `memoryNoteGlueIntents`. */
function glueWords(content: Content, memory: MemoryLexicon): Set<string> {
  const examples = contentList(content, 'memoryNoteGlueIntents').flatMap((intent) => content.intents.get(intent)?.examples ?? []);
  const short = examples.map((example) => tokenize(example, memory.contractedIs).filter((token) => !isPunctuation(token))).filter((words) => words.length <= GLUE_EXAMPLE_WORDS);
  return new Set(short.flat().map((token) => token.norm));
}

/** The words of `dialogs/memory.yaml` that say which role a question asks a note to fill, and where a note fills it. */
export interface RoleWords {
  /** Verbs of making, in all their forms ("built", "carving"). */
  makingVerbs: ReadonlySet<string>;
  /** Words that end a question for what a thing is made of ("… made *of*?"). */
  materialAskLinks: ReadonlySet<string>;
  /** Phrases after which a note names the material, whatever it is ("out of"), longest first. */
  materialLinks: string[][];
  /** Words after which a note names a material only when WordNet says the noun is one ("in sycamore"). */
  materialLooseLinks: ReadonlySet<string>;
  /** WordNet's words above a noun that make it a material ("material", "substance"). */
  materialKinds: ReadonlySet<string>;
  /** Words a question for whom a thing is opens with ("who"). */
  recipientAsks: ReadonlySet<string>;
  /** Words such a question ends with, and a note names the one after ("for"). */
  recipientLinks: ReadonlySet<string>;
  /** Words that end the part of a note filling a role. */
  spanEnds: ReadonlySet<string>;
  /** Phrases a question for what one does somewhere opens with ("what do i do"). */
  deedAsks: string[][];
  /** Phrases a question for someone else's work opens with ("what does"), and ends with (`memoryAskedWorkEnds`: "do", "do for a living"). */
  othersWorkOpeners: string[][];
  othersWorkEnds: string[][];
  /** Words that end the part of a note filling a role when a word of `spanEnds` follows ("out" of "a cop out in dubbo"). */
  spanParticles: ReadonlySet<string>;
  /** Words that open a clause of its own inside a note ("and", "if"). */
  deedClauseBreaks: ReadonlySet<string>;
  /** Words a question for yes or no opens with ("do"), and the person after them ("I"). */
  yesNoOpeners: ReadonlySet<string>;
  yesNoSubjects: ReadonlySet<string>;
  /** Words by which a note denies what follows ("not", "never"). */
  denials: ReadonlySet<string>;
}

/** The words pay is asked and told by (see `payNote.ts`). */
export interface PayWords {
  asks: ReadonlySet<string>;
  verbs: ReadonlySet<string>;
  told: ReadonlySet<string>;
  spent: ReadonlySet<string>;
  /** Each unit pay is said per, and the words that say it ("hour" → hourly, hr, p/h). */
  units: ReadonlyMap<string, readonly string[]>;
}

/** Money said in slang: words after a figure that name money ("bucks", "grand"), and words that are money alone ("tenner"). */
export interface MoneySlang {
  after: ReadonlySet<string>;
  alone: ReadonlySet<string>;
  /** Units a price is said per, singular, after a figure whose "/" or "a" was left out ("175 hr", "450 month"): a rate, no length of time. */
  per?: ReadonlySet<string>;
}

/** "part => singing voice": each head and the kinds it is looked for as. */
function headKindsOf(entries: readonly string[]): Map<string, string[]> {
  const kinds = new Map<string, string[]>();
  for (const entry of entries) {
    const [head, kind] = entry.split(/\s*=>\s*/).map((word) => word.trim().toLowerCase());
    if (head && kind) kinds.set(head, [...(kinds.get(head) ?? []), kind]);
  }
  return kinds;
}
