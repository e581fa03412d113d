import { Content, contentList } from '../content/content';
import { Tone, TONES } from '../vocabulary/tones';
import { closestName } from './parseCommand';

/** `auto` is not a tone: it hands the choice back to what the bot learned. */
export type ToneChoice = Tone | 'auto';
export const TONE_CHOICES: readonly ToneChoice[] = [...TONES, 'auto'];
/** How each tone is called in replies (/tone, /why, /profile). */
export const TONE_NAME_REPLIES = TONES.map((tone) => `tone.name.${tone}`);

/**
 * The tone a person asked for: a tone name, a word from its `tone.<name>` list in dialogs/
 * ("professional" is formal), or a close misspelling of one ("fromal").
 */
export function parseToneChoice(text: string, content: Content): ToneChoice | undefined {
  const typed = text.trim().toLowerCase();
  const words = new Map<string, ToneChoice>();
  for (const choice of TONE_CHOICES) {
    for (const word of [choice, ...contentList(content, `tone.${choice}`)]) {
      if (!words.has(word.toLowerCase())) words.set(word.toLowerCase(), choice);
    }
  }
  const exact = words.get(typed);
  if (exact) return exact;
  const close = closestName(typed, [...words.keys()].filter((word) => word.length >= 5));
  return close ? words.get(close) : undefined;
}
