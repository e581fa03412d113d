import { matchWords } from './clauses';
import type { MemoryLexicon } from './factKinds';
import type { Token } from './tokens';

/** Words that open what one says of oneself after a lead-in ("day job *I'm* a welder"). */
const SPEAKERS = new Set(['i', 'im', 'my', 'we']);

/**
 * "day job I'm a dental hygienist", "work wise, I drive trams for Metrolink": a lead-in of `memoryWorkLeadIns`
 * that only says what follows is one's work. Where what is said after it begins, or undefined when the clause
 * opens with no such lead-in or what follows is not said by oneself ("day job is …" is read by its own phrase).
 */
export function workLeadIn(tokens: readonly Token[], start: number, lexicon: MemoryLexicon): number | undefined {
  for (const phrase of lexicon.workLeadIns) {
    const end = matchWords(tokens, start, phrase, lexicon.fillers);
    if (end <= 0) continue;
    const next = tokens[end]?.norm === ',' || tokens[end]?.norm === '-' ? end + 1 : end;
    if (SPEAKERS.has(tokens[next]?.norm ?? '')) return next;
  }
  return undefined;
}
