import { Recognition } from '../../nlu/recognizer';
import { ProfileChange } from '../../profile/profileChanges';

/** Entity types that become remembered facts, and the placeholder each fills in replies. */
const FACT_ENTITIES: Record<string, string> = { thing: 'like', pet: 'pet', petname: 'petName' };

/** "I love hiking", "I have a dog called Rex", "I live in Lisbon": facts to recall later. */
export function learnFacts(recognition: Recognition, at: string, findCity: (text: string) => { city: string; timeZone: string } | undefined): ProfileChange[] {
  const changes: ProfileChange[] = [];
  for (const entity of recognition.entities) {
    const key = Object.hasOwn(FACT_ENTITIES, entity.type) ? FACT_ENTITIES[entity.type] : undefined;
    if (key) changes.push({ type: 'rememberFact', key, value: entity.value, at });
    if (entity.type === 'city') {
      const home = findCity(entity.value);
      if (home) changes.push({ type: 'setLearnedHome', city: home.city, timeZone: home.timeZone });
    }
  }
  return changes;
}
