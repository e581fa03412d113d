/**
 * Cleans what a channel delivers: mention tags left by Teams (`<at>Rapport</at>`), control characters,
 * and runs of whitespace. The adapter edge removes the bot's own mention; this catches the rest. A line
 * break ends what the line said ("name: Ana\nage: 29" is "name: Ana. age: 29"), as people type lists and
 * forms a line at a time.
 */
export function normalizeText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/([^\s.!?,;:])[^\S\n]*\n\s*(?=\S)/g, '$1. ')
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
