import { contentList } from '../../content/content';
import { memoryLexicon } from '../../personalization/memory/factKinds';
import { containsWords, secondPerson } from '../../personalization/memory/noteWords';
import { tokenize, tokenParts, typedText } from '../../personalization/memory/tokens';
import { learningActive, type UserProfile } from '../../profile/userProfile';
import type { ReplyRequest } from '../../vocabulary/reply';
import type { TurnDependencies } from '../turn';

/**
 * "can I have dairy?" after "lactose intolerant which is tragic bc ice cream", kept only in the person's words:
 * a part of a note that says a value the kind keeps one from the food with (`avoidWords`: lactose → dairy), beside
 * a word the kind is told with ("intolerant", "allergic"), answers, told back as said.
 */
export function noteAgainst(kinds: readonly string[], food: readonly string[], profile: UserProfile, deps: TurnDependencies): ReplyRequest | undefined {
  const notes = learningActive(profile) ? (profile.memory.notes ?? []) : [];
  if (notes.length === 0 || food.length === 0) return undefined;
  const lexicon = memoryLexicon(deps.content);
  const plain = new Set([...contentList(deps.content, 'memoryNoteStopWords'), ...lexicon.fillers, 'i', 'me', 'my', 'am', 'are', 'to', 'value']);
  for (const kind of kinds) {
    const definition = deps.content.facts.get(kind);
    const values = Object.entries(definition?.avoidWords ?? {}).filter(([, words]) => words.some((word) => food.includes(word))).map(([value]) => value);
    // The words the kind is told with that say something ("allergic", "intolerant"), not "I am", "to".
    const cues = new Set((definition?.say ?? []).flatMap((phrase) => phrase.toLowerCase().split(/[^\p{L}]+/u)).filter((word) => word.length > 0 && !plain.has(word)));
    if (values.length === 0 || cues.size === 0) continue;
    for (const note of notes) {
      const part = tokenParts(tokenize(note.text, lexicon.contractedIs)).find((words) => values.some((value) => containsWords(words, value.toLowerCase().split(/\s+/))) && words.some((token) => cues.has(token.norm)));
      if (part) return { key: 'memory.fromNoteSaid', values: { note: secondPerson(typedText(part)) } };
    }
  }
  return undefined;
}
