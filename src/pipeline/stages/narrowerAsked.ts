import type { Fact } from '../../profile/userProfile';
import type { TurnDependencies } from '../turn';
import { cityAtEnd } from './memoryPlaces';
import type { NoteQuestion } from './memoryNotes';

/**
 * The nouns of a question that label one of its kinds but are none of the words that kind is asked with ("agency",
 * "clinic" of a workplace; not "company", asked by "my company"), when every kept value of the kinds names nothing
 * (beside a city at its end: "call centre in Leeds", not "Finlay Games in Dundee") and does not say the noun. Not of
 * a kind kept as a place.
 */
export function narrowerAsked(kinds: readonly string[], asking: NoteQuestion, facts: readonly Fact[], deps: TurnDependencies): string[] {
  const said = new Set((asking.said ?? asking.asked ?? []).map((word) => word.toLowerCase()));
  const kept = facts.filter((fact) => kinds.includes(fact.key));
  if (kept.length === 0) return [];
  const nouns = kinds.flatMap((kind) => {
    const definition = deps.content.facts.get(kind);
    // A town or a location is what a place kept is ("which town do I live in?"), however it was typed.
    if (definition?.value === 'place') return [];
    const askWords = new Set((definition?.ask ?? []).flatMap((phrase) => phrase.toLowerCase().split(/\s+/)));
    return (definition?.labels ?? []).map((label) => label.toLowerCase()).filter((label) => !/\s/.test(label) && said.has(label) && !askWords.has(label));
  });
  if (nouns.length === 0) return [];
  const naming = (value: string) => deps.findCity(value) !== undefined || (cityAtEnd(value, deps.findCity)?.what ?? value).split(/\s+/).some((word) => /^\p{Lu}/u.test(word));
  const saying = (value: string) => nouns.some((noun) => value.toLowerCase().split(/\s+/).includes(noun));
  return kept.some((fact) => naming(fact.value) || saying(fact.value)) ? [] : [...new Set(nouns)];
}
