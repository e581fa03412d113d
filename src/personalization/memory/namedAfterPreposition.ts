import { MONTH_OR_DAY } from './noteWords';
import { tokenize, type Token } from './tokens';

/**
 * "what label is my Love and Death on?" of "copped an original Ebo Taylor 'Love and Death' on Essiebons in Accra":
 * a question that ends with a preposition asks for what the note says after it, right after the question's own
 * words: the name typed there (capitalised words, one run). Undefined when the note says no such name there.
 * `asked`: the question's words, lower case, or undefined when any word may come before the preposition ("which uni is
 * Sipho at?" of "Sipho is doing BDS at Wits", whose noun the note never says); `same`: whether two words are one in two forms.
 */
export function namedAfterPreposition(text: string, asked: readonly string[] | undefined, preposition: string, contractedIs: ReadonlySet<string>, same: (a: string, b: string) => boolean): string | undefined {
  const tokens = tokenize(text, contractedIs);
  const found = new Set<string>();
  for (let at = 1; at + 1 < tokens.length; at++) {
    if (tokens[at].norm !== preposition) continue;
    // The word before, past a closing quote mark, is one the question says ("… Death' on").
    let before = at - 1;
    while (before > 0 && /^['’"”]+$/u.test(tokens[before].raw)) before--;
    if (asked !== undefined && !asked.some((word) => same(word, tokens[before].norm))) continue;
    const name = capitalisedRun(tokens, at + 1);
    // Whatever is said before it, a day or a month says when, not which ("at Wits on Monday").
    if (name && (asked !== undefined || !MONTH_OR_DAY.test(name))) found.add(name);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

function capitalisedRun(tokens: readonly Token[], from: number): string | undefined {
  let end = from;
  while (end < tokens.length && /^\p{Lu}/u.test(tokens[end].raw) && tokens[end].raw !== 'I') end++;
  return end > from ? tokens.slice(from, end).map((token) => token.raw).join(' ') : undefined;
}
