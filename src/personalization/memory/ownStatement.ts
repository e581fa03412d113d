import type { Token } from './tokens';

/** What `statesOwnThing` needs to read a clause: the tagger, and which words fill, say when, or are what the message was read as asking about. */
export interface OwnStatementWords {
  tags: (word: string) => readonly string[] | undefined;
  fillers: ReadonlySet<string>;
  /** A word of time ("tomorrow", "Friday", "next"): a clause about a day is no one's thing. */
  isTime: (word: string) => boolean;
  /** A month or a day of the week ("March", "thu"): a date said. */
  isDate: (word: string) => boolean;
  /** A word the intent the message was read as is about ("weather" of a remark on the weather): no thing of the person's. */
  isRemark?: (word: string) => boolean;
}

/** How many words the thing a clause is about may take before its verb ("landlord", "gym membership", "entry for the fun run"). */
const SUBJECT_WORDS = 5;
/** Verbs said in a tense, or a past participle ("lift in *booked* for …"), after the thing they tell of. */
const TENSED = /^VB[DZN]$/;
// "rent's £1,350 now": "is" said short is kept as its own token.
const BEING = new Set(['is', 'are', 'was', 'were', 'has', 'had', "'s", '’s']);
/** Words that open what relates to the thing just named ("the guy *who* does …"). */
const RELATIVES = new Set(['who', 'that', 'which']);

/**
 * "dentist is on the 14th", "landlord served a notice on 3 Jan", "rent goes up to 950 in March", "the Harpers want it
 * by Friday": said without "I", a statement about one of the person's things, people or plans. The clause opens with
 * the thing it is about (a noun, a name or one's possessive, "the" at most before it), then a verb said in a tense,
 * and it holds something particular: a figure, a date, a day or a name. Not a remark on the world ("weather is 20
 * degrees": what the message was read as asking about), nor on a day ("tomorrow is Friday"), nor advice or a to-do
 * ("should call the landlord": no verb said in a tense), a question or a greeting.
 */
export function statesOwnThing(tokens: readonly Token[], words: OwnStatementWords): boolean {
  const said = tokens.filter((token) => /[\p{L}\p{N}]/u.test(token.norm) && !words.fillers.has(token.norm));
  const start = said[0]?.norm === 'the' ? 1 : 0;
  // "the window cleaner charges £20 a go": a word mostly a plural noun is a verb when a figure follows it.
  const priced = (at: number) => (words.tags(said[at].norm) ?? []).includes('VBZ') && /\p{N}/u.test(said[at + 1]?.norm ?? '');
  const verb = said.findIndex((token, at) => at > start && at <= start + SUBJECT_WORDS && (BEING.has(token.norm) || TENSED.test(words.tags(token.norm)?.[0] ?? '') || priced(at)));
  if (verb < 0) return false;
  const subject = said.slice(start, verb);
  const head = subject.filter((token) => !RELATIVES.has(token.norm)).at(-1);
  if (!head || subject.some((token, at) => !thingWord(token, at, words, start > 0 && at === 0))) return false;
  if (subject.some((token) => words.isTime(token.norm) || words.isRemark?.(token.norm) === true)) return false;
  return said.some((token, at) => particular(token, at, words));
}

/**
 * A word of the thing a clause is about: a noun, a name, a possessive, an adjective or a word of a phrase ("entry *for* …"); no pronoun or modal.
 * `determined`: right after "the", where a word known only as a verb names the doing as a thing ("the *retake* is in October").
 */
function thingWord(token: Token, at: number, words: OwnStatementWords, determined = false): boolean {
  if (RELATIVES.has(token.norm) && at > 0) return true;
  const tag = words.tags(token.norm)?.[0];
  if (tag === undefined || /^\p{Lu}/u.test(token.raw) || /['’]s$/u.test(token.norm)) return true;
  if (/^(PRP|MD|WP|WDT|UH|CC|TO)/.test(tag)) return false;
  if (determined && tag === 'VB') return true;
  return /^(NN|JJ|VBG|RB|RP|CD)/.test(tag) || (at > 0 && /^(IN|DT)/.test(tag));
}

/** Something particular: a figure, a date or a day, or a name typed with a capital after the clause's first word. */
function particular(token: Token, at: number, words: OwnStatementWords): boolean {
  if (/\p{N}/u.test(token.norm)) return true;
  // "may" is said far more as a verb than as the month, unless typed with its capital.
  if (words.isDate(token.norm) && (words.tags(token.norm)?.[0] !== 'MD' || /^\p{Lu}/u.test(token.raw))) return true;
  return at > 0 && /^\p{Lu}\p{Ll}/u.test(token.raw) && token.norm !== 'i';
}
