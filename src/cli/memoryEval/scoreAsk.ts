import type { Ask, Persona } from './personaFile';

export interface AskVerdict {
  passed: boolean;
  /** Why it failed: no expected value, a rejected one, another question's answer, or the blank user already had it. */
  reason?: 'missing' | 'rejected' | 'recited' | 'notFromUser';
  found?: string;
}

/**
 * Whether a reply says a value: case and accents aside ("Bogotá" says "Bogota"), and a number said in words or
 * digits either way ("5 kids" says "five"), as a whole word.
 */
function contains(reply: string, value: string): boolean {
  const said = plain(reply);
  const wanted = plain(value);
  if (said.includes(wanted)) return true;
  const other = NUMBER_WORDS.indexOf(wanted) >= 0 ? String(NUMBER_WORDS.indexOf(wanted)) : /^\d+$/.test(wanted) ? NUMBER_WORDS[Number(wanted)] : undefined;
  return other !== undefined && new RegExp(`(?<![\\p{L}\\p{N}])${escape(other)}(?![\\p{L}\\p{N}])`, 'u').test(said);
}

function plain(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Numbers as words, at their value: "five" is 5. */
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

function containsWord(reply: string, value: string): boolean {
  return new RegExp(`\\b${escape(value)}\\b`, 'i').test(reply);
}

/**
 * The dev set's rule: a reply passes when it contains an expected value and no rejected one; the values
 * that answer the person's other questions count as rejected (reciting everything is not an answer), and
 * the same question from someone who said nothing must not already contain an expected value.
 */
export function scoreAsk(ask: Ask, persona: Persona, reply: string, blankReply: string | undefined): AskVerdict {
  const hit = ask.expect.find((value) => contains(reply, value));
  if (!hit) return { passed: false, reason: 'missing' };
  const rejected = ask.reject.find((value) => contains(reply, value));
  if (rejected) return { passed: false, reason: 'rejected', found: rejected };
  if (!ask.unknown) {
    const own = new Set(ask.expect.map((value) => value.toLowerCase()));
    const others = persona.ask
      .filter((other) => other !== ask && !other.unknown)
      .flatMap((other) => other.expect)
      .filter((value) => !own.has(value.toLowerCase()) && !ask.expect.some((mine) => contains(mine, value) || contains(value, mine)))
      // Said in the question itself ("what grade is Idris in?" → "Idris is a freshman"): told back, not recited.
      .filter((value) => !containsWord(ask.q, value));
    const recited = others.find((value) => new RegExp(`\\b${escape(value)}\\b`, 'i').test(reply));
    if (recited) return { passed: false, reason: 'recited', found: recited };
    // Whole words: "I don't know your children yet" does not leak the name "Ren".
    const leaked = blankReply === undefined ? undefined : ask.expect.find((value) => containsWord(blankReply, value));
    if (leaked) return { passed: false, reason: 'notFromUser', found: leaked };
  }
  return { passed: true };
}

/**
 * A question about the person's own name ("what's my name?", "Name on record?", "remind me what my name is", "who am I lol" (not "who am I dating?"), and
 * learners' "Who I am?", "How I am called?"), or the name they go by ("what do ppl call me", "what do I like to be called?",
 * "what do i go by online"), not someone else's ("what is the name of my girlfriend?").
 */
const NAME_QUESTION = /^\s*(my\s+)?(full\s+)?name(\s+on\s+(record|file))?\s*[?.!]*\s*$|\bmy\s+(first\s+|own\s+|full\s+)?name\b(?!\s*'s)|\bwho\s+(am\s+i|i\s+am)\b(?!\s+(\w+ing|with|to|for|married|engaged)\b)|\bhow\s+(am\s+i|i\s+am)\s+called\b|\bwh?at\s+(name\s+)?((do|does|did|should|would)\s+)?(you|ppl|people|folks|most people|my friends|everyone|everybody|they)\s+(usually\s+|all\s+|should\s+)?call\s+me\b|\bwhat\s+(do|did)\s+i\s+(like|want|prefer|ask(ed)?\s+you)\s+to\s+(be\s+called|call\s+me)\b|\bwhat\s+(name\s+)?do\s+i\s+go\s+by\b|\bwhat\s+(am\s+i|i\s+am|i'm|im)\s+called\b|\bmy\s+nick\s*name\b/i;

/** The names this person gave: declared in the file, else the expected values of their name questions. */
export function givenNames(persona: Persona): string[] | undefined {
  if (persona.names) return persona.names;
  const fromQuestions = persona.ask.filter((ask) => !ask.unknown && NAME_QUESTION.test(ask.q)).flatMap((ask) => ask.expect);
  return fromQuestions.length > 0 ? fromQuestions : undefined;
}

/**
 * Whether a stored name is wrong: not one the person gave. Without a known name, a stored name is wrong
 * when the person never typed it as a word, or when it is the answer to another of their questions
 * (a pet's or partner's name, "vegan").
 */
export function isWrongName(stored: string | undefined, persona: Persona): boolean {
  if (stored === undefined) return false;
  const names = givenNames(persona);
  if (names) return !names.some((name) => name.toLowerCase() === stored.toLowerCase());
  // Word edges that know letters beyond ASCII: "Tomáš" was typed in "Tomáš, backend dev".
  const typed = new RegExp(`(?<![\\p{L}\\p{N}])${escape(stored)}(?![\\p{L}\\p{N}])`, 'iu');
  if (!persona.say.some((line) => typed.test(line))) return true;
  return persona.ask.some((ask) => ask.expect.some((value) => value.toLowerCase() === stored.toLowerCase()));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
