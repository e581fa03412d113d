import { contentValue } from '../../content/content';
import { localDate, localParts } from '../../util/localTime';
import { startsSession } from '../../profile/lifecycle';
import { LifeEvent, learningActive } from '../../profile/userProfile';
import { ReplyContext } from '../../personalization/replyContext';
import { Turn, TurnDependencies } from '../turn';

/** Without a day, an event is asked about in a conversation at least this long after it was told. */
const UNDATED_WAIT_MS = 12 * 60 * 60 * 1000;

/**
 * At the start of a later conversation, ask once how a remembered event went ("How did the interview
 * go?"), after its day when one was given. Never in a conversation others read, never with learning
 * paused, never on top of a command or another question.
 */
export function followUpEvent(turn: Turn, context: ReplyContext, deps: TurnDependencies): void {
  const profile = turn.loaded.profile;
  if (turn.input.shared || !learningActive(profile) || turn.notes.command || turn.erase) return;
  if (turn.input.kind !== 'message' && turn.input.kind !== 'conversationStart') return;
  if (!startsSession(profile, turn.now) || turn.requests.length === 0) return;
  if (turn.changes.some((change) => change.type === 'setPending' && change.pending !== undefined)) return;
  const today = localDate(localParts(turn.now, context.timeZone));
  const due = (profile.memory.events ?? []).find((event) => isDue(event, turn.now, today) && deps.content.replies.has(`followUp.${event.kind}`));
  if (!due) return;
  turn.requests.push({ key: `followUp.${due.kind}`, values: { event: eventName(deps, due.kind) }, append: true });
  turn.changes.push({ type: 'eventFollowedUp', kind: due.kind, at: turn.now.toISOString() }, { type: 'setPending', pending: 'followUp' });
}

function isDue(event: LifeEvent, now: Date, today: string): boolean {
  if (event.followedUpAt) return false;
  if (event.date) return event.date <= today;
  return now.getTime() - Date.parse(event.learnedAt) >= UNDATED_WAIT_MS;
}

/** How replies name an event kind: the first word of its `event.<kind>` list in dialogs/. */
export function eventName(deps: Pick<TurnDependencies, 'content'>, kind: string): string {
  return contentValue(deps.content, `event.${kind}`) ?? kind;
}
