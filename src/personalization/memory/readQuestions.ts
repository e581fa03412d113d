/**
 * Questions about oneself: which kinds a question asks about ("what's my dog called?", "what do I do?"),
 * narrowed by a noun, a category or a detail; follow-ups ("what else?") and asking one's own name.
 */

import { indexOfWords, matchWords, skipFillers, type Clause } from './clauses';
import type { MemoryLexicon } from './factKinds';
import type { ValueContext } from './readValue';
import { readDetailQuestion } from './readDetail';
import { isPunctuation, type Token } from './tokens';
import { categoriesOf, isOccupation } from './categories';
import { kindsLoosely } from './looseQuestion';
import { describesAnimal, nounAt } from './kindNouns';
import { wordLexicon } from '../../nlu/wordLexicon';
import type { FactQuestion } from './memoryReading';
import { FIRST_PERSON, NAMING_WORDS, QUESTION_WORDS, ABOUT_ANY_KIND, WORK_KINDS, WORKPLACE_KIND } from './memoryWords';

const FOLLOW_UP_WORDS = new Set(['other', 'else', 'others', 'rest']);

/**
 * "what do people call me?", "how do my friends call me?", "what do I go by?": a question made of a way of
 * giving one's name (`nameCues` that call or go by, not "my name is"), opened by "what" or "how".
 */
export function asksByNameCue(tokens: readonly Token[], lexicon: MemoryLexicon): boolean {
  if (!['what', 'how'].includes(tokens[0]?.norm ?? '')) return false;
  // "what time does he call me?", "what day does she call me?": "what" with a noun asks that thing, not a name.
  const next = tokens[1]?.norm ?? '';
  if (tokens[0]?.norm === 'what' && !NAMING_WORDS.has(next) && (wordLexicon().tags(next)?.[0] ?? '').startsWith('NN')) return false;
  return lexicon.nameAsks.some((words) => {
    const at = indexOfWords(tokens, words);
    return at >= 0 && tokens.slice(at + words.length).every((token) => lexicon.fillers.has(token.norm) || ABOUT_ANY_KIND.has(token.norm));
  });
}

/**
 * "who am I?", "what's my name again?": a phrase asking the person's name, with nothing after it that asks
 * something else ("who am I a massive fan of?" asks about a team).
 */
export function asksOwnName(words: readonly Token[], phrase: readonly string[], lexicon: MemoryLexicon): boolean {
  const at = indexOfWords(words, phrase);
  if (at < 0) return false;
  return words.slice(at + phrase.length).every((token) => isPunctuation(token) || lexicon.fillers.has(token.norm) || ABOUT_ANY_KIND.has(token.norm));
}

/**
 * A question about the person: first person (or exactly one of the ask phrases), and a kind it names.
 * `alone`: the clause is the whole message, so a bare "what do I do?" asks about work (after "my card is
 * lost!" it asks for help).
 */
export function readQuestion(clause: Clause, lexicon: MemoryLexicon, alone: boolean): FactQuestion | undefined {
  if (!isQuestionLike(clause, lexicon)) return undefined;
  const mayHave = mayHaveAsked(clause.tokens, lexicon);
  if (mayHave) return mayHave;
  // "what is my hobby apart from music?": what comes after "apart from" is left out of the answer, not asked about.
  const except = lexicon.exceptions.map((phrase) => indexOfWords(clause.tokens, phrase)).filter((at) => at > 0).sort((a, b) => a - b)[0];
  const asked = withoutWhenClause(except === undefined ? clause.tokens : clause.tokens.slice(0, except));
  const excluding = except === undefined ? [] : clause.tokens.slice(except).map((token) => token.norm).filter((word) => !QUESTION_WORDS.has(word) && !lexicon.fillers.has(word) && !lexicon.exceptions.some((phrase) => phrase.includes(word)) && /\p{L}/u.test(word));
  const tokens = withoutDescribing(withoutTimePhrases(asked, lexicon).filter((token) => !lexicon.fillers.has(token.norm) || FIRST_PERSON.has(token.norm)), lexicon);
  // "what do I do on weekends?" asks what one does for pleasure, not for work ("what do I do?" alone).
  const freeTime = lexicon.freeTime.some((phrase) => indexOfWords(asked, phrase) >= 0);
  const bareAsked = alone ? (bareQuestion(asked, lexicon) ?? bareQuestion(withoutTimePhrases(asked, lexicon), lexicon)) : undefined;
  // ...it is about the kinds asked that way ("what do I do *for fun*?" is a like's question).
  const leisure = [...lexicon.kinds.values()].filter((kind) => kind.asks.some((ask) => lexicon.freeTime.some((phrase) => indexOfPhrase(ask, phrase) >= 0)));
  const bare = bareAsked && freeTime ? (leisure.length > 0 ? { kinds: leisure.map((kind) => kind.name), whole: false } : undefined) : bareAsked;
  // Not about someone else ("what team is my brother on?"): what is asked of them is read strictly.
  const ownWords = tokens.some((token) => ['i', 'my', 'we', 'our'].includes(token.norm)) && !tokens.some((_, i) => lexicon.people.has(nounAt(tokens, i, lexicon)?.kind ?? '') || lexicon.otherPeople.has(tokens[i].norm));
  // "what's the mama dog's name?": a word for kin before an animal says which animal, not what kind is asked; the notes say it.
  const kin = tokens.filter((_, i) => describesAnimal(tokens, i, lexicon));
  const ofKinds = kin.length > 0 ? tokens.filter((token) => !kin.includes(token)) : tokens;
  const named = kindsNamed(ofKinds, lexicon) ?? kindsNamed(ofKinds, lexicon, true) ?? bare ?? workAsked(tokens, lexicon) ?? whichOneAsked(tokens, lexicon);
  const loose = named === undefined && ownWords ? kindsLoosely(contentOf(tokens, lexicon), tokens.map((token) => token.norm), lexicon) : undefined;
  const found = named ?? (loose ? { kinds: loose.kinds, whole: false } : undefined);
  if (!found) return undefined;
  const workplace = whereWorkAsked(tokens, found.kinds, lexicon);
  const target = workplace ? { ...found, kinds: [WORKPLACE_KIND] } : (ofCategoryAsked(tokens, found, lexicon) ?? found);
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
  // "what kind of dog …?", "what kind of pet …?": the sort of a named thing, narrowed by a noun or by the kind's general one.
  const sort = (target.detail !== undefined || target.kinds.some((kind) => lexicon.kinds.get(kind)?.definition.value === 'name' && !lexicon.people.has(kind))) && tokens.some((token) => lexicon.sortWords.has(token.norm));
  // "do I still have a dog?", "have I got kids?": whether there is one of a kind that holds names.
  const noun = tokens.some((_, i) => target.kinds.includes(nounAt(tokens, i, lexicon)?.kind ?? ''));
  const yesNo = noun && YES_NO_STARTS.has(tokens[0]?.norm ?? '');
  const count = indexOfWords(tokens, ['how', 'many']) >= 0;
  const own = (word: string) => target.kinds.some((kind) => lexicon.questionWords.get(kind)?.has(word) === true);
  // Words that say what sort of answer is wanted, and those a loosely read question has that no kind is asked with ("what *IPL* team …").
  const narrowing = tokens.map((token) => token.norm).filter((word) => lexicon.aspects.has(word) && !lexicon.sortWords.has(word) && !QUESTION_WORDS.has(word) && !ABOUT_ANY_KIND.has(word) && !own(word));
  // "which *hospital* do I work at?": the sort of place says what a workplace is, not words its value must have.
  const unknownWords = named === undefined ? (loose?.unknown ?? []).filter((word) => !workplace?.sorts.includes(word)) : [];
  const words = [...new Set([...narrowing.filter((word) => !workplace?.sorts.includes(word) && !kin.some((token) => token.norm === word)), ...unknownWords])];
  if (!firstPerson && !target.whole) return undefined;
  const values = [...new Set(tokens.map((token) => token.norm).filter((word) => target.kinds.some((kind) => lexicon.kinds.get(kind)?.values.has(word) === true)))];
  return { ...(values.length > 0 ? { values } : {}), kinds: target.kinds, ...(target.detail ? { detail: target.detail } : {}), ...(category ? { category } : {}), ...(sort ? { sort } : {}), ...(sort && tokens.some((token) => ['name', 'names', 'called', 'named'].includes(token.norm)) ? { named: true } : {}), ...(yesNo && !count ? { yesNo } : {}), ...(count ? { count } : {}), ...(words.length > 0 ? { words } : {}), ...(excluding.length > 0 ? { excluding } : {}), ...(unknownWords.length > 0 || kin.length > 0 ? { unknown: [...unknownWords, ...kin.map((token) => token.norm)] } : {}) };
}

/** "what's my fav drink?", "fav band?": a question narrowed to one thing through a {detail} slot. */
export function detailQuestion(clause: Clause, lexicon: MemoryLexicon, values: ValueContext): FactQuestion | undefined {
  if (!isQuestionLike(clause, lexicon)) return undefined;
  const asked = readDetailQuestion(clause.tokens, lexicon, values, isQuestionWord);
  // "what's my favourite food?": a thing that is a category narrows what may stand in for it (likes that are food).
  const category = asked ? lexicon.categories.get(asked.detail) : undefined;
  return asked ? { kinds: [asked.kind], detail: asked.detail, ...(category ? { category } : {}) } : undefined;
}


/** "what kind of doctor am I?", "what sort of engineer was I?": a word for work asked of oneself, with "am I" or "was I". */
function workAsked(tokens: readonly Token[], lexicon: MemoryLexicon): { kinds: string[]; detail?: string; whole: boolean } | undefined {
  const ofMe = ['am', 'was'].some((verb) => indexOfWords(tokens, [verb, 'i']) >= 0 || indexOfWords(tokens, ['i', verb]) >= 0);
  const work = tokens.some((token, i) => !QUESTION_WORDS.has(token.norm) && !ABOUT_ANY_KIND.has(token.norm) && nounAt(tokens, i, lexicon) === undefined && isOccupation(token.norm, lexicon.occupations));
  return ofMe && work && WORK_KINDS.every((kind) => lexicon.kinds.has(kind)) ? { kinds: WORK_KINDS, whole: false } : undefined;
}

/**
 * "where do I teach?", "which hospital do I work at?", "what company am I with?": a question about work asked
 * with "where", or with a noun after "which"/"what" that names no work (a hospital, a bank), asks where one works,
 * not as what. The nouns said (`sorts`) say what sort of place it is.
 */
function whereWorkAsked(tokens: readonly Token[], kinds: readonly string[], lexicon: MemoryLexicon): { sorts: string[] } | undefined {
  if (!lexicon.kinds.has(WORKPLACE_KIND) || !kinds.some((kind) => WORK_KINDS.includes(kind)) || kinds.some((kind) => !WORK_KINDS.includes(kind) && kind !== WORKPLACE_KIND)) return undefined;
  if (tokens[0]?.norm === 'where') return { sorts: [] };
  if (!['which', 'what'].includes(tokens[0]?.norm ?? '')) return undefined;
  const subject = tokens.findIndex((token, i) => i > 0 && ['i', 'we', 'my'].includes(token.norm));
  const sorts = tokens.slice(1, subject < 0 ? 1 : subject).map((token) => token.norm).filter((word) => !QUESTION_WORDS.has(word) && !ABOUT_ANY_KIND.has(word) && !lexicon.fillers.has(word));
  const noWork = sorts.length > 0 && sorts.every((word) => !isOccupation(word, lexicon.occupations) && !WORK_KINDS.some((kind) => lexicon.questionWords.get(kind)?.has(word) === true));
  return noWork ? { sorts } : undefined;
}

/**
 * "what language am I teaching my son?": the category asked for (a language) is never a name, so the person
 * named (the son) is not what is asked; the kinds whose every value is of that category are.
 */
function ofCategoryAsked(tokens: readonly Token[], found: { kinds: string[] }, lexicon: MemoryLexicon): { kinds: string[]; detail?: string; whole: boolean } | undefined {
  const category = tokens.map((token) => lexicon.categories.get(token.norm)).find((each) => each !== undefined);
  if (category === undefined || !found.kinds.every((kind) => lexicon.kinds.get(kind)?.definition.value === 'name')) return undefined;
  const kinds = [...lexicon.categoryKinds.entries()].filter(([kind, of]) => of === category && lexicon.kinds.has(kind)).map(([kind]) => kind);
  return kinds.length > 0 ? { kinds, whole: false } : undefined;
}

/** Verbs of "can I *have* dairy?", "can I *eat* prawns?": whether one may, by what one avoids. */
const TAKING = new Set(['have', 'eat', 'drink', 'take']);

/**
 * "can I have dairy?", "could I eat cheese?": food asked of oneself asks what one avoids (an allergy, a diet),
 * narrowed to the values that keep one from it ("lactose" keeps from dairy). Only food: "can I have a
 * recommendation?" asks something else.
 */
function mayHaveAsked(tokens: readonly Token[], lexicon: MemoryLexicon): FactQuestion | undefined {
  if (!['can', 'could', 'may'].includes(tokens[0]?.norm ?? '') || tokens[1]?.norm !== 'i' || !TAKING.has(tokens[2]?.norm ?? '')) return undefined;
  const words = tokens.slice(3).map((token) => token.norm).filter((word) => /\p{L}/u.test(word) && !QUESTION_WORDS.has(word) && !lexicon.fillers.has(word));
  const avoiding = [...lexicon.kinds.values()].filter((kind) => kind.definition.recommendations === 'avoid' || kind.definition.avoidWords !== undefined);
  const kept = (word: string) => avoiding.some((kind) => Object.values(kind.definition.avoidWords ?? {}).some((list) => list.includes(word)));
  const food = words.length > 0 && words.every((word) => kept(word) || categoriesOf(word).includes(FOOD));
  return food && avoiding.length > 0 ? { kinds: avoiding.map((kind) => kind.name), words, onlySaying: true } : undefined;
}

/** The WordNet category of what one eats (`memoryCategories`). */
const FOOD = 'food';

/** Words between "which" and the people it picks from: "which *one of my* sisters", "which *of the* grandkids". */
const PICKING_FROM = new Set(['one', 'of', 'my', 'our', 'the']);

/**
 * "which of my sisters is getting married?", "which granddaughter plays the cello?": which one of the people
 * of a kind something is said of asks for a name, whatever is said of them. Not the oldest or youngest ("which
 * of the kids is the youngest?"): that is asked of their ages.
 */
export function whichOneAsked(tokens: readonly Token[], lexicon: MemoryLexicon): { kinds: string[]; detail?: string; whole: boolean } | undefined {
  if (tokens[0]?.norm !== 'which' || tokens.some((token) => lexicon.ranks.has(token.norm))) return undefined;
  let at = 1;
  while (at < tokens.length && PICKING_FROM.has(tokens[at].norm)) at++;
  const noun = at < tokens.length ? nounAt(tokens, at, lexicon) : undefined;
  if (!noun || !lexicon.people.has(noun.kind) || lexicon.kinds.get(noun.kind)?.definition.value !== 'name') return undefined;
  return { kinds: [noun.kind], ...(noun.general ? {} : { detail: noun.detail }), whole: true };
}

/** Words of a question that say nothing of the one picked ("which of my kids *is at* the school?"). */
const NOT_PICKING = new Set(['is', 'are', 'was', 'were', 'am', 'be', 'been', 'does', 'do', 'did', 'has', 'have', 'had', 'a', 'an', 'the', 'my', 'our', 'at', 'in', 'on', 'to', 'of', 'for', 'with', 'who', 'that', 'now', 'still']);

/** "which of the grandchildren is at medical school?": what is said of the one picked ("medical", "school"). */
export function whichOnePicks(tokens: readonly Token[], lexicon: MemoryLexicon): string[] {
  let at = 1;
  while (at < tokens.length && PICKING_FROM.has(tokens[at].norm)) at++;
  const noun = at < tokens.length ? nounAt(tokens, at, lexicon) : undefined;
  if (!noun) return [];
  return tokens.slice(at + noun.length).map((token) => token.norm).filter((word) => /\p{L}/u.test(word) && !NOT_PICKING.has(word) && !lexicon.fillers.has(word));
}

/** Words that open a question asking whether ("*do* I have a dog?", "*have* I got kids?"). */
const YES_NO_STARTS = new Set(['do', 'does', 'did', 'have', 'has', 'am', 'is', 'are']);

/** The most words a question said without its verb may have ("my daughter name", "fave food"). */
export const MAX_TELEGRAPHIC = 4;

export function isQuestionWord(word: string): boolean {
  return QUESTION_WORDS.has(word) || ABOUT_ANY_KIND.has(word);
}

/** A question without the phrases of time it may hold ("which language am I learning *at the moment*?"). */
function withoutTimePhrases(tokens: readonly Token[], lexicon: MemoryLexicon): Token[] {
  let words = [...tokens];
  // "what did I do for a living *all those years*?", "which team have I followed *all my life*?"
  for (const phrase of [...lexicon.leadIns, ...lexicon.spans.phrases]) {
    if (phrase.length < 2) continue;
    const at = indexOfWords(words, phrase);
    if (at > 0) words = [...words.slice(0, at), ...words.slice(at + phrase.length)];
  }
  return words;
}

/** Words that open a clause saying when, after the question ("… *before* I retired?", "… *when* I lived in Japan?"). */
const WHEN_OPENERS = new Set(['before', 'after', 'since', 'until', 'till', 'when', 'while']);

/**
 * "what was my profession before I hung up the drill?": a clause of one's own after the question says when, not
 * what is asked; the question is read without it ("what was my profession before?"), "before" kept as it asks
 * about the past.
 */
function withoutWhenClause(tokens: readonly Token[]): readonly Token[] {
  const at = tokens.findIndex((token, i) => i >= 3 && WHEN_OPENERS.has(token.norm) && ['i', 'we'].includes(tokens[i + 1]?.norm ?? ''));
  if (at < 0 || asksAgeThen(tokens.slice(0, at))) return tokens;
  const end = tokens.slice(at).filter(isPunctuation);
  return [...tokens.slice(0, tokens[at].norm === 'before' ? at + 1 : at), ...end.slice(-1)];
}

/**
 * "how old *was* I when I started falconry?": an age asked in the past, at what the clause after says was done, which
 * a note tells ("got into falconry at 61"), not the age one is now.
 */
function asksAgeThen(tokens: readonly Token[]): boolean {
  const words = tokens.map((token) => token.norm);
  const at = words.findIndex((word, i) => (word === 'how' && words[i + 1] === 'old') || (word === 'what' && words[i + 1] === 'age'));
  return at >= 0 && words.slice(at + 2).some((word) => wordLexicon().tags(word)?.[0] === 'VBD');
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

export function isQuestionLike(clause: Clause, lexicon: MemoryLexicon): boolean {
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
export function kindsNamed(tokens: readonly Token[], lexicon: MemoryLexicon, relaxed = false): { kinds: string[]; detail?: string; whole: boolean } | undefined {
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
  // "what are my donkeys called?": a noun WordNet files under a kind ("donkey": an animal) is that kind's word here.
  const nouns = tokens.map((_, i) => nounAt(tokens, i, lexicon));
  const nounOf = (word: string, kind: string) => nouns.some((noun, i) => noun?.kind === kind && tokens[i].norm === word);
  for (const kind of lexicon.kinds.values()) {
    const words = lexicon.questionWords.get(kind.name);
    if (!words || !content.every((word) => words.has(word) || nounOf(word, kind.name))) continue;
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
    const noun = nouns.some((found) => found?.kind === kind.name);
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

/**
 * "what's the *new* kitten's name?", "my *clever* granddaughter's name?": an adjective the lexicon knows right before a
 * noun of a kind says which one, as a qualifier does, not what is asked.
 */
const COUNTING = new Set(['many', 'much', 'few', 'several', 'other', 'more', 'most', 'both', 'all', 'each', 'every', 'only']);

function withoutDescribing(tokens: Token[], lexicon: MemoryLexicon): Token[] {
  return tokens.filter((token, at) => {
    // "how *many* grandchildren", "*other* kids": words that count or set apart are asked.
    if (lexicon.qualifiers.has(token.norm) || COUNTING.has(token.norm) || tokens[at - 1]?.norm === 'how' || at + 1 >= tokens.length || nounAt(tokens, at, lexicon) !== undefined) return true;
    const tag = wordLexicon().tags(token.norm)?.[0] ?? '';
    return !(tag.startsWith('JJ') && nounAt(tokens, at + 1, lexicon) !== undefined);
  });
}

/** The words of a question that say what it is about: not question words, qualifiers, categories or fillers. */
function contentOf(tokens: readonly Token[], lexicon: MemoryLexicon): string[] {
  return tokens.map((token) => token.norm).filter((word) => !QUESTION_WORDS.has(word) && !ABOUT_ANY_KIND.has(word) && !lexicon.qualifiers.has(word) && !lexicon.categories.has(word) && !lexicon.fillers.has(word) && !/^[,;:]$/.test(word));
}

/** Only words that lean on what came before: "and the other one?", "what about the other?", "what else?". */
export function isFollowUp(tokens: readonly Token[], lexicon: MemoryLexicon): boolean {
  const words = tokens.map((token) => token.norm).filter((word) => !lexicon.fillers.has(word) && !/^[,;:]$/.test(word));
  return words.some((word) => FOLLOW_UP_WORDS.has(word)) && words.every((word) => QUESTION_WORDS.has(word) || ABOUT_ANY_KIND.has(word) || FOLLOW_UP_WORDS.has(word));
}
