/**
 * The names in a note typed all in lower case ("flatmates r sound tbh harry gabe n niamh who bakes cookies"),
 * where no capital marks one: a word the tagger does not know, said as the subject of what follows it, right
 * before "who" or "is" or with "'s" ("niamh who bakes", "rhona's a vet student"). Words it does not know that
 * say nothing of anyone ("tbh", "ngl") are not said so. Empty for a note with capitals.
 */
export function lowerCaseSubjects(text: string, isKnownWord: (word: string) => boolean): string[] {
  if (text !== text.toLowerCase()) return [];
  const words = text.split(/\s+/).map((word) => word.replace(/^[^\p{L}\p{N}'’]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
  return words.flatMap((word, at) => {
    const owner = /^(\p{L}+)['’]s$/u.exec(word)?.[1];
    const name = owner ?? word;
    const subject = owner !== undefined || SUBJECT_LINKS.has(words[at + 1] ?? '');
    return subject && /^\p{L}{3,}$/u.test(name) && !isKnownWord(name) ? [name] : [];
  });
}

/** Words said right after the one a clause is about ("toby *who* never does the dishes", "ana *is* a nurse"). */
const SUBJECT_LINKS = new Set(['who', 'is', 'was']);
