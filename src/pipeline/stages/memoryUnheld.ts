import { ATTRIBUTE_SORTS, askedValue, askedValueWords, holdsValue } from '../../personalization/memory/askedValue';
import { memoryLexicon } from '../../personalization/memory/factKinds';
import { askedMeasure, askedNoun, noAmountIn, noteLexicon, sameRoot } from '../../personalization/memory/readNotes';
import { QUESTION_WORDS } from '../../personalization/memory/memoryWords';
import { wordLexicon } from '../../nlu/wordLexicon';
import { nounKinds } from '../../nlu/nounKinds';
import { isPunctuation, tokenize } from '../../personalization/memory/tokens';
import type { ReplyRequest } from '../../vocabulary/reply';
import type { TurnDependencies } from '../turn';
import { NOTE_ANSWERS } from './memoryNotes';

/**
 * Whether a reply tells back a note (or part of one) that holds no value of the sort the question plainly asks
 * for: "when's the gig?" told "you've got a gig on", "what's my mum called?" told "your mum keeps asking when
 * you'll visit". Such a note is about the thing asked, not its answer. Any other reply, or a question whose
 * words ask no sort, is let be.
 */
export function unheld(reply: ReplyRequest, question: string, deps: TurnDependencies, notes: readonly string[] = []): boolean {
  if (!NOTE_ANSWERS.has(reply.key)) return false;
  const part = reply.values?.part;
  const told = part ?? reply.values?.note;
  if (typeof told !== 'string') return false;
  const words = askedValueWords(deps.content);
  const sort = askedValue(question, words);
  const note = reply.values?.note;
  // "what's the engine number on the Vincent?" told "1951" of "a 1951 Vincent": a note that never says what kind of
  // number or name is asked (the noun said before it) holds some other. A phone number or an email is held by its
  // type, whichever word says it.
  const kind = sort && ATTRIBUTE_SORTS.has(sort) ? undefined : attributeKind(question, words.attributeHeads, deps);
  // A part told alone ("14C") is read in the notes it was picked out of ("the Moorside allotments, plot 14C").
  const source = typeof note === 'string' ? [note] : typeof part === 'string' ? notes.filter((one) => one.toLowerCase().includes(part.toLowerCase())) : [];
  if (kind && ![told, ...source].some((text) => wordsOf(text, deps).some((word) => sameRoot(word, kind)))) return true;
  // "what school does Zara go to?" told "you've been teaching Zara the constellations": nothing that may be a school.
  if (!sort) return typeof part !== 'string' && !holdsAskedNoun(told, question, words.establishments, deps);
  const lexicon = memoryLexicon(deps.content);
  const asked = wordsOf(question, deps);
  // A part was picked out of its note as the value asked for ("the wet socks" of "a band called the wet socks"):
  // it answers, unless it only says back what was asked about ("Margaux" for "what's Margaux's cat called?").
  const context = { findCity: deps.findCity, asked, occupations: lexicon.occupations };
  // "200P" picked out for "what's Trevor's phone number?": a part holds the attribute's type, or its note says none
  // (a surname is read where its note says it, after the first name).
  if (typeof part === 'string' && ATTRIBUTE_SORTS.has(sort)) return !holdsValue(sort === 'surname' && typeof reply.values?.note === 'string' ? reply.values.note : part, sort, words, context);
  if (typeof part === 'string') return wordsOf(part, deps).every((word) => asked.includes(word));
  if (sort === 'number' && noAmountIn(told, asked, askedMeasure(question, noteLexicon(deps.content)), noteLexicon(deps.content).moneySlang)) return true;
  return !holdsValue(told, sort, words, context);
}

/**
 * The noun a question says right before the name or number it asks for ("Shona's *derby* name", "the *engine*
 * number"): which of them is asked. Not a word that says whose it is ("Kai's name") nor one the tagger reads otherwise.
 */
function attributeKind(question: string, heads: ReadonlySet<string>, deps: TurnDependencies): string | undefined {
  const said = wordsOf(question, deps);
  // "my goal number *of* signs" asks a count of them, not a number of some kind.
  const at = said.findIndex((word, index) => index > 0 && heads.has(word) && said[index + 1] !== 'of');
  if (at < 1) return undefined;
  const before = said[at - 1];
  const tag = wordLexicon().tags(before)?.[0];
  // "what did *I* name my bass?": a word of the question's own (the lexicon files "i" as a noun) says no kind; "name" is its verb.
  return tag !== undefined && /^NNS?$/.test(tag) && !heads.has(before) && !QUESTION_WORDS.has(before) ? before : undefined;
}

/**
 * Whether a text may hold what "what *school* …?" asks for by its noun, when WordNet files that noun among
 * establishments, which are told by their names (`memoryEstablishmentKinds`): the text says the noun, or a word
 * WordNet files under it, a name not asked with ("St Anne's"), or a word no lexicon knows. A question asked by any
 * other noun ("what *role* do I have …?") is held by anything: what answers it may only imply it.
 */
function holdsAskedNoun(text: string, question: string, establishments: ReadonlySet<string>, deps: TurnDependencies): boolean {
  const noun = askedNoun(question, noteLexicon(deps.content), (word) => wordLexicon().tags(word));
  if (!noun || ![...nounKinds().kindsOf(noun)].some((kind) => establishments.has(kind))) return true;
  const asked = new Set(wordsOf(question, deps));
  const tokens = tokenize(text, memoryLexicon(deps.content).contractedIs).filter((token) => !isPunctuation(token) && /[\p{L}\p{N}]/u.test(token.norm));
  return tokens.some((token, at) => {
    const word = token.norm;
    if (sameRoot(word, noun) || nounKinds().kindsOf(word).has(noun)) return true;
    if (asked.has(word)) return false;
    const named = at > 0 && /^\p{Lu}/u.test(token.raw) && word !== 'i';
    return named || (wordLexicon().lacks(word) && nounKinds().kindsOf(word).size === 0);
  });
}

/** The words of a text, normalized, without punctuation. */
function wordsOf(text: string, deps: TurnDependencies): string[] {
  return tokenize(text, memoryLexicon(deps.content).contractedIs).filter((token) => !isPunctuation(token) && /[\p{L}\p{N}]/u.test(token.norm)).map((token) => token.norm);
}

/** The replies, each note told back that holds nothing of the sort asked for said as not known (`unknown`). */
export function withoutUnheld(requests: readonly ReplyRequest[], question: string, unknown: () => ReplyRequest, deps: TurnDependencies, notes: readonly string[] = []): ReplyRequest[] {
  return requests.map((request) => (unheld(request, question, deps, notes) ? unknown() : request));
}
