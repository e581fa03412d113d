import { Content, contentList } from './content';

/** The intent whose examples greet: none of their words is ever a name ("Afternoon. Harold here"). */
const GREETING_INTENT = 'greet';

/**
 * Words never taken as a name, in lower case: the `notNames` list and every word a greeting is made of
 * (the greet intent's examples), so a greeting a writer adds there is no name either.
 */
export function notNameWords(content: Content): Set<string> {
  const greetings = content.intents.get(GREETING_INTENT)?.examples ?? [];
  return new Set([...contentList(content, 'notNames'), ...contentList(content, 'greetingWords').flatMap((phrase) => phrase.split(/\s+/)), ...greetings.flatMap((example) => example.match(/[\p{L}']+/gu) ?? [])].map((word) => word.toLowerCase()));
}
