import { replyVariants } from '../../content/content';
import { answerButtons } from '../../commands/confirmation';
import { parseArithmetic } from '../../nlu/arithmetic';
import { formatLocalDate, formatLocalTime, localParts } from '../../util/localTime';
import { daysUntil } from '../../nlu/daysUntil';
import { ReplyContext } from '../../personalization/replyContext';
import { UserProfile } from '../../profile/userProfile';
import { Turn, TurnDependencies } from '../turn';
import { ReplyRequest } from '../../vocabulary/reply';
import { recommendItem } from './recommendItem';
import { eventName } from './followUpEvent';

/** Conversational glue (dialogs/glue.yaml) with no question to answer: a light acknowledgement each. */
const GLUE = new Set(['affirm', 'deny', 'acknowledge', 'laugh', 'hesitate', 'apologize', 'nevermind']);
export const JOKE_REPLY = 'joke';
/** The answer to a recommendation accepted with a "yes" or a "thanks", or turned down with a "nah". */
const ACCEPTED_REPLY = 'recommend.accepted';
const REJECTED_REPLY = 'recommend.rejected';

/** Replies this stage refers to by key: content must define them (checked at start-up). */
export const EVERYDAY_REPLIES = [
  ...[...GLUE].map((intent) => `glue.${intent}`),
  'glue.askName.affirm',
  ACCEPTED_REPLY,
  REJECTED_REPLY,
  'glue.offerRecommendation.deny',
  'glue.again',
  'reset.offer',
  'reset.cancelled',
  'event.remembered',
  'followUp.good',
  'followUp.bad',
  'date.today',
  'daysUntil.result',
  'daysUntil.tomorrow',
  'daysUntil.unclear',
  'time.now',
  'time.nowDefaultZone',
  'calculate.result',
  'calculate.unclear',
  'calculate.undefined',
  JOKE_REPLY,
  'joke.none',
];

/** How far a message's sentiment must lean to read "it went …" as good or bad news. */
const OUTCOME_LEANING = 0.15;

/**
 * The replies of everyday intents that need more than their own reply key: glue, events, offers that
 * ask a question, the date and time, sums, jokes. Undefined for intents answered by their key alone.
 */
export function answerEveryday(turn: Turn, context: ReplyContext, preview: UserProfile, deps: TurnDependencies, intent: string): ReplyRequest[] | undefined {
  // "yes" / "thanks" that accepted the recommendation just made (see learn): "Enjoy it!", not "what now?";
  // "nah" that turned it down: noted, and another is offered.
  const answered = turn.changes.find((change) => change.type === 'itemFeedback');
  if (answered?.kind === 'up') return [{ key: ACCEPTED_REPLY }];
  if (answered) {
    turn.changes.push({ type: 'setPending', pending: 'offerRecommendation' });
    return [{ key: REJECTED_REPLY, suggestedActions: answerButtons(deps.content, '') }];
  }
  if (GLUE.has(intent)) return [{ key: `glue.${intent}` }];
  switch (intent) {
    case 'skip':
      // "no thanks" / "not now" with no question asked: a plain no.
      return [{ key: 'glue.deny' }];
    case 'tellEvent':
    case 'feelNervous':
      return [{ key: eventReplyKey(turn, deps, intent) }, ...rememberedEvent(turn, deps)];
    case 'feelBored':
      turn.changes.push({ type: 'setPending', pending: 'offerRecommendation' });
      return [{ key: intent, suggestedActions: answerButtons(deps.content, '') }];
    case 'startOver':
      turn.changes.push({ type: 'setPending', pending: 'confirmReset' });
      return [{ key: 'reset.offer', suggestedActions: answerButtons(deps.content, '/reset') }];
    case 'tellOutcome': {
      // Polarity first: one word ("went *well*", "*bombed*") decides; the per-word average when it has none.
      const polarity = turn.recognition?.polarity ?? 0;
      const sentiment = turn.recognition?.sentiment ?? 0;
      const good = polarity !== 0 ? polarity > 0 : sentiment > OUTCOME_LEANING;
      const bad = polarity !== 0 ? polarity < 0 : sentiment < -OUTCOME_LEANING;
      // Told unasked ("it went great, I passed!"): the latest event still waiting is not asked about later.
      const waiting = (turn.loaded.profile.memory.events ?? []).filter((event) => !event.followedUpAt).at(-1);
      if (waiting) turn.changes.push({ type: 'eventFollowedUp', kind: waiting.kind, at: turn.now.toISOString() });
      return [{ key: good ? 'followUp.good' : bad ? 'followUp.bad' : intent }];
    }
    case 'askDate':
      return [{ key: 'date.today', values: { date: formatLocalDate(turn.now, context.timeZone, turn.input.locale) } }];
    case 'askDaysUntil': {
      // Counted from today where the person is: "how many days till christmas?"
      const counted = daysUntil(turn.text, localParts(turn.now, context.timeZone));
      if (!counted) return [{ key: 'daysUntil.unclear' }];
      const { year, month, day } = counted.target;
      const date = formatLocalDate(new Date(Date.UTC(year, month - 1, day, 12)), 'UTC', turn.input.locale);
      return [{ key: counted.days === 1 ? 'daysUntil.tomorrow' : 'daysUntil.result', values: { days: counted.days, date } }];
    }
    case 'askTime': {
      const zoneKnown = context.timeZone !== deps.defaultTimeZone || turn.loaded.profile.explicit.timeZone !== undefined;
      return [{ key: zoneKnown ? 'time.now' : 'time.nowDefaultZone', values: { time: formatLocalTime(turn.now, context.timeZone, turn.input.locale), zone: context.timeZone } }];
    }
    case 'calculate': {
      const sum = parseArithmetic(turn.text);
      if (!sum) return [{ key: 'calculate.unclear' }];
      if (sum.value === undefined) return [{ key: 'calculate.undefined' }];
      return [{ key: 'calculate.result', values: { expression: sum.expression, result: sum.value } }];
    }
    case 'tellJoke':
      return [tellJoke(turn, context, deps)];
    case 'again':
      return [again(turn, context, preview, deps)];
    case 'askCreator':
      return [{ key: intent, values: deps.operator ? { operator: deps.operator } : {} }];
    default:
      return undefined;
  }
}

/** "Have a great trip!" rather than "good luck" when content has a reply for the event's kind (`tellEvent.trip`). */
function eventReplyKey(turn: Turn, deps: TurnDependencies, intent: string): string {
  const event = turn.changes.find((change) => change.type === 'rememberEvent');
  const key = event?.type === 'rememberEvent' ? `${intent}.${event.kind}` : '';
  return deps.content.replies.has(key) ? key : intent;
}

/** "I'll ask how your interview went": said when this message left an event to follow up on. */
function rememberedEvent(turn: Turn, deps: TurnDependencies): ReplyRequest[] {
  const event = turn.changes.find((change) => change.type === 'rememberEvent');
  if (event?.type !== 'rememberEvent' || turn.input.shared) return [];
  return [{ key: 'event.remembered', values: { event: eventName(deps, event.kind) }, append: true }];
}

/** Intents whose answer comes in series: "another one" after them asks for the next. */
const RECOMMENDING = new Set(['recommend', 'whatsNew', 'askTopic', 'feedback:more']);

/** "another one": another joke after a joke, another pick after a recommendation; otherwise, another what? */
function again(turn: Turn, context: ReplyContext, preview: UserProfile, deps: TurnDependencies): ReplyRequest {
  // "another one, and another": the series is what came before the run of "again"s.
  const last = [...turn.loaded.profile.memory.turns].reverse().find((remembered) => remembered.intent !== 'again')?.intent ?? '';
  if (last === 'tellJoke') return tellJoke(turn, context, deps);
  if (RECOMMENDING.has(last)) return recommendItem(turn, preview, deps, {});
  return { key: 'glue.again' };
}

/** A joke in the person's tone they have not heard yet; when the tone's jokes run out, say so. */
function tellJoke(turn: Turn, context: ReplyContext, deps: TurnDependencies): ReplyRequest {
  const told = new Set(turn.loaded.profile.memory.jokesTold ?? []);
  const fresh = replyVariants(deps.content, JOKE_REPLY, context.tone).filter((variant) => !told.has(variant.id));
  if (fresh.length === 0) return { key: 'joke.none' };
  return { key: JOKE_REPLY, avoid: [...told] };
}
