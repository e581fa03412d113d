import { Recognition } from '../../nlu/recognizer';
import { ProfileChange } from '../../profile/profileChanges';

/**
 * Facts from the intent model's slots, when the memory reader (personalization/memory) did not take the
 * message: "I love hiking", "I have a dog called Rex", "I live in Lisbon".
 */
export function learnFacts(recognition: Recognition, at: string, findCity: (text: string) => { city: string; timeZone: string } | undefined): ProfileChange[] {
  const changes: ProfileChange[] = [];
  const petKind = recognition.entities.find((entity) => entity.type === 'pet')?.value;
  for (const entity of recognition.entities) {
    if (entity.type === 'thing') changes.push({ type: 'rememberFact', key: 'like', value: entity.value, many: true, at });
    if (entity.type === 'petname') changes.push({ type: 'rememberFact', key: 'pet', value: entity.value, ...(petKind ? { detail: petKind } : {}), many: true, at });
    if (entity.type === 'city') {
      const home = findCity(entity.value);
      if (home) changes.push({ type: 'setLearnedHome', city: home.city, timeZone: home.timeZone }, { type: 'rememberFact', key: 'home', value: home.city, at });
    }
  }
  return changes;
}
