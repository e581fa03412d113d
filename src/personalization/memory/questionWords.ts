// Reads a question: the words it finds a note by, what it asks of (heads, nouns, who, which), and the sort of answer it wants.
import { splitClauses, wordsSayPhrase } from './clauses';
import { isPunctuation, type Token, tokenize } from './tokens';
import { wordLexicon } from '../../nlu/wordLexicon';
import { nounKinds } from '../../nlu/nounKinds';
import { toldByQuestionWord } from './toldByQuestionWord';
import { saysDone } from './saysDone';
import { AUXILIARIES, FIRST_PERSON, type NoteLexicon } from './noteLexicon';
import { type AnswerSort, type AskedMeasure, contentWords, isClitic, MAX_NOTE_WORDS, stem, SUBJECT_PRONOUNS, TIME_NOUNS, WH_WORDS, writtenOut } from './noteWords';
import { BEING } from './peopleIn';
import { temporalValues } from './temporalValues';
import { FUNCTION_TAGS } from './answerSpan';

/** Questions that ask the bot for advice, not what it knows: "what should I cook?", "can I ...?". */
const ADVICE = new Set(['should', 'shall', 'could', 'can', 'would', 'might', 'may']);

/** Verbs around "you" in a question about what was told: "do you *remember*", "did I *tell* you". */
const RECALL = new Set(['tell', 'told', 'said', 'say', 'mention', 'mentioned', 'remember', 'know', 'recall']);

/**
 * The words of a question about the person that no fact kind answered ("what do I make in my workshop?"):
 * a question with "I", "my" or "me" (or a name in `named`, lowercase: someone the person told of) that does not
 * ask the bot for advice or to do something. Undefined for anything else.
 */
export function questionWords(text: string, lexicon: NoteLexicon, named: ReadonlySet<string> = new Set(), notes: readonly string[] = []): string[] | undefined {
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
  // "which engine can I drive now?" after "now I can drive Engine 4": what the person said they can do is theirs.
  const advice = (index: number) => ADVICE.has(words[index].norm) && ['i', 'we'].includes(words[index + 1]?.norm ?? '') && !toldCanDo(words[index].norm, words[index + 2]?.norm, notes);
  // "how fast can I go loaded?", "how deep can we dive?": a size asked of what one can do is one told, no advice.
  if (words.some((_, index) => advice(index)) && askedMeasure(text, lexicon) !== 'size') return undefined;
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
  // "what do I mostly make?": a verb said of oneself is all the question says, though a note's words leave it out.
  const lone = kept.length === 0 ? words.find((token, index) => lexicon.loneVerbs.has(token.norm) && words.slice(0, index).some((said) => FIRST_PERSON.has(said.norm))) : undefined;
  return kept.length > 0 ? kept : lone ? [lone.norm] : undefined;
}

/** Whether a note says the person can do what is asked ("I can drive" for "can I drive"): "can", a word or none, the verb. */
function toldCanDo(modal: string, verb: string | undefined, notes: readonly string[]): boolean {
  if (verb === undefined || !/^\p{L}+$/u.test(verb)) return false;
  const said = new RegExp(`(?<!\\p{L})(?:i|we|you)\\s+${modal}\\s+(?:\\p{L}+\\s+)?${verb}(?!\\p{L})`, 'iu');
  return notes.some((note) => said.test(note));
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
  // "what make is my piano?", "what breed is my dog?": a make or breed of the thing named after "my" is asked for.
  const made = tags && lexicon.makeAsks.has(words[at] ?? '') ? namedAfterCopula(words, at + 1, lexicon, tags) : [];
  if (made.length > 0) return made;
  if (['kind', 'sort', 'type'].includes(words[at] ?? '') && words[at + 1] === 'of') at += 2;
  for (; at < words.length && !AUXILIARIES.has(words[at]) && !FIRST_PERSON.has(words[at]); at++) if (!lexicon.stopWords.has(words[at]) && !isClitic(words[at])) heads.push(words[at]);
  // "what pest *worries* me most?": a word right before "me" that may be a verb is what is done to one, not a noun asked for.
  if (heads.length > 1 && OBJECT_PRONOUNS.has(words[at] ?? '') && heads.at(-1) === words[at - 1] && (wordLexicon().tags(words[at - 1]) ?? []).some((tag) => /^VB/.test(tag))) heads.pop();
  if (heads.length > 0) return heads;
  const verb = questionVerb(text, lexicon);
  return verb ? [verb] : [];
}

/** Pronouns for the person as what a verb is done to ("what worries *me*"). */
const OBJECT_PRONOUNS = new Set(['me', 'us']);

/** The verb a question asks what is done with, after "I" ("what instrument do I *play*?"), when it says something. */
/** The heads of a question but the word it asks a time by ("*what days* do I swim?" asks nothing of days: Friday is a day). */
export function thingHeads(text: string, lexicon: NoteLexicon, tags?: (word: string) => readonly string[] | undefined): string[] {
  const said = questionHeads(text, lexicon, tags);
  // "which part do I sing?" of "I'm second tenor": a head too general to look for by is looked for as its kind (`memoryNoteHeadKinds`).
  const heads = [...said, ...said.flatMap((head) => lexicon.headKinds.get(head) ?? []).filter((kind) => !said.includes(kind))];
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
  const opens = words.findIndex((word) => word === 'what' || word === 'which');
  // "what kind of character is Grunt?" asks by "character", as "what character is Grunt?" does.
  const start = opens >= 0 && lexicon.kindWords.has(words[opens + 1] ?? '') && words[opens + 2] === 'of' ? opens + 2 : opens;
  const next = start < 0 ? undefined : words[start + 1];
  // "what make is my piano?": a make of the piano is what is asked for, a thing WordNet files under it ("Steinway").
  const made = next !== undefined && lexicon.makeAsks.has(next) ? namedAfterCopula(words, start + 2, lexicon, tags).at(-1) : undefined;
  if (made !== undefined) return made;
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
export function doneSpan(text: string, verbs: readonly string[], lexicon: NoteLexicon, endsWith?: string, doers: ReadonlySet<string> = OWN_DOERS): string | undefined {
  const tokens = tokenize(text, lexicon.memory.contractedIs);
  const wanted = new Set(verbs.map((word) => stem(word, lexicon)));
  for (let at = 0; at < tokens.length; at++) {
    // "restoring a sideboard I found …": a note may open with the verb, "I" left out.
    // Not when a verb said of it follows ("rating dropped to 1480"): then the word is what the note is about, not what is done.
    const subject = at === 0 ? doers === OWN_DOERS && mayBeVerb(tokens[at].norm) && !saysFiniteVerb(tokens[at + 1]?.norm) : doers.has(tokens[at - 1].norm);
    if (!wanted.has(stem(tokens[at].norm, lexicon)) || !subject) continue;
    // "planning to climb the Nose": what is done is the object of the verb after "to".
    const from = tokens[at + 1]?.norm === 'to' && mayBeBareVerb(tokens[at + 2]?.norm) ? at + 3 : at + 1;
    let end = from;
    // "I bought one of those standing desks": after a word for how many, "of" goes on to what it is.
    const ofWhat = (index: number) => tokens[index].norm === 'of' && index > from && QUANTITY_WORDS.has(tokens[index - 1].norm);
    // "a sideboard I found at …": a subject after the object opens a clause said of it.
    while (end < tokens.length && !isPunctuation(tokens[end]) && !SUBJECT_PRONOUNS.has(tokens[end].norm) && (!OBJECT_ENDS.has(tokens[end].norm) || ofWhat(end))) end++;
    const object = tokens.slice(from, end);
    // "what do I take tablets for?": what follows the preposition asked about is the answer too.
    if (endsWith !== undefined && tokens[end]?.norm === endsWith) {
      end++;
      while (end < tokens.length && !isPunctuation(tokens[end]) && (!OBJECT_ENDS.has(tokens[end].norm) || tokens[end].norm === 'of')) end++;
    }
    if (contentWords(object, lexicon).length === 0 || OBJECT_ENDS.has(tokens[from]?.norm ?? '')) return undefined;
    return writtenOut(tokens.slice(Math.max(at - 1, 0), end));
  }
  return undefined;
}

/** Who does what "what do I knit?" asks of. */
const OWN_DOERS: ReadonlySet<string> = new Set(['i', 'we']);
/** Words that stand for someone told of before ("my son Karthik …, *he* wants to start …"). */
const OTHER_DOERS = ['he', 'she', 'they'];

/**
 * "what does Karthik want to start?" of "my son Karthik, 26, joined …, he wants to start online delivery app": what
 * someone else is said to do, by the question's verb, told with who does it ("he wants to start online delivery app"),
 * without where, for whom or when. The question opens "what does" or "what did", names someone (not "I", "we" or
 * "you"), and ends with its verbs; the note must name them. Undefined otherwise, or when the note says nothing after the verb.
 */
export function othersDoneSpan(text: string, said: readonly string[], lexicon: NoteLexicon, tags: (word: string) => readonly string[] | undefined): string | undefined {
  if (said[0] !== 'what' || !['does', 'did'].includes(said[1] ?? '')) return undefined;
  const isVerb = (word: string) => (tags(word)?.[0] ?? '').startsWith('VB');
  const first = said.findIndex((word, at) => at > 2 && isVerb(word));
  if (first < 0 || !said.slice(first).every((word) => word === 'to' || isVerb(word))) return undefined;
  const someone = said.slice(2, first).filter((word) => !lexicon.stopWords.has(word) && !isClitic(word));
  if (someone.length === 0 || someone.some((word) => OWN_DOERS.has(word) || lexicon.you.has(word))) return undefined;
  const words = new Set(tokenize(text, lexicon.memory.contractedIs).map((token) => token.norm));
  if (!someone.some((word) => words.has(word))) return undefined;
  return doneSpan(text, [said[first]], lexicon, undefined, new Set([...someone, ...OTHER_DOERS]));
}

/** Whether a word may be a verb's -ing or past form, by the tagger or, when it does not know the word, by its ending ("repainting", "reupholstered"). */
function mayBeVerb(word: string): boolean {
  const tags = wordLexicon().tags(word);
  return tags === undefined ? /^\p{L}{3,}(?:ing|ed)$/u.test(word) : tags.some((tag) => PARTICIPLES.has(tag));
}

/** Whether a word may be a verb's bare form ("climb", "move"), but not a word that points or joins, whatever rarer tag the lexicon gives it ("a"). */
function mayBeBareVerb(word: string | undefined): boolean {
  const tags = word === undefined ? undefined : wordLexicon().tags(word);
  return tags !== undefined && tags.includes('VB') && !FUNCTION_TAGS.has(tags[0]);
}

/** Whether a word is most often a verb said of a subject ("dropped", "goes"), by the tagger's first tag. */
function saysFiniteVerb(word: string | undefined): boolean {
  const first = word === undefined ? undefined : wordLexicon().tags(word)?.[0];
  return first !== undefined && FINITE_VERBS.has(first);
}

/** The tagger's tags for a verb said of a subject. */
const FINITE_VERBS = new Set(['VBD', 'VBZ', 'VBP', 'MD']);

/** The tagger's tags for a verb's -ing and past forms. */
const PARTICIPLES = new Set(['VBG', 'VBD', 'VBN']);

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
  const unhedged = hedgesAmount(said) ? said.slice(1) : said;
  // "what kind of character is Grunt?": asked as "what character is Grunt?", by the noun of the sort asked.
  const kindOf = ASKS_THING.has(unhedged[0]?.norm ?? '') && lexicon.kindWords.has(unhedged[1]?.norm ?? '') && unhedged[2]?.norm === 'of';
  const words = kindOf ? [unhedged[0], ...unhedged.slice(3)] : unhedged;
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

/** How many words after "had my" a question's past participle comes within ("had my new sofa *arrived*"). */
const HAD_PARTICIPLE_WITHIN = 4;

/** "roughly how many singles have I got?", "exactly how long was I in braces?": an adverb hedges the amount asked. */
function hedgesAmount(words: readonly Token[]): boolean {
  return words.length > 3 && words[1].norm === 'how' && HOW_MUCH.has(words[2].norm) && wordLexicon().tags(words[0].norm)?.[0] === 'RB';
}

export function opensQuestion(said: readonly Token[], lexicon: NoteLexicon): boolean {
  // "and who's my mentor", "ok so when's the fitting": words that only lead in (`memoryFillers`) open nothing.
  const lead = said.findIndex((token) => !lexicon.memory.fillers.has(token.norm));
  const words = lead <= 0 ? said : said.slice(lead);
  const first = words[0]?.norm;
  if (first === undefined) return false;
  // "do not like it" is said, "do I like it?" is asked: an auxiliary opens a question only before its subject.
  // "had my first solo spay on Monday" tells what one had: asked, a past participle follows ("had my parcel *arrived*").
  // "did my cert III at TAFE in 2014", "did my back in last month": what one did, told; asked, a verb follows the
  // subject ("did my mum *call*"), or ends the message ("did my sister ring").
  if (AUXILIARIES.has(first)) return ['i', 'you', 'we', 'my', 'u'].includes(words[1]?.norm ?? '') && !(first === 'had' && !words.slice(2, 2 + HAD_PARTICIPLE_WITHIN).some((token) => /^VB[DN]$/.test(wordLexicon().tags(token.norm)?.[0] ?? ''))) && !(first === 'did' && saysDone(words, (word) => wordLexicon().tags(word)) && !(wordLexicon().tags(words.at(-1)?.norm ?? '') ?? []).includes('VB'));
  const opens = (start: readonly string[]) => start.every((word, index) => words[index]?.norm === word);
  // "from which city I write", "on what console do I play": a preposition may come before the question word.
  if (words.length > 2 && WH_WORDS.has(words[1].norm) && wordLexicon().tags(first)?.[0] === 'IN') return true;
  if (hedgesAmount(words)) return true;
  return lexicon.questionStarts.some((start) => !AUXILIARIES.has(start[0]) && opens(start)) || lexicon.reasonAsks.some(opens);
}

const PLACE_NOUNS = new Set(['city', 'town', 'country', 'place', 'village', 'state', 'area', 'neighbourhood', 'neighborhood', 'island', 'region']);

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
  // "how heavy …?": a weight, a number; "how thick …?": a size, a number.
  if (word === 'how') return ['old', 'many', 'long', 'much', 'far'].includes(next) ? 'number' : askedMeasure(question, lexicon) === 'often' ? 'time' : askedMeasure(question, lexicon) === 'weight' || askedMeasure(question, lexicon) === 'size' ? 'number' : undefined;
  if (PLACE_NOUNS.has(next)) return 'place';
  if (TIME_NOUNS.has(next)) return 'time';
  // "which college town is Aoife in?": a compound's own noun, the last before the verb, says the sort as well.
  if (PLACE_NOUNS.has(words[first + 2] ?? '') && AUXILIARIES.has(words[first + 3] ?? '') && !lexicon.stopWords.has(next) && !AUXILIARIES.has(next)) return 'place';
  // "which saturday does the club meet?": which one of a weekday asks a time ("second saturday").
  if (word === 'which' && temporalValues(next)[0]?.weekday !== undefined) return 'time';
  if (words.includes('called') || words.includes('named') || words.includes('name')) return 'person';
  // "what's my plot number?": the number that says which one; "what did the planks cost?": what was paid; "what weight …?": a weight.
  const measure = askedMeasure(question, lexicon);
  // "what's my european ranking?": a noun whose value is a figure asks a number ("29th"), not a note that only names it ("ranking update").
  return measure === 'code' || measure === 'price' || measure === 'weight' || words.slice(first + 1).some((one) => lexicon.figureNouns.has(one)) ? 'number' : undefined;
}

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

/** Whether a question asks for a time of day ("what time is my lab?"), a length of time ("how long is the trip?") or when something starts ("when does my trip start?"). */
export function askedMeasure(question: string, lexicon: NoteLexicon): AskedMeasure | undefined {
  const words = tokenize(question, lexicon.memory.contractedIs).map((token) => token.norm);
  const says = (phrases: readonly string[][]) => wordsSayPhrase(words, phrases);
  if (says(lexicon.measureAsks.often)) return 'often';
  if (says(lexicon.measureAsks.code)) return 'code';
  if (says(lexicon.measureAsks.length)) return 'length';
  if (says(lexicon.measureAsks.clock)) return 'clock';
  if (says(lexicon.measureAsks.day)) return 'day';
  if (says(lexicon.measureAsks.start)) return 'start';
  // "how many lads are going?": a count of things, asked after how long and how often ("how many weeks …?", "how many times a week …?").
  if (says(lexicon.measureAsks.count)) return 'count';
  // "how thick is the top?": a size in a unit of length, speed or area.
  if (says(lexicon.measureAsks.size)) return 'size';
  // "how much does the bike weigh?": a weight is asked, not a price, so only a figure in a unit of weight answers.
  if (says(lexicon.measureAsks.weight)) return 'weight';
  // "what am I in charge of?", "is it free of charge?": a word of paying said right after a preposition names no price
  // asked; "what's my goal once the card is paid off?": nor one said in a clause of its own, opened by a word that can
  // join one ("once", "after", "if") with its own verb before the word of paying.
  const tagsOf = (word: string) => wordLexicon().tags(word) ?? [];
  const afterPreposition = (at: number) => at > 0 && tagsOf(words[at - 1])[0] === 'IN';
  const inClause = (at: number) => words.slice(1, at).some((word, from) => tagsOf(word).includes('IN') && words.slice(from + 2, at).some((verb) => /^(VBZ|VBD|VBP|MD)$/.test(tagsOf(verb)[0] ?? '')));
  if (words.some((_, at) => !afterPreposition(at) && !inClause(at) && lexicon.measureAsks.price.some((phrase) => phrase.every((word, i) => words[at + i] === word)))) return 'price';
  if (!says(lexicon.measureAsks.amount)) return undefined;
  // "how much pocket money does my host family give me?", "how much rent …?": an amount of money is a price.
  const money = (word: string) => lexicon.moneyKinds.has(word) || [...lexicon.moneyKinds].some((kind) => nounKinds().kindsOf(word).has(kind));
  return words.some((word) => /^NNS?$/.test(tagsOf(word)[0] ?? '') && money(word)) ? 'price' : 'amount';
}
