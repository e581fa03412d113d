import { askedValue, askedValueWords, holdsValue } from '../../personalization/memory/askedValue';
import { memoryLexicon } from '../../personalization/memory/factKinds';
import { askedMeasure, noAmountIn, noteLexicon } from '../../personalization/memory/readNotes';
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
export function unheld(reply: ReplyRequest, question: string, deps: TurnDependencies): boolean {
  if (!NOTE_ANSWERS.has(reply.key)) return false;
  const part = reply.values?.part;
  const told = part ?? reply.values?.note;
  if (typeof told !== 'string') return false;
  const words = askedValueWords(deps.content);
  const sort = askedValue(question, words);
  if (!sort) return false;
  const lexicon = memoryLexicon(deps.content);
  const asked = wordsOf(question, deps);
  // A part was picked out of its note as the value asked for ("the wet socks" of "a band called the wet socks"):
  // it answers, unless it only says back what was asked about ("Margaux" for "what's Margaux's cat called?").
  if (typeof part === 'string') return wordsOf(part, deps).every((word) => asked.includes(word));
  if (sort === 'number' && noAmountIn(told, asked, askedMeasure(question, noteLexicon(deps.content)))) return true;
  return !holdsValue(told, sort, words, { findCity: deps.findCity, asked, occupations: lexicon.occupations });
}

/** The words of a text, normalized, without punctuation. */
function wordsOf(text: string, deps: TurnDependencies): string[] {
  return tokenize(text, memoryLexicon(deps.content).contractedIs).filter((token) => !isPunctuation(token) && /[\p{L}\p{N}]/u.test(token.norm)).map((token) => token.norm);
}

/** The replies, each note told back that holds nothing of the sort asked for said as not known (`unknown`). */
export function withoutUnheld(requests: readonly ReplyRequest[], question: string, unknown: () => ReplyRequest, deps: TurnDependencies): ReplyRequest[] {
  return requests.map((request) => (unheld(request, question, deps) ? unknown() : request));
}
