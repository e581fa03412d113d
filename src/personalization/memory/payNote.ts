import { Culture, recognizeCurrency } from '@microsoft/recognizers-text-suite';
import { isMoneyNoun } from '../../nlu/nounKinds';
import { wordLexicon } from '../../nlu/wordLexicon';
import type { NoteLexicon } from './noteLexicon';

/** Pay asked: the unit it is asked per, when the question says one ("hourly", "a month"). */
export interface PayAsked {
  unit?: string;
}

/**
 * Whether a question asks what the person earns or charges: a word of `memoryPayAsks` ("salary", "earn", "paid",
 * "hourly"), or a verb of `memoryPayVerbs` ("how much do i *make* a month?") with a unit of pay asked beside it.
 * Undefined when it asks no pay.
 */
export function payAsked(asked: readonly string[], lexicon: NoteLexicon): PayAsked | undefined {
  const words = asked.map((word) => word.toLowerCase());
  const units = words.map((word) => unitOf(word, lexicon)).filter((unit): unit is string => unit !== undefined);
  const asks = words.some((word) => lexicon.pay.asks.has(word)) || (units.length > 0 && words.some((word) => lexicon.pay.verbs.has(word)));
  return asks ? { unit: units[0] } : undefined;
}

/**
 * Whether a note tells pay, and the units it is said per: a figure that counts no things ("120 units an hour"), with
 * a word that tells pay (`memoryPayTold`: "she *pays me* R420", "*income* is around 1.2 lakh"), or a sum of money
 * said per a unit of time ("$34 an hour", "150 euros a night") in a note that says it is not spent (`memoryPaySpent`).
 */
export function toldPay(text: string, lexicon: NoteLexicon): { units: string[] } | undefined {
  const lower = text.toLowerCase();
  const words = lower.match(WORDS) ?? [];
  const figure = (word: string) => /\d/.test(word);
  // "120 units an hour": a figure before a plural noun that is no money counts things.
  const counts = (at: number) => {
    const next = words[at + 1] ?? '';
    return !/\d/.test(next) && wordLexicon().tags(next)?.[0] === 'NNS' && !isMoneyNoun(next) && unitOf(next, lexicon) === undefined;
  };
  const figures = words.map((word, at) => (figure(word) && !counts(at) ? at : -1)).filter((at) => at >= 0);
  if (figures.length === 0) return undefined;
  const units = [...new Set(figures.flatMap((at) => words.slice(at + 1, at + 1 + UNIT_WITHIN).map((word) => unitOf(word, lexicon)).filter((unit): unit is string => unit !== undefined)))];
  const says = (phrases: ReadonlySet<string>) => [...phrases].some((phrase) => new RegExp(`(?<![\\p{L}'’])${escaped(phrase)}(?![\\p{L}])`, 'u').test(lower));
  if (says(lexicon.pay.told)) return { units };
  const money = /\p{Sc}\s*\d|\d\s*\p{Sc}/u.test(text) || recognizeCurrency(text, Culture.English).some((one) => /\d/.test(one.text)) || figures.some((at) => isMoneyNoun(words[at + 1] ?? '') || lexicon.moneySlang.after.has(words[at + 1] ?? ''));
  return money && units.length > 0 && !says(lexicon.pay.spent) ? { units } : undefined;
}

/** The unit of pay a word says ("hourly", "hr", "p/h" → hour), by `memoryPayUnits`. */
function unitOf(word: string, lexicon: NoteLexicon): string | undefined {
  for (const [unit, forms] of lexicon.pay.units) if (word === unit || forms.includes(word)) return unit;
  return undefined;
}

function escaped(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

/** A note's words as pay is read in them: a figure with its sign ("£7.55", "1.2k"), or a word ("p/h" kept whole). */
const WORDS = /\p{Sc}?\d[\d.,]*\p{L}?|[\p{L}'’]+(?:\/\p{L}+)?/gu;

/** How many words after a figure the unit it is said per may come ("£7.55 *an hour*", "2,800 cedis *a month*"). */
const UNIT_WITHIN = 4;

/**
 * Whether a sum picked out of a note is said there per a thing that is no unit of pay ("$1.10 *a mile*", "10p *per
 * word*") while the note says nothing of the unit asked ("hourly"): it is what is charged for that thing, not the pay asked.
 */
export function paidPerOther(part: string, note: string, unit: string, lexicon: NoteLexicon): boolean {
  const lower = note.toLowerCase();
  const at = lower.indexOf(part.trim().toLowerCase());
  if (at < 0) return false;
  const per = /^\s*(?:a|an|per|each|\/)\s*(\p{L}+)/u.exec(lower.slice(at + part.trim().length))?.[1];
  if (per === undefined || unitOf(per, lexicon) !== undefined || lexicon.moneySlang.per?.has(per) === true) return false;
  return !(lower.match(WORDS) ?? []).some((word) => unitOf(word, lexicon) === unit);
}
