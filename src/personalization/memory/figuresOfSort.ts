import { Culture, recognizeCurrency, recognizeDateTime, recognizeDimension, recognizePercentage, recognizeTemperature } from '@microsoft/recognizers-text-suite';
import { wordLexicon } from '../../nlu/wordLexicon';

/** A span recognizers-text read in a text. */
type Span = { start: number; end: number };

/** The text with each span put out of it by spaces, so that what is left keeps its places. */
function blanked(text: string, spans: readonly Span[]): string {
  let left = text;
  for (const span of spans) left = left.slice(0, span.start) + ' '.repeat(span.end - span.start + 1) + left.slice(span.end + 1);
  return left;
}

/**
 * A text without the figures that count nothing, for "how many people …?": a day or a time ("moved to monday 9am"),
 * a temperature ("105F"), a sum ("£18") or a share ("20%"). What is left may still count, in figures or in words.
 */
export function withoutUncounting(text: string): string {
  // Only a day or a time of day said whole ("the 28th", "monday 9am"): a span read otherwise may hold a count ("second
  // week 14" is read as the 14th week).
  const when = recognizeDateTime(text, Culture.English).filter((one) => WHEN_TYPES.has(one.typeName));
  const spans = [recognizeTemperature, recognizeCurrency, recognizePercentage].flatMap((recognize) => recognize(text, Culture.English));
  return blanked(text, [...when, ...spans]);
}

/** What recognizers-text calls a day, a time of day, or both. */
const WHEN_TYPES = new Set(['datetimeV2.date', 'datetimeV2.time', 'datetimeV2.datetime', 'datetimeV2.timerange', 'datetimeV2.datetimerange']);

/**
 * Whether a text may say when, for "when …?": a day, a date or a time recognizers-text reads in it, or a figure it
 * reads as nothing else. A figure said as a temperature, a sum, a share or a measure, a reading of two figures no day
 * and month may be ("150/95"), or one that counts the things named right after it ("4 songs") says no when.
 */
export function maySayWhen(text: string): boolean {
  if (recognizeDateTime(text, Culture.English).length > 0) return true;
  const spans = [recognizeTemperature, recognizeCurrency, recognizePercentage, recognizeDimension].flatMap((recognize) => recognize(text, Culture.English));
  const left = blanked(text, spans);
  return [...left.matchAll(/[^\s,;:!?()]*\d[^\s,;:!?()]*/gu)].some((figure) => !isReading(figure[0]) && !countsAfter(left.slice((figure.index ?? 0) + figure[0].length)));
}

/** Figures joined by "/" of which one is no day, month nor year ("150/95", "120/80"): a reading, no date. */
function isReading(figure: string): boolean {
  const parts = figure.split('/');
  return parts.length === 2 && parts.every((part) => /^\d+$/.test(part)) && parts.some((part) => Number(part) > 31 && part.length !== 4 && part.length !== 2);
}

/** Whether what is said after a figure opens with a plural noun the figure counts ("4 *songs*"). */
function countsAfter(after: string): boolean {
  const next = /^\s+(\p{L}+)/u.exec(after)?.[1]?.toLowerCase();
  return next !== undefined && wordLexicon().tags(next)?.[0] === 'NNS';
}

/** The places a bare figure is said in a text, apart from the figures it is a piece of ("12" in "12 march", not in "120"). */
function placesOf(figure: string, text: string): number[] {
  const escaped = figure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...text.matchAll(new RegExp(`(?<![\\p{N}.,])${escaped}(?![\\p{N}]|[.,]\\p{N})`, 'gu'))].map((found) => found.index ?? 0);
}

/**
 * Whether a bare figure picked out of a text is said there only inside a day or a time ("Brussels 12 march", "the
 * 3rd at 9"), as recognizers-text reads them, and not counting what is named after it: such a figure counts nothing and is no sum.
 */
export function figureSaidAsWhen(figure: string, text: string): boolean {
  if (!/^\d{1,2}(?:st|nd|rd|th)?$/i.test(figure.trim())) return false;
  const places = placesOf(figure.trim(), text);
  const when = recognizeDateTime(text, Culture.English).filter((one) => WHEN_TYPES.has(one.typeName));
  // "I do around 20 trips a shift": a figure that counts the things named right after it is no day nor time, however read.
  return places.length > 0 && places.every((at) => when.some((one) => one.start <= at && at <= one.end) && !countsAfter(text.slice(at + figure.trim().length)));
}

/**
 * Whether a bare figure picked out of a text is said there only as someone's age, set between commas right after
 * their name ("Danny here, 31, magician", "Alistair, 46, resident …"): it counts nothing and is no sum.
 */
export function figureSaidAsAge(figure: string, text: string): boolean {
  if (!/^\d{1,3}$/.test(figure.trim())) return false;
  const places = placesOf(figure.trim(), text);
  return places.length > 0 && places.every((at) => /(?:\b\p{Lu}\p{Ll}+|\bhere),\s*$/u.test(text.slice(0, at)) && /^\d+\s*(?:[,.;]|$)/u.test(text.slice(at)));
}
