import { wordLexicon } from '../../nlu/wordLexicon';

/** Words said between a noun and the value said of it ("the rent *is* 900", "MOT *is due* 3rd March", "salary: 22,000"). */
const SAID_OF = /(?:(\p{L}+)\s+)?(\p{L}+)\s*(?:(?:is|are|was|were)(?:\s+(?:due|about|around|roughly|now|on|at))?|:)\s*$/iu;

/**
 * The noun a value picked out of a note is said of there, as "NOUN is VALUE" or "NOUN: VALUE" ("*Salary* is 22,000
 * rupees", "the boiler *service* is due 3rd March"), with the word said before it ("boiler"), which may say whose or
 * what kind it is. Undefined when the value is said otherwise, or not after a noun.
 */
export function valueSaidOf(part: string, note: string): { noun: string; before: string } | undefined {
  const at = note.toLowerCase().indexOf(part.trim().toLowerCase());
  if (at < 0) return undefined;
  const found = SAID_OF.exec(note.slice(0, at));
  if (!found) return undefined;
  const noun = found[2].toLowerCase();
  return /^NNS?$/.test(wordLexicon().tags(noun)?.[0] ?? '') ? { noun, before: found[1]?.toLowerCase() ?? '' } : undefined;
}
