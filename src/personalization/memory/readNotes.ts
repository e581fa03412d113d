import { appositionOfPerson } from './appositionOfPerson';
import { Culture, recognizeDateTime } from '@microsoft/recognizers-text-suite';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import { contentList, type Content } from '../../content/content';
import { splitClauses, type Clause } from './clauses';
import { memoryLexicon, type MemoryLexicon } from './factKinds';
import type { FigureWords } from './figureParts';
import { bareWord, isPunctuation, phraseTokens, tokenize, tokenParts, typedText, type Token } from './tokens';
import { wordLexicon } from '../../nlu/wordLexicon';
import { isLivingNoun, isMoneyNoun } from '../../nlu/nounKinds';
import { isPersonNoun } from './categories';
import { toldByQuestionWord } from './toldByQuestionWord';
import { isFigureOfPerson } from './figureOfPerson';
import type { NoteRankFeatures } from './noteRank';
import { nearestSpan } from './nearestSpan';
import { amountSpan, saidAsAge, saysAmountAsked, type AmountAsk } from './amountSpan';
import { clockSpan, daysSaid, rangeStart } from './clockSpan';
import { lowerCaseSubjects } from './lowerCaseSubjects';
import { escapeRegExp } from '../../util/escapeRegExp';
import { takesBackThat } from './readForget';
import { placePhrases } from './placePhrase';
import { regionOfAddress } from './regionOfAddress';
import { statesOwnThing } from './ownStatement';

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
  /** A verb's forms that do not end in -ed and its base ("bought" → buy), so a note is found in any tense. */
  verbBases: Map<string, string>;
  /** A word said another way and the one way it is compared by ("fave" → favourite, "dad" → father), so a note is found however it was written. */
  sameWords: Map<string, string>;
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
  /** Words that make a question ask how things were ("before", "used to", "from"), each as its words. */
  asksBefore: string[][];
  /** What asks for a time of day ("what time", "how late"), a length of time ("how long") or when something starts ("start", "get to"), each as its words. */
  measureAsks: { clock: string[][]; length: string[][]; start: string[][]; day: string[][]; often: string[][]; code: string[][]; price: string[][]; amount: string[][]; count: string[][]; weight: string[][] };
  /** Words that say how often alone (`memoryOftenWords`: "weekly", "fortnightly"). */
  oftenWords: ReadonlySet<string>;
  /** Words that place (`memoryPlaceLinks`: "in", "behind"): the phrase one opens with "the" or "my" says where, when no town is named. */
  placeLinks: ReadonlySet<string>;
  /** Money said in slang (`memoryMoneySlang`, `memoryMoneyAlone`): "22 bucks", "a tenner". */
  moneySlang: MoneySlang;
  /** What opens a clause that names the thing said before it ("name is Nile Soft", "called Pudding"), each as its words. */
  namings: string[][];
  /** What parts a note into what is said of one thing and of the next (`memoryFigurePartBreaks`), and what may stand between a word and its figure (`memoryFigureLinks`). */
  figureWords: FigureWords;
  /** Phrases of a question that mean something else than their words ("for a living" is no living), each as its words. */
  idioms: string[][];
  /** Verbs a question for an amount says beside what it is of ("how much do the blankets *cost*?"): no note need say them. */
  amountVerbs: ReadonlySet<string>;
  /** Verbs a question for where or when says beside the thing ("where's the dinner being *held*?"): no note need say them. */
  whereWhenVerbs: ReadonlySet<string>;
  /** Words that open a question the person may ask of their own things without "my" ("who's the vet with?", "how wide is the rug?"). */
  toldAskOpeners: ReadonlySet<string>;
}

/** One clause kept, as typed. */
export interface NoteText {
  text: string;
}

const FIRST_PERSON = new Set(['i', 'my', 'me', 'mine', 'myself', 'we', 'our', 'us', 'ours', 'ourselves']);
/** Words that open a clause about someone or something other than the person. */
const OTHER_SUBJECTS = new Set(['he', 'she', 'they', 'it', 'this', 'that', 'there', 'these', 'those', 'who', 'you', 'u', 'his', 'her', 'their', 'its', 'what', 'the']);
const WH_WORDS = new Set(['what', 'which', 'where', 'when', 'who', 'whom', 'whose', 'how']);
const AUXILIARIES = new Set(['do', 'does', 'did', 'am', 'is', 'are', 'was', 'were', 'have', 'has', 'had', 'can', 'could', 'will', 'would', 'should', 'shall', 'may', 'might', 'must']);
/** Questions that ask the bot for advice, not what it knows: "what should I cook?", "can I ...?". */
const ADVICE = new Set(['should', 'shall', 'could', 'can', 'would', 'might', 'may']);
const MAX_NOTE_WORDS = 60;
/** Words that open a question, never a statement about oneself ("will the wind die down at my place"). */
const MODALS = new Set(['will', 'would', 'can', 'could', 'should', 'shall', 'may', 'might', 'must', 'is', 'are', 'was', 'were', 'does', 'did']);

/** Verbs around "you" in a question about what was told: "do you *remember*", "did I *tell* you". */
const RECALL = new Set(['tell', 'told', 'said', 'say', 'mention', 'mentioned', 'remember', 'know', 'recall']);

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
    verbBases: toFirstOfGroup(contentList(content, 'memoryVerbForms')),
    sameWords: toFirstOfGroup(contentList(content, 'memoryNoteSameWords')),
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
    asksBefore: phrases('memoryAsksBefore'),
    measureAsks: { clock: phrases('memoryClockAsks'), length: phrases('memoryLengthAsks'), start: phrases('memoryStartAsks'), day: phrases('memoryDayAsks'), often: phrases('memoryOftenAsks'), code: phrases('memoryCodeAsks'), price: phrases('memoryPriceAsks'), amount: phrases('memoryAmountAsks'), count: phrases('memoryCountAsks'), weight: phrases('memoryWeightAsks') },
    oftenWords: new Set(contentList(content, 'memoryOftenWords').map((word) => word.toLowerCase())),
    placeLinks: lower('memoryPlaceLinks'),
    moneySlang: { after: lower('memoryMoneySlang'), alone: lower('memoryMoneyAlone') },
    namings: phrases('memoryNoteNamings').sort((a, b) => b.length - a.length),
    amountVerbs: lower('memoryAmountVerbs'),
    whereWhenVerbs: lower('memoryWhereWhenVerbs'),
    toldAskOpeners: lower('memoryToldAskOpeners'),
    newOnes: phrases('memoryNoteNewOnes'),
    idioms: phrases('memoryQuestionIdioms'),
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

/** Examples of at most this many words say only the glue itself ("good morning", "thanks a lot"). */
const GLUE_EXAMPLE_WORDS = 3;

/** The words of the short examples of the glue intents named in `memoryNoteGlueIntents`. */
function glueWords(content: Content, memory: MemoryLexicon): Set<string> {
  const examples = contentList(content, 'memoryNoteGlueIntents').flatMap((intent) => content.intents.get(intent)?.examples ?? []);
  const short = examples.map((example) => tokenize(example, memory.contractedIs).filter((token) => !isPunctuation(token))).filter((words) => words.length <= GLUE_EXAMPLE_WORDS);
  return new Set(short.flat().map((token) => token.norm));
}

/**
 * The clauses of a message that tell something about the person ("I've got a hearing aid in the left ear"):
 * statements with "I", "my", "we" or "our", not questions, not said to the bot ("you"), and with at least
 * two words that say something beyond the values of the facts read from it (`covered`). `aboutSelf`: the
 * message told something of the person (a fact was read from it), so a clause without "I" is theirs too.
 * Terse fragments ("dog. greyhound. Pastel. rescue", "Rosa. Coffee roaster. Ozone.") say too little one by
 * one: said side by side, they are kept together, as one note. `isBaseForm`: whether WordNet knows a word as
 * a verb's own form (or an adjective or adverb), so a past form is not read as an order.
 */
export function noteClauses(text: string, lexicon: NoteLexicon, covered: readonly string[] = [], aboutSelf = false, tags?: (word: string) => readonly string[] | undefined, isBaseForm?: (word: string) => boolean, isRemark?: (word: string) => boolean): NoteText[] {
  // Words a fact read from the message already holds ("Austin" of "I live in Austin"): a clause with nothing else is not kept twice.
  const held = new Set(covered.flatMap((value) => tokenize(value, lexicon.memory.contractedIs).map((token) => token.norm)));
  if (text.trimStart().startsWith('/')) return [];
  // "Ernie, my buddy from the plant, and I …" is kept as "my buddy from the plant, Ernie, and I …": Ernie is the buddy.
  const tokens = appositionOfPerson(tokenize(text, lexicon.memory.contractedIs), lexicon.memory, (token) => /^\p{Lu}\p{Ll}+$/u.test(token.raw) && tags?.(token.norm) === undefined);
  const clauses = splitClauses(tokens, lexicon.memory);
  // "just finished a 10 hr shift at target": a message that opens with a verb in the past, no one said before it, tells of oneself.
  const opener = clauses[0]?.asked === false ? clauses[0].tokens.find((token) => !lexicon.memory.fillers.has(token.norm) && !isPunctuation(token)) : undefined;
  const pastFirst = opener !== undefined && /^\p{Ll}/u.test(opener.raw) && tags?.(opener.norm)?.[0] === 'VBD';
  const selfTold = aboutSelf || pastFirst || clauses.some((clause) => !clause.asked && clause.tokens.some((token) => FIRST_PERSON.has(token.norm)));
  // "qwzx plorf vrumble": without "I", a message needs a word the lexicon knows, a name or a number to tell anything.
  const told = tags === undefined || tokens.some((token) => FIRST_PERSON.has(token.norm) || tags(token.norm) !== undefined || /[\p{Lu}\p{N}]/u.test(token.raw));
  if (!told) return [];
  // "play bass in a band called Paper Lanterns": a clause a fact was read from is told, whatever verb opens it.
  // "dentist is on the 14th", "rent goes up to 950 in March": a statement about one of the person's things, though no "I" is said anywhere.
  const ownWords = tags === undefined ? undefined : { tags, fillers: lexicon.memory.fillers, isTime: (word: string) => lexicon.timeWords.has(word) || MONTH_OR_DAY.test(word), isDate: (word: string) => MONTH_OR_DAY.test(word), isRemark };
  const statesOwn = (clause: Clause) => !clause.asked && ownWords !== undefined && statesOwnThing(clause.tokens, ownWords);
  const parts = clauses.map((clause, index) => toldPart(clause, clauses[index - 1], selfTold, lexicon, tags, isBaseForm, clause.tokens.some((token) => held.has(token.norm)), toldByQuestionWord(clause, clauses[index + 1], lexicon.memory) !== undefined, statesOwn(clause)) ?? (selfTold ? afterImpersonal(clause, lexicon, tags, isBaseForm) : undefined));
  const kept: { text: string; from: number }[] = [];
  // Clauses said side by side and kept together: their words, texts, how many, the last one's index, and whether it says too little alone.
  let group: { words: Token[]; texts: string[]; count: number; from: number; short: boolean; fragment: boolean } | undefined;
  const close = () => {
    if (group && saysEnough(group.words, group.count, held, lexicon, tags)) kept.push({ text: group.texts.join(', '), from: group.from });
    group = undefined;
  };
  for (const [index, part] of parts.entries()) {
    if (!part) {
      close();
      continue;
    }
    const before = index > 0 ? clauses[index - 1] : undefined;
    // "my roommate is a polish girl, name is Kasia": a name said bare, too little alone, goes with the one it names.
    const names = lexicon.namings.some((phrase) => phrase.every((word, i) => part.words[i]?.norm === word)) && !saysEnough(part.words, 1, held, lexicon, tags);
    // "favourite book is Le Petit Prince. I reread it every year": what "it" is goes with it, so the note can be found by it.
    if ((part.refers || names) && before && !before.asked) {
      if (group?.from === index - 1) group = { ...group, words: [...group.words, ...part.words], texts: [...group.texts, part.text], count: group.count + 1, from: index, fragment: false };
      else {
        close();
        group = { words: [...before.tokens.filter((token) => !isPunctuation(token)), ...part.words], texts: [writtenOut(trimJoins(before.tokens)), part.text], count: 1, from: index, short: false, fragment: false };
      }
      continue;
    }
    // A fragment that says too little alone goes with the one beside it ("Arsenal. season ticket"); a
    // statement ("I'm married to Owen") is told whole, and stands alone.
    const short = !saysEnough(part.words, 1, held, lexicon, tags);
    const fragment = isFragment(part.words, tags);
    // "I live at Sunrise Village, assisted living, in Phoenix": a few words opened by a preposition end the clause before.
    // "I collect enamel pins, I have 143 now": a count said alone, of nothing else, is one of the thing just said.
    const counted = short && group?.from === index - 1 && part.words.length > 1 && part.words.length <= FRAGMENT_WORDS && part.words.some((token) => /^\d+$/.test(token.norm) && !held.has(token.norm));
    // "practice is tuesday at 7, in the hall behind the library": where or when, said after the clause without a verb of its own, ends it whatever its length.
    const opensWithPreposition = group?.from === index - 1 && tags?.(part.words[0].norm)?.[0] === 'IN';
    const ending = (opensWithPreposition && ((short && part.words.length <= FRAGMENT_WORDS) || verbless(part.words, tags))) || counted;
    if (group && group.from === index - 1 && ((group.fragment && fragment && (short || group.short)) || ending)) {
      group = { words: [...group.words, ...part.words], texts: [...group.texts, part.text], count: group.count + 1, from: index, short, fragment };
      continue;
    }
    close();
    group = { words: part.words, texts: [part.text], count: 1, from: index, short, fragment };
  }
  close();
  return kept.map(({ text }) => ({ text }));
}

/**
 * "i run at night bc its too hot in the day, training for a half marathon": after what "it" says of the weather or
 * the day, a part with no subject of its own ("training for …") is told of oneself again. That part, or undefined.
 */
function afterImpersonal(clause: Clause, lexicon: NoteLexicon, tags?: (word: string) => readonly string[] | undefined, isBaseForm?: (word: string) => boolean): { words: Token[]; text: string; refers: boolean } | undefined {
  const opener = clause.tokens.find((token) => !lexicon.memory.fillers.has(token.norm) && !isPunctuation(token))?.norm ?? '';
  if (clause.asked || (!IMPERSONAL.has(opener) && opener !== 'there')) return undefined;
  // "its a nice car, running on diesel": what "it" is named or said to be is a thing, and what follows tells of it.
  const said = clause.tokens.map((token) => token.norm).filter((word) => !['is', 'was', opener].includes(word));
  if (['a', 'an', 'called', 'named', 'my', 'our', 'the'].includes(said[0] ?? '')) return undefined;
  const comma = clause.tokens.findIndex((token, at) => token.norm === ',' && (tags?.(clause.tokens[at + 1]?.norm ?? '') ?? []).includes('VBG'));
  return comma < 0 ? undefined : toldPart({ tokens: clause.tokens.slice(comma + 1), asked: false }, undefined, true, lexicon, tags, isBaseForm);
}

/** The most words of a fragment ("Head of Year 11"). */
const FRAGMENT_WORDS = 4;

/** A few words with no "I" and no verb said in a tense ("Coffee roaster", "Pastel", "UX lead"): a fragment of what is told. */
function isFragment(words: readonly Token[], tags?: (word: string) => readonly string[] | undefined): boolean {
  return words.length <= FRAGMENT_WORDS && !words.some((token) => FIRST_PERSON.has(token.norm) || AUXILIARIES.has(token.norm) || /^(VBD|VBZ|MD)/.test(tags?.(token.norm)?.[0] ?? ''));
}

/** Words with no "I" and no verb said in a tense ("in the crypt of the old chapel"), of any length. */
function verbless(words: readonly Token[], tags?: (word: string) => readonly string[] | undefined): boolean {
  return tags !== undefined && !words.some((token) => FIRST_PERSON.has(token.norm) || AUXILIARIES.has(token.norm) || /^(VBD|VBZ|VBP|MD)/.test(tags(token.norm)?.[0] ?? ''));
}

/** The name an aside opens after ("Idris" of "Idris (older, 33)"): a word written with a capital the lexicon does not know, and no day or month ("on Friday (with Marta)"). */
function asideName(first: Token | undefined, tags?: (word: string) => readonly string[] | undefined): string | undefined {
  const name = first?.asideAfter;
  return name !== undefined && tags !== undefined && /^\p{Lu}\p{Ll}/u.test(name) && tags(name.toLowerCase()) === undefined && !MONTH_OR_DAY.test(name.toLowerCase()) ? name : undefined;
}

/** A clause told of oneself: its words, as typed, and whether it refers back to the clause before; undefined for one that is asked, said to the bot, or tells nothing of the person. */
function toldPart(clause: Clause, before: Clause | undefined, selfTold: boolean, lexicon: NoteLexicon, tags?: (word: string) => readonly string[] | undefined, isBaseForm?: (word: string) => boolean, stated = false, toldByWh = false, ownThing = false): { words: Token[]; text: string; refers: boolean } | undefined {
  // "Dev (does medicine)": an aside after a name tells of them, though its words open as a question would.
  if (clause.asked && !asideName(clause.tokens[0], tags)) return undefined;
  // "My companion now, you say 'lady friend' at my age, is Bea": the parts said to the bot go, the rest is told.
  const spoken = withoutAsides(clause.tokens, lexicon);
  const words = spoken.filter((token) => !isPunctuation(token));
  if (words.length === 0 || words.length > MAX_NOTE_WORDS) return undefined;
  // Said without "I" ("hosting game night every friday", "retired army officer") in a message that tells of
  // oneself (a fact was read from it, or another clause has "I"): about the person too, unless it opens with
  // someone or something else ("she hosts", "it rained"), and that is not what the clause before told of
  // ("own my own lil biz now, its called cool breeze hvac").
  const own = words.some((token) => FIRST_PERSON.has(token.norm));
  // "Brothers: Idris (older, 33, cop in Chicago)", "Dev (does medicine)": an aside after a name is said of them, and
  // kept with it, so a question about them finds it and no other; it tells, whatever word opens it.
  // "Sam (he/him)": pronouns the aside gives say nothing to keep.
  const named = OTHER_SUBJECTS.has(words[0].norm) ? undefined : asideName(clause.tokens[0], tags);
  // "Stack: SQL, Power BI", "fave band: Wolf Alice": a label of a word or two before a colon, said of oneself.
  const labelled = LABEL_WORDS.some((count) => spoken[count]?.norm === ':' && spoken.slice(0, count).every((token) => !isPunctuation(token) && !FIRST_PERSON.has(token.norm)));
  const opener = words.find((token) => !lexicon.memory.fillers.has(token.norm))?.norm ?? '';
  const tellsOn = before !== undefined && !before.asked && REFERRING.has(opener) && (!IMPERSONAL.has(opener) || DESCRIBES.has(words[words.findIndex((token) => token.norm === opener) + 1]?.norm ?? ''));
  // "need to renew the permit", "might move the party to the 9th": a to-do or a plan with "I" left out is one's own.
  // Not after a clause of someone else's ("they adore mealworms but won't eat lettuce"): the subject left out is theirs.
  const duty = tags !== undefined && !named && !(before !== undefined && saidOfOther(before, lexicon)) && saysDuty(words, lexicon, tags);
  if (!own && !duty && !labelled && !named && !ownThing && !ofTheirs(words, selfTold, lexicon.memory.occupations) && !(selfTold && (!OTHER_SUBJECTS.has(opener) || tellsOn))) return undefined;
  if (words.some((token) => lexicon.you.has(token.norm))) return undefined;
  // "did my first 5k today", "did a 3 day course at the base": what one did, not "did my mum call".
  const didSo = tags !== undefined && saysDone(spoken, tags);
  // "What I can't stand is golf": a question word that opens what is told asks nothing.
  if (!toldByWh && !named && !didSo && opensQuestion(words, lexicon)) return undefined;
  // Asked of the bot, not told: a request ("I want to book a table", "I'd like …"), an order ("show me my
  // alarms", "turn off my alarm": a verb first), or a question without its mark ("will it rain at my place").
  // "I need to renew my licence by June": what one has to do is told, though "I need" may ask for something.
  const ownDuty = duty || (tags !== undefined && SELF_SUBJECTS.has(words[0].norm) && saysDuty(words.slice(1), lexicon, tags));
  if (!ownDuty && lexicon.requests.some((request) => asksBy(words, request, tags))) return undefined;
  if (!duty && !didSo && ((MODALS.has(words[0].norm) && !named) || (tags !== undefined && !labelled && !stated && !named && !ownThing && isOrder(words, lexicon, tags, isBaseForm)))) return undefined;
  // A link or an address is not something about the person, and would be rendered as one if told back.
  if (words.some((token) => /[\p{L}\p{N}]\.[\p{L}]{2,}/u.test(token.raw))) return undefined;
  // "Good morning", "thanks!": what is said to greet or thank tells nothing.
  const said = contentWords(words, lexicon);
  if (said.length > 0 && said.every((word) => lexicon.glue.has(word))) return undefined;
  const told = writtenOut(trimJoins(spoken));
  if (!told) return undefined;
  const text = named && !told.startsWith(named) ? `${named}: ${told}` : told;
  return { words: named ? [{ raw: named, norm: named.toLowerCase() }, ...words] : words, text, refers: tellsOn || words.slice(1).some((token) => REFERS_BACK.has(token.norm)) };
}

/** Whether a clause opens (after fillers) with someone or something else than the person ("they …", "Mike …"). */
function saidOfOther(clause: Clause, lexicon: NoteLexicon): boolean {
  const opener = clause.tokens.find((token) => !lexicon.memory.fillers.has(token.norm) && !isPunctuation(token));
  return opener !== undefined && !FIRST_PERSON.has(opener.norm) && (OTHER_SUBJECTS.has(opener.norm) || /^\p{Lu}\p{Ll}/u.test(opener.raw));
}

/** Words said between a modal and its verb ("might *not* go", "should *probably* call"). */
const BETWEEN_MODAL = /^(RB|RBR|RBS)$/;

/**
 * "need to renew my licence by June", "gotta be there by 6", "might move the party to the 9th": a clause that opens
 * (after fillers) with a word of `duties` or a modal, then a verb in its base form, with "I" left out: one's own to-do or
 * plan. Not when a subject follows the modal ("will *it* rain", "should *I* bring …", "can *the* kids come"): a question.
 */
function saysDuty(words: readonly Token[], lexicon: NoteLexicon, tags: (word: string) => readonly string[] | undefined): boolean {
  const at = words.findIndex((token) => !lexicon.memory.fillers.has(token.norm));
  if (at < 0) return false;
  const duty = lexicon.duties.find((phrase) => phrase.every((word, i) => words[at + i]?.norm === word));
  // "should ring the plumber": advice to oneself, not a to-do told.
  const modal = duty === undefined && tags(words[at].norm)?.[0] === 'MD' && !lexicon.adviceModals.has(words[at].norm);
  if (!duty && !modal) return false;
  let verb = at + (duty?.length ?? 1);
  while (verb < words.length && (words[verb].norm === 'not' || lexicon.memory.fillers.has(words[verb].norm) || BETWEEN_MODAL.test(tags(words[verb].norm)?.[0] ?? ''))) verb++;
  const next = words[verb];
  if (!next || FIRST_PERSON.has(next.norm) || lexicon.you.has(next.norm) || !/^\p{Ll}/u.test(next.raw)) return false;
  const tagged = tags(next.norm) ?? [];
  // "need to know what the weather is": a question put in other words, asked.
  return tagged.includes('VB') && !/^(PRP|DT|WP|WDT|CD)/.test(tagged[0] ?? '') && !words.slice(verb + 1).some((token) => WH_WORDS.has(token.norm));
}

/**
 * "did my first 5k today", "did a 3 day wildland course at the Newlands base": "did" with "I" left out, then what was
 * done, tells; asked, a verb in its base form follows its subject before the first comma ("did my mum *call*"), not
 * one after "to" ("did a course to *learn* …").
 */
function saysDone(tokens: readonly Token[], tags: (word: string) => readonly string[] | undefined): boolean {
  if (tokens[0]?.norm !== 'did' || tokens.length < 3) return false;
  const upTo = tokens.findIndex((token) => isPunctuation(token));
  const said = tokens.slice(1, upTo < 0 ? undefined : upTo);
  if (['i', 'you', 'u', 'we', 'he', 'she', 'they', 'it'].includes(said[0]?.norm ?? '')) return false;
  // "did a course with the red *cross*": asked, the verb follows its subject before any preposition ("did the kids
  // *go* to school"); a word after one is in what the preposition opens.
  const opened = said.findIndex((token, at) => at > 0 && tags(token.norm)?.[0] === 'IN');
  return !said.slice(0, opened < 0 ? undefined : opened).some((token, at) => tags(token.norm)?.[0] === 'VB' && said[at - 1]?.norm !== 'to');
}

/** Possessives that open what is told of someone's own people ("*her* sister Thandi …"). */
const THEIR = new Set(['his', 'her', 'their']);
/** How far after the possessive the person is named ("his *elder* brother"). */
const THEIR_NOUN_AT = 2;

/**
 * "her sister Thandi is a lawyer", "his parents live in Pune": someone of the people of one the person told of,
 * named by what they are to them; told of the person's own circle, though no "I" is said. "the physio is called
 * Dr Okafor" too, in a message that tells of oneself.
 */
function ofTheirs(words: readonly Token[], selfTold: boolean, occupations: ReadonlySet<string>): boolean {
  const theOne = selfTold && words[0]?.norm === 'the';
  if (!THEIR.has(words[0]?.norm ?? '') && !theOne) return false;
  const person = (word: string) => isLivingNoun(word) || isLivingNoun(singular(word)) || occupations.has(word);
  const noun = words.slice(1, 1 + THEIR_NOUN_AT).findIndex((token) => /^\p{Ll}/u.test(token.raw) && person(token.norm));
  // "the physio is called Dr Okafor", in a message of one's own: one of the person's people, when named.
  return noun >= 0 && (!theOne || words.slice(noun + 2).some((token) => /^\p{Lu}\p{Ll}/u.test(token.raw)));
}

/** How many words a label before a colon has ("Stack:", "fave band:"). */
const LABEL_WORDS = [1, 2];

/** Subject words that open what is told of oneself after an aside to the bot ("since you asked, *I* got into birdwatching"). */
const SELF_SUBJECTS = new Set(['i', 'we']);

/**
 * A clause without the parts of it said to the bot, between commas or dashes ("how you say", "can you
 * imagine", "you say 'lady friend' at my age"); a part that goes on to tell of oneself keeps that ("since you
 * asked about hobbies I got into birdwatching" → "I got into birdwatching"). Empty when every part speaks to the bot.
 */
function withoutAsides(tokens: readonly Token[], lexicon: NoteLexicon): Token[] {
  if (!tokens.some((token) => lexicon.you.has(token.norm))) return [...tokens];
  const kept: Token[] = [];
  let part: Token[] = [];
  const close = (separator?: Token) => {
    const lastYou = part.map((token) => lexicon.you.has(token.norm)).lastIndexOf(true);
    const from = lastYou < 0 ? 0 : part.findIndex((token, at) => at > lastYou && SELF_SUBJECTS.has(token.norm));
    if (from >= 0 && from < part.length) kept.push(...part.slice(from), ...(separator ? [separator] : []));
    part = [];
  };
  for (const token of tokens) {
    if (isPunctuation(token)) close(token);
    else part.push(token);
  }
  close();
  while (kept.length > 0 && isPunctuation(kept[kept.length - 1])) kept.pop();
  return kept;
}

/**
 * Whether words say more than the facts read from them hold: what a fact holds is kept in the words it was
 * said with too, when they say more than how such a fact is said ("main game is valorant", not "I live in
 * Austin" or "I speak Welsh and English"): a question no kind answers may need them. Fragments said side by
 * side (`clauses` more than one) need one name or noun of their own ("Manchester. Didsbury.").
 */
function saysEnough(words: readonly Token[], clauses: number, held: ReadonlySet<string>, lexicon: NoteLexicon, tags?: (word: string) => readonly string[] | undefined): boolean {
  const said = contentWords(words, lexicon);
  const more = said.filter((word) => !held.has(word));
  const named = more.filter((word) => !(tags?.(word)?.[0] ?? '').startsWith('VB'));
  if (more.length >= 2) return true;
  return named.length >= 1 && (said.length >= 3 || clauses > 1);
}

/**
 * The words of a question about the person that no fact kind answered ("what do I make in my workshop?"):
 * a question with "I", "my" or "me" (or a name in `named`, lowercase: someone the person told of) that does not
 * ask the bot for advice or to do something. Undefined for anything else.
 */
export function questionWords(text: string, lexicon: NoteLexicon, named: ReadonlySet<string> = new Set()): string[] | undefined {
  const tokens = tokenize(text, lexicon.memory.contractedIs);
  const words = tokens.filter((token) => !isPunctuation(token));
  if (words.length === 0 || words.length > MAX_NOTE_WORDS) return undefined;
  const clauses = splitClauses(tokens, lexicon.memory);
  const told = clauses.length > 0 && toldByQuestionWord(clauses[0], clauses[1], lexicon.memory) !== undefined;
  const asked = tokens.some((token) => token.norm === '?') || (opensQuestion(words, lexicon) && !told);
  if (!asked) return undefined;
  // "I do love my roses. Lovely weather, isn't it?": what is asked says nothing of the person (no "I", no one
  // they named, no question word), so the message tells, the rest of it being a statement.
  const asking = clauses.filter((clause) => clause.asked);
  const ownWord = (token: Token) => FIRST_PERSON.has(token.norm) || named.has(token.norm) || WH_WORDS.has(token.norm);
  if (asking.length > 0 && asking.length < clauses.length && !asking.some((clause) => clause.tokens.some(ownWord))) return undefined;
  // "what nationality is Marta?": someone the person named is theirs to ask about, as "my" is.
  if (!words.some((token) => FIRST_PERSON.has(token.norm) || named.has(token.norm))) return undefined;
  // "what should I cook?", "can you recommend me a film?": asked of the bot, not of what was told.
  if (words.some((token, index) => ADVICE.has(token.norm) && (words[index + 1]?.norm === 'i' || words[index + 1]?.norm === 'we'))) return undefined;
  // "do you remember …", "what did I tell you about …" ask what was told; any other "you" asks the bot itself.
  const asksMemory = (index: number) => RECALL.has(words[index - 1]?.norm ?? '') || words.slice(index + 1, index + 3).some((next) => RECALL.has(next.norm));
  if (words.some((token, index) => lexicon.you.has(token.norm) && !asksMemory(index))) return undefined;
  // "what do I do for a living?": no word of an idiom is asked ("living" is not "live").
  const content = contentWords(withoutIdioms(words, lexicon.idioms), lexicon);
  // "what was my *old* job?", "where did I work *before*?": words that say when are not what a note must say
  // ("as *old* in dog years as I am"), when the question says more; "how old" asks a number.
  const when = new Set(lexicon.asksBefore.filter((phrase) => phrase.length === 1).map((phrase) => phrase[0]));
  const howOld = words.some((token, index) => token.norm === 'how' && HOW_MUCH.has(words[index + 1]?.norm ?? ''));
  // "how many records do I own?": the verb of an amount is not what a note must say.
  const amount = words.some((token, index) => token.norm === 'how' && AMOUNT_WORDS.has(words[index + 1]?.norm ?? ''));
  // "where is my party being held?": the verb of a place or a time is not what a note must say either.
  const whereWhen = WHERE_WHEN.has(words.find((token) => WH_WORDS.has(token.norm))?.norm ?? '');
  const what = (howOld ? content : content.filter((word) => !when.has(word))).filter((word) => (!amount || !lexicon.amountVerbs.has(word)) && (!whereWhen || !lexicon.whereWhenVerbs.has(word)));
  const kept = what.length > 0 ? what : content;
  return kept.length > 0 ? kept : undefined;
}

/** The words without those of any idiom they say ("for a living"). */
function withoutIdioms(words: readonly Token[], idioms: readonly string[][]): Token[] {
  const left = [...words];
  for (const idiom of idioms) {
    for (let at = 0; at + idiom.length <= left.length; at++) if (idiom.every((word, index) => left[at + index].norm === word)) left.splice(at, idiom.length);
  }
  return left;
}

/**
 * The words of a question asked as a label or in a few words without "I" or "my" ("Allergy?", "Cats' names?",
 * "company?"): its content words. Only for a message already read as asking one of the person's fact kinds, so
 * a note that says it may answer when the kind holds nothing.
 */
export function labelAskWords(text: string, lexicon: NoteLexicon): string[] | undefined {
  const words = tokenize(text, lexicon.memory.contractedIs).filter((token) => !isPunctuation(token));
  if (words.length === 0 || words.length > MAX_NOTE_WORDS || words.some((token) => lexicon.you.has(token.norm))) return undefined;
  const content = contentWords(withoutIdioms(words, lexicon.idioms), lexicon).map((word) => word.replace(/['’]s?$/u, '')).filter((word) => /\p{L}|\p{N}/u.test(word));
  return content.length > 0 ? content : undefined;
}

/** Words that open a question for what was told: not "how do I …" (how to do it) or "why". */
const ASKS_WHAT = new Set(['what', 'whats', "what's", 'which', 'where', 'wheres', "where's", 'when', 'whens', "when's", 'who', 'whos', "who's", 'whom', 'whose', 'do', 'does', 'did', 'am', 'is', 'are', 'was', 'were', 'have', 'has', 'had', 'my']);
const HOW_MUCH = new Set(['many', 'much', 'old', 'long', 'far', 'often']);

/**
 * Whether a question asks what the person themselves told ("what rank am I?", "which college did I go to?",
 * "how many cows do I have?", "my baseball team?"): with "I" or "my", opened by a question word that asks for
 * a thing, a place, a time, a person or a number, not how to do something.
 */
export function asksOwn(text: string, lexicon: NoteLexicon): boolean {
  const words = tokenize(text, lexicon.memory.contractedIs).filter((token) => !isPunctuation(token)).map((token) => token.norm);
  const lead = words.findIndex((word) => !lexicon.memory.fillers.has(word));
  // "from which city do I write?": past a preposition before the question word.
  const start = WH_WORDS.has(words[lead + 1] ?? '') && wordLexicon().tags(words[lead] ?? '')?.[0] === 'IN' ? lead + 1 : lead;
  const first = words[start] ?? '';
  const opens = ASKS_WHAT.has(first) || (first === 'how' && HOW_MUCH.has(words[start + 1] ?? ''));
  return opens && words.some((word) => ['i', 'my', 'me', 'we', 'our'].includes(word));
}

/**
 * The words a question names what it asks for with: those right after its question word ("what *wine* do I
 * like?", "which *plant hobby* do I have?"), else the verb after "I" ("what do I *fish* for?"). A note's word
 * that is a kind of one of them answers it ("Rioja", "pike"); "at the moment" names nothing asked for.
 */
export function questionHeads(text: string, lexicon: NoteLexicon, tags?: (word: string) => readonly string[] | undefined): string[] {
  const words = tokenize(text, lexicon.memory.contractedIs).filter((token) => !isPunctuation(token)).map((token) => token.norm);
  const start = words.findIndex((word) => ['what', 'which', 'whats', "what's"].includes(word));
  if (start < 0) return [];
  const heads: string[] = [];
  let at = start + 1;
  // "what's my favourite planet to look at?", "what is the rarest bird I've seen?": the noun said after "is my/the".
  const named = tags ? namedAfterCopula(words, at, lexicon, tags) : [];
  if (named.length > 0) return named;
  if (['kind', 'sort', 'type'].includes(words[at] ?? '') && words[at + 1] === 'of') at += 2;
  for (; at < words.length && !AUXILIARIES.has(words[at]) && !FIRST_PERSON.has(words[at]); at++) if (!lexicon.stopWords.has(words[at]) && !isClitic(words[at])) heads.push(words[at]);
  if (heads.length > 0) return heads;
  const verb = questionVerb(text, lexicon);
  return verb ? [verb] : [];
}

/** The verb a question asks what is done with, after "I" ("what instrument do I *play*?"), when it says something. */
/** The heads of a question but the word it asks a time by ("*what days* do I swim?" asks nothing of days: Friday is a day). */
export function thingHeads(text: string, lexicon: NoteLexicon, tags?: (word: string) => readonly string[] | undefined): string[] {
  const heads = questionHeads(text, lexicon, tags);
  return answerSort(text, lexicon) === 'time' ? heads.filter((head) => !TIME_NOUNS.has(head)) : heads;
}

export function questionVerb(text: string, lexicon: NoteLexicon): string | undefined {
  const words = tokenize(text, lexicon.memory.contractedIs).filter((token) => !isPunctuation(token)).map((token) => token.norm);
  const start = words.findIndex((word) => ['what', 'which', 'whats', "what's"].includes(word));
  const subject = words.findIndex((word, index) => index > start && ['i', 'we'].includes(word));
  const verb = words.slice(subject + 1).find((word) => !lexicon.stopWords.has(word) && !lexicon.memory.fillers.has(word));
  return start >= 0 && subject > start ? verb : undefined;
}

/**
 * The noun right after "what" or "which" that names what is asked for ("what *colour* sponge for the cake?", "which
 * *symphony* are we doing?"): a note that says it, or a thing of its kind ("pink"), answers, not one that only says
 * what it is asked of ("the cake"). Not a noun of time, a general one ("thing", "kind"), nor one said as a verb.
 */
export function askedNoun(text: string, lexicon: NoteLexicon, tags: (word: string) => readonly string[] | undefined): string | undefined {
  const words = tokenize(text, lexicon.memory.contractedIs).filter((token) => !isPunctuation(token)).map((token) => token.norm);
  const start = words.findIndex((word) => word === 'what' || word === 'which');
  const next = start < 0 ? undefined : words[start + 1];
  if (next === undefined || AUXILIARIES.has(next) || FIRST_PERSON.has(next) || lexicon.stopWords.has(next) || lexicon.generalNouns.has(next) || TIME_NOUNS.has(next) || isClitic(next)) return undefined;
  return (tags(next)?.[0] ?? 'NN').startsWith('NN') ? next : undefined;
}

/** Words before what "what is …?" asks about ("what's *my* dog called?", "what was *the* rarest bird?"). */
const DETERMINERS = new Set(['my', 'the', 'our', 'a', 'an']);
const COPULAS_ASKED = new Set(['is', 'are', 'was', 'were']);

/**
 * The nouns and adjectives said after "what is my" / "which was the" ("favourite planet" of "what's my favourite
 * planet to look at?"), up to the first word that is neither; none without a determiner ("what is it?").
 */
function namedAfterCopula(words: readonly string[], at: number, lexicon: NoteLexicon, tags: (word: string) => readonly string[] | undefined): string[] {
  if (!COPULAS_ASKED.has(words[at] ?? '') || !DETERMINERS.has(words[at + 1] ?? '')) return [];
  const named: string[] = [];
  for (let next = at + 2; next < words.length && !FIRST_PERSON.has(words[next]) && !AUXILIARIES.has(words[next]) && !lexicon.stopWords.has(words[next]); next++) {
    const tag = tags(words[next])?.[0];
    if (tag !== undefined && !/^(NN|JJ)/.test(tag)) break;
    named.push(words[next]);
  }
  return named;
}

/** Words that end what is done ("I knit sweaters *for* the grandchildren"): the object is what comes before. */
const OBJECT_ENDS = new Set(['for', 'in', 'at', 'on', 'to', 'from', 'with', 'outside', 'near', 'around', 'since', 'every', 'each', 'when', 'while', 'because', 'bc', 'so', 'and', 'but', 'before', 'after', 'until', 'during', 'by', 'of', 'about']);

/**
 * The smallest part of a note that answers "what do I knit?": "I knit sweaters" of "I knit sweaters for my four
 * grandchildren every winter", the verb asked about and what is done, without where, for whom or when.
 * Undefined when the note does not say the verb after "I" or says nothing after it.
 */
export function doneSpan(text: string, verbs: readonly string[], lexicon: NoteLexicon, endsWith?: string): string | undefined {
  const tokens = tokenize(text, lexicon.memory.contractedIs);
  const wanted = new Set(verbs.map((word) => stem(word, lexicon)));
  for (let at = 1; at < tokens.length; at++) {
    if (!wanted.has(stem(tokens[at].norm, lexicon)) || !['i', 'we'].includes(tokens[at - 1].norm)) continue;
    let end = at + 1;
    // "I bought one of those standing desks": after a word for how many, "of" goes on to what it is.
    const ofWhat = (index: number) => tokens[index].norm === 'of' && index > at + 1 && QUANTITY_WORDS.has(tokens[index - 1].norm);
    while (end < tokens.length && !isPunctuation(tokens[end]) && (!OBJECT_ENDS.has(tokens[end].norm) || ofWhat(end))) end++;
    const object = tokens.slice(at + 1, end);
    // "what do I take tablets for?": what follows the preposition asked about is the answer too.
    if (endsWith !== undefined && tokens[end]?.norm === endsWith) {
      end++;
      while (end < tokens.length && !isPunctuation(tokens[end]) && (!OBJECT_ENDS.has(tokens[end].norm) || tokens[end].norm === 'of')) end++;
    }
    if (contentWords(object, lexicon).length === 0 || OBJECT_ENDS.has(tokens[at + 1]?.norm ?? '')) return undefined;
    return writtenOut(tokens.slice(at - 1, end));
  }
  return undefined;
}

/** Words for how many of something, after which "of" names it ("one *of* those boxes", "a couple *of* hens"). */
const QUANTITY_WORDS = new Set(['one', 'two', 'three', 'some', 'all', 'each', 'any', 'lots', 'lot', 'loads', 'couple', 'few', 'most', 'both', 'either', 'none', 'bunch', 'pair', 'set', 'kind', 'sort', 'type']);

/** Fewest words a "who" question without "I" or "my" must share with a note ("who moved to houston?"). */
const MIN_WHO_WORDS = 2;

/**
 * "who moved to houston?", "who lives in Galway?", "who's retiring?": a question for a person that says neither "I"
 * nor "you", and so may ask about what was told, but only a note with every one of its words answers it (not "who won
 * the cup?" from a note about watching the final). Its content words, or undefined.
 */
export function whoQuestionWords(text: string, lexicon: NoteLexicon, isBeing: (word: string) => boolean = () => false, tags: (word: string) => readonly string[] | undefined = () => undefined): string[] | undefined {
  const words = tokenize(text, lexicon.memory.contractedIs).filter((token) => !isPunctuation(token));
  if (words.length === 0 || words.length > MAX_NOTE_WORDS || !(['who', 'whos', "who's"].includes(words[0].norm) || asksWhichOne(words, isBeing))) return undefined;
  if (words.some((token) => FIRST_PERSON.has(token.norm) || lexicon.you.has(token.norm))) return undefined;
  const content = contentWords(words, lexicon);
  // "who's retiring?", "who got engaged, and to who?": one word is enough when it says what someone does or did;
  // "who's the pilot?": or the one noun names a person, a role someone the person told of holds; "who does the
  // deliveries?": or it is what "do" asks is done.
  // "who's doing the playlist?": so is "doing" after "is".
  const done = DONE_ASKS.has(words[1]?.norm ?? '') || (BEING.has(words[1]?.norm ?? '') && words[2]?.norm === 'doing');
  // "who cleans?", "who babysits?": or it is what someone does, said of them ("cleans"; a word no dictionary knows, with its "-s").
  const does = (word: string) => tags(word)?.includes('VBZ') === true || (tags(word) === undefined && /^\p{L}{3,}s$/u.test(word) && !/ss$/.test(word));
  // "who's on bass?": or it says where someone is in something ("on", "in": the tagger's prepositions).
  const placed = BEING.has(words[1]?.norm ?? '') && tags(words[2]?.norm ?? '')?.[0] === 'IN';
  return content.length >= MIN_WHO_WORDS || (content.length === 1 && (DOING.test(content[0]) || isBeing(content[0]) || done || placed || does(content[0]))) ? content : undefined;
}

/** The noun "which" asks for one of ("flatmate" of "which flatmate is the nurse?"): the sort of the answer, not a word a note must say. */
export function whichNoun(text: string, lexicon: NoteLexicon, isBeing: (word: string) => boolean): string | undefined {
  const words = tokenize(text, lexicon.memory.contractedIs).filter((token) => !isPunctuation(token));
  if (!asksWhichOne(words, isBeing)) return undefined;
  const at = words.findIndex((token) => token.norm === 'which');
  return words[at + 1]?.norm === 'of' ? words.slice(at + 2).find((token) => !DETERMINERS.has(token.norm))?.norm : words[at + 1]?.norm;
}

/** "who *does* the deliveries?": what follows is a task someone took on. */
const DONE_ASKS = new Set(['does', 'did', 'do']);

/** A verb's -ing or -ed form ("retiring", "married"): what a "who" question of one word asks someone does or did. */
const DOING = /^\p{L}{3,}(?:ing|ed)$/u;

/**
 * "which barber just quit", "which of the cats …": a question for one of the people or animals a noun names, as
 * "who" asks for a person; `isBeing` says whether a noun names one.
 */
export function asksWhichOne(words: readonly Token[], isBeing: (word: string) => boolean): boolean {
  const at = words.findIndex((token) => !['and', 'so', 'ok', 'okay'].includes(token.norm));
  if (words[at]?.norm !== 'which') return false;
  const noun = words[at + 1]?.norm === 'of' ? words.slice(at + 2).find((token) => !DETERMINERS.has(token.norm))?.norm : words[at + 1]?.norm;
  return noun !== undefined && isBeing(noun);
}

/** Words that open a question for a thing, a time or a place, as one's own may be asked without "my". */
/** "how much …?", "how many …?": asks an amount. */
const AMOUNT_WORDS = new Set(['much', 'many']);
/** The same, or a length of time ("how long …?"), of a thing named. */
const MEASURE_WORDS = new Set([...AMOUNT_WORDS, 'long', 'often']);

/** Question words that ask for a place or a time. */
const WHERE_WHEN = new Set(['where', 'wheres', "where's", 'when', 'whens', "when's"]);
const ASKS_THING = new Set(['what', 'whats', "what's", 'when', 'whens', "when's", 'where', 'wheres', "where's", 'which']);

/**
 * "what's the clinic called?", "when's game night?": a question for a thing, time or place of the person's life
 * that says neither "I" nor "you" but names it ("*the* clinic", or in two words or more), so only a note with every
 * one of its words answers it ("what's the weather like?" from no note that says "weather"). Its content words, or undefined.
 */
export function theQuestionWords(text: string, lexicon: NoteLexicon, told?: ReadonlySet<string>): string[] | undefined {
  const tokens = tokenize(text, lexicon.memory.contractedIs);
  const said = tokens.filter((token) => !isPunctuation(token));
  // "exactly how long is the crossing?": without the adverb that hedges the amount.
  const words = hedgesAmount(said) ? said.slice(1) : said;
  // "how much is a pet portrait", "how many are in the choir?", "how long is the course?": an amount of one of the person's things.
  const amount = words[0]?.norm === 'how' && MEASURE_WORDS.has(words[1]?.norm ?? '');
  if (words.length === 0 || words.length > MAX_NOTE_WORDS || (!ASKS_THING.has(words[0].norm) && !amount)) return undefined;
  const sortNouns = (word: string) => TIME_NOUNS.has(word) || PLACE_NOUNS.has(word);
  // "where's the farm", "when does the apprenticeship start": typed without "?", the verb after the question word asks;
  // "which floor is the office on", "what time is standup", "what time's the ceremony": after the noun "what" or "which" asks for.
  const verbAfter = (at: number) => AUXILIARIES.has(words[at]?.norm ?? '') || (words[at]?.norm === "'s" && sortNouns(words[at - 1]?.norm ?? ''));
  const sortNoun = ['what', 'which'].includes(words[0].norm) && !AUXILIARIES.has(words[1]?.norm ?? '') && verbAfter(2);
  // "how much for a full day": the amount asked of what follows.
  const amountAsked = amount && (verbAfter(2) || words[2]?.norm === 'for');
  // "what sold out", "which one broke": typed without "?", "what" or "which" the subject of a verb in the past; asked
  // only of what the person told, every word of it theirs.
  const pastAsked = told !== undefined && ['what', 'which'].includes(words[0].norm) && (wordLexicon().tags(words[1]?.norm ?? '')?.includes('VBD') ?? false);
  if (!tokens.some((token) => token.norm === '?') && !AUXILIARIES.has(words[1]?.norm ?? '') && !sortNoun && !amountAsked && !pastAsked) return undefined;
  if (words.some((token) => FIRST_PERSON.has(token.norm) || lexicon.you.has(token.norm))) return undefined;
  // "what time is standup": "time" says what sort of answer is asked for, not a word the note says.
  const asksSort = sortNoun && sortNouns(words[1].norm);
  const whereWhen = WHERE_WHEN.has(words[0].norm);
  const saysAsked = (word: string) => (!asksSort || !NOW_WORDS.has(word)) && (!amount || !lexicon.amountVerbs.has(word)) && (!whereWhen || !lexicon.whereWhenVerbs.has(word));
  const content = contentWords(withoutIdioms(asksSort ? [words[0], ...words.slice(2)] : amount ? words.slice(2) : words, lexicon.idioms), lexicon).filter(saysAsked);
  const named = words.some((token, at) => token.norm === 'the' && content.includes(words[at + 1]?.norm ?? ''));
  // "when is zumba?", "where did he propose?": one word, when it is one of the person's own (`told`: the stems of their notes).
  const toldOf = told !== undefined && content.length > 0 && content.every((word) => told.has(stem(word, lexicon)));
  const typedAsked = tokens.some((token) => token.norm === '?') || AUXILIARIES.has(words[1]?.norm ?? '') || sortNoun || amountAsked;
  if (!typedAsked && !toldOf) return undefined;
  return content.length >= MIN_WHO_WORDS || ((named || asksSort || toldOf) && content.length > 0) ? content : undefined;
}

/** The stems of the words of what the person said in their own words: a question may name one of their things by one word. */
export function toldStems(texts: readonly string[], lexicon: NoteLexicon): ReadonlySet<string> {
  return new Set(texts.flatMap((text) => withGerunds(tokenize(text, lexicon.memory.contractedIs), lexicon).map((word) => stem(word, lexicon))));
}

const examplesStemmed = new WeakMap<NoteLexicon, WeakMap<readonly string[], ReadonlySet<string>>>();

/**
 * `toldStems` of an intent's examples, worked out once per loaded content: the examples do not change between turns
 * (a reload of dialogs/ makes new arrays and a new lexicon), so no turn stems them all again.
 */
export function examplesStems(examples: readonly string[], lexicon: NoteLexicon): ReadonlySet<string> {
  let byExamples = examplesStemmed.get(lexicon);
  if (!byExamples) examplesStemmed.set(lexicon, (byExamples = new WeakMap()));
  let stems = byExamples.get(examples);
  if (!stems) byExamples.set(examples, (stems = toldStems(examples, lexicon)));
  return stems;
}

/** How well a note answers a question's words: shared stems, and a category word met by a value of it. */
export interface NoteMatch {
  categoriesOf(word: string): string[];
  isOccupation(word: string): boolean;
  /** The single-word names of each category ("film" → movie, flick). */
  categoryNames: Readonly<Record<string, readonly string[]>>;
  /** What WordNet says a noun is a kind of ("pike" → fish): a question's noun met by a note's word of its kind. */
  kindsOf?(word: string): ReadonlySet<string>;
  /** What WordNet files a word under within a step or two ("Vermont" → American state, state): a name's near kinds. */
  nearKindsOf?(word: string): ReadonlySet<string>;
  /** Part-of-speech tags of a word, most frequent first: only a noun is looked up as a kind. */
  tags?(word: string): readonly string[] | undefined;
  /** The verbs WordNet derives a noun from or to ("wedding" → marry, wed): a note may say the deed the question names. */
  verbsOf?(word: string): ReadonlySet<string>;
  /**
   * Asked "who …?": what a noun for someone is made from ("drummer" → drum, "guitarist" → guitar), so "who's our
   * drummer?" meets "Tom is on drums" and "who sings?" meets "our singer is Ida".
   */
  roleWordsOf?(word: string): ReadonlySet<string>;
  /** Whether a noun names a place the kind asked about is done at (its `doneAt`): "salon" for work, "college" for study. */
  isPlaceOfKind?(word: string): boolean;
}

/** The note found for a question, and the part of it that answers (one of its comma-separated parts, or all of it). */
export interface FoundNote<T> {
  note: T;
  text: string;
  /** How well it answers: words of the question it shares, weighed by how rare they are among the notes. */
  score: number;
}

/**
 * The note that best answers the words of a question, or undefined when none shares a word that says
 * something. Rarer words count for more (a word in every note says little); the latest note wins a tie. A
 * part of a note between commas answers alone when it holds all that matched, so the reply does not recite
 * the rest ("your daughter is at Howard" without "studying political science", when that is all it needs).
 */
/** Fewest letters of a word said short for a longer one ("endo", "neuro", "physio"). */
const CLIPPED_LETTERS = 4;

/** Each note's hand score, its parts, and the stems of its words: what `bestNote` chooses by and the learned ranker measures. */
function scoreNotes<T extends NoteText>(
  notes: readonly T[],
  asked: readonly string[],
  lexicon: NoteLexicon,
  match: NoteMatch,
  extra: readonly string[] = [],
  heads: readonly string[] = [],
  told: readonly string[] = [],
  said: readonly NoteText[] = notes,
  askedBy?: string,
) {
  const wanted = [...new Set(asked.map((word) => stem(word, lexicon)))];
  // "when is the wedding?" meets "we are getting married in August": a noun asked is said by its verb too.
  const forms = new Map<string, string[]>();
  for (const word of asked) {
    const own = stem(word, lexicon);
    const verbs = lexicon.stopWords.has(word.toLowerCase()) || match.verbsOf === undefined ? [] : [...match.verbsOf(word.toLowerCase())].map((verb) => stem(verb, lexicon));
    const roles = lexicon.stopWords.has(word.toLowerCase()) || match.roleWordsOf === undefined ? [] : [...match.roleWordsOf(word.toLowerCase())].map((role) => stem(role, lexicon));
    forms.set(own, [...new Set([own, ...(forms.get(own) ?? []), ...verbs, ...roles])]);
  }
  // "who's my endocrinologist?" meets "my endo is …": a word no dictionary knows that the noun asked for begins with.
  const clipped = (set: ReadonlySet<string>, word: string) => match.roleWordsOf !== undefined && word.length > CLIPPED_LETTERS && [...set].some((said) => said.length >= CLIPPED_LETTERS && word.length > said.length && word.startsWith(said) && match.tags?.(said) === undefined);
  // A derived form stands in only when no note says the word itself ("flight got moved to the 15th" over "flying … on the 12th").
  const holds = (set: ReadonlySet<string>, word: string) => set.has(word) || (!saidAsIs.has(word) && ((forms.get(word) ?? []).some((form) => set.has(form)) || clipped(set, word)));
  // The words the kind asked about is told with ("fan" of a team, "allergy"), as strong as a word of the question.
  const telling = new Set(told.map((word) => stem(word, lexicon)).filter((word) => !wanted.includes(word)));
  const hints = new Set(extra.filter((word) => !lexicon.stopWords.has(word) && !lexicon.you.has(word)).map((word) => stem(word, lexicon)).filter((word) => !wanted.includes(word) && !telling.has(word)));
  const categories = new Set(asked.flatMap((word) => categoryOf(word, match)));
  // "what do I fish for?" meets "pike", "what wine do I like?" meets "Rioja": a word of the kind the question names.
  const kinds = heads.map((word) => word.toLowerCase()).filter((word) => !lexicon.generalNouns.has(word) && !/\d/.test(word));
  // "what state am I in?" meets "Vermont": a head too general to look far up for ("state" is also any condition)
  // is met by a name filed right under it.
  const general = heads.map((word) => word.toLowerCase()).filter((word) => lexicon.generalNouns.has(word));
  const namesGeneral = (word: string) => general.length > 0 && named.has(word) && match.nearKindsOf !== undefined && general.some((kind) => match.nearKindsOf?.(word).has(kind) === true);
  // Only a word said as a noun: "I like to *play* chess" is no play, a dramatic work.
  // An activity named by a gerund ("knitting" of "I knit") is a noun too.
  const ofKind = (word: string) => match.kindsOf !== undefined && kinds.length > 0 && !kinds.includes(word) && (isNoun(word, match) || gerundNoun(word, match)) && [...kinds, ...kinds.map(singular)].some((kind) => isKindOf(word, kind, match));
  const work = asked.some((word) => lexicon.workWords.has(word));
  // The noun the question names what it asks for by: the last of its heads ("favourite *planet*").
  const head = kinds.filter((word) => !lexicon.stopWords.has(word)).at(-1);
  const asks = askedBy?.toLowerCase();
  // "pink" of "pink sponge" is a colour, though said as an adjective.
  const describes = (word: string) => (match.tags?.(word)?.[0] ?? '').startsWith('JJ');
  const namesHead = (word: string) => head !== undefined && word !== head && (isNoun(word, match) || gerundNoun(word, match)) && [head, singular(head)].some((kind) => isKindOf(word, kind, match));
  // Asked "who …?", a noun for someone in a note says what it is made from too ("our singer" says "sing").
  const roleStems = (word: string) => (match.roleWordsOf === undefined || lexicon.stopWords.has(word) ? [] : [...match.roleWordsOf(word)].map((role) => stem(role, lexicon)));
  const wordsOf = (text: string) => withGerunds(tokenize(text, lexicon.memory.contractedIs), lexicon);
  // "which hospital is my ortho at?" meets "my orthodontist is …": a word no dictionary knows that an occupation said begins with.
  const clippedTo = (word: string) => (word.length > CLIPPED_LETTERS + 1 && match.isOccupation(word) ? wanted.filter((asked) => asked.length >= CLIPPED_LETTERS && word.length > asked.length && word.startsWith(asked) && match.tags?.(asked) === undefined) : []);
  const stems = notes.map((note) => new Set(wordsOf(note.text).flatMap((word) => [stem(word, lexicon), ...roleStems(word), ...clippedTo(word)])));
  const saidStems = said === notes ? stems : said.map((note) => new Set(wordsOf(note.text).map((word) => stem(word, lexicon))));
  const saidAsIs = new Set(wanted.filter((word) => saidStems.some((set) => set.has(word))));
  const rarity = (word: string) => Math.log(1 + notes.length / (1 + stems.filter((set) => set.has(word)).length));
  const partsOf = (words: readonly string[], text: string): HandParts => {
    const own = new Set(words.flatMap((word) => [stem(word, lexicon), ...roleStems(word), ...clippedTo(word)]));
    const parts: HandParts = { words: 0, said: 0, hints: 0, telling: 0, kind: 0, head: 0, work: 0, place: 0, asks: 0 };
    for (const word of wanted) if (holds(own, word)) { parts.words += 1 + rarity(word); parts.said += 1; }
    for (const word of hints) if (own.has(word)) parts.hints += 1;
    for (const word of telling) if (own.has(word)) parts.telling += 1;
    // "what sport did I give up?" meets "badminton"; "what was my trade?" meets "machinist".
    if (categories.size > 0 && words.some((word) => match.categoriesOf(word).some((category) => categories.has(category)))) parts.kind = 1;
    else if (words.some(ofKind) || words.some(namesGeneral)) parts.kind = 1;
    // "what's my favourite planet to watch?": a thing of the very kind the question names ("Jupiter") says more than a word shared ("favourite").
    if (words.some(namesHead)) parts.head = 1;
    // "what colour sponge for the reveal cake?": a note that says a thing of the kind asked for ("pink sponge"), over
    // one that only names what it is asked of ("a gender reveal cake").
    if (asks !== undefined && words.some((word) => word !== asks && (isNoun(word, match) || gerundNoun(word, match) || describes(word)) && [asks, singular(asks)].some((kind) => isKindOf(word, kind, match)))) parts.asks = 1;
    // Not someone else's ("says hello to *the postman*", "*my* doctor"): the work is the person's own.
    // Nor a figure ("a total gym *rat*", "night *owl*"): it says how the person is, not their work.
    if (work && words.some((word, at) => match.isOccupation(word) && !named.has(word) && !OTHERS_OWN.has(words[at - 1] ?? '') && !(at > 0 && isFigureOfPerson(`${words[at - 1]} ${word}`)))) parts.work = 1;
    // "what do I do for work?" meets "I do nails at a salon": a place the kind asked about is done at.
    else if (placeOfKindSaid(text, lexicon, match)) parts.place = 1;
    return parts;
  };
  const scoreOf = (words: readonly string[], text: string): number => handScore(partsOf(words, text));
  // A word written with a capital after the first is a name ("everyone calls me Dev"), whatever work it also names.
  const named = new Set(notes.flatMap((note) => tokenize(note.text, lexicon.memory.contractedIs).filter((token, index) => index > 0 && /^\p{Lu}\p{Ll}/u.test(token.raw)).map((token) => token.norm)));
  return { wanted, stems, holds, scoreOf, wordsOf, scored: notes.map((note, index) => ({ note, index, parts: partsOf(wordsOf(note.text), note.text) })) };
}

/**
 * The note that best answers the words of a question, or undefined when none shares a word that says
 * something. Rarer words count for more (a word in every note says little); the latest note wins a tie. A
 * part of a note between commas answers alone when it holds all that matched, so the reply does not recite
 * the rest ("your daughter is at Howard" without "studying political science", when that is all it needs).
 */
export function bestNote<T extends NoteText>(
  notes: readonly T[],
  asked: readonly string[],
  lexicon: NoteLexicon,
  match: NoteMatch,
  extra: readonly string[] = [],
  everyWord = false,
  heads: readonly string[] = [],
  told: readonly string[] = [],
  said: readonly NoteText[] = notes,
  askedBy?: string,
): FoundNote<T> | undefined {
  if (notes.length === 0) return undefined;
  const { wanted, stems, holds, scored, scoreOf, wordsOf } = scoreNotes(notes, asked, lexicon, match, extra, heads, told, said, askedBy);
  let chosen: { note: T; whole: number } | undefined;
  for (const { note, index, parts } of scored) {
    if (everyWord && !wanted.every((word) => holds(stems[index], word))) continue;
    const whole = handScore(parts);
    if (whole > 0 && (!chosen || whole >= chosen.whole)) chosen = { note, whole };
  }
  if (!chosen || chosen.whole < 1) return undefined;
  const { note, whole } = chosen;
  const all = noteParts(note.text, lexicon, match.tags);
  const parts = all.length > 1 ? all.filter((candidate) => wordsOf(candidate).length >= 2 && candidate.split(/\s+/).length >= 3) : [];
  const scores = parts.map((candidate) => scoreOf(wordsOf(candidate), candidate));
  // The part that holds all that matched; else one that holds most of it, more than any other part
  // ("last weekend I got a shot of a trogon" for "what did I photograph last weekend?", not the hobby before it).
  const top = Math.max(...scores);
  const holding = scores.findIndex((score) => score >= whole);
  const most = scores.filter((score) => score === top).length === 1 && top > whole / 2 ? scores.indexOf(top) : -1;
  const part = parts[holding >= 0 ? holding : most];
  return { note, text: part ?? note.text, score: whole };
}


/**
 * What the learned ranker measures of each note for a question (`noteRank.ts`): the hand score and its parts, when
 * the note was said, whether it changes what was said before, and whether it holds a value of the sort asked.
 */
export function noteRankFeatures<T extends NoteText>(notes: readonly T[], asked: readonly string[], lexicon: NoteLexicon, match: NoteMatch, heads: readonly string[], sort: AnswerSort | undefined, findCity: (text: string) => unknown): Array<{ note: T; features: NoteRankFeatures }> {
  if (notes.length === 0) return [];
  const { wanted, stems, holds, scored } = scoreNotes(notes, asked, lexicon, match, [], heads, []);
  const changing = new Set([...lexicon.memory.switchMarkers, ...lexicon.memory.correctionOpeners].flat().filter((word) => /^\p{L}+$/u.test(word)));
  // The question's nouns, as WordNet may file a note's word under them.
  const near = [...new Set(asked.map((word) => word.toLowerCase()).filter((word) => !lexicon.stopWords.has(word) && (match.tags?.(word)?.[0] ?? 'NN').startsWith('NN')))];
  return scored.map(({ note, index, parts }) => {
    const shared = wanted.filter((word) => holds(stems[index], word));
    const tokens = tokenize(note.text, lexicon.memory.contractedIs).filter((token) => !isPunctuation(token));
    const name = tokens.some((token, at) => at > 0 && /^\p{Lu}\p{Ll}/u.test(token.raw) && !wanted.includes(stem(token.norm, lexicon)));
    const number = tokens.some((token) => /\d/.test(token.raw) || NUMBER_WORD.test(token.norm));
    const time = tokens.some((token) => MONTH_OR_DAY.test(token.norm) || lexicon.timeWords.has(token.norm));
    const place = tokens.some((token) => /^\p{Lu}/u.test(token.raw) && findCity(token.raw) !== undefined);
    const features: NoteRankFeatures = {
      words: parts.words,
      wantedShare: wanted.length === 0 ? 0 : parts.said / wanted.length,
      kind: parts.kind,
      head: parts.head,
      work: parts.work,
      recency: notes.length > 1 ? index / (notes.length - 1) : 1,
      latestOfWords: shared.length > 0 && !stems.slice(index + 1).some((later) => shared.every((word) => later.has(word))) ? 1 : 0,
      changed: tokens.some((token) => changing.has(token.norm)) ? 1 : 0,
      name: name ? 1 : 0,
      number: number ? 1 : 0,
      time: time ? 1 : 0,
      length: Math.log(1 + tokens.length),
      hand: handScore(parts),
      sortPerson: sort === 'person' && name ? 1 : 0,
      sortNumber: sort === 'number' && number ? 1 : 0,
      sortTime: sort === 'time' && time ? 1 : 0,
      sortPlace: sort === 'place' && place ? 1 : 0,
      own: tokens.some((token) => FIRST_PERSON.has(token.norm)) ? 1 : 0,
      near: near.filter((word) => tokens.some((token) => token.norm !== word && (match.nearKindsOf?.(token.norm).has(word) === true || match.nearKindsOf?.(word).has(token.norm) === true))).length,
      none: 0,
    };
    return { note, features };
  });
}

/** What the hand score of a note is made of (see `bestNote`). */
type HandParts = { words: number; said: number; hints: number; telling: number; kind: number; head: number; work: number; place: number; asks: number };

/** The hand score: shared words by rarity, half a point a hint, a point a telling word, and 1.5 for each kind of match. */
function handScore(parts: HandParts): number {
  return parts.words + 0.5 * parts.hints + parts.telling + 1.5 * parts.kind + HEAD_KIND * parts.head + 1.5 * (parts.work + parts.place) + ASKED_NOUN * parts.asks;
}

/**
 * What saying a thing of the kind a question asks for adds to a note's score (see `askedNoun`): more than two words
 * that only name what it is asked of.
 */
const ASKED_NOUN = 3;

/** A number said in words. */
const NUMBER_WORD = /^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|twenty|thirty|forty|fifty|hundred)$/;

/** What parts a note into what is said of one and of another ("… in Macon *and* Andre is …", "…, Andre …"). */
const SUBJECT_BREAKS = /(\s*[,;]\s*|\s+(?:and|but|while|whereas)\s+)/i;

/**
 * "what does Reggie do?" of "Reggie's a pastor in Macon and Andre is a firefighter in Atlanta": the part of a note
 * said of the one asked about by name, so what is said of another is not told with it. A note parts where a
 * capitalised word other than "I" opens what follows a comma or "and" (someone else is its subject); a part that
 * opens otherwise ("he stays home", "works crazy hours") goes on with the one before. Undefined when the note
 * says nothing of anyone else.
 */
export function partAbout(text: string, name: string): string | undefined {
  const pieces = text.split(SUBJECT_BREAKS);
  const groups: string[][] = [];
  for (let at = 0; at < pieces.length; at += 2) {
    const first = pieces[at].trim().split(/\s+/)[0] ?? '';
    if (groups.length === 0 || (/^\p{Lu}/u.test(first) && !/^I(['’]|$)/u.test(first))) groups.push([pieces[at]]);
    else groups[groups.length - 1].push(pieces[at - 1], pieces[at]);
  }
  const says = new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu');
  const saying = groups.map((group) => group.join('')).filter((group) => says.test(group));
  return groups.length > 1 && saying.length > 0 && saying.length < groups.length ? saying.join(', ') : undefined;
}

/** What a thing of the kind the question's head noun names adds to a note's score, beside what any head's kind adds (1.5). */
const HEAD_KIND = 0.5;

/** Words before a noun that make it someone else's, not the person's own ("the postman", "my doctor"). */
const OTHERS_OWN = new Set(['the', 'my', 'our', 'his', 'her', 'their', 'your']);

/** How many of a question's words a note does not say, by stem ("finished" of "Simone just graduated nursing school"). */
export function wordsUnsaid(text: string, asked: readonly string[], lexicon: NoteLexicon): number {
  const said = new Set(withGerunds(tokenize(text, lexicon.memory.contractedIs), lexicon).map((word) => stem(word, lexicon)));
  return new Set(asked.map((word) => stem(word, lexicon)).filter((word) => !said.has(word))).size;
}

/** The notes that say one of `words`, by stem ("saturdays" in "running the parkrun most saturdays"). */
export function notesNaming<T extends NoteText>(notes: readonly T[], words: readonly string[], lexicon: NoteLexicon): T[] {
  const wanted = new Set(words.map((word) => stem(word, lexicon)));
  return notes.filter((note) => contentWords(tokenize(note.text, lexicon.memory.contractedIs), lexicon).some((word) => wanted.has(stem(word, lexicon))));
}

/** First-person words and what they become told back: "I'm" → "you're", "my" → "your". */
const SECOND_PERSON: Record<string, string> = {
  "i'm": "you're",
  im: "you're",
  "i've": "you've",
  "i'd": "you'd",
  "i'll": "you'll",
  "we're": "you're",
  "we've": "you've",
  'i am': 'you are',
  'i was': 'you were',
  'we are': 'you are',
  'we were': 'you were',
  i: 'you',
  we: 'you',
  myself: 'yourself',
  ourselves: 'yourselves',
  my: 'your',
  our: 'your',
  mine: 'yours',
  ours: 'yours',
  me: 'you',
  us: 'you',
};
// Word edges that know letters beyond ASCII: the "i" of "Hà Nội" is no word.
const FIRST_PERSON_FORMS = /(?<![\p{L}\p{N}\p{M}])(i['’]m|im|i['’]ve|i['’]d|i['’]ll|we['’]re|we['’]ve|i am|i was|we are|we were|i|we|myself|ourselves|my|our|mine|ours|me|us)(?![\p{L}\p{N}\p{M}])/giu;

/** A note told back to the person: "I make birdhouses" → "you make birdhouses". "the US" is a country, "IM" a message. */
export function secondPerson(text: string): string {
  const told = text.replace(FIRST_PERSON_FORMS, (word: string) => (word === 'US' || word === 'IM' ? word : (SECOND_PERSON[word.toLowerCase().replace('’', "'")] ?? word)));
  return told.replace(/[.!,;:]+$/, '');
}

/** Words that say who does what follows: a verb's subject, so the word before them is no order ("update: we picked Nora"). */
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'he', 'she', 'they']);
/** Verbs that say what a noun before them is ("mother tongue *is* Tamil"). */
const COPULAS = new Set(['is', 'are', 'was', 'were']);

/**
 * A clause that opens with a verb in its base form ("show me …", "turn off …", "list my …"): an order to the
 * bot. Not a word mostly of another sort than a verb or a noun ("he"), nor one said mostly in the past that is no verb's own form ("got a new truck"; "set" is), a verb
 * "I" is left out before (`memorySubjectless`: "hate olives"), one a subject follows ("update we picked
 * Nora"), nor a word mostly a noun said alone or as what a verb after it is about ("rescue", "mother tongue
 * is Tamil"; not "book a table").
 */
function isOrder(words: readonly Token[], lexicon: NoteLexicon, tags: (word: string) => readonly string[] | undefined, isBaseForm?: (word: string) => boolean): boolean {
  const at = words.findIndex((token) => !lexicon.memory.fillers.has(token.norm));
  const first = words[at];
  if (!first || FIRST_PERSON.has(first.norm)) return false;
  const tagged = tags(first.norm) ?? [];
  if (!tagged.includes('VB')) return false;
  const next = words[at + 1]?.norm ?? '';
  // "finished my thesis": a past form first, though WordNet knows "finished" as an adjective too.
  // "found that our family were brewers", "saw the physio": a past form of another verb (`memoryVerbForms`: find = found) said mostly so.
  const pastOfOther = tagged[0] === 'VBD' && (lexicon.verbBases.get(first.norm) ?? first.norm) !== first.norm;
  const past = pastOfOther || (isBaseForm !== undefined && /^VB[DN]/.test(tagged[0]) && (!isBaseForm(first.norm) || (tagged[0] === 'VBD' && /ed$/.test(first.norm))));
  if (past || lexicon.subjectless.has(first.norm) || SUBJECT_PRONOUNS.has(next) || saysHabit(words, lexicon)) return false;
  if (!/^(VB|NN)/.test(tagged[0])) return false;
  const noun = tagged[0].startsWith('NN') && !OBJECT_STARTS.has(next) && (next === '' || words.slice(at + 1).some((token) => COPULAS.has(token.norm)));
  return !noun && !saidOfNoun(words, at, tags);
}

/** How many words a noun that opens a clause may take before its verb ("lift *out* was", "pump *out boat* comes"). */
const WORDS_AFTER_OPENING_NOUN = 3;

/**
 * "rent goes up in May", "lift out was £380", "pump out boat comes on Fridays": a word that is a noun too, followed
 * within a few words by a verb said in a tense (or a past participle: "lift in booked for …"), is the subject of that
 * verb, not an order; so is one mostly a noun before another ("spring concert"), or before where or when it is. Not when an object opens between them ("book *a* table"), nor a pronoun ("call mum *she* is sick").
 */
function saidOfNoun(words: readonly Token[], at: number, tags: (word: string) => readonly string[] | undefined): boolean {
  if (!(tags(words[at].norm) ?? []).includes('NN')) return false;
  // "end of term party at the hall", "middle of the week suits": a word mostly a noun, then "of", heads a noun
  // phrase; an order's verb takes its object without "of".
  if (tags(words[at].norm)?.[0] === 'NN' && words[at + 1]?.norm === 'of') return true;
  // "spring concert 3 May": a word mostly a noun, before another one said alone, names a thing with it.
  if (tags(words[at].norm)?.[0] === 'NN' && tags(words[at + 1]?.norm ?? '')?.[0] === 'NN') return true;
  // "tour to Riga in June", "dinner at 8": one mostly a noun, placed or timed by a name or a figure right after.
  const placed = words[at + 2];
  if (tags(words[at].norm)?.[0] === 'NN' && /^(IN|TO)$/.test(tags(words[at + 1]?.norm ?? '')?.[0] ?? '') && placed !== undefined && /^[\p{Lu}\p{N}]/u.test(placed.raw)) return true;
  for (const token of words.slice(at + 1, at + 2 + WORDS_AFTER_OPENING_NOUN)) {
    const tagged = tags(token.norm) ?? [];
    if (COPULAS.has(token.norm) || /^VB[DZN]$/.test(tagged[0] ?? '')) return true;
    // "lift *out*", "pump *out* boat": a particle of the noun's own name goes on to its verb.
    const particle = tagged.includes('RP');
    if (OBJECT_STARTS.has(token.norm) || (/^(PRP|CD|IN|DT|MD|TO)/.test(tagged[0] ?? '') && !particle)) return false;
  }
  return false;
}

/**
 * Whether a clause says when something is done as a habit ("sing bass in the choir every Wednesday", "pull pints
 * three nights a week", "play netball Tuesday nights"): a time of the week said in the plural or after a word
 * of `habitMarks`. Orders to the bot are for now, never a habit: a verb that opens such a clause is what one does.
 */
function saysHabit(words: readonly Token[], lexicon: NoteLexicon): boolean {
  const times = lexicon.memory.timesOfWeek;
  return words.some((token, at) => times.has(token.norm) && ((token.norm.endsWith('s') && times.has(token.norm.slice(0, -1))) || lexicon.habitMarks.has(words[at - 1]?.norm ?? '')));
}

/**
 * Whether a clause asks for something by a request's words ("I need a plumber", "please …"): not when a verb said in
 * the past or of someone else puts them ("the mechanic *said* I need a new rim": what was said of one, told).
 */
function asksBy(words: readonly Token[], request: readonly string[], tags?: (word: string) => readonly string[] | undefined): boolean {
  return words.some((_, start) => request.length > 0 && request.every((word, index) => words[start + index]?.norm === word) && !(FIRST_PERSON.has(request[0]) && /^VB[DZ]$/.test(tags?.(words[start - 1]?.norm ?? '')?.[0] ?? '')));
}

/** Whether the words say a phrase's words in a row. */
export function containsWords(words: readonly Token[], phrase: readonly string[]): boolean {
  return words.some((_, start) => phrase.length > 0 && phrase.every((word, index) => words[start + index]?.norm === word));
}

/** "roughly how many singles have I got?", "exactly how long was I in braces?": an adverb hedges the amount asked. */
function hedgesAmount(words: readonly Token[]): boolean {
  return words.length > 3 && words[1].norm === 'how' && HOW_MUCH.has(words[2].norm) && wordLexicon().tags(words[0].norm)?.[0] === 'RB';
}

function opensQuestion(words: readonly Token[], lexicon: NoteLexicon): boolean {
  const first = words[0]?.norm;
  if (first === undefined) return false;
  // "do not like it" is said, "do I like it?" is asked: an auxiliary opens a question only before its subject.
  if (AUXILIARIES.has(first)) return ['i', 'you', 'we', 'my', 'u'].includes(words[1]?.norm ?? '');
  const opens = (start: readonly string[]) => start.every((word, index) => words[index]?.norm === word);
  // "from which city I write", "on what console do I play": a preposition may come before the question word.
  if (words.length > 2 && WH_WORDS.has(words[1].norm) && wordLexicon().tags(first)?.[0] === 'IN') return true;
  if (hedgesAmount(words)) return true;
  return lexicon.questionStarts.some((start) => !AUXILIARIES.has(start[0]) && opens(start)) || lexicon.reasonAsks.some(opens);
}

/** Words that make what follows a verb its object ("I run *a* shop"): the verb is not done for its own sake. */
const OBJECT_STARTS = new Set(['a', 'an', 'the', 'my', 'our', 'his', 'her', 'their', 'this', 'that', 'some', 'it', 'them', 'him', 'me', 'you']);

/**
 * A note's content words, and for a verb done for its own sake ("I *surf* when the waves are good", "we
 * *swim* every morning"; not "I run a shop") its gerund too, as WordNet files activities ("surfing").
 */
function withGerunds(tokens: readonly Token[], lexicon: NoteLexicon): string[] {
  const words = contentWords(tokens, lexicon);
  for (let i = 1; i < tokens.length; i++) {
    if (!['i', 'we'].includes(tokens[i - 1].norm) || OBJECT_STARTS.has(tokens[i + 1]?.norm ?? '') || lexicon.stopWords.has(tokens[i].norm)) continue;
    words.push(...gerunds(tokens[i].norm));
  }
  return words;
}

/** "surf" → surfing, "hike" → hiking, "swim" → swimming. */
function gerunds(word: string): string[] {
  if (word.length < 3 || word.endsWith('ing') || !/^\p{L}+$/u.test(word)) return [];
  const forms = [`${word}ing`];
  if (word.endsWith('e') && !word.endsWith('ee')) forms.push(`${word.slice(0, -1)}ing`);
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(word)) forms.push(`${word}${word.at(-1)}ing`);
  return forms;
}

export function contentWords(tokens: readonly Token[], lexicon: NoteLexicon): string[] {
  return tokens.map((token) => token.norm).filter((word) => /\p{L}|\p{N}/u.test(word) && !isClitic(word) && !lexicon.stopWords.has(word) && !lexicon.you.has(word));
}

/** A possessive or contracted ending the tokenizer keeps as its own token ("'s" of "my husband's"): it says nothing. */
function isClitic(word: string): boolean {
  return /^['’]\p{L}{0,2}$/u.test(word);
}

/** A clause without the words that joined it to the one before ("and", "so", "also"). */
export function trimJoins(tokens: readonly Token[]): Token[] {
  let start = 0;
  while (start < tokens.length && (isPunctuation(tokens[start]) || ['and', 'so', 'also', 'plus', 'then', 'oh', 'but'].includes(tokens[start].norm))) start++;
  return tokens.slice(start);
}

/**
 * The words of a clause as typed, with a contraction's second half written out ("I've" → "I have", "don't" →
 * "do not"), so that it reads right when told back in the second person.
 */
export function writtenOut(tokens: readonly Token[]): string {
  // "im" and "I'm" are kept as "i" and "am", "cant" as "can" and "not": each half written out.
  return tokens
    .map((token, index) => (token.raw === '' || tokens[index + 1]?.raw === '' ? (token.norm === 'i' ? 'I' : token.norm) : token.raw))
    .join(' ')
    .replace(/\s+([,;.!?:])/g, '$1')
    .replace(/\s+(['’]s?)(?=[\s,;.!?:]|$)/gu, '$1');
}

/** Words for a thing said in the clause before ("I reread *it* every year"). */
const REFERS_BACK = new Set(['it', 'them']);

const SUBJECTS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it']);

/** Words for a thing that may stand for nothing said ("*it* rained all week"): they tell of what was said before only when what follows describes it. */
const IMPERSONAL = new Set(['it', 'its']);
/** Words after "it" that describe what it is ("its *called* cool breeze", "it*'s* a girl", "its *the* one in Leeds"). */
const DESCRIBES = new Set(['is', 'was', 'called', 'named', 'a', 'an', 'the']);

/** Words that refer back to something said before them ("I reread *it* every year"): a part with one is not told alone. */
const REFERRING = new Set(['it', 'its', 'them', 'they', 'their', 'he', 'him', 'his', 'she', 'her', 'hers']);

/**
 * A note's parts between commas that can be told alone: one without a verb ("tenor section", "every Friday
 * with my friends") or that refers back ("I reread it every year") goes with the part before it.
 */
function noteParts(text: string, lexicon: NoteLexicon, tags?: (word: string) => readonly string[] | undefined): string[] {
  // "I work at a car wash n make beats on the side": "and" before a verb opens a part too (one with no verb joins back).
  // "Course fee was 88,000 yen": a comma inside a figure parts nothing.
  const pieces = text.split(/(\s*(?:;|(?<!\d),|,(?!\d))\s*|\s+(?:and|n|&)\s+)/i);
  const parts: string[] = [];
  for (let at = 0; at < pieces.length; at += 2) {
    const words = tokenize(pieces[at], lexicon.memory.contractedIs).filter((token) => !isPunctuation(token)).map((token) => token.norm);
    // A verb: a word mostly one, or one that can be after a subject ("I *travel*", not the noun "travel" alone).
    // After "and", a word that can be a verb goes on with the same subject ("… n *paint* portraits").
    const afterAnd = at > 0 && !/[,;]/.test(pieces[at - 1]);
    const goesOn = (word: string) => /^(NN|VB)/.test(tags?.(word)?.[0] ?? '') && (tags?.(word) ?? []).some((tag) => tag === 'VB' || tag === 'VBP');
    // After "and", only a part that opens with its verb ("… n *make* beats"), not "and then switched to …".
    const verb = tags === undefined || (afterAnd ? words.length > 0 && (goesOn(words[0]) || /^VB/.test(tags(words[0])?.[0] ?? '')) : words.some((word, index) => AUXILIARIES.has(word) || /^(VB|MD)/.test(tags(word)?.[0] ?? '') || (SUBJECTS.has(words[index - 1] ?? '') && (tags(word) ?? []).some((tag) => tag.startsWith('VB')))));
    if (parts.length > 0 && (!verb || words.some((word) => REFERRING.has(word)))) parts[parts.length - 1] += `${pieces[at - 1]}${pieces[at]}`;
    else parts.push(pieces[at]);
  }
  return parts;
}

/**
 * "how many coins do I have?" of "I collect old coins, got 58 from different countries": the part of a note that
 * holds a value of the sort asked (`holds`), when the part found for the question's words (`found`) does not. One
 * that names what is asked too; else the part right after the one found, as a count or a price is said after the
 * thing it is of. Undefined when neither holds one.
 */
export function partHolding(text: string, found: string, asked: readonly string[], lexicon: NoteLexicon, holds: (part: string) => boolean, tags?: (word: string) => readonly string[] | undefined): string | undefined {
  const parts = noteParts(text, lexicon, tags);
  const wanted = new Set(asked.map((word) => stem(word, lexicon)));
  const names = (part: string) => withGerunds(tokenize(part, lexicon.memory.contractedIs), lexicon).some((word) => wanted.has(stem(word, lexicon)));
  const naming = parts.find((part) => part !== found && names(part) && holds(part));
  if (naming) return naming;
  const at = parts.indexOf(found);
  const next = at >= 0 ? parts[at + 1] : undefined;
  return next !== undefined && holds(next) ? next : undefined;
}

/** Ordinals said in words, each at its number. */
const ORDINALS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** Stems longer than this are compared by their first letters: "photograph" meets "photography", "embroider" "embroidery". */
const STEM_LETTERS = 7;

/** What a word is compared by: its base form ("bought" → buy), stemmed ("surfing" → surf), and no longer than `STEM_LETTERS`. */
export function stem(word: string, lexicon: NoteLexicon): string {
  // "Fougeres" meets "Fougères": a name typed without its accents is the same word.
  const lower = withoutAccents(word.toLowerCase());
  // "2nd year" meets "second year": an ordinal compares by its number.
  const ordinal = /^(\d+)(?:st|nd|rd|th)$/.exec(lower)?.[1] ?? (ORDINALS.includes(lower) ? String(ORDINALS.indexOf(lower)) : undefined);
  if (ordinal !== undefined) return `#${ordinal}`;
  const same = lexicon.sameWords.get(lower) ?? lower;
  const stemmed = PorterStemmer.stem(lexicon.verbBases.get(same) ?? same);
  return stemmed.length > STEM_LETTERS ? stemmed.slice(0, STEM_LETTERS) : stemmed;
}

/** A word with its accents taken off ("fougères" → fougeres); a word with none is returned as it is. */
function withoutAccents(word: string): string {
  return /^[\p{ASCII}]*$/u.test(word) ? word : word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/**
 * Whether a text names a place the kind asked about is done at (`NoteMatch.isPlaceOfKind`) as where something is
 * done: after "at", "in", "to" or "from" ("at a salon", "off to veterinary school") or named by a noun before it
 * ("nursing school"), not a place only talked about ("I love the little bakery").
 */
export function placeOfKindSaid(text: string, lexicon: NoteLexicon, match: NoteMatch): boolean {
  if (match.isPlaceOfKind === undefined) return false;
  const words = tokenize(text, lexicon.memory.contractedIs).map((token) => token.norm);
  const tag = (word: string) => match.tags?.(word)?.[0];
  const modifier = (word: string) => tag(word) === undefined || /^(NN|JJ|DT|PRP\$|CD)/.test(tag(word) ?? '');
  return words.some((word, at) => {
    if (at === 0 || !/^\p{L}+$/u.test(word) || !isNoun(word, match) || match.isPlaceOfKind?.(word) !== true) return false;
    const before = words[at - 1];
    if (/^\p{L}+$/u.test(before) && (tag(before) === undefined || tag(before)?.startsWith('NN') === true) && !lexicon.stopWords.has(before)) return true;
    for (let back = at - 1; back >= Math.max(0, at - PLACE_WORDS_BEFORE); back--) {
      if (PLACE_PREPOSITIONS.has(words[back])) return true;
      if (!modifier(words[back])) return false;
    }
    return false;
  });
}

/** The prepositions a place something is done at follows ("at a salon", "to law school", "from nursing school"). */
const PLACE_PREPOSITIONS = new Set(['at', 'in', 'to', 'from']);
/** How many words (an article, adjectives, nouns) may stand between such a preposition and the place. */
const PLACE_WORDS_BEFORE = 4;

/** A word whose most frequent tag is a noun's, or that the tagger does not know ("valorant"). */
function isNoun(word: string, match: NoteMatch): boolean {
  const first = match.tags?.(word)?.[0];
  return first === undefined || first.startsWith('NN');
}

/**
 * Whether WordNet files a word under `kind`, or, for a verb done ("I *knit*"), the activity it names ("knitting" is
 * a craft). `done`: the word is said as a verb after "I".
 */
export function isKindOf(word: string, kind: string, match: NoteMatch, done = false): boolean {
  return [word, ...(done ? gerunds(word) : [])].some((form) => match.kindsOf?.(form).has(kind) === true);
}

/** A word in -ing that may be a noun ("knitting", "weaving"). */
function gerundNoun(word: string, match: NoteMatch): boolean {
  return word.endsWith('ing') && (match.tags?.(word) ?? ['NN']).some((tag) => tag.startsWith('NN'));
}

/** "sports" → sport, "classes" → class. */
function singular(word: string): string {
  return word.endsWith('es') && /(ss|sh|ch|x)es$/.test(word) ? word.slice(0, -2) : word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

function categoryOf(word: string, match: NoteMatch): string[] {
  const lower = word.toLowerCase();
  const singular = lower.replace(/s$/, '');
  return Object.entries(match.categoryNames)
    .filter(([category, names]) => category === lower || category === singular || names.includes(lower) || names.includes(singular))
    .map(([category]) => category);
}

const POLITE_WORDS = new Set(['please', 'can', 'could', 'would', 'will', 'you', 'kindly', 'now', 'u', 'pls', 'plz']);

/**
 * The words of "forget that I ..." about something kept only as a note ("please forget that I snore"), or
 * undefined when the message does not open with a forget verb.
 */
export function forgetWords(text: string, lexicon: NoteLexicon): string[] | undefined {
  const tokens = tokenize(text, lexicon.memory.contractedIs).filter((token) => !isPunctuation(token));
  let start = 0;
  while (start < tokens.length && (POLITE_WORDS.has(tokens[start].norm) || lexicon.memory.fillers.has(tokens[start].norm))) start++;
  const verb = lexicon.memory.forgetVerbs.find((words) => words.every((word, index) => tokens[start + index]?.norm === word));
  if (!verb || takesBackThat(tokens, start + verb.length, lexicon.memory)) return undefined;
  const words = contentWords(tokens.slice(start + verb.length), lexicon);
  return words.length > 0 ? words : undefined;
}

/**
 * The notes that say what is to be forgotten: one of `words` by its stem ("alpacas", "the PhD") or a noun that
 * WordNet files under it ("forget the lizard" takes "a bearded dragon named Spike"). Words that say nothing
 * ("the", "anything", "about") find nothing.
 */
export function notesForgotten<T extends NoteText>(notes: readonly T[], words: readonly string[], lexicon: NoteLexicon, kindsOf?: (word: string) => ReadonlySet<string>): T[] {
  const wanted = words.map((word) => word.toLowerCase()).filter((word) => /\p{L}/u.test(word) && !lexicon.stopWords.has(word) && !lexicon.you.has(word) && !lexicon.generalNouns.has(word) && !lexicon.memory.vagueNouns.has(word));
  if (wanted.length === 0) return [];
  const stems = new Set(wanted.map((word) => stem(word, lexicon)));
  const kinds = new Set(wanted.map(singular));
  const says = (word: string) => stems.has(stem(word, lexicon)) || wanted.some((said) => sameRoot(said, word)) || (kindsOf !== undefined && word.length > 2 && !lexicon.stopWords.has(word) && [...kinds].some((kind) => kindsOf(word).has(kind)));
  return notes.filter((note) => tokenize(note.text, lexicon.memory.contractedIs).some((token) => says(token.norm)));
}

/** Fewest letters two words share to be forms of one ("teach", "teacher"). */
const ROOT_LETTERS = 5;
/** Most letters a form of a word adds to or changes at the end of what they share ("allerg-y", "allerg-ic", "teach-ing"). */
const ROOT_ENDING = 3;

/**
 * Whether two words are forms of one word, told apart only by an ending ("teach" and "teacher", "allergy" and
 * "allergic", "prediabetic" and "prediabetes"): they share at least five letters and all but the last few of each
 * ("water" is not "watercolor").
 */
export function sameRoot(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  if (x === y) return true;
  if (x.length < ROOT_LETTERS || y.length < ROOT_LETTERS) return false;
  let shared = 0;
  while (shared < x.length && shared < y.length && x[shared] === y[shared]) shared++;
  return shared >= ROOT_LETTERS && x.length - shared <= ROOT_ENDING && y.length - shared <= ROOT_ENDING;
}

/**
 * What is left of a note once what is forgotten goes: its parts between commas that do not say it, when the
 * first is left ("My background is actuarial science from Wits, then a PhD in statistics" without the PhD);
 * undefined when nothing sensible is left.
 */
export function noteWithout(text: string, words: readonly string[], lexicon: NoteLexicon, kindsOf?: (word: string) => ReadonlySet<string>): string | undefined {
  const unnamed = withoutNameOf(text, words, lexicon);
  if (unnamed) return unnamed;
  const parts = text.split(/\s*,\s*/).map((part) => ({ text: part }));
  const saying = new Set(notesForgotten(parts, words, lexicon, kindsOf));
  if (saying.size === 0 || saying.has(parts[0])) return undefined;
  return parts.filter((part) => !saying.has(part)).map((part) => part.text).join(', ');
}

/** Words that ask to forget what something is called ("forget the choir *name*"). */
const NAME_WORDS = new Set(['name', 'names']);
/** "a choir called Harbour Singers": a noun, "called" or "named", and a name typed in capitals. */
const CALLED = /(\p{L}+)\s+(?:called|named)\s+[\p{Lu}\d][\p{L}\p{N}'’&.-]*(?:\s+&?\s*[\p{Lu}\d][\p{L}\p{N}'’&.-]*)*/gu;

/**
 * "forget the choir name": the note without the name of the thing asked ("I sing alto in a choir called Northgate
 * Voices" → "I sing alto in a choir"), so what else it says stays. Undefined when the request asks no name or the
 * note names no such thing.
 */
function withoutNameOf(text: string, words: readonly string[], lexicon: NoteLexicon): string | undefined {
  return namesOfThingsForgotten(text, words, lexicon)?.left;
}

/** The names "forget the choir name" takes from a note ("Harbour Singers"), and what is left of it; undefined as in `withoutNameOf`. */
export function namesOfThingsForgotten(text: string, words: readonly string[], lexicon: NoteLexicon): { left: string; names: string[] } | undefined {
  const lowered = words.map((word) => word.toLowerCase());
  if (!lowered.some((word) => NAME_WORDS.has(word))) return undefined;
  const things = new Set(lowered.filter((word) => !NAME_WORDS.has(word)).map((word) => stem(word, lexicon)));
  const names: string[] = [];
  const left = text.replace(CALLED, (all: string, noun: string) => {
    if (!things.has(stem(noun.toLowerCase(), lexicon))) return all;
    names.push(all.slice(noun.length).trim().replace(/^(?:called|named)\s+/u, ''));
    return noun;
  });
  return names.length > 0 ? { left, names } : undefined;
}

/** The notes that say one of `values` as a whole word ("Bolacha", "cat" or "cats"): they go when it is forgotten. */
export function notesSaying<T extends NoteText>(notes: readonly T[], values: readonly string[]): T[] {
  const patterns = values.filter((value) => value.trim() !== '').map((value) => new RegExp(`\\b${value.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:s|es)?\\b`, 'i'));
  return notes.filter((note) => patterns.some((pattern) => pattern.test(note.text)));
}

/** What a question asks for, when it asks for one sort of thing: a place, a person, a time or a number. */
export type AnswerSort = 'place' | 'person' | 'time' | 'number';

const PLACE_NOUNS = new Set(['city', 'town', 'country', 'place', 'village', 'state', 'area', 'neighbourhood', 'neighborhood', 'island', 'region']);
const TIME_NOUNS = new Set(['day', 'days', 'month', 'year', 'time', 'date', 'week', 'season', 'night', 'nights', 'evening', 'evenings', 'morning', 'mornings', 'afternoon', 'afternoons', 'weekday', 'weekdays']);
/** Words for the present or a day near it: "what day is today?" asks the calendar, not a note. */
const NOW_WORDS = new Set(['today', 'tomorrow', 'yesterday', 'tonight', 'now', 'it', 'this', 'that']);

/**
 * The sort of answer a question wants: "where …?" and "which city …?" a place, "who …?" and "what is … called?"
 * a person's name, "when …?" and "what day …?" a time, "how old/many/long …?" a number.
 */
export function answerSort(question: string, lexicon: NoteLexicon): AnswerSort | undefined {
  const words = tokenize(question, lexicon.memory.contractedIs).filter((token) => !isPunctuation(token)).map((token) => token.norm);
  const first = words.findIndex((word) => ['where', 'who', 'whom', 'when', 'which', 'what', 'how'].includes(word));
  if (first < 0) return undefined;
  const [word, next] = [words[first], words[first + 1] ?? ''];
  if (word === 'where') return 'place';
  if (word === 'who' || word === 'whom') return 'person';
  if (word === 'when') return 'time';
  // "how often …?": a time said as a habit (`askedMeasure`); "how far …?": a distance, a number.
  if (word === 'how') return ['old', 'many', 'long', 'much', 'far'].includes(next) ? 'number' : askedMeasure(question, lexicon) === 'often' ? 'time' : undefined;
  if (PLACE_NOUNS.has(next)) return 'place';
  if (TIME_NOUNS.has(next)) return 'time';
  if (words.includes('called') || words.includes('named') || words.includes('name')) return 'person';
  // "what's my plot number?": the number that says which one; "what did the planks cost?": what was paid.
  const measure = askedMeasure(question, lexicon);
  return measure === 'code' || measure === 'price' ? 'number' : undefined;
}

/**
 * Whether a note says when: a word for a time ("Thursday", "September", "every", "ago"), or a number that is
 * no length of time ("in 2019", "at 16", "the 14th"). Cheap, so every note can be checked; the time itself is
 * picked out by `answerSpan`.
 */
export function saysWhen(text: string, lexicon: NoteLexicon): boolean {
  // A number that is not a length of time ("at 16", "in 2019", not "2 weeks on, 2 weeks off").
  if (/\d+(?!\d|\s*(years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?)\b)/i.test(text)) return true;
  const tokens = tokenize(text, lexicon.memory.contractedIs);
  // "the county championships in May": the month, which the list leaves out as it is also "may I …".
  const may = (at: number) => tokens[at].norm === 'may' && ((at > 0 && tokens[at].raw === 'May') || MAY_BEFORE.has(tokens[at - 1]?.norm ?? ''));
  // "training wed and sat": days listed in their short forms.
  return tokens.some((token, at) => lexicon.timeWords.has(token.norm) || may(at)) || daysSaid(text).length > 0;
}

/** Words before "may" that make it the month ("in may", "early may"). */
const MAY_BEFORE = new Set(['in', 'of', 'since', 'until', 'till', 'by', 'early', 'late', 'mid', 'next', 'last', 'this', 'from', 'through']);

/**
 * The words of a question for a reason that names a thing of the person's life without "I" or "my" ("why did champs
 * get moved?"), or undefined when it is none.
 */
export function reasonWords(text: string, lexicon: NoteLexicon): string[] | undefined {
  if (!asksReason(text, lexicon)) return undefined;
  const words = tokenize(text, lexicon.memory.contractedIs).filter((token) => !isPunctuation(token));
  if (words.length > MAX_NOTE_WORDS || words.some((token) => lexicon.you.has(token.norm))) return undefined;
  const asked = contentWords(withoutIdioms(words, lexicon.idioms), lexicon).filter((word) => !lexicon.reasonAsks.some((ask) => ask.includes(word)));
  return asked.length > 0 ? asked : undefined;
}

/**
 * Whether a question asks what someone else said ("what did the physio say about running?", "what did my GP tell
 * me?"): "what", a verb that asks it, then who, then a verb of saying. Not what the person said ("what did I say
 * the fee was?"), which asks for a value.
 */
export function asksReported(text: string, lexicon: NoteLexicon): boolean {
  const words = tokenize(text, lexicon.memory.contractedIs).filter((token) => !isPunctuation(token) && !lexicon.memory.fillers.has(token.norm)).map((token) => token.norm);
  if (words[0] !== 'what' || !AUXILIARIES.has(words[1] ?? '')) return false;
  const verb = words.findIndex((word, at) => at > 2 && lexicon.sayVerbs.has(word));
  return verb > 2 && !words.slice(2, verb).some((word) => SPEAKERS_ASKED.has(word));
}

/** Who, said before a verb of saying, makes the question one of what the person or the bot said. */
const SPEAKERS_ASKED = new Set(['i', 'we', 'you', 'u']);

/** Whether a question asks for a reason ("why do I need oat milk?", "how come I …"): the whole note answers, as the reason is said beside what it is for. */
export function asksReason(text: string, lexicon: NoteLexicon): boolean {
  const words = tokenize(text, lexicon.memory.contractedIs).filter((token) => !isPunctuation(token)).map((token) => token.norm);
  const start = words.findIndex((word) => !lexicon.memory.fillers.has(word));
  return start >= 0 && lexicon.reasonAsks.some((ask) => ask.every((word, index) => words[start + index] === word));
}

/** What a note's words are checked against to pick out the answer. */
export interface SpanContext {
  findCity(text: string): unknown;
  /** The words of the question: never the answer. */
  asked: readonly string[];
  /** Values that answer something else (the person's name, what is kept as another kind), lower case: never the answer either. */
  known?: ReadonlySet<string>;
  /** The question asks how things are now ("where do I live now?"), not how they were: of a move, where to. */
  current?: boolean;
  /** The question asks where one came from ("where am I from?"): a place said after "from" answers it. */
  cameFrom?: boolean;
  /** The kind asked holds many ("my grandchildren"): several names answer together. */
  many?: boolean;
  /** The words of the question that say where in a note the answer is ("the *restaurant*"): of several, the one nearest them answers. */
  anchors?: readonly string[];
  /** The question asks for a time of day ("what time …?"), a length of time ("how long …?") or when something starts. */
  measure?: AskedMeasure;
  /** Words that say how often alone ("weekly"), for `measure` 'often'. */
  oftenWords?: ReadonlySet<string>;
  /** Money said in slang ("22 bucks", "a tenner"), for `measure` 'price'. */
  moneySlang?: MoneySlang;
  /** The question opens with "who": of several names, those a noun for someone introduces answer. */
  who?: boolean;
  /** Titles said before a name ("dr", "Herr"), lower case: the word after one is a name, however it is typed. */
  titles?: ReadonlySet<string>;
  /** Words that place ("in", "behind"), lower case: with them, a place no town names ("in the crypt of the old chapel") answers "where …?". */
  placeLinks?: ReadonlySet<string>;
}

/** A number that says which one ("12", "9B", "A4", "C-22", "LM-3902", "47/1188/24"), not a time of day or an amount in a unit. */
const CODE = /^(?:\d{1,6}\p{L}?|\p{L}{1,3}\d{0,6})(?:[-/](?:\d{1,6}\p{L}?|\p{L}{1,3}\d{0,6}))*$/u;
/** A reference of letters and digits mixed ("KX93B7"), with at least two digits. */
const MIXED_CODE = /^(?=(?:\p{L}*\d){2})(?=.*\p{L})[\p{L}\d]{5,14}$/u;

/**
 * The codes a note says: each word that is one, and digits typed in groups as one number ("0161 496 0032"), but
 * not a sum of money ("£865") nor a figure said per a span of time ("865 a month").
 */
function codesSaid(typed: readonly string[], words: readonly string[], ends: ReadonlySet<number>): string[] {
  const codes: string[] = [];
  for (let at = 0; at < words.length; at++) {
    let end = at;
    while (/^\d{2,}$/.test(words[at]) && !ends.has(end) && /^\d{2,}$/.test(words[end + 1] ?? '') && !/^\p{Sc}/u.test(typed[end + 1])) end++;
    if (end > at) {
      codes.push(words.slice(at, end + 1).join(' '));
      at = end;
      continue;
    }
    const money = /^\p{Sc}/u.test(typed[at]);
    const rate = /^(a|an|per|each|every)$/i.test(words[at + 1] ?? '') && TIME_UNIT.test(words[at + 2] ?? '');
    if ((CODE.test(words[at]) || MIXED_CODE.test(words[at])) && /\d/.test(words[at]) && !money && !rate) codes.push(words[at]);
  }
  return codes;
}

/** How many times (in words or digits) a span of time: "twice a day", "3 times a week", "once per month". */
const TIMES_PER = /\b(?:once|twice|thrice|\d+|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s+times?)?\s+(?:a|an|per|each|every)\s+(?:day|week|month|year|fortnight|morning|night|evening)\b/giu;

/**
 * How often a text says something is done: what recognizers-text reads as a set ("every 6 weeks", "once a month",
 * "on Mondays"), a count per span ("twice a day") or a word that says it alone ("fortnightly").
 */
export function oftenSaid(text: string, words: ReadonlySet<string>): string[] {
  const sets = recognizeDateTime(text, Culture.English).filter((one) => /set/.test(one.typeName)).map((one) => text.slice(one.start, one.end + 1));
  const counted = [...text.matchAll(TIMES_PER)].map((match) => match[0]);
  const alone = text.split(/[^\p{L}]+/u).filter((word) => words.has(word.toLowerCase()));
  return [...counted, ...sets.filter((set) => !counted.some((one) => one.includes(set) || set.includes(one))), ...alone];
}

/**
 * What a question for a time or a number measures: a time of day, how long something lasts, when it starts, the days
 * of the week it is on, a price ("what did it *cost*?") or an amount ("*how much* data …?").
 */
export type AskedMeasure = 'clock' | 'length' | 'start' | 'day' | 'often' | 'code' | 'price' | 'amount' | 'count';

/** Whether two words are one word in two forms, by their stems ("restaurants", "restaurant"). */
function sameWord(a: string, b: string): boolean {
  return PorterStemmer.stem(a.toLowerCase()) === PorterStemmer.stem(b.toLowerCase());
}

/** Whether a question asks for a time of day ("what time is my lab?"), a length of time ("how long is the trip?") or when something starts ("when does my trip start?"). */
export function askedMeasure(question: string, lexicon: NoteLexicon): AskedMeasure | undefined {
  const words = tokenize(question, lexicon.memory.contractedIs).map((token) => token.norm);
  const says = (phrases: readonly string[][]) => words.some((_, at) => phrases.some((phrase) => phrase.every((word, i) => words[at + i] === word)));
  if (says(lexicon.measureAsks.often)) return 'often';
  if (says(lexicon.measureAsks.code)) return 'code';
  if (says(lexicon.measureAsks.length)) return 'length';
  if (says(lexicon.measureAsks.clock)) return 'clock';
  if (says(lexicon.measureAsks.day)) return 'day';
  if (says(lexicon.measureAsks.start)) return 'start';
  // "how many lads are going?": a count of things, asked after how long and how often ("how many weeks …?", "how many times a week …?").
  if (says(lexicon.measureAsks.count)) return 'count';
  // "how much does the bike weigh?": a weight is an amount asked, not a price.
  if (says(lexicon.measureAsks.weight)) return 'amount';
  // "what am I in charge of?", "is it free of charge?": a word of paying said right after a preposition names no price
  // asked; "what's my goal once the card is paid off?": nor one said in a clause of its own, opened by a word that can
  // join one ("once", "after", "if") with its own verb before the word of paying.
  const tagsOf = (word: string) => wordLexicon().tags(word) ?? [];
  const afterPreposition = (at: number) => at > 0 && tagsOf(words[at - 1])[0] === 'IN';
  const inClause = (at: number) => words.slice(1, at).some((word, from) => tagsOf(word).includes('IN') && words.slice(from + 2, at).some((verb) => /^(VBZ|VBD|VBP|MD)$/.test(tagsOf(verb)[0] ?? '')));
  if (words.some((_, at) => !afterPreposition(at) && !inClause(at) && lexicon.measureAsks.price.some((phrase) => phrase.every((word, i) => words[at + i] === word)))) return 'price';
  return says(lexicon.measureAsks.amount) ? 'amount' : undefined;
}

/**
 * Whether a text says a number of the thing a question counts: a figure right before one of its words ("18 lads
 * going" for "how many lads …?"), with no "and" between that opens another thing.
 */
export function countsAsked(text: string, asked: readonly string[]): boolean {
  const words = text.split(/\s+/).map((word) => bareWord(word).toLowerCase()).filter(Boolean);
  const wanted = new Set(asked.map((word) => word.toLowerCase()));
  return words.some((word, index) => {
    if (!/^\d+$/.test(word) && !NUMBER_WORDS.test(word)) return false;
    const after = words.slice(index + 1, index + 1 + COUNTED_AFTER);
    const at = after.findIndex((one) => wanted.has(one) || wanted.has(singular(one)));
    return at >= 0 && !after.slice(0, at).some((one) => JOINS.has(one));
  });
}

/** Whether a text says an amount: a number, not only one that tells which ("teacher, year 5"). */
export function saysAmount(text: string): boolean {
  const raw = text.split(/\s+/);
  const words = raw.map(bareWord);
  // "I collect vinyl, 88 records": a noun before a comma is no "room" of "room 12".
  const before = (index: number) => (/[,;:.!?]$/.test(raw[index - 1] ?? '') ? undefined : words[index - 1]);
  // "entry £12", "quote from the seamstress £120": a figure written with a currency sign is money, whatever noun is before it.
  const money = (index: number) => /\p{Sc}\s*\d/u.test(raw[index]);
  return words.some((word, index) => (/^\d+$/.test(word) || NUMBER_WORDS.test(word)) && (money(index) || !namesWhich(before(index), new Set()))) || words.some((word) => /\d/.test(word) && !/^\d+$/.test(word));
}

/** Whether the word before a number is a noun the number tells which one of ("year 5", "room 12"), not one the question asks by ("age 32"). */
function namesWhich(before: string | undefined, asked: ReadonlySet<string>): boolean {
  if (before === undefined || asked.has(before.toLowerCase()) || /^\p{Lu}/u.test(before)) return false;
  return wordLexicon().tags(before.toLowerCase())?.[0] === 'NN';
}

/** The words of a name as a question would say them, lower case: "Hallberg-Rassy" → hallberg, rassy; "Comfort's" → comfort. */
function wordsOfName(name: string): string[] {
  return name.toLowerCase().split(/[\s\-–]+/u).map((word) => word.replace(/['’]s?$/u, '')).filter(Boolean);
}

/** Most names told back together for a kind of many. */
const MANY_NAMES = 4;

/** The names, none known as something else nor a word of the question, when a few: "Elsa and Vilmer". */
function several(names: readonly string[], known: ReadonlySet<string>, asked: ReadonlySet<string>): string | undefined {
  const left = [...new Set(names)].filter((name) => !known.has(name.toLowerCase()) && !wordsOfName(name).some((word) => asked.has(word)));
  return left.length > 1 && left.length <= MANY_NAMES ? new Intl.ListFormat('en', { style: 'long', type: 'conjunction' }).format(left) : undefined;
}

const PLACE_LINKS = /^(in|at|near|from|to|outside|around)$/i;
/** Words after which a name is not a person's: those before a place, and "on" ("married on Skye", "on Duolingo"). */
const NOT_PERSON_LINKS = /^(in|at|on|near|from|to|outside|around)$/i;
/** Words after a number within which the thing counted is said ("312 *bird species*"). */
const COUNTED_AFTER = 2;
/** Words that join two things said: a number before one is not of the thing after it. */
const JOINS = new Set(['and', 'or', 'but', 'while']);
/** How many words after the thing asked its amount may be said ("hats are about 9"). */
const PRICED_AFTER = 3;
const NUMBER_WORDS = /^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)$/i;
const TIME_UNIT = /^(years?|yrs?|months?|weeks?|days?|decades?|hours?|hrs?|minutes?|mins?)$/i;
/** A day's or a month's name, whole or shortened ("Sun", "Sept"); not a name that opens like one ("Marisol", "Monica", "Junior"). */
export const MONTH_OR_DAY_WORDS = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)s?';
export const MONTH_OR_DAY = new RegExp(`^${MONTH_OR_DAY_WORDS}$`, 'i');

/**
 * The one thing of the sort asked for in a note ("which city is my restaurant in?" → "Rotterdam" of "I have a
 * kebab restaurant in Rotterdam"), or undefined when it holds none or several: then the note is told whole.
 */
export function answerSpan(text: string, sort: AnswerSort, context: SpanContext): string | undefined {
  const typed = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  const words = typed.map(bareWord);
  // "Pharmacist, Boots, Leicester": a comma or a stop ends a name.
  const ends = new Set(typed.flatMap((word, index) => (/[,;:.!?)]$/.test(word) ? [index] : [])));
  const asked = new Set(context.asked.map((word) => word.toLowerCase()));
  const known = context.known ?? new Set<string>();
  const one = (found: readonly string[]) => {
    // "what night do we meet?" of "every sunday night": a word for a time the question asks by is part of the time, not an echo of it.
    const echoes = (word: string) => asked.has(word) && !TIME_UNIT.test(word) && !(sort === 'time' && TIME_NOUNS.has(word));
    const distinct = [...new Set(found)].filter((candidate) => !known.has(candidate.toLowerCase()) && !wordsOfName(candidate).some(echoes));
    // Several: the one said nearest what the question names ("the *restaurant* in Peckham").
    return distinct.length === 1 ? distinct[0] : nearestSpan(text, distinct, context.anchors ?? [], sameWord);
  };
  // "how long have I been a nurse?": a span of time keeps its unit ("10 years", not "10").
  // "which plot number do I have?" of "bed 4K at the Elmfield garden": the number that says which one, as typed.
  if (sort === 'number' && context.measure === 'code') {
    // "the fee is 640 a month": a price or a rate is no code, so a note that says no code answers none.
    const codes = codesSaid(typed, words, ends);
    return codes.length > 0 ? one(codes) : undefined;
  }
  const amount = sort === 'number' ? amountAsked(text, context) : undefined;
  if (amount !== undefined) return amount;
  // "ordered flour, 4 bags" asked a price: a note whose figures are all counts, ages or times says none.
  if (sort === 'number' && noAmountIn(text, context.asked, context.measure, context.moneySlang)) return undefined;
  // "how many times a day does the key get turned?" of "turn the key twice a day for 3 weeks": how often, not how long.
  const often = sort === 'number' && context.measure === 'often' ? oftenSaid(text, context.oftenWords ?? new Set()) : [];
  // Not passed over for saying the question's own words ("three *times* a *day*").
  if (often.length > 0) return often.length === 1 ? often[0] : nearestSpan(text, often, context.anchors ?? [], sameWord);
  if (sort === 'number') {
    // "the big one", "Harper one is …": "one" that stands for a thing counts nothing ("one 8 inch" counts one); "dad is 68" asked a price is an age.
    const standsFor = (index: number) => /^one$/i.test(words[index]) && (ends.has(index) || !(mayBeNoun(words[index + 1] ?? '') || /^\d/.test(words[index + 1] ?? '')));
    const age = (index: number) => (context.measure === 'price' || context.measure === 'amount') && !ends.has(index - 1) && saidAsAge(typed.slice(0, index).join(' ') + ' ', typed.slice(0, index).join(' ').length + 1, isSomeone);
    // "how many lads are going?" of "… physio reckons 3 weeks": a length of time counts no things.
    const lasts = (index: number) => (context.measure === 'count' || context.measure === 'often') && TIME_UNIT.test(words[index + 1] ?? '');
    // "how many classes a week?" of "3x a week, $90 per class": a figure typed as money counts nothing; "3x" counts times.
    const counted = context.measure === 'count';
    const money = (index: number) => counted && /\p{Sc}/u.test(typed[index]);
    const times = (word: string) => counted && /^\d+x$/i.test(word);
    const numbers = words.flatMap((word, index) => ((/^\d+$/.test(word) || NUMBER_WORDS.test(word) || times(word)) && !standsFor(index) && !age(index) && !lasts(index) && !money(index) ? [{ index, said: TIME_UNIT.test(words[index + 1] ?? '') ? `${word} ${words[index + 1]}` : times(word) ? word.slice(0, -1) : word }] : []));
    // "how many species have I seen?" of "312 species on my list, the rarest one a harpy eagle": the number said of the thing asked.
    // Not "scarves are 20 and hats are 9", where "and" opens what is said of the hats.
    const counting = numbers.filter(({ index }) => {
      const after = words.slice(index + 1, index + 1 + COUNTED_AFTER);
      const at = after.findIndex((word) => asked.has(word.toLowerCase()) || asked.has(singular(word.toLowerCase())));
      return at >= 0 && !after.slice(0, at).some((word) => JOINS.has(word.toLowerCase()));
    });
    // "teacher, year 5", "room 12": a number right after a noun names which one, it counts nothing.
    // "Stripe office, 120 mini cheesecakes": a noun across a comma names nothing the number tells.
    const amounts = numbers.filter(({ index }) => ends.has(index - 1) || !namesWhich(words[index - 1], asked));
    // "how long is the trip?" of "flying on 1 March for three weeks": a length of time, not the day.
    const lengths = context.measure === 'length' ? amounts.filter(({ said }) => / /.test(said)) : [];
    // "how much are hats?" of "scarves are 20 and hats are 9": else the amount said right after the thing asked.
    const asks = (word: string | undefined) => word !== undefined && (asked.has(word.toLowerCase()) || asked.has(singular(word.toLowerCase())));
    const priced = amounts.filter(({ index }) => {
      const before = words.slice(Math.max(0, index - PRICED_AFTER), index);
      const at = before.map(asks).lastIndexOf(true);
      return at >= 0 && !before.slice(at).some((word) => /^\d+$/.test(word));
    });
    return one((counting.length > 0 ? counting : lengths.length > 0 ? lengths : priced.length > 0 ? priced : amounts).map(({ said }) => said));
  }
  // "1 January", "the 9th of May", "in October": the date as the recognizer finds it, in the words typed.
  if (sort === 'time') {
    // "how often is physio?" of "physio every 3 weeks, next one on the 4th": how often, not when next.
    if (context.measure === 'often') return one(oftenSaid(text, context.oftenWords ?? new Set()));
    // "which days do I swim?" of "tuesdays and thursdays at 6am": the days, all of a list of them.
    const listed = context.measure === 'day' ? daysSaid(text) : [];
    const days = listed.length === 1 ? listed[0] : nearestSpan(text, listed, context.anchors ?? [], sameWord);
    if (days) return days;
    // "I'm now flying on February 5th": "now" says it changed, not when.
    const recognized = recognizeDateTime(text, Culture.English).filter((one) => /date|time|set/.test(one.typeName) && !/duration/.test(one.typeName)).filter((one, _, all) => all.length === 1 || !/^(right )?now$/i.test(text.slice(one.start, one.end + 1)));
    // "when's my exam?" of "evening course at the centre": a part of the day alone says no day, only asked "what time …?" is it an answer.
    const partOfDay = (one: (typeof recognized)[number]) => ((one.resolution?.values ?? []) as Array<{ timex?: string }>).every((value) => /^T(MO|AF|EV|NI|DT)$/.test(value.timex ?? ''));
    const found = context.measure === 'clock' ? recognized : recognized.filter((one) => !partOfDay(one));
    // "organising the school reunion this year, it is on the 3rd of October": a day of the month said beside a year,
    // a season or a month says when; "this year" only says which one.
    const timexOf = (one: (typeof found)[number]) => ((one.resolution?.values ?? []) as Array<{ timex?: string }>)[0]?.timex ?? '';
    const onDay = found.filter((one) => /^(?:XXXX|\d{4})-\d{2}-\d{2}/.test(timexOf(one)));
    const vague = (one: (typeof found)[number]) => /^(?:\d{4}|\(?\d{4}-(?:SP|SU|FA|WI)|\d{4}-\d{2}|XXXX-\d{2})$/.test(timexOf(one));
    // "when's my next check?" of "checks every 8 weeks, next one on June 3rd": the day it is next, not how often.
    const said = onDay.length > 0 && context.measure !== 'day' ? found.filter((one) => !vague(one)) : found;
    const dated = asked.has('next') ? said.filter((one) => !/set/.test(one.typeName)) : [];
    const times = (dated.length > 0 ? dated : said).map((one) => text.slice(one.start, one.end + 1));
    // "what time is 5-a-side?" of "every Wednesday at 8pm": the time of day, not the day; of several, the one nearest what is asked.
    const clocks = context.measure === 'clock' ? times.flatMap((time) => clockSpan(time) ?? []) : [];
    // "the Tuesday night net … at 8pm": the hour said over a part of the day ("night").
    const hours = clocks.filter((clock) => /\d/.test(clock));
    const time = one(hours.length > 0 ? hours : clocks.length > 0 ? clocks : times);
    // "when does my trip start?" of "10 — 15 November": the day it starts.
    return context.measure === 'start' && time ? (rangeStart(time) ?? time) : time;
  }
  // "a band called velvet static", "her name is Marge": the name said so, in any case.
  const called = sort === 'person' ? calledSpan(text) : undefined;
  if (called) return known.has(called.toLowerCase()) ? undefined : called;
  const proper = properNames(words, ends);
  if (sort === 'place') {
    // "Minuet in G": a letter alone names a key or a grade, no place.
    const places = [...proper.filter((name) => !MONTH_OR_DAY.test(name) && /\p{L}{2}/u.test(name) && (context.findCity(name) !== undefined || PLACE_LINKS.test(linkBefore(words, name)))), ...words.filter((word) => /^\p{Ll}/u.test(word) && word.length > 3 && context.findCity(word) !== undefined && (PLACE_LINKS.test(before(words, word)) || !commonNotNoun(word)))];
    // "moved from Cluj in Romania to Dublin": Cluj for "where am I from?", Dublin for anything else.
    const left = fromPlaces(words, ends);
    const said = places.filter((place) => left.has(place.split(' ')[0]) === (context.cameFrom === true));
    const named = one(said.length > 0 ? said : places) ?? (context.current ? one(places.filter((name) => before(words, name).toLowerCase() === 'to')) : undefined);
    if (named !== undefined || places.length > 0 || !context.placeLinks) return named;
    // "practice is in the basement of the parish hall": where, said in words no town names.
    return one(placePhrases(text, context.placeLinks, (word) => /^(DT|PRP\$)$/.test(wordLexicon().tags(word)?.[0] ?? '')));
  }
  // "harry gabe n niamh who bakes": with no capitals, the names said as the subject of a clause, when the question
  // says which clause (a lower-case word is too weak a sign of a name to pick a note by).
  const named = peopleNamed(words, proper, context.findCity, typed);
  // "dentist w dr ahmed": with no capitals, a title says a name follows, however it is typed.
  const titled = named.length === 0 ? titledNames(words, ends, context.titles) : [];
  if (titled.length === 1) return known.has(titled[0].toLowerCase()) ? undefined : titled[0];
  // "my cousin Ravi said to try Argos": of several, those a noun for someone introduces are people, the rest may be shops.
  // Not "Nadia, Pharmacist, Boots" (a comma parts them); only for "who …?" ("what's the bakery called?" asks a thing's name).
  const introducing = (name: string) => {
    const at = words.indexOf(name.split(' ')[0]) - 1;
    return at >= 0 && !ends.has(at) && /^\p{Ll}/u.test(words[at]) && isLivingNoun(words[at]);
  };
  const introduced = named.length > 1 && context.who === true ? named.filter(introducing) : [];
  if (introduced.length > 0 && introduced.length < named.length && one(introduced) !== undefined) return one(introduced);
  const people = named.length > 0 || !context.anchors ? named : lowerCaseSubjects(text, (word) => wordLexicon().tags(word) !== undefined);
  // "Elsa is 8 and Vilmer is 5" for "what are my grandchildren's names?": all of them, for a kind of many.
  // "who gave me the lesson?" of "… a birthday present from my dad": naming no one, who they are to the person answers.
  return one(people) ?? (context.many ? several(people, known, asked) : undefined) ?? (context.who === true && people.length === 0 ? ownPeople(words, one) : undefined);
}

/**
 * "how much data is on my plan?", "what did the planks cost?": the amount recognizers-text reads in a text
 * (`amountSpan`), in the unit asked, when the question asks a price or an amount and it is no value known as another.
 */
export function amountAsked(text: string, context: SpanContext): string | undefined {
  if (context.measure !== 'price' && context.measure !== 'amount') return undefined;
  const amount = amountSpan(text, amountAsk(context.asked, context.anchors ?? context.asked, context.measure, context.moneySlang));
  return amount !== undefined && !(context.known ?? new Set<string>()).has(amount.toLowerCase()) ? amount : undefined;
}

/**
 * Whether a text told back for a price ("how much did the op cost?") says a figure of which none may be the price:
 * "dad is 68 and had his hip done in January" says an age and a month. A text with no figure is let be.
 */
export function noAmountIn(text: string, asked: readonly string[], measure: AskedMeasure | undefined, slang?: MoneySlang): boolean {
  return measure === 'price' && /\d/.test(text) && !saysAmountAsked(text, amountAsk(asked, asked, measure, slang));
}

/** Money said in slang: words after a figure that name money ("bucks", "grand"), and words that are money alone ("tenner"). */
export interface MoneySlang {
  after: ReadonlySet<string>;
  alone: ReadonlySet<string>;
}

function amountAsk(asked: readonly string[], anchors: readonly string[], measure: AskedMeasure, slang?: MoneySlang): AmountAsk {
  // "one at 640": a word that joins or points ("at") names no unit of money, though WordNet knows a currency spelled so.
  const isMoney = (word: string) => slang?.after.has(word.toLowerCase()) === true || (!FUNCTION_TAGS.has(wordLexicon().tags(word)?.[0] ?? '') && isMoneyNoun(word));
  const isMoneyAlone = (word: string) => measure === 'price' && slang?.alone.has(word.toLowerCase()) === true;
  return { asked, anchors, price: measure === 'price', isPluralNoun: (word) => wordLexicon().tags(word)?.[0] === 'NNS', isMoney, isMoneyAlone, same: sameWord, isNoun: mayBeNoun, isPerson: isSomeone, isVerb: mayBeVerb, describes: describesNoun };
}

/** Tags of words that may describe a noun said after them ("*solar viewing* glasses"): adjectives, nouns, participles. */
const DESCRIBING_TAGS = /^(JJ|JJR|JJS|NN|NNP|NNS|VBG|VBN)$/;

function describesNoun(word: string): boolean {
  const first = wordLexicon().tags(word)?.[0];
  return first === undefined || DESCRIBING_TAGS.test(first);
}

/** Tags of words that join or point (a conjunction, a preposition, a determiner): read first so, a word is no verb, whatever rarer tag it has ("and" is a verb nowhere but in a lexicon's noise). */
const FUNCTION_TAGS = new Set(['CC', 'IN', 'DT', 'PDT', 'TO', 'PRP', 'PRP$', 'WDT', 'WP', 'WP$', 'WRB', 'EX']);

/** Whether a word may be a verb ("cost", "was", "paid"): one of its tags is, and its commonest is no function word's. */
function mayBeVerb(word: string): boolean {
  const tags = wordLexicon().tags(word) ?? [];
  return !FUNCTION_TAGS.has(tags[0] ?? '') && tags.some((tag) => tag.startsWith('VB'));
}

/** Whether a word is most likely a noun, or one no lexicon knows ("one *kala* uke"). */
function mayBeNoun(word: string): boolean {
  if (!/\p{L}/u.test(word)) return false;
  const first = wordLexicon().tags(word)?.[0];
  return first === undefined || first.startsWith('NN');
}

/**
 * Whether a word as typed names someone: "she", a capitalised name ("Ruth"), or a noun for a person that opens its
 * clause or is owned ("dad is 68", "my gran is 88"); not one said after a word that describes it ("a full groom").
 */
function isSomeone(word: string, before: string | undefined): boolean {
  const lower = word.toLowerCase();
  const opens = before === undefined || /[,;:.!?]$/.test(before) || OWNING.has(before.toLowerCase());
  if (SOMEONE_PRONOUNS.has(lower) || (opens && isPersonNoun(lower))) return true;
  const tags = wordLexicon().tags(word) ?? wordLexicon().tags(lower);
  return /^\p{Lu}\p{Ll}+$/u.test(word) && (tags === undefined || tags[0] === 'NNP');
}

const SOMEONE_PRONOUNS = new Set(['he', 'she', 'hes', 'shes']);
/** Words before a noun for someone that say it opens what is said of them ("*my* gran is 88", "… *and* dad is 68"). */
const OWNING = new Set(['my', 'our', 'his', 'her', 'their', 'your', 'and']);

/** "she is really nice": a word typed small that is mostly not a noun ("nice", "mobile") names no city unless said after "in". */
function commonNotNoun(word: string): boolean {
  const first = wordLexicon().tags(word.toLowerCase())?.[0];
  return first !== undefined && !first.startsWith('NN');
}

/** The names of people a note says ("Mum's carer comes Mondays, lovely woman called Blessing" → Blessing), by the words as typed. */
export function peopleIn(text: string, findCity: (text: string) => unknown): string[] {
  const typed = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  const words = typed.map(bareWord);
  const ends = new Set(typed.flatMap((word, index) => (/[,;:.!?)]$/.test(word) ? [index] : [])));
  return peopleNamed(words, properNames(words, ends), findCity, typed);
}

const BEING = new Set(['is', 'was', 'are', 'were', "'s"]);
const ARTICLES = new Set(['a', 'an', 'the']);
/** Words that put someone in a place of a side or a band ("on drums", "in goal", "at fly-half"). */
const ROLE_PLACES = new Set(['on', 'in', 'at']);

/**
 * The name before "is a" and the noun at `at` ("*Oona* is a nurse", "*Tova* is a PhD student"), with only an
 * article, an adjective or another asked word between; undefined when no name is said so.
 */
function namedBeing(tokens: readonly Token[], at: number, people: ReadonlyMap<string, string>, wanted: ReadonlySet<string>, lexicon: NoteLexicon, findCity: (text: string) => unknown): string | undefined {
  let back = at - 1;
  // "Nils is on drums", "Una is in goal": a place in a side, said after "is", is one's role too.
  while (back > 0 && (ARTICLES.has(tokens[back].norm) || wanted.has(stem(tokens[back].norm, lexicon)) || wordLexicon().tags(tokens[back].norm)?.[0] === 'JJ' || (ROLE_PLACES.has(tokens[back].norm) && BEING.has(tokens[back - 1].norm)))) back--;
  // "Tova's cat": an "'s" right before the noun owns it, it says no one is one.
  if (back <= 0 || !BEING.has(tokens[back].norm) || (tokens[back].norm === "'s" && !ARTICLES.has(tokens[back + 1]?.norm ?? ''))) return undefined;
  const before = tokens[back - 1];
  // A note's first word is capitalised whatever it is: a name when no dictionary knows it and no city is.
  return people.get(before.raw) ?? (back === 1 && /^\p{Lu}\p{Ll}/u.test(before.raw) && wordLexicon().tags(before.norm) === undefined && !isCityAsTyped(findCity(before.raw)) ? before.raw : undefined);
}

/** Words that may stand between someone and what they do ("Simone *just* graduated", "he *mostly* sleeps"). */
const BEFORE_VERB_WORDS = 1;

/**
 * "who's running the hardware store?" of "… O'Malley's Hardware, My son Kevin runs it now": of the people a note
 * names, the one said right before a word the question asks by (its verb, by stem), when just one is.
 */
export function subjectOf(text: string, asked: readonly string[], lexicon: NoteLexicon, findCity: (text: string) => unknown): string | undefined {
  const tokens = tokenize(text, lexicon.memory.contractedIs);
  const wanted = new Set(asked.map((word) => stem(word, lexicon)));
  // A name of several words ("Mary Ann") is found by its last.
  // "PhD" of "Tova is a PhD student" is asked, not who is asked for.
  const people = new Map(peopleIn(text, findCity).filter((name) => !wordsOfName(name).some((word) => wanted.has(stem(word, lexicon)))).map((name) => [name.split(' ').at(-1) ?? name, name]));
  const found = new Set<string>();
  // "Harriet: history, total night owl": a note that opens with a name and a colon says all it says of them.
  const label = tokens[1]?.norm === ':' && /^\p{Lu}\p{Ll}/u.test(tokens[0].raw) && wordLexicon().tags(tokens[0].norm) === undefined && !isCityAsTyped(findCity(tokens[0].raw)) ? tokens[0].raw : undefined;
  if (label && tokens.some((token) => wanted.has(stem(token.norm, lexicon)))) return label;
  for (const [at, token] of tokens.entries()) {
    if (!wanted.has(stem(token.norm, lexicon))) continue;
    // "Oona is a nurse", "Tova is a PhD student": the one a noun asked for is said to be.
    const said = namedBeing(tokens, at, people, wanted, lexicon, findCity);
    if (said) found.add(said);
    for (let back = at - 1; back >= Math.max(0, at - 1 - BEFORE_VERB_WORDS); back--) {
      const name = people.get(tokens[back].raw);
      if (name) found.add(name);
      // "Navy I ran": only a word that says nothing (no subject of its own) may stand between.
      if (name || !lexicon.stopWords.has(tokens[back].norm) || FIRST_PERSON.has(tokens[back].norm) || SUBJECT_PRONOUNS.has(tokens[back].norm)) break;
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** A city found as typed: "Marta" is a name, though read as a typo of "Malta" it would be a place. */
function isCityAsTyped(found: unknown): boolean {
  return found !== undefined && !(typeof found === 'object' && found !== null && 'typo' in found);
}

/** A person is no city, no day or month, and nothing said after "in" or "from" ("I live in Inverness with mum": not Inverness). */
/**
 * "my dad", "our neighbour": someone a note names by who they are to the person, told back as the bot says it ("your
 * dad"): only when what follows says what they do ("my mum *makes* …", "my dad, …"), not a name ("my buddy Lyle", "my
 * cousin pedro", "my partner kit helps", "my mate fern is …") or the rest of a longer word for them ("my mother-in-law").
 */
function ownPeople(words: readonly string[], one: (found: readonly string[]) => string | undefined): string | undefined {
  const owned = words.flatMap((word, at) => (at > 0 && OWNERS.has(words[at - 1].toLowerCase()) && /^\p{Ll}+$/u.test(word) && isPersonNoun(word) && saysWhatDone(words[at + 1]) ? [`${words[at - 1]} ${word}`] : []));
  const found = one(owned);
  return found === undefined ? undefined : secondPerson(found);
}

/** Tags of a word that says what someone does or is, after who they are ("my mum *makes*", "my dad *always* …", "my sister *and* I"). */
const DOING_TAGS = /^(VB|VBZ|VBD|VBP|VBG|VBN|MD|RB|CC)$/;

/** Whether the word after who someone is says what they do (or nothing follows): not a name nor the rest of a longer noun. */
function saysWhatDone(next: string | undefined): boolean {
  if (next === undefined || next === '') return true;
  if (/^\p{Lu}/u.test(next) || unknownWord(next)) return false;
  return DOING_TAGS.test(wordLexicon().tags(next.toLowerCase())?.[0] ?? '');
}

/** Whether a word is one the tagger does not know ("pedro"): typed small, it may still be a name. */
function unknownWord(word: string | undefined): boolean {
  return word !== undefined && /^\p{L}+$/u.test(word) && wordLexicon().tags(word.toLowerCase()) === undefined;
}

/** Words that say whose someone is ("*my* dad"). */
const OWNERS = new Set(['my', 'our']);

/** `typed`: the words with their marks ("Ericeira, Portugal": a land after a comma is an address's, `regionOfAddress`). */
function peopleNamed(words: readonly string[], proper: readonly string[], findCity: (text: string) => unknown, typed: readonly string[]): string[] {
  return proper.filter((name) => !isCityAsTyped(findCity(name)) && !MONTH_OR_DAY.test(name) && !NOT_PERSON_LINKS.test(linkBefore(words, name)) && !namesAThing(words, name) && !regionOfAddress(typed, words.indexOf(name.split(' ')[0])));
}

/** Tags of a word typed with a capital that is no one's name: a pronoun ("Her derby name …", "They estimated …"). */
const PRONOUN_TAGS = new Set(['PRP', 'PRP$', 'WP', 'WP$', 'EX']);

/**
 * Whether a run of capitalised words names a thing, not someone: a pronoun opening a sentence ("They"), a make and
 * model ("1967 BMW R60", "Bullet 350": a figure in it, before or after it), a word that describes the noun after it
 * ("a Deaf mentor"), or a common noun a number tells which one of ("Year 2").
 */
function namesAThing(words: readonly string[], name: string): boolean {
  const parts = name.split(' ');
  const at = words.indexOf(parts[0]);
  const [before, after] = [words[at - 1] ?? '', words[at + parts.length] ?? ''];
  if (parts.some((part) => /\p{N}/u.test(part)) || /^\d{4}$/.test(before)) return true;
  // "Mia (12)": a name no lexicon knows, said with an age, is still someone's.
  const common = (word: string) => !(wordLexicon().tags(word.toLowerCase()) ?? ['NNP']).includes('NNP');
  if (/^\p{N}/u.test(after) && common(parts.at(-1) ?? '')) return true;
  const tags = parts.length === 1 ? (wordLexicon().tags(name.toLowerCase()) ?? []) : [];
  if (PRONOUN_TAGS.has(tags[0] ?? '')) return true;
  return /^(JJ|VBN)/.test(tags[0] ?? '') && !tags.includes('NNP') && /^\p{Ll}/u.test(after) && mayBeNoun(after);
}

/** The word before a name, past "the": "in" of "served in the Navy". */
function linkBefore(words: readonly string[], name: string): string {
  const at = words.indexOf(name.split(' ')[0]);
  return at > 1 && /^the$/i.test(words[at - 1]) ? words[at - 2] : before(words, name);
}

/**
 * Whether a question asks how things were ("where did I move from?", "what was my old job?"): a verb in the past,
 * or a word of `memoryAsksBefore`.
 */
export function asksBefore(text: string, lexicon: NoteLexicon, tags: (word: string) => readonly string[] | undefined): boolean {
  const tokens = tokenize(text, lexicon.memory.contractedIs);
  return tokens.some((token, at) => /^VBD$/.test(tags(token.norm)?.[0] ?? '') || lexicon.asksBefore.some((phrase) => phrase.every((word, i) => tokens[at + i]?.norm === word)));
}

/**
 * "had a D-2 student visa, now E-7 for work": what a note says holds now, after a clause that opens with a word
 * of `memorySwitchMarkers` ("now", "these days") behind what was; undefined when it says no such change.
 */
export function currentPart(text: string, lexicon: NoteLexicon): string | undefined {
  const tokens = tokenize(text, lexicon.memory.contractedIs);
  const opens = (at: number) => at > 1 && [',', ';', '.', '-', '—'].includes(tokens[at - 1].norm);
  const marks = tokens.map((_, index) => index).filter((index) => opens(index) && [...lexicon.memory.switchMarkers, ...lexicon.newOnes].some((marker) => marker.every((word, i) => tokens[index + i]?.norm === word)));
  const at = marks.at(-1) ?? -1;
  // "currently a smoked porter that my wife calls the swamp": what holds now, not what is said of it.
  const relative = tokens.findIndex((token, index) => index > at + 1 && RELATIVES.has(token.norm));
  const rest = at > 0 ? typedText(tokens.slice(at, relative > at ? relative : tokens.length)) : '';
  return rest.split(/\s+/).length > 1 ? rest : undefined;
}

/** Pronouns that open a part of a note and stand for someone named before it in the note. */
const LEADING_PRONOUN = /^(they|he|she)(?:(['’]re|['’]s)|\s+(are|is|were|was))?(?![\p{L}'’])/iu;

/**
 * "the couple upstairs are the Lindqvists, they lent us a ladder": a part of a note told back alone that
 * opens with "they", "he" or "she", with whom it stands for said in its place — the last name (with "the" before
 * it, when said so) in what the note says before the part. The part as it is when it opens otherwise, or the note
 * names no one before it.
 */
export function withAntecedent(part: string, whole: string): string {
  const opener = LEADING_PRONOUN.exec(part);
  // Where the part starts in the note: its words up to a break, as the part may be joined from clauses.
  const at = whole.indexOf(part.split(/[,;]/)[0]);
  if (!opener || at <= 0) return part;
  const before = whole.slice(0, at);
  const names = [...before.matchAll(/(?<![\p{L}])((?:the\s+)?\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)*)/gu)].map((found) => ({ name: found[1], at: found.index ?? 0 })).filter(({ name, at: index }) => !/^(I|I['’]\p{L}+)$/u.test(name) && index > 0);
  const last = names.at(-1);
  if (!last) return part;
  const verb = opener[2] ? (/re$/i.test(opener[2]) ? ' are' : ' is') : opener[3] ? ` ${opener[3]}` : '';
  return `${last.name}${verb}${part.slice(opener[0].length)}`;
}

/** Words after the old value that end it: what the note goes on to say of the change ("… instead of the high street, *saves* ten minutes"). */
const OLD_VALUE_ENDS = /[,;.!?]|\s(?:and|but|because|bc|since|so|as|cause|cos|now|these days|last|this|next)\b/iu;

/**
 * "taking the ring road now instead of the high street", "got switched from plot 4 to plot 9 this spring":
 * a note told back for how things are now, without the words that say what held before ("instead of …", "rather
 * than …"; "from …" after a verb of change, when "to" follows). The text as it is when it says no such change.
 */
export function withoutOldValue(text: string, lexicon: NoteLexicon): string {
  let out = text;
  for (const phrase of lexicon.memory.inPlaceOf) {
    const mark = new RegExp(`\\s*,?\\s*(?<![\\p{L}])${phrase.join('\\s+')}\\s+`, 'iu');
    const found = mark.exec(out);
    if (!found) continue;
    const rest = out.slice(found.index + found[0].length);
    const end = OLD_VALUE_ENDS.exec(rest);
    const cut = end ? end.index : rest.length;
    // Nothing said in its place before it ("instead of driving I cycle"): the sentence needs the words.
    if (found.index === 0 || cut === 0) continue;
    out = out.slice(0, found.index) + rest.slice(cut);
  }
  // "it's plum now not navy", "with Dov these days, not Ezra": "not …" after words that say it holds now.
  for (const phrase of lexicon.memory.switchMarkers) {
    const found = new RegExp(`(?<![\\p{L}])${phrase.map(escapeRegExp).join('\\s+')}(\\s*,?\\s+not\\s+)`, 'iu').exec(out);
    if (!found || found.index === 0) continue;
    const at = found.index + found[0].length - found[1].length;
    const rest = out.slice(found.index + found[0].length);
    const end = OLD_VALUE_ENDS.exec(rest);
    out = out.slice(0, at) + rest.slice(end ? end.index : rest.length);
  }
  const from = new RegExp(`(?<![\\p{L}])(\\p{L}+)\\s+from\\s+([^,;.!?]{1,40}?)\\s+to\\s+`, 'iu').exec(out);
  if (from && lexicon.memory.changedFromVerbs.has(from[1].toLowerCase())) out = `${out.slice(0, from.index)}${from[1]} to ${out.slice(from.index + from[0].length)}`;
  return out;
}

/**
 * "the rent was 950, after the renewal it went up to 1,020" asked what it is *now*: the part that brings a figure
 * said before to another ("… to 1,020", "went from 40 to 45 minutes"), from where that part opens; undefined when the
 * note says no figure before the one it goes to.
 */
export function changedToPart(text: string, lexicon: NoteLexicon): string | undefined {
  const tokens = tokenize(text, lexicon.memory.contractedIs);
  const figure = (token: Token | undefined) => token !== undefined && /\p{N}/u.test(token.raw);
  const lastAt = (test: (token: Token, at: number) => boolean, before = tokens.length) => tokens.slice(0, before).map((token, at) => (test(token, at) ? at : -1)).reduce((last, at) => Math.max(last, at), -1);
  const to = lastAt((token, at) => token.norm === 'to' && figure(tokens[at + 1]) && tokens.slice(0, at).some(figure));
  if (to < 0) return undefined;
  // "from 40 to 45": the part opens where the change does, with "from".
  const from = lastAt((token) => token.norm === 'from', to);
  const opens = lastAt((token) => PART_OPENERS.has(token.norm), to);
  const start = Math.max(opens + 1, from >= 0 && tokens.slice(from, to).some(figure) ? from : -1, 0);
  const rest = typedText(tokens.slice(start));
  return start > 0 && rest.split(/\s+/).length > 1 ? rest : undefined;
}

/** Where a part of a note opens: "…, after the renewal it went up to 1,020", "… but now 45". */
const PART_OPENERS = new Set([',', ';', 'but', 'so', 'now']);

/**
 * "staying at my brother's in Glasgow this month, normally I'm in Edinburgh" asked "where do I *usually* live?":
 * the one part of a note that says an adverb the question says, or one WordNet puts in a sense with it; undefined
 * when no part, or more than one, does.
 */
export function adverbPart(text: string, adverbs: readonly string[], lexicon: NoteLexicon, senses: (word: string) => readonly string[]): string | undefined {
  if (adverbs.length === 0) return undefined;
  const asked = new Set(adverbs.flatMap((adverb) => senses(adverb)));
  const says = (token: Token) => adverbs.includes(token.norm) || senses(token.norm).some((sense) => asked.has(sense));
  const parts = tokenParts(tokenize(text, lexicon.memory.contractedIs));
  const saying = parts.filter((part) => part.some(says));
  return parts.length > 1 && saying.length === 1 ? typedText(saying[0]) : undefined;
}

/** Words that open what is said of the thing before them ("a porter *that* my wife calls …"). */
const RELATIVES = new Set(['that', 'which', 'who', 'whom', 'whose']);

/** Words that open the subject of a clause said of a thing ("that *my* wife calls …", "which *she* …"). */
const CLAUSE_SUBJECTS = new Set(['my', 'our', 'his', 'her', 'their', 'the', 'i', 'we', 'he', 'she', 'they', 'you', 'everyone', 'people']);

/**
 * A note told back without what it says of a thing in a clause of its own, when the question asks nothing of it
 * ("I have got a whole layout in the garage" of "… in the garage that Margaret calls the other woman"): that
 * clause answers other questions. The note as it is when there is no such clause, or it holds a word asked.
 */
export function withoutSaidOf(text: string, asked: readonly string[], lexicon: NoteLexicon): string {
  const tokens = tokenize(text, lexicon.memory.contractedIs);
  const opens = (at: number) => ['that', 'which', 'whom'].includes(tokens[at].norm) && (CLAUSE_SUBJECTS.has(tokens[at + 1]?.norm ?? '') || /^\p{Lu}/u.test(tokens[at + 1]?.raw ?? ''));
  const at = tokens.findIndex((_, index) => index >= MIN_TOLD_WORDS && opens(index));
  if (at < 0) return text;
  let end = at + 1;
  while (end < tokens.length && !/^[,;.!?]$/.test(tokens[end].norm)) end++;
  const askedStems = new Set(asked.map((word) => stem(word, lexicon)));
  if (contentWords(tokens.slice(at, end), lexicon).some((word) => askedStems.has(stem(word, lexicon)))) return text;
  return writtenOut([...tokens.slice(0, at), ...tokens.slice(end)]);
}

/** Fewest words a note keeps before a clause said of a thing is left out. */
const MIN_TOLD_WORDS = 3;

/** Whether a question says it asks how things are now ("what am I brewing *right now*?", "… *these days*?"). */
export function asksNow(text: string, lexicon: NoteLexicon): boolean {
  const tokens = tokenize(text, lexicon.memory.contractedIs);
  return tokens.some((_, at) => lexicon.memory.switchMarkers.some((marker) => marker.every((word, i) => tokens[at + i]?.norm === word)));
}

/** The words said after "from" up to "to" or the end of their part ("Cluj in Romania" of "moved from Cluj in Romania to Dublin"). */
function fromPlaces(words: readonly string[], ends: ReadonlySet<number>): Set<string> {
  const left = new Set<string>();
  let inside = false;
  for (const [index, word] of words.entries()) {
    if (/^to$/i.test(word)) inside = false;
    if (inside) left.add(word);
    if (/^from$/i.test(word)) inside = true;
    if (ends.has(index)) inside = false;
  }
  return left;
}

/** At most this many words make a name said after "called" ("The Spare Keys"). */
const CALLED_WORDS = 4;

/**
 * The name a note gives after "called", "named" or "name is" ("a covers band called The Spare Keys", "her name is
 * Marge lol"): up to the end of its clause, without a trailing filler.
 */
function calledSpan(text: string): string | undefined {
  const match = /(?:^|[^\p{L}])(?:called|named|name is|name's|name’s|names are)\s+(.+?)(?=\s*[,.;!?()]|\s+(?:and|but|who|which|that|lol|haha|because|cause|since|so|from|in|at|on|for|with)(?![\p{L}])|$)/iu.exec(text);
  const words = match?.[1].split(/\s+/) ?? [];
  return words.length > 0 && words.length <= CALLED_WORDS ? words.join(' ') : undefined;
}

/**
 * "which Sky package am I on?" of "I switched to Sky Ultimate TV last week": the one run of capitalised words a note
 * says that holds a word of the question and more ("Sky Ultimate TV"), as typed; undefined when none or several do.
 */
export function nameHolding(text: string, asked: readonly string[]): string | undefined {
  const wanted = new Set(asked.map((word) => word.toLowerCase()));
  const runs: string[][] = [[]];
  for (const typed of text.split(/\s+/)) {
    const word = bareWord(typed);
    if (/^\p{Lu}/u.test(word) && !/^I$/.test(word)) runs.at(-1)?.push(word);
    else runs.push([]);
    if (/[,;:.!?)]$/.test(typed)) runs.push([]);
  }
  const holding = runs.filter((run) => run.length > 1 && run.some((word) => wanted.has(word.toLowerCase())) && run.some((word) => !wanted.has(word.toLowerCase())));
  const names = [...new Set(holding.map((run) => run.join(' ')))];
  return names.length === 1 ? names[0] : undefined;
}

/** "dr ahmed", "Frau Klein": a title (`nameTitles`) and the word after it, in one part of a note, as typed. */
function titledNames(words: readonly string[], ends: ReadonlySet<number>, titles: ReadonlySet<string> = new Set()): string[] {
  return words.flatMap((word, at) => (titles.has(word.toLowerCase()) && !ends.has(at) && /^\p{L}{2,}$/u.test(words[at + 1] ?? '') && !titles.has((words[at + 1] ?? '').toLowerCase()) ? [`${word} ${words[at + 1]}`] : []));
}

/** Runs of capitalised words after the first word ("Vikram", "New York"), not "I". */
function properNames(words: readonly string[], ends: ReadonlySet<number> = new Set()): string[] {
  const names: string[] = [];
  let run: string[] = [];
  const close = () => {
    if (run.length > 0) names.push(run.join(' '));
    run = [];
  };
  for (const [index, word] of words.entries()) {
    if (index > 0 && /^\p{Lu}/u.test(word) && !/^I$/.test(word) && !/^I['’]/.test(word)) run.push(word);
    else close();
    if (ends.has(index)) close();
  }
  close();
  return names;
}

function before(words: readonly string[], name: string): string {
  const at = words.indexOf(name.split(' ')[0]);
  return at > 0 ? words[at - 1] : '';
}

/** Whether a clause opens by naming the thing said before it ("name is Nile Soft", "called Pudding"): the words after, or undefined. */
export function namingRest(text: string, lexicon: NoteLexicon): string | undefined {
  const tokens = tokenize(text, lexicon.memory.contractedIs);
  const opener = lexicon.namings.find((phrase) => phrase.every((word, i) => tokens[i]?.norm === word));
  const rest = opener ? tokens.slice(opener.length).filter((token) => !isPunctuation(token)) : [];
  return rest.length > 0 ? rest.map((token) => token.raw).join(' ') : undefined;
}
