import { learnFacts } from '../../personalization/learners/learnFacts';
import { learnEvents } from '../../personalization/learners/learnEvents';
import { learnInterests } from '../../personalization/learners/learnInterests';
import { moodSignal } from '../../personalization/moodSignal';
import { styleSignals } from '../../personalization/style';
import { ProfileChange } from '../../profile/profileChanges';
import { learningActive } from '../../profile/userProfile';
import { Turn, TurnDependencies } from '../turn';

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
  changes.push(...learnInterests(turn.text, recognition, deps.content, deps.topicMentions, at));
  return changes;
}
