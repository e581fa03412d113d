import { learnFacts } from '../../personalization/learners/learnFacts';
import { learnEvents } from '../../personalization/learners/learnEvents';
import { learnInterests } from '../../personalization/learners/learnInterests';
import { moodSignal } from '../../personalization/moodSignal';
import { styleSignals } from '../../personalization/style';
import { ProfileChange } from '../../profile/profileChanges';
import { learningActive } from '../../profile/userProfile';
import { Turn, TurnDependencies } from '../turn';
import { contentList } from '../../content/content';

/** The reply key of a recommendation (dialogs/recommend.yaml). */
const RECOMMENDATION_REPLY = 'recommend.item';

/** Records what this turn teaches about the user as changes; the save applies them. */
export function learn(turn: Turn, deps: TurnDependencies): void {
  turn.changes.push(...learned(turn, deps));
}

/** With learning paused only what the user states on purpose (their name) is kept. */
function learned(turn: Turn, deps: TurnDependencies): ProfileChange[] {
  const recognition = turn.recognition;
  if (!recognition) return [];
  const changes: ProfileChange[] = [];
  const name = recognition.entities.find((entity) => entity.type === 'name');
  if (recognition.intent === 'tellName' && name) {
    // Saying "call me Dana" is an explicit choice, so it is stored as explicit, not learned.
    changes.push({ type: 'setName', name: name.value, source: 'explicit' });
  }
  if (!learningActive(turn.loaded.profile)) return changes;
  const at = turn.now.toISOString();
  changes.push({ type: 'observeMood', sentiment: moodSignal(recognition), at });
  changes.push({ type: 'observeStyle', signals: styleSignals(turn.text) });
  changes.push(...learnFacts(recognition, at, deps.findCity));
  changes.push(...learnEvents(recognition, turn.now));
  changes.push(...answeredRecommendation(turn, deps));
  changes.push(...learnInterests(turn.text, recognition, deps.content, deps.topicMentions, at));
  return changes;
}

/** Below this the model may have misread a reply to something else as a yes. */
const ACCEPT_MIN_SCORE = 0.6;

/**
 * "yes", "sounds good", "thanks!" right after a recommendation, with no question of the bot's open: the
 * pick was accepted, which counts like a 👍 (interests, bandit, and the shared item statistics); "nah",
 * "no thanks" turned it down, which counts like a 👎. The intents that accept or turn down are content
 * (`recommendationAccepted`, `recommendationRejected` in dialogs/).
 */
function answeredRecommendation(turn: Turn, deps: TurnDependencies): ProfileChange[] {
  const recognition = turn.recognition;
  const profile = turn.loaded.profile;
  if (!recognition || recognition.score < ACCEPT_MIN_SCORE || profile.pending) return [];
  const kind = contentList(deps.content, 'recommendationAccepted').includes(recognition.intent) ? 'up' : contentList(deps.content, 'recommendationRejected').includes(recognition.intent) ? 'down' : undefined;
  if (!kind) return [];
  const previous = profile.memory.turns.at(-1);
  const item = profile.memory.lastRecommended ? deps.catalog.byId.get(profile.memory.lastRecommended) : undefined;
  if (!item || !previous?.replyKeys.includes(RECOMMENDATION_REPLY)) return [];
  return [{ type: 'itemFeedback', itemId: item.id, kind, topics: [...item.topics], tags: [...item.tags], at: turn.now.toISOString() }];
}
