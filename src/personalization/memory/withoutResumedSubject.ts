import type { MemoryLexicon } from './factKinds';
import { nounAt } from './kindNouns';
import { personAt } from './readOthers';
import { spoken } from './readStatements';
import { isPunctuation, type Token } from './tokens';

/** Pronouns that say again who was just brought in, as the subject of what follows. */
const RESUMING = new Set(['he', 'she', 'they', 'it']);

/** Words that bring someone or something in before its noun ("*my* husband", "I *have* dog"). */
const BRINGING_IN = new Set(['my', 'our', 'have', 'has', 'got']);

/** Verbs a clause opens with when learners leave its subject out ("I have dog, *is* husky"). */
const LINKING = new Set(['is', 'was']);

/**
 * Learners' subjects after bringing someone in by "my", "our" or "have": said again as a pronoun ("my husband he is
 * cook", "my mom, she is teacher"), read without it ("my husband is cook"); or left out after a comma ("I have dog,
 * is husky, name is Buran"), read with one ("I have dog, it is husky"), so what follows is said of them.
 */
export function withoutResumedSubject(tokens: Token[], lexicon: MemoryLexicon): Token[] {
  const kept: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    kept.push(tokens[i]);
    if (!BRINGING_IN.has(tokens[i].norm) || i + 1 >= tokens.length) continue;
    const person = personAt(tokens, i + 1, lexicon);
    const noun = nounAt(tokens, i + 1, lexicon);
    const length = person?.length ?? noun?.length;
    if (length === undefined) continue;
    const after = i + 1 + length;
    const pronoun = tokens[after]?.norm === ',' ? after + 1 : after;
    const next = tokens[pronoun + 1];
    if (!next || isPunctuation(next)) continue;
    if (RESUMING.has(tokens[pronoun].norm) && ['my', 'our'].includes(tokens[i].norm)) {
      kept.push(...tokens.slice(i + 1, after));
      i = pronoun;
    } else if (pronoun > after && LINKING.has(tokens[pronoun].norm) && !RESUMING.has(next.norm)) {
      const detail = noun?.detail ?? person?.noun ?? '';
      const said = noun && !lexicon.people.has(noun.kind) ? 'it' : lexicon.femaleNouns.has(detail) ? 'she' : lexicon.maleNouns.has(detail) ? 'he' : undefined;
      if (!said) continue;
      kept.push(...tokens.slice(i + 1, pronoun), ...spoken([said]));
      i = pronoun - 1;
    }
  }
  return kept;
}
