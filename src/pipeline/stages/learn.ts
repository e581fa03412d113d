import { ProfileChange } from '../../profile/profileChanges';
import { Turn } from '../turn';

/** What this turn teaches about the user. Returned, not applied: the save stage owns the profile. */
export function learn(turn: Turn): ProfileChange[] {
  const changes: ProfileChange[] = [];
  const name = turn.recognition?.entities.find((entity) => entity.type === 'name');
  if (turn.recognition?.intent === 'tellName' && name) {
    // Saying "call me Dana" is an explicit choice, so it is stored as explicit, not learned.
    changes.push({ type: 'setName', name: name.value, source: 'explicit' });
  }
  return changes;
}
