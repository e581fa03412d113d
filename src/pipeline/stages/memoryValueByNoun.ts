import { noteLexicon } from '../../personalization/memory/noteLexicon';
import { namesSomething, singular, stem } from '../../personalization/memory/noteWords';
import { isPunctuation, type Token, tokenize } from '../../personalization/memory/tokens';
import { isPersonNoun } from '../../personalization/memory/categories';
import { memoryLexicon } from '../../personalization/memory/factKinds';
import { wordLexicon } from '../../nlu/wordLexicon';
import type { Fact } from '../../profile/userProfile';
import type { ReplyRequest } from '../../vocabulary/reply';
import type { TurnDependencies } from '../turn';

/**
 * "which halls am I in?" of "I'm in Pollock Halls", kept as where one lives: a kept value named by a noun of its
 * sort ("Pollock Halls", "Riverside Primary School", "Elm Street") answers a question that asks by that noun, though
 * the fact's kind is not the one the question names. Only a noun asked as which one ("which halls", "what street":
 * right after a wh-determiner, by the tagger), not a thing a price or a time is asked of ("how much rent for the
 * shop?"); only a value of two words or more whose last word is that noun (in the singular or the plural, by its
 * stem), and only one such value: two would be a guess. Undefined else.
 */
export function valueNamedByNoun(question: string, asked: readonly string[], facts: readonly Fact[], deps: TurnDependencies): ReplyRequest | undefined {
  const lexicon = noteLexicon(deps.content);
  const contracted = memoryLexicon(deps.content).contractedIs;
  const tokens = tokenize(question, contracted).filter((token) => !isPunctuation(token));
  const nouns = new Set(whichOneNouns(tokens, asked, deps).map((word) => stem(singular(word), lexicon)));
  if (nouns.size === 0) return undefined;
  const said = new Set(tokens.map((token) => token.norm));
  const values = [...new Set(facts.map((fact) => fact.value))].filter((value) => {
    const words = tokenize(value, contracted).filter((token) => !isPunctuation(token));
    const last = words.at(-1)?.norm;
    // The value's other words are what the question does not already say ("Pollock" of "Pollock Halls").
    return words.length >= 2 && last !== undefined && nouns.has(stem(singular(last), lexicon)) && words.slice(0, -1).some((word) => !said.has(word.norm));
  });
  return values.length === 1 ? { key: 'memory.fromNotePart', values: { part: values[0] } } : undefined;
}

/**
 * "what car did I buy?" of "I bought a used Hyundai Elantra", kept as what one drives and so kept as no note: the noun
 * asked as which one is a label of a fact kind ("car" of the vehicles), and the one value kept of that kind answers,
 * whatever verb the question asks it by. Not when the question names someone ("what car did my dad buy?"), nor when
 * the noun labels more than one kind, or the kind holds more than one value: either would be a guess.
 */
export function valueOfKindNamedByNoun(question: string, asked: readonly string[], facts: readonly Fact[], deps: TurnDependencies): ReplyRequest | undefined {
  const tokens = tokenize(question, memoryLexicon(deps.content).contractedIs).filter((token) => !isPunctuation(token));
  if (tokens.some((token) => isPersonNoun(token.norm))) return undefined;
  const nouns = new Set(whichOneNouns(tokens, asked, deps).flatMap((word) => [word, singular(word)]));
  if (nouns.size === 0) return undefined;
  const kinds = [...memoryLexicon(deps.content).kinds.values()].filter((kind) => (kind.definition.labels ?? []).some((label) => nouns.has(label.toLowerCase())));
  const values = [...new Set(facts.filter((fact) => fact.key === kinds[0]?.name).map((fact) => fact.value))];
  return kinds.length === 1 && values.length === 1 ? { key: 'memory.fromNotePart', values: { part: values[0] } } : undefined;
}

/** The nouns of a question asked as which one ("which halls", "what street": right after a wh-determiner, by the tagger), no stop, general or vague word. */
function whichOneNouns(tokens: readonly Token[], asked: readonly string[], deps: TurnDependencies): string[] {
  const lexicon = noteLexicon(deps.content);
  const whichOne = new Set(tokens.flatMap((token, at) => (at > 0 && /^W(DT|P)$/.test(wordLexicon().tags(tokens[at - 1].norm)?.[0] ?? '') ? [token.norm] : [])));
  return asked.map((word) => word.toLowerCase()).filter((word) => whichOne.has(word)).filter((word) => /^\p{L}{3,}$/u.test(word) && namesSomething(word, lexicon));
}
