/**
 * Cleans what a channel delivers: mention tags left by Teams (`<at>Rapport</at>`), control characters,
 * and runs of whitespace. The adapter edge removes the bot's own mention; this catches the rest.
 */
export function normalizeText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
