import { isPunctuation, tokenize, type Token } from './tokens';

/** Most words of a name or a noun for someone said before "'s" ("my cousin Tanisha's"). */
const MAX_OWNER_WORDS = 3;

/**
 * "whose wedding are we singing at?" of "we're singing at my cousin Tanisha's wedding on 9th August": the one said
 * to have the thing asked ("Tanisha's"), as typed with its "'s", with the capitalised words of their name, or "my"
 * and a noun for them ("my sister's"). Undefined when the note says no one's, or several.
 */
export function possessorSaid(text: string, things: readonly string[], contractedIs: ReadonlySet<string>, same: (a: string, b: string) => boolean): string | undefined {
  const tokens = tokenize(text, contractedIs);
  const found = new Set<string>();
  for (const [at, token] of tokens.entries()) {
    if (!/^['’]s?$/u.test(token.raw) || at === 0 || isPunctuation(tokens[at - 1])) continue;
    // "Tanisha's wedding", "Tanisha's big wedding": the thing asked right after, or one word on.
    const thing = [tokens[at + 1], tokens[at + 2]].some((next) => next !== undefined && !isPunctuation(next) && things.some((word) => same(word, next.norm)));
    if (!thing) continue;
    found.add(`${ownerWords(tokens, at).map((one) => one.raw).join(' ')}'s`);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** The words of the one before "'s" at `at`: a run of capitalised words, else a noun after "my" or "our". */
function ownerWords(tokens: readonly Token[], at: number): Token[] {
  let start = at - 1;
  const capital = (token: Token | undefined) => token !== undefined && /^\p{Lu}/u.test(token.raw) && token.raw !== 'I';
  while (start > 0 && at - start < MAX_OWNER_WORDS && capital(tokens[start]) && capital(tokens[start - 1])) start--;
  if (!capital(tokens[at - 1]) && start > 0 && OWNERS.has(tokens[start - 1].norm)) start--;
  return tokens.slice(start, at);
}

const OWNERS = new Set(['my', 'our']);
