/** The words a take-back of a forget is said with (dialogs/memory.yaml: memoryUndoForget*). */
export interface UndoForgetWords {
  /** Clauses that take it back alone ("keep it", "not everything"). */
  phrases: readonly string[];
  /** Verbs that take it back with what it named ("you can remember my age"). */
  verbs: readonly string[];
  /** Words that only lead in or soften ("no wait", "nvm you can", "after all"). */
  openers: readonly string[];
}

/** A take-back read: what the message says besides it, clause by clause ("we decided last night, Tucson"). */
export interface UndoForgetRead {
  rest: string;
}

/** Where a message's clauses meet: commas and stops, dashes, "but". */
const CLAUSES = /\s*(?:[,.;:!?…]+|\s[—–-]+\s|—|–|\bbut\b)\s*/iu;

/** Words that only point at what is named ("keep *the bit about* Arizona", "remember *that* I have a cat"). */
const POINTERS = new Set(['the', 'my', 'that', 'this', 'about', 'bit', 'part', 'thing', 'stuff', 'info', 'i', 'a', 'an', 'of', 'his', 'her', 'their', 'our', 'have', 'has', 'had', 'am', 'is', 'was', 'got']);

const wordsOf = (text: string) => text.toLowerCase().replace(/[’‘]/g, "'").split(/[^\p{L}\p{N}']+/u).filter(Boolean);

/**
 * "no wait, keep it, it's fine", "actually no, remember it, we decided", "nvm you can remember my age", "not
 * everything — just forget his name": a clause that takes back the forget just done, alone or naming what it
 * took (`named`: the words of what was forgotten). Undefined when no clause does ("keep it up", "remember the milk").
 */
export function readUndoForget(text: string, words: UndoForgetWords, named: ReadonlySet<string>): UndoForgetRead | undefined {
  const phrases = new Set(words.phrases.map((phrase) => wordsOf(phrase).join(' ')));
  const openers = [...words.openers.map(wordsOf)].sort((a, b) => b.length - a.length);
  const verbs = [...words.verbs.map(wordsOf)].sort((a, b) => b.length - a.length);
  const clauses = text.split(CLAUSES).map((clause) => clause.trim()).filter((clause) => clause !== '');
  const taking = clauses.map((clause) => takesBack(trimmed(wordsOf(clause), openers), phrases, verbs, named));
  if (!taking.some(Boolean)) return undefined;
  // What is said around the take-back that only leads in or softens it ("actually no", "it's fine") says nothing.
  const rest = clauses.filter((clause, at) => !taking[at] && trimmed(wordsOf(clause), openers).length > 0);
  return { rest: rest.join(', ') };
}

function takesBack(clause: readonly string[], phrases: ReadonlySet<string>, verbs: readonly string[][], named: ReadonlySet<string>): boolean {
  if (clause.length === 0) return false;
  if (phrases.has(clause.join(' '))) return true;
  const verb = verbs.find((said) => said.every((word, at) => clause[at] === word));
  if (!verb) return false;
  // "remember my age", "you can know I have a cat": what follows names what was just forgotten, and only that.
  const object = clause.slice(verb.length).filter((word) => !POINTERS.has(word));
  return object.length > 0 && object.length <= 4 && object.some((word) => named.has(word));
}

/** The clause without the words that only lead in or soften it, at either end. */
function trimmed(clause: readonly string[], openers: readonly string[][]): string[] {
  let words = [...clause];
  for (let changed = true; changed && words.length > 0; ) {
    changed = false;
    const lead = openers.find((opener) => opener.length <= words.length && opener.every((word, at) => words[at] === word));
    if (lead) {
      words = words.slice(lead.length);
      changed = true;
      continue;
    }
    const tail = openers.find((opener) => opener.length <= words.length && opener.every((word, at) => words[words.length - opener.length + at] === word));
    if (tail) {
      words = words.slice(0, words.length - tail.length);
      changed = true;
    }
  }
  return words;
}
