// Reads which note answers a question: the stems they share, each note's score, and the best one.
import { payAsked, toldPay } from './payNote';
import { isPunctuation, tokenize, type Token } from './tokens';
import { saysPhrase, wordsAt } from './clauses';
import { switchedTo } from './readSwitches';
import { isFigureOfPerson } from './figureOfPerson';
import type { NoteRankFeatures } from './noteRank';
import { AUXILIARIES, FIRST_PERSON, type NoteLexicon } from './noteLexicon';
import { type AnswerSort, contentWords, isKindOf, MONTH_OR_DAY, type NoteMatch, type NoteText, ownedBySomeone, REFERRING, singular, stem, withGerunds } from './noteWords';

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
/** Words before a thing of the kind asked that "I" is looked for in ("*I am a* baritone", "*i sing* soprano"). */
const SELF_WORDS = 3;
/** What saying a thing of the kind asked of oneself adds to a note's score: less than any word, so it only breaks ties. */
const SAID_OF_SELF = 0.25;
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
    // "what's my hourly rate?" meets "i charge $65/hr": the words a note says what is asked by (`memoryAskedAlike`).
    const alike = (lexicon.askedAlike.get(word.toLowerCase()) ?? []).map((one) => stem(one, lexicon));
    forms.set(own, [...new Set([own, ...(forms.get(own) ?? []), ...verbs, ...roles, ...alike])]);
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
  // "what's my salary?" meets "i'm on £7.55 an hour": pay asked, a note that tells pay, the more so per the unit asked.
  const pay = payAsked(asked, lexicon);
  // The noun the question names what it asks for by: the last of its heads ("favourite *planet*").
  const head = kinds.filter((word) => !lexicon.stopWords.has(word)).at(-1);
  const asks = askedBy?.toLowerCase();
  // "pink" of "pink sponge" is a colour, though said as an adjective.
  const describes = (word: string) => (match.tags?.(word)?.[0] ?? '').startsWith('JJ');
  const namesHead = (word: string) => head !== undefined && word !== head && (isNoun(word, match) || gerundNoun(word, match)) && [head, singular(head)].some((kind) => isKindOf(word, kind, match));
  // Asked "who …?", a noun for someone in a note says what it is made from too ("our singer" says "sing").
  const roleStems = (word: string) => (match.roleWordsOf === undefined || lexicon.stopWords.has(word) ? [] : [...match.roleWordsOf(word)].map((role) => stem(role, lexicon)));
  // "what do I mostly make?" of "I mostly make planters": asked by nothing but a verb notes' words leave out, a note says it too.
  const lone = asked.length > 0 && asked.every((word) => lexicon.loneVerbs.has(word.toLowerCase()));
  const wordsOf = (text: string) => {
    const tokens = tokenize(text, lexicon.memory.contractedIs);
    return lone ? [...withGerunds(tokens, lexicon), ...tokens.map((token) => token.norm).filter((word) => lexicon.loneVerbs.has(word))] : withGerunds(tokens, lexicon);
  };
  // "which hospital is my ortho at?" meets "my orthodontist is …": a word no dictionary knows that an occupation said begins with.
  const clippedTo = (word: string) => (word.length > CLIPPED_LETTERS + 1 && match.isOccupation(word) ? wanted.filter((asked) => asked.length >= CLIPPED_LETTERS && word.length > asked.length && word.startsWith(asked) && match.tags?.(asked) === undefined) : []);
  const stems = notes.map((note) => new Set(wordsOf(note.text).flatMap((word) => [stem(word, lexicon), ...roleStems(word), ...clippedTo(word)])));
  const saidStems = said === notes ? stems : said.map((note) => new Set(wordsOf(note.text).map((word) => stem(word, lexicon))));
  const saidAsIs = new Set(wanted.filter((word) => saidStems.some((set) => set.has(word))));
  const rarity = (word: string) => Math.log(1 + notes.length / (1 + stems.filter((set) => set.has(word)).length));
  const partsOf = (words: readonly string[], text: string): HandParts => {
    const own = new Set(words.flatMap((word) => [stem(word, lexicon), ...roleStems(word), ...clippedTo(word)]));
    const parts: HandParts = { words: 0, said: 0, hints: 0, telling: 0, kind: 0, head: 0, work: 0, place: 0, asks: 0, pay: 0 };
    const paid = pay === undefined ? undefined : toldPay(text, lexicon);
    if (pay !== undefined && paid !== undefined) parts.pay = pay.unit !== undefined && paid.units.includes(pay.unit) ? 2 : 1;
    for (const word of wanted) if (holds(own, word)) { parts.words += 1 + rarity(word); parts.said += 1; }
    for (const word of hints) if (own.has(word)) parts.hints += 1;
    for (const word of telling) if (own.has(word)) parts.telling += 1;
    // "what sport did I give up?" meets "badminton"; "what was my trade?" meets "machinist".
    if (categories.size > 0 && words.some((word) => match.categoriesOf(word).some((category) => categories.has(category)))) parts.kind = 1;
    else if (words.some(ofKind) || words.some(namesGeneral) || compoundsOf(words).some(ofKind)) parts.kind = 1;
    // "what's my favourite planet to watch?": a thing of the very kind the question names ("Jupiter") says more than a word shared ("favourite").
    // "what's the parrot called?" of "my african grey Professor": two words WordNet has as one noun name a thing of it too.
    if (words.some(namesHead) || compoundsOf(words).some(namesHead)) parts.head = 1;
    // "what colour sponge for the reveal cake?": a note that says a thing of the kind asked for ("pink sponge"), over
    // one that only names what it is asked of ("a gender reveal cake").
    if (asks !== undefined && words.some((word) => word !== asks && (isNoun(word, match) || gerundNoun(word, match) || describes(word)) && [asks, singular(asks)].some((kind) => isKindOf(word, kind, match)))) parts.asks = 1;
    // Not someone else's ("says hello to *the postman*", "*my* doctor"): the work is the person's own.
    // Nor a figure ("a total gym *rat*", "night *owl*"): it says how the person is, not their work.
    // (`words` has no "my": whose a work noun is is read from the note as typed, "*my* driver is a taylormade".)
    // Asked "who …?" (`roleWordsOf`), someone's own is the one asked for: "who's my line manager?" of "my supervisor is Declan".
    const typed = work && match.roleWordsOf === undefined ? tokenize(text, lexicon.memory.contractedIs) : [];
    const ownedOnly = (word: string) => typed.some((token) => token.norm === word) && typed.every((token, at) => token.norm !== word || ownedBySomeone(typed, at, match));
    if (work && words.some((word, at) => match.isOccupation(word) && !named.has(word) && !OTHERS_OWN.has(words[at - 1] ?? '') && !ownedOnly(word) && !(at > 0 && isFigureOfPerson(`${words[at - 1]} ${word}`)))) parts.work = 1;
    // "what do I do for work?" meets "I do nails at a salon": a place the kind asked about is done at.
    else if (placeOfKindSaid(text, lexicon, match)) parts.place = 1;
    return parts;
  };
  const scoreOf = (words: readonly string[], text: string): number => handScore(partsOf(words, text));
  // A word written with a capital after the first is a name ("everyone calls me Dev"), whatever work it also names.
  const named = new Set(notes.flatMap((note) => tokenize(note.text, lexicon.memory.contractedIs).filter((token, index) => index > 0 && /^\p{Lu}\p{Ll}/u.test(token.raw)).map((token) => token.norm)));
  // "I'm an alto" over "could probably manage tenor", "I sing soprano" over "my bf sings tenor": a thing of the kind asked said of oneself.
  const ofSelf = (text: string) => {
    const words = tokenize(text, lexicon.memory.contractedIs).map((token) => token.norm);
    // Not what one could or would do ("I could cover tenor"): a modal between says no more than maybe.
    const said = (at: number) => {
      const before = words.slice(Math.max(0, at - SELF_WORDS), at);
      const i = before.lastIndexOf('i');
      return i >= 0 && !before.slice(i + 1).some((word) => match.tags?.(word)?.[0] === 'MD' || word === 'not' || word === "n't");
    };
    return words.some((word, at) => ofKind(word) && said(at));
  };
  return { wanted, stems, holds, scoreOf, wordsOf, scored: notes.map((note, index) => ({ note, index, parts: partsOf(wordsOf(note.text), note.text), self: ofSelf(note.text) })) };
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
  let chosen: { note: T; whole: number; parts: HandParts } | undefined;
  for (const { note, index, parts, self } of scored) {
    if (everyWord && !wanted.every((word) => holds(stems[index], word))) continue;
    const whole = handScore(parts) + (self ? SAID_OF_SELF : 0);
    if (whole > 0 && (!chosen || whole >= chosen.whole)) chosen = { note, whole, parts };
  }
  if (!chosen || chosen.whole < 1) return undefined;
  const whole = chosen.whole;
  // A note that says the noun asked by itself ("did segments 1-10") holds its value beside it and keeps the answer.
  const saysAsked = askedBy !== undefined && stems[notes.indexOf(chosen.note)].has(stem(askedBy, lexicon));
  const note = everyWord || saysAsked ? chosen.note : (kindSaidBeside(chosen, scored) ?? chosen.note);
  const all = noteParts(note.text, lexicon, match.tags);
  const parts = all.length > 1 ? all.filter((candidate) => wordsOf(candidate).length >= 2 && candidate.split(/\s+/).length >= 3) : [];
  const scores = parts.map((candidate) => scoreOf(wordsOf(candidate), candidate));
  // The part that holds all that matched; else one that holds most of it, more than any other part
  // ("last weekend I got a shot of a trogon" for "what did I photograph last weekend?", not the hobby before it).
  const top = Math.max(...scores);
  const holding = scores.findIndex((score) => score >= whole);
  const most = scores.filter((score) => score === top).length === 1 && top > whole / 2 ? scores.indexOf(top) : -1;
  const part = parts[holding >= 0 ? holding : most];
  return { note, text: (part === undefined ? undefined : withNewPart(part, all, lexicon)) ?? part ?? note.text, score: whole };
}

/**
 * "what sport do I play on the weekends?" of "big cricket guy, i play in a weekend league": a note that shares the
 * question's words but says no thing of the kind asked gives way to one said in the same message that does (the
 * message is about one thing; one clause names it, another says what is asked of it). The last such, when several;
 * not when the note says the noun asked by itself.
 */
function kindSaidBeside<T extends NoteText>(chosen: { note: T; parts: HandParts }, scored: ReadonlyArray<{ note: T; parts: HandParts }>): T | undefined {
  const { note, parts } = chosen;
  if (note.learnedAt === undefined || parts.asks > 0 || parts.kind > 0 || parts.head > 0) return undefined;
  return scored.filter((one) => one.note !== note && one.note.learnedAt === note.learnedAt && one.parts.asks > 0).at(-1)?.note;
}

/** Whether a part names what it changed to, after its word of change ("our group switched *to Fridays*"). */
function namesChangedTo(tokens: readonly Token[], changes: readonly (readonly string[])[], lexicon: NoteLexicon): boolean {
  const at = tokens.findIndex((_, index) => changes.some((phrase) => phrase.length > 0 && wordsAt(tokens, phrase, index)));
  if (at < 0) return false;
  return tokens.some((token, index) => index > at && lexicon.changedToLinks.has(token.norm) && tokens[index + 1] !== undefined && !isPunctuation(tokens[index + 1]) && !lexicon.stopWords.has(tokens[index + 1].norm));
}

/**
 * "changed my mind on the finish, going with Rubio instead": a part that only says a thing changed goes with the part
 * after it that says what holds now (a switch marker, or what it switched to), as that is what it changed to.
 * Undefined when the part says no bare change or the next part says nothing new.
 */
function withNewPart(part: string, all: readonly string[], lexicon: NoteLexicon): string | undefined {
  const at = all.indexOf(part);
  const next = all[at + 1];
  if (at < 0 || next === undefined) return undefined;
  const memory = lexicon.memory;
  const saysNew = (tokens: readonly Token[]) => saysPhrase(tokens, memory.switchMarkers) || switchedTo(tokens, memory) !== undefined;
  const own = tokenize(part, memory.contractedIs);
  if (!saysPhrase(own, memory.changedSince) || saysNew(own) || namesChangedTo(own, memory.changedSince, lexicon)) return undefined;
  return saysNew(tokenize(next, memory.contractedIs)) ? `${part}, ${next}` : undefined;
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
type HandParts = { words: number; said: number; hints: number; telling: number; kind: number; head: number; work: number; place: number; asks: number; pay: number };

/** Each two words said one after the other, as one noun may be ("african grey", "golden retriever"). */
function compoundsOf(words: readonly string[]): string[] {
  return words.slice(1).map((word, at) => `${words[at]} ${word}`);
}

/** The hand score: shared words by rarity, half a point a hint, a point a telling word, and 1.5 for each kind of match. */
function handScore(parts: HandParts): number {
  return parts.words + 0.5 * parts.hints + parts.telling + 1.5 * parts.kind + HEAD_KIND * parts.head + 1.5 * (parts.work + parts.place) + ASKED_NOUN * parts.asks + PAY_TOLD * parts.pay;
}

/** What a note that tells pay adds for a question of pay, per step (the unit asked said too is a second): as much as a word shared. */
const PAY_TOLD = 1.5;

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

const SUBJECTS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it']);

/** Capitalised words after "the" that end a piece of a note: a name "and" may go on ("the Rose and Crown"). */
const THE_NAME_BEFORE = /\bthe(?:\s+\p{Lu}[\p{L}'’]*)+$/u;

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
    // "at the Rose and Crown": "and" inside a name that "the" opens parts nothing.
    const inName = at > 0 && /^\s+(?:and|&)\s+$/i.test(pieces[at - 1]) && THE_NAME_BEFORE.test(pieces[at - 2]) && /^\p{Lu}/u.test(pieces[at]);
    if (parts.length > 0 && (inName || !verb || words.some((word) => REFERRING.has(word)))) parts[parts.length - 1] += `${pieces[at - 1]}${pieces[at]}`;
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

/** A word in -ing that may be a noun ("knitting", "weaving"). */
function gerundNoun(word: string, match: NoteMatch): boolean {
  return word.endsWith('ing') && (match.tags?.(word) ?? ['NN']).some((tag) => tag.startsWith('NN'));
}

function categoryOf(word: string, match: NoteMatch): string[] {
  const lower = word.toLowerCase();
  const singular = lower.replace(/s$/, '');
  return Object.entries(match.categoryNames)
    .filter(([category, names]) => category === lower || category === singular || names.includes(lower) || names.includes(singular))
    .map(([category]) => category);
}
