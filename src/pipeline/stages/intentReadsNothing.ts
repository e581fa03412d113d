import { parseArithmetic } from '../../nlu/arithmetic';
import { daysUntil } from '../../nlu/daysUntil';
import { localParts } from '../../util/localTime';
import { CALCULATE_INTENT } from './recognize';

/** The intent that counts the days to a date it reads in the message (dialogs/limits.yaml). */
const DAYS_UNTIL_INTENT = 'askDaysUntil';

/**
 * Whether an intent that answers only what it reads in the message (a sum, a day to count to) reads nothing in
 * this one: "how much was the lamp?" holds no sum, "until when can I return the coat?" no day. Its reply would only
 * say how to ask it, so a question about what the person told may be answered instead.
 */
export function intentReadsNothing(intent: string, text: string, now: Date): boolean {
  if (intent === CALCULATE_INTENT) return parseArithmetic(text) === undefined;
  if (intent === DAYS_UNTIL_INTENT) return daysUntil(text, localParts(now, 'UTC')) === undefined;
  return false;
}
