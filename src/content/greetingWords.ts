import { Content, contentList } from './content';

/**
 * Whether a message is only a greeting of the `greetingWords` list ("wagwan", "howzit!!", "wah gwan"): slang
 * the intent model may not know, which greets and names nobody.
 */
export function greetsOnly(text: string, content: Content): boolean {
  const said = (text.toLowerCase().match(/[\p{L}']+/gu) ?? []).join(' ');
  return said.length > 0 && contentList(content, 'greetingWords').some((phrase) => phrase.toLowerCase() === said);
}
