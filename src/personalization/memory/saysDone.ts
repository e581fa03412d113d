// Whether "did" or "had", "I" left out, opens what one did or had, not a question.
import { isPunctuation, type Token } from './tokens';

/**
 * "did my first 5k today", "did a 3 day wildland course at the Newlands base", "had my first solo spay on Monday": "did" or "had" with "I" left out, then what was
 * done, tells; asked, a verb in its base form follows its subject before the first comma ("did my mum *call*"), not
 * one after "to" ("did a course to *learn* …").
 */
export function saysDone(tokens: readonly Token[], tags: (word: string) => readonly string[] | undefined): boolean {
  if (!['did', 'had'].includes(tokens[0]?.norm ?? '') || tokens.length < 3) return false;
  const upTo = tokens.findIndex((token) => isPunctuation(token));
  const said = tokens.slice(1, upTo < 0 ? undefined : upTo);
  if (['i', 'you', 'u', 'we', 'he', 'she', 'they', 'it'].includes(said[0]?.norm ?? '')) return false;
  // "had my first solo spay last Tuesday": what one had; asked, a past participle follows the subject ("had my parcel *arrived*").
  if (tokens[0].norm === 'had') return !said.some((token) => /^VB[DN]$/.test(tags(token.norm)?.[0] ?? ''));
  // "did a course with the red *cross*": asked, the verb follows its subject before any preposition ("did the kids
  // *go* to school"); a word after one is in what the preposition opens.
  const opened = said.findIndex((token, at) => at > 0 && tags(token.norm)?.[0] === 'IN');
  return !said.slice(0, opened < 0 ? undefined : opened).some((token, at) => tags(token.norm)?.[0] === 'VB' && said[at - 1]?.norm !== 'to');
}
