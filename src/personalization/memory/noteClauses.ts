// Reads what a message keeps as notes: the clauses a person tells of themselves, not questions, orders or asides.
import { isPersonNoun } from './categories';
import { appositionOfPerson } from './appositionOfPerson';
import { namesInSlots } from './namesInSlots';
import { type Clause, splitClauses } from './clauses';
import { DASH, isPunctuation, type Token, tokenize } from './tokens';
import { isLivingNoun } from '../../nlu/nounKinds';
import { toldByQuestionWord } from './toldByQuestionWord';
import { statesOwnThing } from './ownStatement';
import { AUXILIARIES, FIRST_PERSON, type NoteLexicon } from './noteLexicon';
import { contentWords, MAX_NOTE_WORDS, MONTH_OR_DAY, type NoteText, OBJECT_STARTS, REFERRING, singular, SUBJECT_PRONOUNS, trimJoins, WH_WORDS, writtenOut } from './noteWords';
import { opensQuestion } from './questionWords';
import { saysDone } from './saysDone';

/** Words that open a clause about someone or something other than the person. */
const OTHER_SUBJECTS = new Set(['he', 'she', 'they', 'it', 'this', 'that', 'there', 'these', 'those', 'who', 'you', 'u', 'his', 'her', 'their', 'its', 'what', 'the']);

/** Words that open a question, never a statement about oneself ("will the wind die down at my place"). */
const MODALS = new Set(['will', 'would', 'can', 'could', 'should', 'shall', 'may', 'might', 'must', 'is', 'are', 'was', 'were', 'does', 'did']);

/**
 * The clauses of a message that tell something about the person ("I've got a hearing aid in the left ear"):
 * statements with "I", "my", "we" or "our", not questions, not said to the bot ("you"), and with at least
 * two words that say something beyond the values of the facts read from it (`covered`). `aboutSelf`: the
 * message told something of the person (a fact was read from it), so a clause without "I" is theirs too.
 * Terse fragments ("dog. greyhound. Pastel. rescue", "Rosa. Coffee roaster. Ozone.") say too little one by
 * one: said side by side, they are kept together, as one note. `isBaseForm`: whether WordNet knows a word as
 * a verb's own form (or an adjective or adverb), so a past form is not read as an order. `noRequest`: the intent model
 * reads no request at all in the message, so a clause that opens with a verb in its base form ("rent a flat in
 * Hillsborough, £640 a month", "cycle to the depot, takes 25 min") tells what the person does, "I" left out, unless it
 * is done for the listener ("show me …") or is all the message says and holds no figure: an order the bot cannot do
 * ("switch on the lamp"), not a value told ("start date April 15").
 */
export function noteClauses(text: string, lexicon: NoteLexicon, covered: readonly string[] = [], aboutSelf = false, tags?: (word: string) => readonly string[] | undefined, isBaseForm?: (word: string) => boolean, isRemark?: (word: string) => boolean, noRequest = false): NoteText[] {
  // Words a fact read from the message already holds ("Austin" of "I live in Austin"): a clause with nothing else is not kept twice.
  const held = new Set(covered.flatMap((value) => tokenize(value, lexicon.memory.contractedIs).map((token) => token.norm)));
  if (text.trimStart().startsWith('/')) return [];
  // "boss is glen": a name typed in lower case is given its capital where the sentence makes it a name.
  const typed = tokenize(text, lexicon.memory.contractedIs);
  const named = tags === undefined ? typed : namesInSlots(typed, { tags, isPerson: isLivingNoun, mayBePerson: isPersonNoun, isDescriptive: isBaseForm ?? (() => true), isFiller: (word) => lexicon.memory.fillers.has(word), titles: lexicon.memory.nameTitles });
  // "Ernie, my buddy from the plant, and I …" is kept as "my buddy from the plant, Ernie, and I …": Ernie is the buddy.
  const tokens = appositionOfPerson(named, lexicon.memory, (token) => /^\p{Lu}\p{Ll}+$/u.test(token.raw) && tags?.(token.norm) === undefined);
  const clauses = splitClauses(tokens, lexicon.memory);
  // Said in more than one breath (a mark before its last word): an order to the bot is said in one ("switch on the lamp").
  const saysMore = tokens.some((token, at) => isPunctuation(token) && at < tokens.length - 1);
  // "just finished a 10 hr shift at target": a message that opens with a verb in the past, no one said before it, tells of oneself.
  const opener = clauses[0]?.asked === false ? clauses[0].tokens.find((token) => !lexicon.memory.fillers.has(token.norm) && !isPunctuation(token)) : undefined;
  const pastFirst = opener !== undefined && /^\p{Ll}/u.test(opener.raw) && tags?.(opener.norm)?.[0] === 'VBD';
  const news = clauses[0] !== undefined && !clauses[0].asked && opensNews(tokens, lexicon);
  const selfTold = aboutSelf || pastFirst || news || clauses.some((clause) => !clause.asked && (clause.tokens.some((token) => FIRST_PERSON.has(token.norm)) || (tags !== undefined && saysDoneOrUsual(clause.tokens.filter((token) => !isPunctuation(token)), lexicon, tags))));
  // "qwzx plorf vrumble": without "I", a message needs a word the lexicon knows, a name or a number to tell anything.
  const told = tags === undefined || tokens.some((token) => FIRST_PERSON.has(token.norm) || tags(token.norm) !== undefined || /[\p{Lu}\p{N}]/u.test(token.raw));
  if (!told) return [];
  // "play bass in a band called Paper Lanterns": a clause a fact was read from is told, whatever verb opens it.
  // "dentist is on the 14th", "rent goes up to 950 in March": a statement about one of the person's things, though no "I" is said anywhere.
  const ownWords = tags === undefined ? undefined : { tags, fillers: lexicon.memory.fillers, isTime: (word: string) => lexicon.timeWords.has(word) || MONTH_OR_DAY.test(word), isDate: (word: string) => MONTH_OR_DAY.test(word), isRemark };
  const statesOwn = (clause: Clause) => !clause.asked && ownWords !== undefined && statesOwnThing(clause.tokens, ownWords);
  const partsOf = (list: readonly Clause[]) => list.map((clause, index) => toldPart(clause, list[index - 1], selfTold, lexicon, tags, isBaseForm, clause.tokens.some((token) => held.has(token.norm)) || (news && index === 0) || (noRequest && selfTold && (saysMore || clause.tokens.some((token) => /\p{N}/u.test(token.raw))) && !doneForListener(clause.tokens, lexicon)), toldByQuestionWord(clause, list[index + 1], lexicon.memory) !== undefined, statesOwn(clause), noRequest || held.size > 0) ?? (selfTold ? afterImpersonal(clause, lexicon, tags, isBaseForm) : undefined));
  const whole = partsOf(clauses);
  // "reckon truffles are overrated tbh, paid $40 for a truffle dinner in Daylesford": a clause not kept whole (it opens
  // with an opinion's verb, or with "these days it's …") may still hold parts told of oneself between its commas and dashes.
  const pieced = selfTold ? clauses.flatMap((clause, index) => (whole[index] || clause.asked ? [clause] : piecesOf(clause))) : clauses;
  const splits = pieced.length > clauses.length;
  if (splits) clauses.splice(0, clauses.length, ...pieced);
  const parts = splits ? partsOf(clauses) : whole;
  const kept: { text: string; from: number }[] = [];
  // Clauses said side by side and kept together: their words, texts, how many, the last one's index, and whether it says too little alone.
  let group: { words: Token[]; texts: string[]; count: number; from: number; short: boolean; fragment: boolean; given?: boolean } | undefined;
  const close = () => {
    if (group && (group.given === true || saysEnough(group.words, group.count, held, lexicon, tags))) kept.push({ text: group.texts.join(', '), from: group.from });
    group = undefined;
  };
  for (const [index, part] of parts.entries()) {
    // "SILVER in 50 fly 🥈 36.2!!": a figure said alone is of what was just said (a time, a score), so it goes with it.
    const figure = figureAlone(clauses[index]);
    if (figure && group?.from === index - 1) {
      group = { ...group, words: [...group.words, figure], texts: [...group.texts, figure.raw], from: index };
      continue;
    }
    if (!part) {
      close();
      continue;
    }
    const before = index > 0 ? clauses[index - 1] : undefined;
    // "my roommate is a polish girl, name is Kasia": a name said bare, too little alone, goes with the one it names.
    // "i call her Duchess", "so obviously its name is Sunny": a name the person gives what they told of, kept alone however few its words.
    const opening = part.words.findIndex((token) => !lexicon.memory.fillers.has(token.norm));
    const gives = lexicon.givings.some((phrase) => phrase.every((word, i) => part.words[opening + i]?.norm === word)) && part.words.length > opening + 1;
    const names = !gives && lexicon.namings.some((phrase) => phrase.every((word, i) => part.words[i]?.norm === word)) && !saysEnough(part.words, 1, held, lexicon, tags);
    // "favourite book is Le Petit Prince. I reread it every year": what "it" is goes with it, so the note can be found by it.
    if ((part.refers || names) && before && !before.asked) {
      if (group?.from === index - 1) group = { ...group, words: [...group.words, ...part.words], texts: [...group.texts, part.text], count: group.count + 1, from: index, fragment: false };
      else {
        close();
        group = { words: [...before.tokens.filter((token) => !isPunctuation(token)), ...part.words], texts: [writtenOut(trimJoins(before.tokens)), part.text], count: 1, from: index, short: false, fragment: false };
      }
      continue;
    }
    // "the night team has 22 people: security, cleaners, …": what a colon announces, not kept alone (it opens with
    // someone or something else), goes with what the colon opens, which is said of it.
    if (before?.opens === true && !before.asked && parts[index - 1] === undefined && group === undefined) {
      const announced = before.tokens.filter((token) => !isPunctuation(token));
      group = { words: [...announced, ...part.words], texts: [`${writtenOut(trimJoins(before.tokens))}: ${part.text}`], count: 1, from: index, short: false, fragment: false };
      continue;
    }
    // "after shift ritual = barbacoa tacos …", "pre race breakfast is always the same: plain bagel …": what a colon
    // opens says what was announced before it, so the two are one note, found by the words of either.
    // Not a title typed with a colon in it ("reading Logical Chess: Move by Move"): capitals on both sides.
    const titled = /^\p{Lu}/u.test(group?.words.at(-1)?.raw ?? '') && /^\p{Lu}/u.test(part.words[0]?.raw ?? '');
    if (group?.from === index - 1 && before?.opens === true && !titled && (verbless(group.words, tags) || verbless(part.words, tags))) {
      group = { ...group, words: [...group.words, ...part.words], texts: [...group.texts.slice(0, -1), `${group.texts.at(-1) ?? ''}: ${part.text}`], from: index, short: false, fragment: false };
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
    // "Parish records ordered from the archive. Cost 120 zł.": a price said with no subject is that of what was just said.
    const priced = group?.from === index - 1 && pricedAlone(part.words, lexicon);
    // "… it's been called off. now aiming for May": a few words with no subject, opened by "now", say how what was just told stands.
    const goesOn = group?.from === index - 1 && part.words.length <= FRAGMENT_WORDS && !part.words.some((token) => SUBJECT_PRONOUNS.has(token.norm)) && lexicon.goesOnOpeners.some((phrase) => phrase.every((word, i) => part.words[i]?.norm === word));
    // "Bought new oilskins. Grundens. £160.": a line told in a few words, "I" left out (it opens with its verb), then a
    // fragment that says too little alone ("Grundens"): the fragment says which or what of it, so the two are one note.
    const ofTerse = short && fragment && group?.from === index - 1 && group.count === 1 && !group.fragment && terse(group.words, lexicon, tags);
    const ending = goesOn || (opensWithPreposition && ((short && part.words.length <= FRAGMENT_WORDS) || verbless(part.words, tags))) || counted || priced || ofTerse;
    if (group && group.from === index - 1 && ((group.fragment && fragment && (short || group.short)) || ending)) {
      group = { words: [...group.words, ...part.words], texts: [...group.texts, part.text], count: group.count + 1, from: index, short, fragment };
      continue;
    }
    close();
    group = { words: part.words, texts: [part.text], count: 1, from: index, short, fragment, ...(gives ? { given: true } : {}) };
  }
  close();
  return kept.map(({ text }) => ({ text }));
}

/** A clause parted at its commas and dashes, when it has more than one part. */
function piecesOf(clause: Clause): Clause[] {
  const pieces: Clause[] = [];
  let current: Token[] = [];
  for (const token of clause.tokens) {
    if (token.norm === ',' || token.raw === DASH) {
      if (current.length > 0) pieces.push({ tokens: current, asked: false });
      current = [];
    } else current.push(token);
  }
  if (current.length > 0) pieces.push({ tokens: current, asked: false });
  return pieces.length > 1 ? pieces : [clause];
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

/** Words after a news opener that say what the news is of ("update *on* the hawk", "news *about* the move"). */
const NEWS_TOPIC_LINKS = new Set(['on', 'about', 're', 'from']);

/** Whether a clause's first word (after fillers) is done for the bot's listener ("show *me* …", "give *us* …"): an order. */
function doneForListener(tokens: readonly Token[], lexicon: NoteLexicon): boolean {
  const words = tokens.filter((token) => !isPunctuation(token) && !lexicon.memory.fillers.has(token.norm));
  return OBJECT_PRONOUNS.has(words[1]?.norm ?? '');
}

/**
 * "update on Juniper — flight tests went great", "GREAT NEWS they got adopted", "big news: we're moving": a message
 * that opens (after fillers) with news (`memoryNoteNewsOpeners`) before a mark, a topic ("on …") or a subject, and
 * tells something after it, tells of one's own things. Not "update my address to …": an order, what follows is what
 * it changes; nor news asked for ("news: what's on today?").
 */
function opensNews(tokens: readonly Token[], lexicon: NoteLexicon): boolean {
  const at = tokens.findIndex((token) => !lexicon.memory.fillers.has(token.norm) && !isPunctuation(token));
  if (at < 0) return false;
  const opener = lexicon.newsOpeners.find((phrase) => phrase.every((word, i) => tokens[at + i]?.norm === word));
  if (!opener) return false;
  const next = tokens[at + opener.length];
  // "great news!" alone, or "news: what's on today?": nothing of one's own is told after it.
  const rest = tokens.slice(at + opener.length).filter((token) => !isPunctuation(token));
  if (contentWords(rest, lexicon).length < 2 || opensQuestion(rest, lexicon) || tokens.some((token) => token.norm === '?')) return false;
  return isPunctuation(next) || NEWS_TOPIC_LINKS.has(next.norm) || SUBJECT_PRONOUNS.has(next.norm);
}

/** The one word of a clause that says only a figure ("36.2", "1:04.5"), not a question; undefined otherwise. */
function figureAlone(clause: Clause | undefined): Token | undefined {
  const words = clause === undefined || clause.asked ? [] : clause.tokens.filter((token) => !isPunctuation(token));
  return words.length === 1 && /^\p{Sc}?\d+(?:[.:,]\d+)*\p{L}{0,3}$/u.test(words[0].raw) ? words[0] : undefined;
}

/** Whether words open with a verb of an amount and a figure, no subject said ("Cost 120 zł", "paid $40 for it"). */
function pricedAlone(words: readonly Token[], lexicon: NoteLexicon): boolean {
  return words.length > 1 && lexicon.amountVerbs.has(words[0].norm) && /^\p{Sc}?\d/u.test(words[1].raw);
}

/** The most words of a fragment ("Head of Year 11"). */
const FRAGMENT_WORDS = 4;

/** A few words with no "I" and no verb said in a tense ("Coffee roaster", "Pastel", "UX lead"): a fragment of what is told. */
function isFragment(words: readonly Token[], tags?: (word: string) => readonly string[] | undefined): boolean {
  return words.length <= FRAGMENT_WORDS && !words.some((token) => FIRST_PERSON.has(token.norm) || AUXILIARIES.has(token.norm) || /^(VBD|VBZ|MD)/.test(tags?.(token.norm)?.[0] ?? ''));
}

/** The most words of a line told tersely ("Picked up a new saddle"). */
const TERSE_WORDS = 6;

/** A line told in a few words with "I" left out, opened by its verb ("Bought new oilskins", "Booked the ferry"). */
function terse(words: readonly Token[], lexicon: NoteLexicon, tags?: (word: string) => readonly string[] | undefined): boolean {
  const opener = words.find((token) => !lexicon.memory.fillers.has(token.norm));
  return words.length <= TERSE_WORDS && opener !== undefined && /^VB/.test(tags?.(opener.norm)?.[0] ?? '') && !words.some((token) => FIRST_PERSON.has(token.norm) || SUBJECT_PRONOUNS.has(token.norm));
}

/** Words with no "I" and no verb said in a tense ("in the crypt of the old chapel"), of any length. */
function verbless(words: readonly Token[], tags?: (word: string) => readonly string[] | undefined): boolean {
  return tags !== undefined && !words.some((token) => FIRST_PERSON.has(token.norm) || AUXILIARIES.has(token.norm) || /^(VBD|VBZ|VBP|MD)/.test(tags(token.norm)?.[0] ?? ''));
}

/** The name an aside opens after ("Idris" of "Idris (older, 33)"): a word the lexicon does not know, and no day or month ("on Friday (with Marta)"). */
function asideName(first: Token | undefined, tags?: (word: string) => readonly string[] | undefined): string | undefined {
  const name = first?.asideAfter;
  // "our dog bamse (big old newfoundland)": typed in lower case, a word the lexicon does not know is a name as well.
  return name !== undefined && tags !== undefined && (/^\p{Lu}\p{Ll}/u.test(name) || /^\p{Ll}{2,}$/u.test(name)) && tags(name.toLowerCase()) === undefined && !MONTH_OR_DAY.test(name.toLowerCase()) ? name : undefined;
}

/** A clause told of oneself: its words, as typed, and whether it refers back to the clause before; undefined for one that is asked, said to the bot, or tells nothing of the person. */
function toldPart(clause: Clause, before: Clause | undefined, selfTold: boolean, lexicon: NoteLexicon, tags?: (word: string) => readonly string[] | undefined, isBaseForm?: (word: string) => boolean, stated = false, toldByWh = false, ownThing = false, wishes = false): { words: Token[]; text: string; refers: boolean } | undefined {
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
  const tellsOn = before !== undefined && !before.asked && REFERRING.has(opener) && (!IMPERSONAL.has(opener) || describesIt(words[words.findIndex((token) => token.norm === opener) + 1]?.norm ?? ''));
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
  // "I'd love to retire early", "my husband and I want to settle near Nafplio": a wish of one's own life, said to "to" and
  // a verb, in a message that asks the bot for nothing (`wishes`), is told.
  if (!ownDuty && lexicon.requests.some((request) => asksBy(words, request, tags) && !(wishes && wishedTo(words, request, tags)))) return undefined;
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
  // "now aiming for May": a month or a day said with its capital is a date, though "may" is a modal too.
  const dated = words.filter((token) => /^\p{Lu}/u.test(token.raw) && MONTH_OR_DAY.test(token.norm) && !said.includes(token.norm) && !held.has(token.norm)).map((token) => token.norm);
  const more = [...said.filter((word) => !held.has(word)), ...dated];
  const named = more.filter((word) => !(tags?.(word)?.[0] ?? '').startsWith('VB'));
  if (more.length >= 2) return true;
  // "I'm an alto", "i'm second tenor": what one is, a noun for someone, says enough alone when no fact holds it.
  if (named.length === 1 && words.some((token) => token.norm === 'i') && words.some((token) => token.norm === 'am') && isPersonNoun(named[0])) return true;
  return named.length >= 1 && (said.length >= 3 || clauses > 1);
}

/** Verbs that say what a noun before them is ("mother tongue *is* Tamil"). */
const COPULAS = new Set(['is', 'are', 'was', 'were']);

/**
 * A clause that opens with a verb in its base form ("show me …", "turn off …", "list my …"): an order to the
 * bot. Not a word mostly of another sort than a verb or a noun ("he"), nor one said mostly in the past that is no verb's own form ("got a new truck"; "set" is), a verb
 * "I" is left out before (`memorySubjectless`: "hate olives"), one a subject follows ("update we picked
 * Nora"), nor a word mostly a noun said alone or as what a verb after it is about ("rescue", "mother tongue
 * is Tamil"; not "book a table").
 */
function isOrder(said: readonly Token[], lexicon: NoteLexicon, tags: (word: string) => readonly string[] | undefined, isBaseForm?: (word: string) => boolean): boolean {
  // "right now I'm on a big manual": a lead-in (`memoryLeadIns`) says when, and what follows it is what opens the clause.
  const opening = said.findIndex((token) => !lexicon.memory.fillers.has(token.norm));
  const leadIn = opening < 0 ? undefined : lexicon.memory.leadIns.find((phrase) => phrase.every((word, i) => said[opening + i]?.norm === word));
  const words = leadIn && leadIn.length < said.length - opening ? said.slice(opening + leadIn.length) : said;
  const opens = words.findIndex((token) => !lexicon.memory.fillers.has(token.norm));
  // "wait the bird race got moved": a word that softens what follows, said before no word it may be done with ("wait for me"), orders nothing.
  const softened = opens >= 0 && lexicon.softeners.has(words[opens].norm) && words[opens + 1] !== undefined && !/^(IN|TO|RB)/.test(tags(words[opens + 1].norm)?.[0] ?? '');
  const at = softened ? opens + 1 : opens;
  const first = words[at];
  if (!first || FIRST_PERSON.has(first.norm)) return false;
  const tagged = tags(first.norm) ?? [];
  if (!tagged.includes('VB')) return false;
  const next = words[at + 1]?.norm ?? '';
  // "finished my thesis": a past form first, though WordNet knows "finished" as an adjective too.
  // "found that our family were brewers", "saw the physio": a past form of another verb (`memoryVerbForms`: find = found) said mostly so.
  const pastOfOther = tagged[0] === 'VBD' && (lexicon.verbBases.get(first.norm) ?? first.norm) !== first.norm;
  const past = pastOfOther || (isBaseForm !== undefined && /^VB[DN]/.test(tagged[0]) && (!isBaseForm(first.norm) || (tagged[0] === 'VBD' && /ed$/.test(first.norm))));
  if (past || lexicon.subjectless.has(first.norm) || SUBJECT_PRONOUNS.has(next) || saysHabit(words, lexicon) || saysDoneOrUsual(words, lexicon, tags)) return false;
  if (pricedAlone(words.slice(at), lexicon) || frontedObject(words, at, tags)) return false;
  if (!/^(VB|NN)/.test(tagged[0])) return false;
  const noun = tagged[0].startsWith('NN') && !OBJECT_STARTS.has(next) && (next === '' || words.slice(at + 1).some((token) => COPULAS.has(token.norm)));
  return !noun && !saidOfNoun(words, at, tags);
}

/**
 * "always use the secure lorry park at Calais", "pull produce mostly", "hit a roo near Alice last month": a clause that
 * opens (after fillers and a word of `doneMarks`) with a verb, and says one of `doneMarks`, tells what one does as a
 * habit or did: "I" is left out, for no order to the bot is said so.
 */
/** Whom an order is for, right after its verb ("show *me*"). */
const OBJECT_PRONOUNS = new Set(['me', 'us']);

function saysDoneOrUsual(words: readonly Token[], lexicon: NoteLexicon, tags: (word: string) => readonly string[] | undefined): boolean {
  const at = words.findIndex((token) => !lexicon.memory.fillers.has(token.norm) && !lexicon.doneMarks.has(token.norm));
  const verb = words[at];
  if (!verb || !/^\p{Ll}/u.test(verb.raw) || !(tags(verb.norm) ?? []).some((tag) => /^VB[DP]?$/.test(tag))) return false;
  // "show me the weather for last week", "tell us what you did": what is done for the bot's listener is asked.
  if (OBJECT_PRONOUNS.has(words[at + 1]?.norm ?? '') || words.some((token) => lexicon.you.has(token.norm))) return false;
  return words.some((token, i) => i !== at && lexicon.doneMarks.has(token.norm));
}

/** How many nouns a thing said before "I" may take ("*scotch bonnets* I buy from …"). */
const FRONTED_WORDS = 3;

/**
 * "Scotch bonnets I buy from Caribbean Market": a thing said first, then "I" or "we" and a verb of what is done with
 * it, tells; an order to the bot takes its object after its verb. The words before the subject are all nouns.
 */
function frontedObject(words: readonly Token[], at: number, tags: (word: string) => readonly string[] | undefined): boolean {
  const subject = words.findIndex((token, index) => index > at && SELF_SUBJECTS.has(token.norm));
  if (subject < at + 2 || subject > at + FRONTED_WORDS) return false;
  const verb = tags(words[subject + 1]?.norm ?? '') ?? [];
  return words.slice(at, subject).every((token) => (tags(token.norm) ?? []).some((tag) => tag.startsWith('NN'))) && words.slice(at + 1, subject).every((token) => /^NN/.test(tags(token.norm)?.[0] ?? '')) && verb.some((tag) => /^VB[PD]?$/.test(tag));
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
  // "my roomie still has my steamer i need it back by fri": what is needed was said before it, no new thing asked for.
  // "Jack comes round on Sundays *to* help me": what is done for one, said after "to", asks the bot nothing.
  return words.some((_, start) => request.length > 0 && request.every((word, index) => words[start + index]?.norm === word) && !(FIRST_PERSON.has(request[0]) && /^VB[DZ]$/.test(tags?.(words[start - 1]?.norm ?? '')?.[0] ?? '')) && !(start > 0 && REFERS_BACK.has(words[start + request.length]?.norm ?? '')) && !(start > 0 && words[start - 1].norm === 'to' && !FIRST_PERSON.has(request[0])));
}

/** Whether a request's words open a wish: "to" (said with them or after) and then a word that may be a verb in its base form ("I want to walk the Camino", "to travel"). */
function wishedTo(words: readonly Token[], request: readonly string[], tags?: (word: string) => readonly string[] | undefined): boolean {
  const start = words.findIndex((_, at) => request.every((word, index) => words[at + index]?.norm === word));
  if (start < 0 || tags === undefined) return false;
  const after = start + request.length;
  const verbAt = request.at(-1) === 'to' ? after : words[after]?.norm === 'to' ? after + 1 : -1;
  return verbAt > 0 && (tags(words[verbAt]?.norm ?? '') ?? []).includes('VB');
}

/** Words for a thing said in the clause before ("I reread *it* every year"). */
const REFERS_BACK = new Set(['it', 'them']);

/** Words for a thing that may stand for nothing said ("*it* rained all week"): they tell of what was said before only when what follows describes it. */
const IMPERSONAL = new Set(['it', 'its']);

/** Words after "it" that describe what it is ("its *called* cool breeze", "it*'s* a girl", "its *the* one in Leeds"). */
const DESCRIBES = new Set(['is', 'was', 'called', 'named', 'a', 'an', 'the']);

/** Whether a word after "it" says what it is: a describing word, or a figure ("its £250 already": what was just named is). */
function describesIt(word: string): boolean {
  return DESCRIBES.has(word) || /^\p{Sc}?\p{N}/u.test(word);
}
