import { ForgetUndo } from '../../src/profile/forgetUndo';
import { forgottenBetween } from '../../src/profile/forgotten';
import { applyChanges } from '../../src/profile/profileChanges';
import { newProfile, type UserProfile } from '../../src/profile/userProfile';

const at = '2026-04-01T08:00:00.000Z';
const later = '2026-04-01T08:05:00.000Z';

function told(): UserProfile {
  return applyChanges(newProfile('test', 'kit'), [
    { type: 'rememberFact', key: 'pet', value: 'Nibbles', detail: 'rabbit', many: true, at },
    { type: 'rememberFact', key: 'home', value: 'Leeds', at: later },
    { type: 'rememberNote', text: 'my rabbit Nibbles sleeps in the shed, she is nine', at },
  ]);
}

describe('what a forget took, and putting it back', () => {
  it('restores the facts and notes a forget took, in place, and takes out what it left of a note', () => {
    const before = told();
    const after = applyChanges(structuredClone(before), [
      { type: 'removeFact', key: 'pet', value: 'Nibbles' },
      { type: 'removeNotes', texts: ['my rabbit Nibbles sleeps in the shed, she is nine'] },
      { type: 'rememberNote', text: 'she is nine', at },
    ]);
    const forgotten = forgottenBetween(before, after);
    expect(forgotten?.facts.map((fact) => fact.value)).toEqual(['Nibbles']);
    expect(forgotten?.left.notes.map((note) => note.text)).toEqual(['she is nine']);
    const restored = applyChanges(structuredClone(after), [{ type: 'restoreForgotten', forgotten: forgotten! }]);
    expect(restored.memory.facts.map((fact) => fact.value)).toEqual(['Nibbles', 'Leeds']);
    expect(restored.memory.notes).toEqual(before.memory.notes);
    // Applied twice (a save after the stages read it restored), it is back once.
    expect(applyChanges(structuredClone(restored), [{ type: 'restoreForgotten', forgotten: forgotten! }])).toEqual(restored);
  });

  it('sees a value set in place of another as taken, and nothing when nothing changed', () => {
    const before = told();
    expect(forgottenBetween(before, applyChanges(structuredClone(before), [{ type: 'rememberFact', key: 'home', value: 'York', at: later }]))?.facts.map((fact) => fact.value)).toEqual(['Leeds']);
    expect(forgottenBetween(before, structuredClone(before))).toBeUndefined();
  });
});

describe('ForgetUndo', () => {
  const forgotten = forgottenBetween(told(), newProfile('test', 'kit'))!;

  it('hands what it holds to the next message only, within its window', () => {
    const undo = new ForgetUndo(60_000);
    undo.hold('k', forgotten, new Date(at));
    expect(undo.take('k', new Date('2026-04-01T08:00:30Z'))).toBe(forgotten);
    expect(undo.take('k', new Date('2026-04-01T08:00:31Z'))).toBeUndefined();
  });

  it('gives nothing once the window closed, and nothing after a drop', () => {
    const undo = new ForgetUndo(60_000);
    undo.hold('k', forgotten, new Date(at));
    expect(undo.take('k', new Date('2026-04-01T08:01:01Z'))).toBeUndefined();
    undo.hold('k', forgotten, new Date(at));
    undo.drop('k');
    expect(undo.holds('k', new Date(at))).toBe(false);
  });

  it('lets go of what others held once their window closed', () => {
    const undo = new ForgetUndo(60_000);
    undo.hold('a', forgotten, new Date(at));
    undo.hold('b', forgotten, new Date('2026-04-01T08:02:00Z'));
    expect(undo.holds('a', new Date(at))).toBe(false);
  });
});
