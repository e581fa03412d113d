import { isLivingNoun } from '../../nlu/nounKinds';
import { wordLexicon } from '../../nlu/wordLexicon';
import { isPunctuation, tokenize, type Token } from './tokens';

/** Most words that may say who someone is before their name ("my *best friend* Kez", "my *little brother* Ravi"). */
const ROLE_WORDS = 3;

/**
 * "who's Kez?" of "my flatmate Kez has a tarantula called Doris": who the named one is to the person, as the note says
 * it: the noun for someone (WordNet: a person or an animal) said right before the name, with what describes it and
 * whose they are ("my flatmate", "Aoife's brother"), or said after it between commas ("Kojo, my barber"). Not another
 * name the note says (the tarantula's), nor all it says of them. Undefined when the note names them by no such noun.
 */
export function roleOfNamed(text: string, name: string, contractedIs: ReadonlySet<string>): string | undefined {
  const tokens = tokenize(text, contractedIs);
  const at = tokens.findIndex((token) => token.norm === name.toLowerCase());
  if (at < 0) return undefined;
  const role = roleBefore(tokens, at) ?? roleAfter(tokens, at);
  const being = role === undefined ? undefined : saidToBe(tokens, at);
  return being === undefined ? role : `${role}, ${being}`;
}

/** Most words told of what the named one is said to be ("Ronan is *a guard*"). */
const BEING_WORDS = 4;

/** "Ronan is a guard, so …": what the named one is said to be, right after the name, up to a stop, a join or a preposition. */
function saidToBe(tokens: readonly Token[], at: number): string | undefined {
  if (tokens[at + 1]?.norm !== 'is' || !/^(DT|JJ|NN)/.test(wordLexicon().tags(tokens[at + 2]?.norm ?? '')?.[0] ?? '')) return undefined;
  let end = at + 2;
  while (end < tokens.length && end - at - 2 < BEING_WORDS && !isPunctuation(tokens[end]) && !/^(CC|IN|TO|WDT|WP)$/.test(wordLexicon().tags(tokens[end].norm)?.[0] ?? '')) end++;
  const said = tokens.slice(at + 2, end);
  return said.some((token) => /^NN/.test(wordLexicon().tags(token.norm)?.[0] ?? '')) ? said.map((token) => token.raw).join(' ') : undefined;
}

/** "my flatmate Kez", "Aoife's brother Ronan": the owner and the noun for someone right before the name. */
function roleBefore(tokens: readonly Token[], at: number): string | undefined {
  let start = at;
  while (start > 0 && at - start < ROLE_WORDS && /^\p{Ll}/u.test(tokens[start - 1].raw) && (isLivingNoun(tokens[start - 1].norm) || (start < at && describes(tokens[start - 1].norm)))) start--;
  // The word right before the name is the noun for them ("my *little* Kez" names no one by what they are).
  if (start === at || !isLivingNoun(tokens[at - 1].norm)) return undefined;
  const owner = ownerBefore(tokens, start);
  return owner === undefined ? undefined : [owner, ...tokens.slice(start, at).map((token) => token.raw)].join(' ');
}

/** "Kojo, my barber and …": the noun for someone said right after the name, between commas, with its owner. */
function roleAfter(tokens: readonly Token[], at: number): string | undefined {
  if (tokens[at + 1]?.norm !== ',' || !isOwnerWord(tokens[at + 2]?.norm ?? '')) return undefined;
  let end = at + 3;
  while (end < tokens.length && end - at - 3 < ROLE_WORDS && !isPunctuation(tokens[end]) && (isLivingNoun(tokens[end].norm) || describes(tokens[end].norm))) end++;
  if (end === at + 3 || !isLivingNoun(tokens[end - 1].norm)) return undefined;
  return tokens.slice(at + 2, end).map((token) => token.raw).join(' ');
}

/** Whose the one named is: a possessive pronoun ("my"), or a name owning them ("Aoife's"). */
function ownerBefore(tokens: readonly Token[], start: number): string | undefined {
  const before = tokens[start - 1];
  if (before === undefined) return undefined;
  if (isOwnerWord(before.norm)) return before.raw;
  if (before.norm === "'s" && start >= 2 && /^\p{Lu}/u.test(tokens[start - 2].raw)) return `${tokens[start - 2].raw}'s`;
  return /^\p{Lu}\p{Ll}*['’]s$/u.test(before.raw) ? before.raw : undefined;
}

function isOwnerWord(word: string): boolean {
  return wordLexicon().tags(word)?.[0] === 'PRP$';
}

/** An adjective that may say which one ("*best* friend", "*little* brother", "*older* sister"). */
function describes(word: string): boolean {
  return /^JJ[RS]?$/.test(wordLexicon().tags(word)?.[0] ?? '');
}
