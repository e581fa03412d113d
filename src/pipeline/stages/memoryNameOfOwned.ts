import { askedValue, askedValueWords, namedNoun, saysNoun } from '../../personalization/memory/askedValue';
import { tokenize } from '../../personalization/memory/tokens';
import type { ReplyRequest } from '../../vocabulary/reply';
import type { TurnDependencies } from '../turn';

/**
 * "what's biscuit's vet called?" told "your cockapoo: Biscuit": a name asked of one the question says a kept value
 * owns ("biscuit's *vet*") is that other's, not the value's; a kept value that says nothing of the noun asked answers
 * nothing, and the question is not told.
 */
export function namesOwnerOnly(reply: ReplyRequest, question: string, deps: TurnDependencies): boolean {
  const value = reply.values?.value;
  if (typeof value !== 'string' || !reply.key.startsWith('fact.')) return false;
  const words = askedValueWords(deps.content);
  if (askedValue(question, words) !== 'name') return false;
  const named = namedNoun(question, words);
  if (named === undefined) return false;
  const said = tokenize(question, words.contractedIs).map((token) => token.norm);
  const valueWords = new Set(tokenize(value, words.contractedIs).map((token) => token.norm));
  const at = said.indexOf(named);
  const owned = said.some((word, index) => index < at && said[index + 1] === "'s" && valueWords.has(word));
  const detail = reply.values?.detail;
  return owned && !saysNoun(typeof detail === 'string' ? `${value} ${detail}` : value, named, words);
}
