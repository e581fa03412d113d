import { memoryLexicon } from '../../personalization/memory/factKinds';
import { isPunctuation, tokenize } from '../../personalization/memory/tokens';
import { wordLexicon } from '../../nlu/wordLexicon';
import type { TurnDependencies } from '../turn';

/** Words that open a question or a request: a question word, an auxiliary before its subject, a verb that asks. */
const ASKING_OPENERS = new Set(['what', 'whats', 'where', 'wheres', 'when', 'whens', 'who', 'whos', 'whom', 'which', 'why', 'how', 'hows', 'do', 'does', 'did', 'is', 'are', 'am', 'was', 'were', 'can', 'could', 'will', 'would', 'should', 'shall', 'may', 'might', 'have', 'has', 'had', 'tell', 'give', 'show', 'let', 'please']);

/**
 * Whether a message is put as a question or a request: a "?" ends a sentence of it, or it opens (after fillers)
 * with a question word, an auxiliary or a verb in its base form ("set", "remind"). A statement ("kids are at
 * Burnside Primary, drop off is 8:40") is neither.
 */
export function asksInForm(text: string, deps: TurnDependencies): boolean {
  if (text.includes('?')) return true;
  const lexicon = memoryLexicon(deps.content);
  const words = tokenize(text, lexicon.contractedIs).filter((token) => !isPunctuation(token) && !lexicon.fillers.has(token.norm));
  const first = words[0];
  if (!first) return false;
  return ASKING_OPENERS.has(first.norm.replace(/'/g, '')) || (/^\p{Ll}/u.test(first.raw) && wordLexicon().tags(first.norm)?.[0] === 'VB');
}
