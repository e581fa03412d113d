export const MAX_NAME_LENGTH = 40;
const NAME_SHAPE = /^\p{L}[\p{L}'’-]*(?: \p{L}[\p{L}'’-]*){0,2}$/u;

/**
 * A name as a person would type it: up to three words of letters, hyphens and apostrophes.
 * Words that usually follow "I'm" but are not names ("tired", "back") are refused, as is markup
 * or template syntax, which cannot pass the letter-only shape.
 */
export function validateName(typed: string, notNames: ReadonlySet<string>): string | undefined {
  const name = withoutEndMark(typed.normalize('NFC')).replace(/\s+/g, ' ');
  if (name.length === 0 || name.length > MAX_NAME_LENGTH || !NAME_SHAPE.test(name)) return undefined;
  const firstWord = name.split(' ')[0].toLowerCase().replace(/’/g, "'");
  if (notNames.has(firstWord)) return undefined;
  return name === name.toLowerCase() ? titleCase(name) : name;
}

/** "Grace Okafor.": a full stop or an exclamation mark at the end ends the sentence, not the name. */
export function withoutEndMark(typed: string): string {
  return typed.trim().replace(/\s*[.!…]+$/u, '');
}

function titleCase(name: string): string {
  return name.replace(/(^|[ -])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}
