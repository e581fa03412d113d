import { Culture, recognizeCurrency } from '@microsoft/recognizers-text-suite';
import { bareWord } from './tokens';

/** Words of content (dialogs/memory.yaml) a figure's part is found by. */
export interface FigureWords {
  /** Words that part a note into what is said of one thing and of the next ("swim 34:12, bike 2:48 *and* run 1:55"). */
  breaks: ReadonlySet<string>;
  /** Words that may stand between a noun and the figure said of it ("total *is* 5:21", "profit *was* £79"). */
  links: ReadonlySet<string>;
}

const breakPatterns = new WeakMap<ReadonlySet<string>, RegExp>();

/** The parts of a note: a ";" or a comma not inside a figure ("10,000") parts it, and so does a word of `breaks` with spaces around it. */
function partsOf(text: string, breaks: ReadonlySet<string>): string[] {
  let pattern = breakPatterns.get(breaks);
  if (!pattern) {
    const words = [...breaks].map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    pattern = new RegExp(`\\s*(?:;|(?<!\\d),|,(?!\\d))\\s*${words ? `|\\s+(?:${words})\\s+` : ''}`, 'iu');
    breakPatterns.set(breaks, pattern);
  }
  return text.split(pattern).map((part) => part.trim()).filter(Boolean);
}

/** A figure as typed: digits, with a sign of money, a colon of a time, a decimal point or a unit stuck on ("£79", "5:21", "160km"). */
const FIGURE = /^[^\p{L}\p{N}]*\p{Sc}?\d[\d.,:]*(?:\p{L}{0,3})?\p{Sc}?[^\p{L}\p{N}]*$/u;

/**
 * The part of a note that gives the figure a word of the question names, from that word on: "total 5:21 incl
 * transitions" of "swim 34:12, bike 2:48, run 1:55, total 5:21 incl transitions" for "what was my total time?";
 * "net profit £79" of "bought a track top for £8 so net profit £79". Only when the note says several figures, and
 * just one part says a word of the question right before its figure (the question's words join up to it:
 * "net profit"); undefined else. `same`: whether two words are one in two forms.
 */
export function figurePart(text: string, anchors: readonly string[], same: (a: string, b: string) => boolean, figureWords: FigureWords): string | undefined {
  const parts = partsOf(text, figureWords.breaks);
  if (parts.filter((part) => part.split(/\s+/).some((word) => FIGURE.test(word))).length < 2) return undefined;
  const plain = (word: string) => bareWord(word).toLowerCase();
  const asked = (word: string) => anchors.some((anchor) => same(anchor, plain(word)));
  const found = parts.flatMap((part) => {
    const words = part.split(/\s+/);
    for (let at = 0; at < words.length; at++) {
      if (!asked(words[at])) continue;
      let next = at + 1;
      while (next < words.length && figureWords.links.has(plain(words[next]) || words[next])) next++;
      if (next < words.length && FIGURE.test(words[next])) {
        // "net profit £79": the question's words said together before the figure are told with it.
        let start = at;
        while (start > 0 && asked(words[start - 1])) start--;
        // "what's my target weight?" of "weight: 82kg. goal: 75kg": the word that tells which figure must be said.
        if (!words.slice(start, next).some((word) => same(anchors[0], plain(word)))) return [];
        return [words.slice(start).join(' ').replace(/^[^\p{L}\p{N}]+|[,;:.!?]+$/gu, '')];
      }
    }
    return [];
  });
  return found.length === 1 ? found[0] : undefined;
}

/**
 * A note told back for a question that asks no figure, without its parts that say only a price ("£71 yr", "$30.99
 * a month"): "got product liability insurance through craftinsure" of "…, £71 yr" for "who's my insurance with?".
 * What it cost answers another question, unless the part says a word of this one ("min order £50" for "what's the min
 * order?"). A note that is nothing but such parts is told as it is.
 */
export function withoutPriceParts(text: string, asked: readonly string[], same: (a: string, b: string) => boolean): string {
  const parts = text.split(/(\s*[,;]\s*)/u);
  const kept: string[] = [];
  // "what's the min order?" of "…, min order £50": a price said of what the question names answers it.
  const saysAsked = (part: string) => part.split(/\s+/).some((word) => asked.some((one) => same(one, word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ''))));
  for (let at = 0; at < parts.length; at += 2) {
    const part = parts[at];
    if (at > 0 && priceOnly(part) && !saysAsked(part)) continue;
    kept.push(...(kept.length > 0 ? [parts[at - 1]] : []), part);
  }
  const told = kept.join('');
  return /[\p{L}\p{N}]/u.test(told) ? told : text;
}

/** Most words beside its figure a part that says only a price has ("£71 *yr*", "$30.99 *a month*", "*about* £40 *each*"). */
const PRICE_PART_WORDS = 3;

/** Whether a part says a price and little else: money as recognizers-text reads it, and a few words beside. */
function priceOnly(part: string): boolean {
  const money = recognizeCurrency(part, Culture.English).filter((one) => /\p{N}/u.test(one.text));
  if (money.length !== 1) return false;
  const rest = (part.slice(0, money[0].start) + ' ' + part.slice(money[0].end + 1)).split(/\s+/).filter((word) => /\p{L}/u.test(word));
  return rest.length <= PRICE_PART_WORDS && !rest.some((word) => /\d/.test(word));
}
