import { Tone, TONES } from '../vocabulary/tones';

/** The leading tone must have at least this much evidence before the bot adopts it. */
const MIN_EVIDENCE = 1.2;

const PLAYFUL = /(😀|😂|🤣|😄|😅|😉|😎|🥳|🎉|🙌|❤️|:\)|:D|;\)|\b(lol|haha+|hehe|omg|yay|woo+|awesome|gonna|wanna|dude|yo)\b|!!)/iu;
const FORMAL = /\b(please|kindly|would you|could you|thank you|good (morning|afternoon|evening)|dear|regards|sincerely|i would like|may i)\b/i;
const CONCISE_MAX_WORDS = 3;

/** The style signals in one message: which tones it leans to. */
export function styleSignals(text: string): Partial<Record<Tone, number>> {
  const signals: Partial<Record<Tone, number>> = {};
  if (PLAYFUL.test(text)) signals.playful = 1;
  if (FORMAL.test(text) && !PLAYFUL.test(text)) signals.formal = 1;
  if (text.trim().split(/\s+/).length <= CONCISE_MAX_WORDS && !text.startsWith('/')) signals.concise = 0.3;
  return signals;
}

/** The tone the user's own writing suggests, if the evidence is clear enough. */
export function learnedTone(style: Partial<Record<Tone, number>> | undefined): Tone | undefined {
  if (!style) return undefined;
  const ranked = TONES.map((tone) => [tone, style[tone] ?? 0] as const).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  return best[1] >= MIN_EVIDENCE && best[1] > second[1] * 1.5 ? best[0] : undefined;
}
