import { Recognition } from '../../nlu/recognizer';
import { ProfileChange } from '../../profile/profileChanges';

/** Intents in which a mentioned event is the person's own and still ahead ("I have an exam on friday", "nervous about my interview"). */
const EVENT_INTENTS = new Set(['tellEvent', 'feelNervous']);
/** Below this the message may be a request about an event (a booking, a reminder), not news of one. */
const MIN_SCORE = 0.5;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * An exam, interview, trip or move (an `event.*` list entity in dialogs/) told as coming up, with its day
 * when the message names one. A day already past is news, not something to ask about later.
 */
export function learnEvents(recognition: Recognition, now: Date): ProfileChange[] {
  if (!EVENT_INTENTS.has(recognition.intent) || recognition.score < MIN_SCORE) return [];
  const event = recognition.entities.find((entity) => entity.type === 'event');
  if (!event) return [];
  const date = eventDay(recognition);
  // A day before yesterday (UTC, so any zone's today and yesterday still count) is in the past.
  if (date && date < new Date(now.getTime() - DAY_MS).toISOString().slice(0, 10)) return [];
  return [{ type: 'rememberEvent', kind: event.value, ...(date ? { date } : {}), at: now.toISOString() }];
}

/** The first day named: a date ("on friday", "tomorrow") or the start of a range ("next week"). */
function eventDay(recognition: Recognition): string | undefined {
  for (const entity of recognition.entities) {
    if (entity.type !== 'date' && entity.type !== 'daterange' && entity.type !== 'datetime') continue;
    const day = /^\d{4}-\d{2}-\d{2}/.exec(entity.value)?.[0];
    if (day) return day;
  }
  return undefined;
}
