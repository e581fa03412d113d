import { startsSession } from '../../profile/lifecycle';
import { displayName, isNewUser } from '../../profile/userProfile';
import { NONE_INTENT } from '../../nlu/recognizer';
import { ReplyRequest, Turn, TurnDependencies } from '../turn';

/** Intents whose reply is a greeting of its own, so the welcome replaces rather than follows it. */
const GREETINGS = new Set(['greet']);

/** Decides what to say (content keys and values), from the intent and where the user is with us. */
export function chooseReplies(turn: Turn, deps: TurnDependencies): void {
  if (turn.handled) return;
  const profile = turn.loaded.profile;
  if (turn.input.kind === 'conversationStart') {
    turn.requests.push(...greeting(turn, deps));
    return;
  }
  const intent = turn.recognition?.intent ?? NONE_INTENT;
  const newcomer = isNewUser(profile) && !profile.onboarding.askedName;
  if (GREETINGS.has(intent)) {
    turn.requests.push(...greeting(turn, deps));
    return;
  }
  turn.requests.push(answer(turn, deps, intent));
  if (newcomer && intent !== 'tellName') {
    turn.requests.push({ key: 'welcome.new' });
    turn.changes.push({ type: 'setPending', pending: 'askName' });
  }
}

function greeting(turn: Turn, deps: TurnDependencies): ReplyRequest[] {
  const profile = turn.loaded.profile;
  const stage = turn.context.stage;
  if (stage === 'new' && !profile.onboarding.askedName) {
    turn.changes.push({ type: 'setPending', pending: 'askName' });
    return [{ key: 'welcome.new' }];
  }
  if (stage === 'returning') return [named(turn, deps, 'welcome.returning')];
  if (startsSession(profile, turn.now)) return [named(turn, deps, 'welcome.back')];
  return [named(turn, deps, 'greet')];
}

function answer(turn: Turn, deps: TurnDependencies, intent: string): ReplyRequest {
  const profile = turn.loaded.profile;
  const name = displayName(profile);
  switch (intent) {
    case 'tellName': {
      const entity = turn.recognition?.entities.find((e) => e.type === 'name');
      if (!entity) return { key: 'name.unclear' };
      return { key: name ? 'name.changed' : 'name.saved', values: { name: entity.value } };
    }
    case 'askName':
      return name ? { key: 'name.known', values: { name } } : { key: 'name.unknown' };
    default:
      return deps.content.replies.has(intent) ? named(turn, deps, intent) : { key: 'fallback' };
  }
}

/** Uses the `.named` variant of a reply when we know the user's name and the content has one. */
function named(turn: Turn, deps: TurnDependencies, key: string): ReplyRequest {
  const name = displayName(turn.loaded.profile);
  const namedKey = `${key}.named`;
  return name && deps.content.replies.has(namedKey) ? { key: namedKey, values: { name } } : { key };
}
