import { startsSession } from '../../profile/lifecycle';
import { displayName, isNewUser, learningActive, UserProfile } from '../../profile/userProfile';
import { recommendItem } from './recommendItem';
import { offerNotifications } from './offerNotifications';
import { NONE_INTENT } from '../../nlu/recognizer';
import { ReplyContext } from '../../personalization/replyContext';
import { Turn, TurnDependencies } from '../turn';
import { ReplyRequest } from '../../vocabulary/reply';

/** Intents whose reply is a greeting of its own, so the welcome replaces rather than follows it. */
const GREETINGS = new Set(['greet']);

/** Decides what to say (content keys and values), from the intent and where the user is with us. */
export function chooseReplies(turn: Turn, context: ReplyContext, preview: UserProfile, deps: TurnDependencies): void {
  chooseAnswer(turn, context, preview, deps);
  // Push messages are offered once, after onboarding or the first recommendation (src/notify/).
  if (deps.offerNotifications) offerNotifications(turn, preview);
}

function chooseAnswer(turn: Turn, context: ReplyContext, preview: UserProfile, deps: TurnDependencies): void {
  if (turn.wantsRecommendation) turn.requests.push(recommendItem(turn, preview, deps, turn.wantsRecommendation));
  if (turn.handled) return;
  const profile = turn.loaded.profile;
  if (turn.input.kind === 'conversationStart') {
    turn.requests.push(...greeting(turn, context));
    return;
  }
  const intent = turn.recognition?.intent ?? NONE_INTENT;
  const newcomer = isNewUser(profile) && !profile.onboarding.askedName && !displayName(preview);
  if (GREETINGS.has(intent)) {
    turn.requests.push(...greeting(turn, context));
    return;
  }
  turn.requests.push(answer(turn, preview, deps, intent));
  if (context.mood === 'frustrated') offerHelp(turn);
  if (newcomer && intent !== 'tellName') {
    turn.requests.push({ key: 'welcome.new' });
    turn.changes.push({ type: 'setPending', pending: 'askName' });
  }
}

/** A frustrated person gets a way out: a /help button, and a line offering it unless the reply already does. */
function offerHelp(turn: Turn): void {
  const offersHelp = turn.requests.some((request) => request.key === 'complain' || request.key === 'fallback' || request.key === 'help');
  if (!offersHelp) turn.requests.push({ key: 'help.offer', append: true });
  const last = turn.requests[turn.requests.length - 1];
  last.suggestedActions = [...(last.suggestedActions ?? []), '/help'];
}

function greeting(turn: Turn, context: ReplyContext): ReplyRequest[] {
  const profile = turn.loaded.profile;
  const stage = context.stage;
  if (stage === 'new' && !profile.onboarding.askedName && !displayName(profile)) {
    turn.changes.push({ type: 'setPending', pending: 'askName' });
    return [{ key: 'welcome.new' }];
  }
  if (stage === 'returning') return [{ key: 'welcome.returning' }];
  if (startsSession(profile, turn.now)) return [{ key: 'welcome.back' }];
  return [{ key: 'greet' }];
}

function answer(turn: Turn, preview: UserProfile, deps: TurnDependencies, intent: string): ReplyRequest {
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
    case 'tellLike':
    case 'tellPet':
    case 'tellHome': {
      if (!learningActive(profile)) return { key: 'fact.notLearning' };
      // The model can tell it is a fact without the pattern that would have caught its value ("I grew
      // up in Dublin"): then ask for it in a form the bot understands, rather than reply with a blank.
      const values = entityValues(turn);
      return FACT_VALUES[intent].every((key) => values[key]) ? { key: intent, values } : { key: 'fact.unclear' };
    }
    case 'recommend':
      return recommendItem(turn, preview, deps, {});
    case 'whatsNew':
      return recommendItem(turn, preview, deps, { newest: true });
    case 'askTopic': {
      // A topic entity from the recognizer forgives typos ("cookin"); plain mentions are the fallback.
      const topic = turn.recognition?.entities.find((entity) => entity.type === 'topic')?.value ?? deps.topicMentions(turn.text)[0];
      if (!topic) return { key: 'recommend.noTopic', values: { topics: deps.catalog.topics.join(', ') } };
      return recommendItem(turn, preview, deps, { topic });
    }
    default:
      return deps.content.replies.has(intent) ? { key: intent } : { key: 'fallback' };
  }
}

/** The values each fact's reply needs. */
const FACT_VALUES: Record<'tellLike' | 'tellPet' | 'tellHome', string[]> = { tellLike: ['like'], tellPet: ['pet', 'petKind'], tellHome: ['city'] };

/** Placeholder values from this message's entities, named as the profile will name them once saved. */
function entityValues(turn: Turn): Record<string, string> {
  const values: Record<string, string> = {};
  for (const change of turn.changes) {
    if (change.type === 'rememberFact') values[change.key] = change.value;
    if (change.type === 'setLearnedHome') values.city = change.city;
  }
  return values;
}
