import type { Clause } from './clauses';
import type { MemoryLexicon } from './factKinds';
import { personAt } from './readOthers';
import { isPunctuation } from './tokens';

/** Pronouns that stand for someone said before them ("*his* name", "*her* job"). */
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);

/** Pronouns that stand for someone as the subject of what is asked ("where *he* work"). */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they']);

/** Words that open a question about what was told. */
const ASKING = new Set(['what', 'whats', 'where', 'wheres', 'when', 'which', 'who', 'whos', 'how']);

/**
 * Someone said first and asked about after: "My son, how is his name?", "My husband, what is his job?" (after a comma,
 * with a pronoun), and as learners ask it, "my brother where he work", "my best friend which company he is working",
 * "my son how old?". Read as one question about them, the pronoun standing for them ("where my brother work", "how is
 * my son 's name", "how old my son ?"). And said after their pronoun: "how old is she my grandma" is "how old is my
 * grandma".
 */
export function withFrontedTopic(clauses: Clause[], lexicon: MemoryLexicon): Clause[] {
  const asked = clauses.some((clause) => clause.asked);
  const joined = clauses.length === 2 && clauses[1].asked ? [...clauses[0].tokens, { raw: ',', norm: ',' }, ...clauses[1].tokens] : clauses.length === 1 ? clauses[0].tokens : undefined;
  const person = joined && ['my', 'our'].includes(joined[0]?.norm ?? '') ? personAt(joined, 1, lexicon) : undefined;
  if (!joined || !person) return clauses.map((clause) => withoutDislocatedPronoun(clause, lexicon));
  const topic = joined.slice(0, 1 + person.length);
  const comma = joined[topic.length]?.norm === ',';
  const rest = joined.slice(topic.length + (comma ? 1 : 0));
  const opensAsking = ASKING.has(rest[0]?.norm ?? '');
  const subject = rest.findIndex((token) => SUBJECT_PRONOUNS.has(token.norm));
  if (opensAsking && subject > 0) return [{ tokens: [...rest.slice(0, subject), ...topic, ...rest.slice(subject + 1)], asked: true }];
  const possessive = rest.findIndex((token) => POSSESSIVE_PRONOUNS.has(token.norm));
  if (comma && asked && possessive >= 0) return [{ tokens: [...rest.slice(0, possessive), ...topic, { raw: "'s", norm: "'s" }, ...rest.slice(possessive + 1)], asked: true }];
  // "my son how old?": asked of them with no pronoun, they are said last.
  const end = rest.findIndex((token) => isPunctuation(token) && token.norm !== ',');
  if (opensAsking && (asked || rest[0].norm === 'how') && !rest.some((token) => POSSESSIVE_PRONOUNS.has(token.norm))) {
    const cut = end < 0 ? rest.length : end;
    return [{ tokens: [...rest.slice(0, cut), ...topic, ...rest.slice(cut)], asked: true }];
  }
  return clauses;
}

/** "how old is she my grandma", "where he works my brother": a pronoun said right before whom it stands for, in a question. */
function withoutDislocatedPronoun(clause: Clause, lexicon: MemoryLexicon): Clause {
  if (!clause.asked && !ASKING.has(clause.tokens[0]?.norm ?? '')) return clause;
  const at = clause.tokens.findIndex((token, i) => SUBJECT_PRONOUNS.has(token.norm) && ['my', 'our'].includes(clause.tokens[i + 1]?.norm ?? '') && personAt(clause.tokens, i + 2, lexicon) !== undefined);
  return at > 0 ? { ...clause, tokens: [...clause.tokens.slice(0, at), ...clause.tokens.slice(at + 1)] } : clause;
}
