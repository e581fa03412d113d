import { ATTRIBUTE_SORTS, nounSayer, askedKind, holdsAge, saysBirth, type AskedValueWords, askedValue, askedValueWords, holdsValue, namedNoun, namingOf, saysNaming, saysNoun, saysNothing, type HoldsContext } from '../../personalization/memory/askedValue';
import { memoryLexicon } from '../../personalization/memory/factKinds';
import { namesAsked } from '../../personalization/memory/nameOfAsked';
import { alternativesAsked, saysAlternative } from '../../personalization/memory/askedHead';
import { isPersonNoun, isPlaceName } from '../../personalization/memory/categories';
import { askedMeasure, askedNoun } from '../../personalization/memory/questionWords';
import { noAmountIn } from '../../personalization/memory/answerSpan';
import { saysClock } from '../../personalization/memory/clockSpan';
import { figureSaidAsAge, figureSaidAsWhen, maySayWhen, withoutUncounting } from '../../personalization/memory/figuresOfSort';
import { paidPerOther, payAsked } from '../../personalization/memory/payNote';
import { FIRST_PERSON, noteLexicon, type MoneySlang } from '../../personalization/memory/noteLexicon';
import { wordLexicon } from '../../nlu/wordLexicon';
import { isLivingNoun, isMoneyNoun, nounKinds } from '../../nlu/nounKinds';
import { Culture, recognizeNumber } from '@microsoft/recognizers-text-suite';
import { contentList } from '../../content/content';
import NounInflector from 'natural/lib/natural/inflectors/noun_inflector';
import type { AskedMeasure } from '../../personalization/memory/noteWords';
import { isPunctuation, tokenize, type Token } from '../../personalization/memory/tokens';
import { SUBJECT_PRONOUNS, sameRoot, TIME_NOUNS } from '../../personalization/memory/noteWords';
import type { ReplyRequest } from '../../vocabulary/reply';
import type { TurnDependencies } from '../turn';
import { NOTE_ANSWERS } from './memoryNotes';
import { countsNoThingOfSort, tellsNoThingOfSort } from '../../personalization/memory/thingOfSort';
import { valueSaidOf } from '../../personalization/memory/valueSaidOf';

/**
 * Whether a reply tells back a note (or part of one) that holds no value of the sort the question plainly asks
 * for: "when's the gig?" told "you've got a gig on", "what's my mum called?" told "your mum keeps asking when
 * you'll visit". Such a note is about the thing asked, not its answer. Any other reply, or a question whose
 * words ask no sort, is let be.
 */
export function unheld(reply: ReplyRequest, question: string, deps: TurnDependencies, notes: readonly string[] = []): boolean {
  if (!NOTE_ANSWERS.has(reply.key)) return describesOnly(reply, question, deps);
  const part = reply.values?.part;
  const told = part ?? reply.values?.note;
  if (typeof told !== 'string') return false;
  const words = askedValueWords(deps.content);
  const sort = askedValue(question, words);
  const note = reply.values?.note;
  // "what's the engine number on the Vincent?" told "1951" of "a 1951 Vincent": a note that never says what kind of
  // number or name is asked (the noun said before it) holds some other. A phone number or an email is held by its
  // type, whichever word says it.
  const kind = sort && ATTRIBUTE_SORTS.has(sort) ? undefined : askedKind(question, words);
  const lexicon = memoryLexicon(deps.content);
  const asked = wordsOf(question, deps);
  const relation = (word: string) => lexicon.nouns.get(word)?.some((entry) => lexicon.people.has(entry.kind)) === true;
  const context: HoldsContext = { findCity: deps.findCity, asked, occupations: lexicon.occupations, relation, ...(kind ? { kind } : {}) };
  // A part told alone ("14C") is read in the notes it was picked out of ("the Moorside allotments, plot 14C").
  const source = typeof note === 'string' ? [note] : typeof part === 'string' ? notes.filter((one) => saysPart(one, part)) : [];
  if (kind && ![told, ...source].some((text) => holdsValue(text, 'kind', words, context))) return true;
  // A clause told back ("you use Hustle Butter") is read in the note it was cut from ("… for aftercare").
  if (holdsNoOtherAsked(question, [told, ...source, ...notes.filter((one) => saysPart(one, withoutOpening(told)))], deps)) return true;
  // "what's my manager at the cafe called?" told "a cafe called Hands & Co", "what was the last keeper called?" told
  // "my husband Colin": a name told of something the question does not ask about names another.
  // A note that does not say what is named may still name it in words of its own ("we call the big pit Bertha" for
  // "what's the big smoker called?"), not a name it says otherwise ("my husband Colin") nor one of something of
  // another sort ("a cafe called Hands & Co" for a manager).
  const named = namedNoun(question, words);
  // "what's the name of my dog?" told "Aoife" of "me daughter Aoife": a name said right after a word the lexicon keeps
  // of another kind (a child, not a pet) is that one's name, not the name asked.
  if (named && sort === 'name' && typeof part === 'string' && source.length > 0 && source.every((text) => namedAsOtherKind(part, text, named, question, deps))) return true;
  if (named && ![told, ...source].some((text) => saysNoun(text, named, words))) {
    if (typeof part !== 'string') return !saysNaming(told, words);
    const naming = source.map((text) => namingOf(part, text, words)).find((found) => found !== undefined);
    if (!naming) return true;
    const before = naming.before;
    if (before !== undefined && isPersonNoun(named) && /^NNS?$/.test(wordLexicon().tags(before)?.[0] ?? '') && !isPersonNoun(before)) return true;
  }
  // "what's our guesthouse called?" told "Yuki" of "a guesthouse with my wife Yuki", "what's my dog called?" told "Lerwick"
  // of "up on Shetland, Lerwick": a name said right after a word for another, or a place, is not what is asked the name of.
  if (named && sort === 'name' && typeof part === 'string' && source.length > 0 && source.every((text) => namesAnother(part, text, named, words, deps))) return true;
  // "what's my mom's name?" told "your mom watches Minh during the day", or "Spring Festival" of "see my mom during
  // Spring Festival": a note that speaks of someone names them only by a name said beside a word for them.
  // Only of someone: a noun the lexicon keeps of a pet or a thing ("cat", though WordNet has a person sense of it) is let be.
  const ofSomeone = (noun: string) => isPersonNoun(noun) && !(lexicon.nouns.get(noun) ?? []).some((entry) => !lexicon.people.has(entry.kind));
  if (named && sort === 'name' && ofSomeone(named)) {
    // "my host mum": the word said after the noun read as one may be who is asked about ("the mum is Carol").
    const next = asked[asked.indexOf(named) + 1];
    const nouns = next !== undefined && next !== "'s" && !words.nameWords.has(next) && ofSomeone(next) ? [named, next] : [named];
    const saying = [told, ...source].filter((text) => nouns.some((noun) => saysNoun(text, noun, words)));
    if (saying.length > 0 && !saying.some((text) => nouns.some((noun) => namesAsked(text, noun, words, context, typeof part === 'string' ? part : undefined)))) return true;
  }
  // "what's the name of the clinic?" told "moving from Phibsborough to Drumcondra, closer to the clinic": a note told
  // whole that only speaks of the thing, with no naming word in it and no name said beside the word for it, names it not.
  if (named && sort === 'name' && typeof part !== 'string' && saysNoun(told, named, words) && !saysNaming(told, words) && !namesAsked(told, named, words, context)) return true;
  // A part was picked out of its note as the value asked for ("the wet socks" of "a band called the wet socks"):
  // it answers, unless it only says back what was asked about ("Margaux" for "what's Margaux's cat called?") with
  // words that say nothing ("1 in" for "the grade 1 fee", "NOT" of "mum is NOT happy").
  const names = sort === 'name' || sort === 'person' || kind?.head.startsWith('name') === true;
  if (typeof part === 'string' && tokensOf(part, deps).every((token) => asked.includes(token.norm) || saysNothing(token, words, names)) && !nameOfNounAsked(part, question, deps)) return true;
  // "FR" of "the star of hope FR 227": letters said before a figure are a code's, no one's name.
  if (names && typeof part === 'string' && source.length > 0 && source.every((text) => saidAsCode(part, text))) return true;
  // "what's my coach's name?" told "GM" of "my coach is a GM from Serbia": what is said after "a" is a sort of person, not who.
  if (sort === 'name' && named && isPersonNoun(named) && typeof part === 'string' && source.length > 0 && source.every((text) => saidAfterArticle(part, text))) return true;
  // "what was my dad's name?" told "Alzheimer's Society": a name that ends in a word for a body of people is no one's.
  if (sort === 'name' && named && isPersonNoun(named) && typeof part === 'string' && namesEstablishment(part, words.establishments, deps)) return true;
  // "how much did the grading cost?" told "62" of "came back MS-62": a figure joined to letters is a grade or a code's, no sum nor count.
  if (sort === 'number' && typeof part === 'string' && source.length > 0 && source.every((text) => figureOfCode(part, text))) return true;
  // "how old is Bill?" told "2021" of "Bill was diagnosed in 2021": a year picked out of a note that says no birth is no age.
  // A thing's age is told by the year it is from ("how old is the barn?" told "1902" of "a barn built in 1902").
  if (sort === 'age' && typeof part === 'string' && source.length > 0 && !agesAThing(question, deps) && !holdsAge(part, words, source.some((text) => saysBirth(text, words)))) return true;
  // "how old is Lars?" told "2 weeks" of "Lars is away 2 weeks at a time": a span of time is an age only said as one
  // ("2 weeks old", "she's 3 months", "aged 9 months").
  if (sort === 'age' && typeof part === 'string' && source.length > 0 && saysTimeUnit(part, words.timeUnits) && !source.some((text) => spanSaidAsAge(part, text, words))) return true;
  // "how many years have I been interpreting?" told "9pm": a time of day counts no years.
  if (sort === 'number' && typeof part === 'string' && asked.some((word) => words.timeUnits.has(word)) && saysClock(part) && !saysTimeUnit(part, words.timeUnits)) return true;
  // "how much was the Diwali bonus?" told "22,000 rupees" of "Salary is 22,000 rupees, plus she gives Diwali bonus", "when's
  // the van's MOT due?" told "1st November" of "insurance renewal is due 1st November": a value said of another thing.
  if ((sort === 'number' || sort === 'time') && typeof part === 'string' && source.length > 0 && source.every((text) => saidOfOther(part, text, question, sort, deps))) return true;
  // "what's my hourly rate?" told "$1.10" of "I charge $1.10 a mile for travel": what is charged per another thing is not the pay asked.
  const unit = payAsked(asked, noteLexicon(deps.content))?.unit;
  if ((sort === undefined || sort === 'number') && typeof part === 'string' && unit !== undefined && source.length > 0 && source.every((text) => paidPerOther(part, text, unit, noteLexicon(deps.content)))) return true;
  // "what school does Zara go to?" told "you've been teaching Zara the constellations": nothing that may be a school.
  if (!sort) {
    // "what car do I drive?" told "Taxi" of "a podcast called Taxi Rank Talks": a piece of a name given to another thing.
    if (typeof part === 'string' && source.length > 0 && source.every((text) => pieceOfName(part, text, words, deps))) return true;
    // "what's my favourite bird call?" told "first bird": what ends on a word the question says of another ("*bird* call") is not that other.
    if (typeof part === 'string' && endsOnModifier(part, asked, deps)) return true;
    const noun = askedNoun(question, noteLexicon(deps.content), (word) => wordLexicon().tags(word));
    // "what car do I drive?" told "oat flat" of "oat flat whites": a thing of another sort than the one asked.
    if (noun !== undefined && tellsNoThingOfSort(question, noun, typeof part === 'string' ? part : source[0] ?? told, [told, ...source], words)) return true;
    // "which ship am I on?" told "7 month contracts" of "… on a cruise ship, 7 month contracts": a count of things of another sort.
    if (noun !== undefined && typeof part === 'string' && countsNoThingOfSort(noun, part, words)) return true;
    if (typeof part === 'string') return false;
    return noun !== undefined && isEstablishment(noun, words.establishments) && !holdsValue(told, 'establishment', words, { ...context, noun });
  }
  // "200P" picked out for "what's Trevor's phone number?": a part holds the attribute's type, or its note says none
  // (a surname is read where its note says it, after the first name).
  if (typeof part === 'string' && (ATTRIBUTE_SORTS.has(sort) || sort === 'clock' || sort === 'distance' || sort === 'year' || sort === 'month')) return !holdsValue(sort === 'surname' && typeof reply.values?.note === 'string' ? reply.values.note : part, sort, words, context);
  const measure = askedMeasure(question, noteLexicon(deps.content));
  const slang = noteLexicon(deps.content).moneySlang;
  // "how much do I charge per tumbler?" told "60" of "60 tumblers", "how many guests can the inn hold?" told "20" of
  // "20 logs": a figure said counting things is no sum of money, nor a count of a thing of another sort.
  if (sort === 'number' && typeof part === 'string' && source.length > 0 && source.every((text) => countsOther(part, text, question, measure, words, deps))) return true;
  // "how many seats in the Brussels theatre?" told "12" of "Brussels 12 march", "how many gigs did I do?" told "31" of
  // "Danny here, 31, magician": a figure said only as a day or as someone's age counts nothing and is no sum.
  if (sort === 'number' && typeof part === 'string' && source.length > 0 && source.every((text) => figureSaidAsWhen(part, text) || figureSaidAsAge(part, text))) return true;
  if (typeof part === 'string') return sort === 'number' && source.length > 0 && (source.every((text) => noAmountIn(text, asked, measure, slang)) || (measure === 'length' && source.every((text) => saidInMoney(part, text, slang))));
  if (sort === 'number' && noAmountIn(told, asked, measure, slang)) return true;
  // "how much rent do we pay for the café?" told "you run a little puzzle café in Utrecht": a note with no figure, no
  // money and no word that says a price without one names no price.
  if (sort === 'number' && measure === 'price' && saysNoPrice(told, slang, deps)) return true;
  // "how many people are on my rotation?" told "the handover moved to monday 9am": a figure said as a day, a time, a
  // temperature or a sum counts nothing.
  if (sort === 'number' && measure === 'count' && !holdsValue(withoutUncounting(told), sort, words, context)) return true;
  // "when is my next physical?" told "blood pressure was 150/95 at the last one": a reading or a count is no when.
  if (sort === 'time' && !maySayWhen(told)) return true;
  return !holdsValue(told, sort, words, context);
}

/**
 * Whether a value kept of a fact kind, told for a name asked ("what's the name of the nonprofit I work for?"), only
 * describes the thing by the word asked for it ("homeless services nonprofit in Atlanta"): it names nothing but a place.
 */
function describesOnly(reply: ReplyRequest, question: string, deps: TurnDependencies): boolean {
  const value = reply.values?.value;
  const words = askedValueWords(deps.content);
  const named = typeof value === 'string' && askedValue(question, words) === 'name' ? namedNoun(question, words) : undefined;
  if (named === undefined || typeof value !== 'string') return false;
  const said = wordsOf(value, deps);
  if (!said.some((word) => sameRoot(word, named))) return false;
  return !holdsValue(value, 'name', words, { findCity: deps.findCity, asked: [], occupations: memoryLexicon(deps.content).occupations });
}

/**
 * Whether what is told says none of the things a question offers ("which bee breed do I keep, buckfast or native
 * black bees?" told "your dog keeps eating dead bees"): the note is about what is asked of, not its answer.
 */
function holdsNoOtherAsked(question: string, texts: readonly string[], deps: TurnDependencies): boolean {
  const words = askedValueWords(deps.content);
  const alternatives = alternativesAsked(question, words);
  return alternatives.length > 0 && !texts.some((text) => saysAlternative(text, alternatives, words));
}

/** A clause told back without its first word, which says whose it is in the bot's words ("you" for the note's "I"). */
function withoutOpening(told: string): string {
  const words = told.trim().split(/\s+/);
  return words.length > 2 ? words.slice(1).join(' ') : told;
}

/**
 * Whether a name picked out of a note is said as another's (`named`: the noun asked the name of): right after a word
 * for something else ("my wife Yuki" asked of a guesthouse), or a place said after anything but a word for what is
 * asked ("Shetland, Lerwick" asked of a dog). Not after a naming word ("a dog called Paris") nor the word asked by ("my dog Paris").
 */
export function namesAnother(part: string, note: string, named: string, words: AskedValueWords, deps: TurnDependencies): boolean {
  const tokens = tokensOf(note, deps);
  const picked = tokensOf(part, deps).map((token) => token.norm);
  const at = tokens.findIndex((_, index) => picked.length > 0 && picked.every((word, i) => tokens[index + i]?.norm === word));
  if (at <= 0) return false;
  const before = tokens[at - 1];
  if (words.namingWords.has(before.norm) || words.nameLinks.has(before.norm) || words.honorifics.has(before.norm)) return false;
  const common = !/^\p{Lu}/u.test(before.raw);
  if (common && saysNoun(before.raw, named, words)) return false;
  // "the bakery in Harrogate, Crumbs Corner": a name said beside a place still names what the note speaks of in a word of its own.
  const spoken = tokens.some((token) => !/^\p{Lu}/u.test(token.raw) && saysNoun(token.raw, named, words));
  // "the bakery where I worked as a student, Pastelaria X": a name set apart by a comma may name anything said before
  // it, the thing asked too when the note says it; only one said right after the word ("my wife Yuki") is that word's.
  const noun = common && /^NNS?$/.test(wordLexicon().tags(before.norm)?.[0] ?? '') && !isPersonNoun(named) && !(spoken && setApart(picked, note, deps));
  const city = deps.findCity(part);
  // "up on Shetland, Lerwick": what is said beside a place, after a word that places, is one too.
  const placed = !common && at >= 2 && words.placeWords.has(tokens[at - 2].norm) && (wordLexicon().tags(tokens[at - 2].norm) ?? []).includes('IN');
  return noun || (!spoken && (placed || (city !== undefined && city.typo !== true) || isPlaceName(part)));
}

/** Whether words are said in a note right after a mark ("…as a student*,* Pastelaria Santo Amaro"). */
function setApart(picked: readonly string[], note: string, deps: TurnDependencies): boolean {
  const tokens = tokenize(note, memoryLexicon(deps.content).contractedIs);
  const at = tokens.findIndex((_, index) => picked.length > 0 && picked.every((word, i) => tokens[index + i]?.norm === word));
  return at > 0 && isPunctuation(tokens[at - 1]);
}

/** Words said between "how old" and what it asks the age of ("how old *is my* van?", "how old *will the* house be?"). */
const AGE_LEAD_INS = new Set(['is', 'are', 'was', 'were', 'will', "'s", "'re", 'my', 'the', 'our', 'his', 'her', 'their', 'your', 'this', 'that', 'a', 'an']);

/**
 * Whether "how old …?" asks the age of a thing ("my *building*", "my dad's *van*"), not of someone or an animal
 * ("Ronan", "my nephew", "the cat", "I"): the nouns said after it, up to the first other word, end on no living one.
 */
function agesAThing(question: string, deps: TurnDependencies): boolean {
  const tokens = tokenize(question, memoryLexicon(deps.content).contractedIs);
  const old = tokens.findIndex((token, at) => token.norm === 'old' && tokens[at - 1]?.norm === 'how');
  if (old < 0) return false;
  let at = old + 1;
  while (tokens[at] !== undefined && AGE_LEAD_INS.has(tokens[at].norm)) at++;
  let head: string | undefined;
  for (; tokens[at] !== undefined && !isPunctuation(tokens[at]); at++) {
    const token = tokens[at];
    // "my dad's van": whose it is comes first, the thing last.
    if (token.norm === "'s" && head !== undefined) continue;
    // "how old is Ronan?", "how old was I …?": a name or a person said by a pronoun.
    if (!/^\p{Ll}/u.test(token.raw) || FIRST_PERSON.has(token.norm) || !(wordLexicon().tags(token.norm) ?? []).some((tag) => tag.startsWith('NN'))) break;
    head = token.norm;
  }
  return head !== undefined && !isLivingNoun(head) && !isPersonNoun(head);
}

/** Whether a part is said in a note after a naming word with more of the name after it ("called *Taxi* Rank Talks"). */
function pieceOfName(part: string, note: string, words: AskedValueWords, deps: TurnDependencies): boolean {
  const tokens = tokenize(note, memoryLexicon(deps.content).contractedIs);
  const picked = tokensOf(part, deps).map((token) => token.norm);
  const at = tokens.findIndex((_, index) => picked.length > 0 && picked.every((word, i) => tokens[index + i]?.norm === word));
  if (at <= 0) return false;
  const next = tokens[at + picked.length];
  return words.namingWords.has(tokens[at - 1].norm) && next !== undefined && /^\p{Lu}/u.test(next.raw);
}

/** Forms of "be", "do" and "have" a question says after what it asks of ("what bird *do* I …?"). */
const AUXILIARY_WORDS = new Set(['do', 'does', 'did', 'is', 'are', 'was', 'were', 'am', 'have', 'has', 'had', "'s", "'re"]);

/**
 * Whether a part ends on a word the question says before a noun it asks of ("first *bird*" for "my favourite bird
 * call"): the part is the thing that word names, not what is asked.
 */
function endsOnModifier(part: string, asked: readonly string[], deps: TurnDependencies): boolean {
  const last = tokensOf(part, deps).at(-1)?.norm;
  const at = last === undefined ? -1 : asked.indexOf(last);
  const next = asked[at + 1];
  if (at < 0 || next === undefined || AUXILIARY_WORDS.has(next)) return false;
  // "what kind of company *I* work in?": a pronoun opens what is said of the word before it, which is then what is
  // asked; "i" is a noun too (the letter), by WordNet.
  const tags = wordLexicon().tags(next) ?? [];
  if (SUBJECT_PRONOUNS.has(next) || tags[0] === 'PRP') return false;
  return tags.some((tag) => tag.startsWith('NN')) && nounKinds().kindsOf(next).size > 0;
}

/** Whether a part is letters said right before a figure in a note ("FR" of "FR 227", "PD" of "the PD 412"): a code. */
function saidAsCode(part: string, note: string): boolean {
  if (!/^\p{Lu}{1,3}$/u.test(part.trim())) return false;
  const at = note.indexOf(part.trim());
  return at >= 0 && /^\s*-?\s*\d/.test(note.slice(at + part.trim().length));
}

/** Whether a figure is said in a note only joined to letters before it by a hyphen ("MS-62", "AV-558"): a grade or a code. */
function figureOfCode(part: string, note: string): boolean {
  const figure = part.trim();
  if (!/^\d+$/.test(figure)) return false;
  const said = [...note.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])(\\p{L}+-)?${figure}(?![\\p{N}])`, 'gu'))];
  return said.length > 0 && said.every((found) => found[1] !== undefined);
}

/** Whether a note says a part right after "a" or "an" ("a GM from Serbia"): a sort of person or thing, no name. */
function saidAfterArticle(part: string, note: string): boolean {
  const at = note.toLowerCase().indexOf(part.toLowerCase());
  return at >= 0 && /(?:^|\s)an?\s+$/i.test(note.slice(0, at));
}

/** Whether a name ends in a word WordNet files among establishments ("the Alzheimer's *Society*", "Hoshino Patent *Office*"), which names no person. */
function namesEstablishment(part: string, establishments: ReadonlySet<string>, deps: TurnDependencies): boolean {
  const last = tokensOf(part, deps).at(-1)?.norm;
  return last !== undefined && tokensOf(part, deps).length > 1 && !isPersonNoun(last) && isEstablishment(last, establishments);
}

/** Whether a part says a unit of time it counts in ("6 hours"), singular or plural. */
function saysTimeUnit(part: string, units: ReadonlySet<string>): boolean {
  return part.toLowerCase().split(/[^\p{L}]+/u).some((word) => units.has(word) || units.has(`${word}s`));
}

/** Words a span of time is said right after when it is someone's age ("she*'s* 3 months", "*turns* 2 weeks tomorrow"). */
const AGE_SAYERS = new Set(['is', "'s", 'was', 'turns', 'turned', 'turning', 'aged', 'age', 'now']);

/** Whether a note says a span of time picked out of it as an age: followed by "old", or right after a word that says one is that age. */
function spanSaidAsAge(part: string, note: string, words: AskedValueWords): boolean {
  const at = note.toLowerCase().indexOf(part.toLowerCase());
  if (at < 0) return true;
  const after = note.slice(at + part.length).trim().toLowerCase();
  const before = note.slice(0, at).trim().toLowerCase().split(/\s+/).at(-1) ?? '';
  return /^old\b/.test(after) || words.birthWords.has(before) || AGE_SAYERS.has(before) || before.endsWith("'s") || before.endsWith('’s');
}

const inflector = new NounInflector();

/** Words after a figure within which the plural noun it counts is said ("60 *hand blown tumblers*"). */
const COUNTED_WITHIN = 3;

/**
 * Whether a bare figure picked out of a note is said there counting things ("60 tumblers", "20 logs of oak") that do
 * not answer what is asked: asked a price, anything counted but money; asked how many of a thing, things of another
 * sort (no guests are logs: one is living, the other not). A unit of time counted ("3 days") may be a rate's and is let be.
 */
function countsOther(part: string, note: string, question: string, measure: AskedMeasure | undefined, words: AskedValueWords, deps: TurnDependencies): boolean {
  if (measure !== 'price' && measure !== 'count') return false;
  // "15 hives": the figure, with the words it counts picked out beside it.
  const figure = /^\d[\d,.]*(?=$|\s+\p{L}+(?:\s+\p{L}+)*$)/u.exec(part.trim())?.[0];
  if (figure === undefined) return false;
  const tokens = tokenize(note, memoryLexicon(deps.content).contractedIs);
  const said = tokens.map((token) => token.norm);
  const at = said.indexOf(figure.toLowerCase());
  if (at < 0 || said.indexOf(figure.toLowerCase(), at + 1) >= 0) return false;
  const counted = countedAfter(tokens, at);
  if (counted === undefined) return false;
  const slang = noteLexicon(deps.content).moneySlang;
  const single = counted.endsWith('s') ? counted.slice(0, -1) : counted;
  if (isMoneyNoun(counted) || slang.after.has(counted) || words.timeUnits.has(counted) || words.timeUnits.has(single) || slang.per?.has(single) === true) return false;
  if (measure === 'price') return true;
  const asked = countAsked(question, deps);
  if (asked === undefined) return false;
  const alike = noteLexicon(deps.content).askedAlike.get(asked) ?? [];
  if (sameRoot(counted, asked) || alike.includes(counted) || nounSayer(asked)(counted) || nounSayer(counted)(asked)) return false;
  const living = (word: string) => [inflector.singularize(word), word.replace(/s$/, '')].some(isLivingNoun);
  return living(counted) !== living(asked);
}

/** The plural noun said within a few words after a figure, with only words that may describe it between ("20 *logs*"), as typed in its clause. */
function countedAfter(tokens: readonly Token[], at: number): string | undefined {
  for (let next = at + 1; next < tokens.length && next <= at + COUNTED_WITHIN; next++) {
    const token = tokens[next];
    // A mark between ends what the figure counts ("Sanne, 42, …" is no count of what follows).
    if (isPunctuation(token)) return undefined;
    const tag = wordLexicon().tags(token.norm)?.[0];
    // "tumblers", which the tagger does not know: a plural of a noun WordNet has.
    // "120 rs each side": a plural of a letter or two ("rs", "ks") is no noun told; it may be a currency's mark.
    if (tag === 'NNS' || (tag === undefined && /\p{L}{3,}s$/u.test(token.norm) && [inflector.singularize(token.norm), token.norm.slice(0, -1)].some((one) => nounKinds().sensesAbove(one, 0, 1).size > 0))) return token.norm;
    if (tag === undefined || !/^(JJ|NN|VBG|VBN)$/.test(tag)) return undefined;
  }
  return undefined;
}

/** The noun a "how many …?" question counts ("how many *guests* can my inn hold?"), the first one after "many". */
function countAsked(question: string, deps: TurnDependencies): string | undefined {
  const said = wordsOf(question, deps);
  const many = said.findIndex((word, at) => word === 'many' && said[at - 1] === 'how');
  if (many < 0) return undefined;
  for (const word of said.slice(many + 1, many + 1 + COUNTED_WITHIN)) {
    const tag = wordLexicon().tags(word)?.[0];
    if (tag === 'NNS' || tag === 'NN') return word;
    if (tag === undefined || !/^(JJ|VBG|VBN)$/.test(tag)) return undefined;
  }
  return undefined;
}

/** Whether a text says no figure (in digits or words), no money (a sign, a unit, slang) and no word that says a price without a figure ("free"). */
function saysNoPrice(text: string, slang: MoneySlang, deps: TurnDependencies): boolean {
  if (/[\p{N}\p{Sc}]/u.test(text) || recognizeNumber(text, Culture.English).length > 0) return false;
  const said = wordsOf(text, deps);
  const without = contentList(deps.content, 'memoryPriceWithoutFigure').map((phrase) => phrase.toLowerCase().split(/\s+/));
  if (without.some((phrase) => said.some((_, at) => phrase.every((word, i) => said[at + i] === word)))) return false;
  return !said.some((word) => isMoneyNoun(word) || slang.after.has(word) || slang.alone.has(word));
}

/**
 * Whether a name picked out of a note is said right after a noun the lexicon keeps of kinds (a child, a partner, a pet)
 * none of which the noun asked the name of is kept of ("me daughter *Aoife*" for a dog), and the question does not say that noun.
 */
function namedAsOtherKind(part: string, note: string, named: string, question: string, deps: TurnDependencies): boolean {
  const lexicon = memoryLexicon(deps.content);
  const tokens = tokenize(note, lexicon.contractedIs);
  const picked = tokensOf(part, deps).map((token) => token.norm);
  const at = tokens.findIndex((_, index) => picked.length > 0 && picked.every((word, i) => tokens[index + i]?.norm === word));
  const before = at > 0 ? tokens[at - 1].norm : undefined;
  if (before === undefined || isPunctuation(tokens[at - 1])) return false;
  if (question.toLowerCase().split(/[^\p{L}]+/u).includes(before)) return false;
  const kinds = (word: string) => new Set((lexicon.nouns.get(word) ?? lexicon.nouns.get(inflector.singularize(word)) ?? []).map((entry) => entry.kind));
  const told = kinds(before);
  const asked = kinds(named);
  return told.size > 0 && asked.size > 0 && ![...told].some((kind) => asked.has(kind));
}

/** Whether a note says a part picked out of it, word for word, whatever stands between ("Jesses Leather Co" of "under 'Jesses & Leather Co'"). */
function saysPart(note: string, part: string): boolean {
  const words = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const said = words(note);
  const picked = words(part);
  return picked.length > 0 && said.some((_, at) => picked.every((word, index) => said[at + index] === word));
}

/**
 * Whether a figure picked out of a note is said there as a sum of money ("3000" of "3000 yen a session", "£40"): how
 * long something lasts is no price, however the figure reads.
 */
function saidInMoney(part: string, note: string, slang: MoneySlang): boolean {
  const at = note.toLowerCase().indexOf(part.toLowerCase());
  if (at < 0) return false;
  if (/[£$€¥₹]\s*$/u.test(note.slice(0, at)) || /[£$€¥₹]/u.test(part)) return true;
  const next = /^\s*([\p{L}]+)/u.exec(note.slice(at + part.length))?.[1]?.toLowerCase();
  return next !== undefined && (slang.after.has(next) || isMoneyNoun(next));
}

/**
 * Whether WordNet files a noun among establishments, which are told by their names (`memoryEstablishmentKinds`):
 * "what *school* …?" is answered by a note that may name one. A question asked by any other noun ("what *role* do I
 * have …?") is held by anything: what answers it may only imply it.
 */
function isEstablishment(noun: string, establishments: ReadonlySet<string>): boolean {
  return [...nounKinds().kindsOf(noun)].some((kind) => establishments.has(kind));
}

/**
 * "what street is my shop on?" told "Shop Street": a name in capitals that ends on the noun the question asks for, with
 * more before it, is one of that sort, though every word of it is said in the question.
 */
function nameOfNounAsked(part: string, question: string, deps: TurnDependencies): boolean {
  const tokens = tokensOf(part, deps);
  const noun = askedNoun(question, noteLexicon(deps.content), (word) => wordLexicon().tags(word));
  return noun !== undefined && tokens.length > 1 && tokens.at(-1)?.norm === noun && tokens.every((token) => /^\p{Lu}/u.test(token.raw));
}

/** Words of a question that may name what it asks of: nouns, and words the tagger does not know ("MOT"). */
function nounsOf(question: string, deps: TurnDependencies): string[] {
  const stop = noteLexicon(deps.content).stopWords;
  return wordsOf(question, deps).filter((word) => /^\p{L}{2,}$/u.test(word) && !stop.has(word) && /^(NN|$)/.test(wordLexicon().tags(word)?.[0] ?? ''));
}

/** What WordNet files a word for a time under ("deadline" → point in time). */
const TIME_KINDS = ['time', 'point in time', 'time period'];

/**
 * Whether a value picked out of a note is said there of a thing ("*Salary* is 22,000", "boiler *service* is due 3rd
 * March") that is none the question says nor one WordNet relates closely to one: asked a sum of a payment, said of
 * another payment; asked when, in a note that says nothing the question asks of.
 */
function saidOfOther(part: string, note: string, question: string, sort: 'number' | 'time', deps: TurnDependencies): boolean {
  const said = valueSaidOf(part, note);
  if (said === undefined) return false;
  const lexicon = noteLexicon(deps.content);
  const asked = nounsOf(question, deps);
  const related = (word: string) => word !== '' && asked.some((one) => sameRoot(word, one) || nounSayer(one)(word) || nounSayer(word)(one) || (lexicon.askedAlike.get(one) ?? []).includes(word));
  if (related(said.noun) || related(said.before) || wordsOf(question, deps).includes(said.noun)) return false;
  // "date is 19 September", "target opening date: March": a word for a time says of what only by the words around it.
  if (sort === 'time') return !TIME_NOUNS.has(said.noun) && !TIME_KINDS.some((kind) => nounKinds().kindsOf(said.noun).has(kind)) && !wordsOf(note, deps).some(related);
  const money = (word: string) => lexicon.moneyKinds.has(word) || [...lexicon.moneyKinds].some((kind) => nounKinds().kindsOf(word).has(kind));
  return money(said.noun) && asked.some(money);
}

function tokensOf(text: string, deps: TurnDependencies): Token[] {
  return tokenize(text, memoryLexicon(deps.content).contractedIs).filter((token) => !isPunctuation(token) && /[\p{L}\p{N}]/u.test(token.norm));
}

/** The words of a text, normalized, without punctuation. */
function wordsOf(text: string, deps: TurnDependencies): string[] {
  return tokensOf(text, deps).map((token) => token.norm);
}

/** The replies, each note told back that holds nothing of the sort asked for said as not known (`unknown`). */
export function withoutUnheld(requests: readonly ReplyRequest[], question: string, unknown: () => ReplyRequest, deps: TurnDependencies, notes: readonly string[] = []): ReplyRequest[] {
  return requests.map((request) => (unheld(request, question, deps, notes) ? unknown() : request));
}
