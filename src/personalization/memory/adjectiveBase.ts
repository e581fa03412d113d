// The plain form of an adjective said to compare ("older" → old, "biggest" → big), so a question and a note meet.
import { wordLexicon } from '../../nlu/wordLexicon';

/** The tags an adjective said to compare is read with first ("older" JJR, "oldest" JJS). */
const COMPARING: ReadonlySet<string> = new Set(['JJR', 'JJS']);

const bases = new Map<string, string>();

/**
 * "how old is my tortoise?" meets "a tortoise who is older than me": an adjective said to compare is read as its
 * plain form, one the tagger reads as an adjective ("nicer" → nice, "bigger" → big, "happier" → happy); any other
 * word as it is ("later", read first as an adverb; "better", whose plain form is another word).
 */
export function adjectiveBase(word: string): string {
  let base = bases.get(word);
  if (base === undefined) bases.set(word, (base = plainForm(word) ?? word));
  return base;
}

function plainForm(word: string): string | undefined {
  if (!COMPARING.has(wordLexicon().tags(word)?.[0] ?? '')) return undefined;
  const ending = /(?:er|est)$/.exec(word)?.[0];
  if (ending === undefined) return undefined;
  const root = word.slice(0, -ending.length);
  const forms = [root, `${root}e`, root.replace(/(.)\1$/, '$1'), root.replace(/i$/, 'y')];
  return forms.find((form) => form.length > 1 && form !== word && wordLexicon().tags(form)?.[0] === 'JJ');
}
