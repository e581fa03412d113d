import NounInflector from 'natural/lib/natural/inflectors/noun_inflector';
import { nounKinds } from '../../nlu/nounKinds';
import type { FactKind } from './factKinds';
import type { ValueContext } from './readValue';

const inflector = new NounInflector();

/**
 * Whether a value is of a sort its kind never holds (`notOf`): its last word a plural in lower case that WordNet
 * files under one of them, as "foreign tourists" and "refugees" are people, whom work is for, never where it is
 * done. A name ("Doctors Without Borders"), a singular ("at the vet") or a group ("a family firm") may still be.
 */
export function isNotOfKind(value: string, kind: FactKind, values: ValueContext): boolean {
  const sorts = kind.definition.notOf;
  if (!sorts || sorts.length === 0) return false;
  const last = value.split(/\s+/).at(-1) ?? '';
  if (!/^\p{Ll}+$/u.test(last) || (!values.lowerCase && value.split(/\s+/).some((word) => /^\p{Lu}/u.test(word)))) return false;
  const single = inflector.singularize(last);
  if (single === last || values.words.tags(last)?.[0] !== 'NNS') return false;
  const kinds = nounKinds().kindsOf(single);
  return sorts.some((sort) => kinds.has(sort)) && !GROUPS.some((group) => kinds.has(group));
}

/** What a word for people may also be that is a place of work ("a family", "the staff"). */
const GROUPS = ['organization', 'social group', 'establishment', 'institution'];
