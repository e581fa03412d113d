import { Culture, recognizeDateTime } from '@microsoft/recognizers-text-suite';
import { categoriesOf, isOccupation, isPersonNoun, isPlaceName, placeOfPeople } from './categories';
import type { StatedFact } from './memoryReading';
import { FIRST_PERSON } from './memoryWords';
import type { ValueContext } from './readValue';
import { isPunctuation, typedText, type Token } from './tokens';

/** Most words of a company named bare ("Kestrel Logistics", "Sato & Kline"). */
const MAX_NAME_WORDS = 4;
/** Most words of a title said before "at" a company ("Partner", "Senior data engineer"). */
const MAX_TITLE_WORDS = 4;

/**
 * "Ana, Product manager, Kestrel Logistics.", "Dev. Staff engineer. Quantile Systems.", "Hiro. Partner at Sato &
 * Kline architects.": in a message of terse pieces, the company named beside work said bare is where one works,
 * and a title said "at" a company is work too when WordNet files it among people ("partner", not "dinner").
 * Nothing when the message already told where one works, or its pieces say no such thing.
 */
export function workplaceInList(tokens: readonly Token[], facts: readonly StatedFact[], name: string | undefined, values: ValueContext): StatedFact[] {
  if (values.lowerCase || facts.some((fact) => fact.kind === WORKPLACE)) return [];
  const pieces = piecesOf(tokens);
  const taken = new Set([name, ...facts.map((fact) => fact.value)].filter((value) => value !== undefined).map((value) => value.toLowerCase()));
  const jobs = facts.filter((fact) => fact.kind === JOB);
  for (const job of jobs) {
    const at = pieces.findIndex((piece) => typedText(piece).toLowerCase().startsWith(job.value.toLowerCase()));
    const company = at < 0 || pieces[at].some((token) => token.norm === 'at') ? undefined : companyNamed(pieces[at + 1] ?? [], taken, values);
    if (company) return [{ kind: WORKPLACE, value: company }];
  }
  if (jobs.length > 0) return [];
  for (const piece of pieces) {
    const at = piece.findIndex((token) => token.norm === 'at');
    const title = piece.slice(0, at);
    if (at < 1 || at > MAX_TITLE_WORDS || !titleOfPerson(title, values)) continue;
    const company = companyNamed(piece.slice(at + 1), taken, values);
    if (company) return [{ kind: JOB, value: typedText(title), loose: true }, { kind: WORKPLACE, value: company }];
  }
  return [];
}

const JOB = 'job';
const WORKPLACE = 'workplace';

/** The pieces of a message between its commas and full stops. */
function piecesOf(tokens: readonly Token[]): Token[][] {
  const pieces: Token[][] = [[]];
  for (const token of tokens) {
    if (isPunctuation(token)) pieces.push([]);
    else pieces[pieces.length - 1].push(token);
  }
  return pieces.filter((piece) => piece.length > 0);
}

/** "Partner", "Senior architect": nouns ending in one WordNet files among people or as work, typed with a capital. */
function titleOfPerson(title: readonly Token[], values: ValueContext): boolean {
  const last = title.at(-1);
  if (!last || !/^\p{Lu}/u.test(title[0].raw) || title.some((token) => FIRST_PERSON.has(token.norm))) return false;
  const nouns = title.every((token) => /^(NN|JJ)/.test(values.words.tags(token.norm)?.[0] ?? 'NN'));
  return nouns && (isPersonNoun(last.norm) || isOccupation(last.norm, values.lexicon.occupations));
}

/**
 * A company named at the start of a piece: capitalised words ("Kestrel Logistics", "Sato & Kline" before
 * "architects"), not a place, a people's word, a date, work, a thing of a category ("Italian"), the person's
 * name or a value already read, nor words that only describe ("Married", "Single").
 */
function companyNamed(piece: readonly Token[], taken: ReadonlySet<string>, values: ValueContext): string | undefined {
  let end = 0;
  while (end < piece.length && (/^\p{Lu}/u.test(piece[end].raw) || (piece[end].norm === '&' && end > 0))) end++;
  const words = piece.slice(0, end);
  if (words.length === 0 || words.length > MAX_NAME_WORDS || words.at(-1)?.norm === '&') return undefined;
  // "Staff engineer" after "Dev." is more work, not a company; "Sato & Kline architects" is a company of them.
  const known = words.every((token) => token.norm === '&' || values.words.tags(token.norm) !== undefined);
  if (known && isOccupation(typedText(piece), values.lexicon.occupations)) return undefined;
  const named = typedText(words);
  const last = words[words.length - 1];
  const lastTags = values.words.tags(last.norm);
  // "Baltic Civil": a last word that names nothing may still end a name that opens with a word no dictionary knows.
  const opensUnknown = words.length > 1 && values.words.tags(words[0].norm) === undefined;
  if (lastTags !== undefined && !lastTags.some((tag) => tag.startsWith('NN')) && !opensUnknown) return undefined;
  // One word of the dictionary, capitalised only as a piece opens ("Church", "Mornings"), names no company; "NHS" may.
  if (words.length === 1 && lastTags?.some((tag) => tag !== 'NNP') === true && !/^\p{Lu}{2,}$/u.test(last.raw)) return undefined;
  if (words.some((token) => FIRST_PERSON.has(token.norm) || values.lexicon.nouns.has(token.norm) || values.lexicon.fillers.has(token.norm))) return undefined;
  if (taken.has(named.toLowerCase()) || values.findCity(named) !== undefined || isPlaceName(named) || placeOfPeople(named) !== undefined) return undefined;
  if (isOccupation(named, values.lexicon.occupations) || (words.length === 1 && categoriesOf(named).length > 0)) return undefined;
  return recognizeDateTime(named, Culture.English).length > 0 ? undefined : named;
}
