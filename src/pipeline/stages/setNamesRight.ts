import { contentList } from '../../content/content';
import { wordLexicon } from '../../nlu/wordLexicon';
import { withNamesSetRight } from '../../personalization/memory/namesSetRight';
import type { Turn, TurnDependencies } from '../turn';

/** "my nephew Mateo, sorry, Matias, turns 7": the message as meant, the name set right in place (`memoryNameSetRightMarks`). */
export function setNamesRight(turn: Turn, deps: TurnDependencies): void {
  turn.text = withNamesSetRight(turn.text, contentList(deps.content, 'memoryNameSetRightMarks'), (word) => wordLexicon().tags(word.toLowerCase()) !== undefined);
}
