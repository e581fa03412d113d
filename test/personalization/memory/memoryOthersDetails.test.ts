import { isReply } from '../../helpers/testRapport';
import { told } from '../../helpers/memoryChat';

/** Questions about someone the person told of, answered with the detail asked from a note: not the whole note, never another's. */
describe('personal memory: the detail asked of someone told of in a note', () => {
  it('answers the age a note says of a named pet or person, not another number in it', async () => {
    const t = await told('we keep 4 ducks in the yard and a parrot called Mango who is 31, older than my car');
    expect(isReply(await t.ask('how old is Mango'), 'memory.fromNotePart', { part: '31' })).toBe(true);
    expect(isReply(await t.ask('how old is my parrot'), 'memory.fromNotePart', { part: '31' })).toBe(true);
  });

  it('tells the ages of two named in one note apart', async () => {
    const t = await told('my cousins Rhys, 14, and Gwen, 10, stayed over the weekend');
    expect(isReply(await t.ask('how old is Gwen'), 'memory.fromNotePart', { part: '10' })).toBe(true);
    expect(isReply(await t.ask('how old is Rhys'), 'memory.fromNotePart', { part: '14' })).toBe(true);
  });

  it('answers the age of someone named by their role at work', async () => {
    const t = await told("Kofi joined last week as the apprentice, he's 19, grew up in Kumasi");
    expect(isReply(await t.ask('how old is the apprentice'), 'memory.fromNotePart', { part: '19' })).toBe(true);
  });

  it('keeps an age in brackets after a name over the number of the next list item', async () => {
    const t = await told('3. Three kids: Anwen (9), Cai (4)\n4. Scared of heights');
    const reply = await t.ask('how old is Cai');
    expect(reply).toContain('4');
    expect(reply).not.toContain('9');
  });

  it('keeps an aside after a name with the name, so a question about them finds it', async () => {
    const t = await told('housemates: Priyesh (does dentistry) and Orla (architecture, early riser, sings in the shower)');
    const notes = ((await t.profile()).memory.notes ?? []).map((note) => note.text);
    expect(notes).toContain('Priyesh: does dentistry');
    expect(notes).toContain('Orla: architecture, early riser, sings in the shower');
    expect(await t.ask('what does Priyesh study?')).toContain('dentistry');
    expect(isReply(await t.ask('which housemate sings in the shower'), 'memory.fromNotePart', { part: 'Orla' })).toBe(true);
  });

  it('answers who does something with the one said to do it, not the last name in the note', async () => {
    const t = await told('my cycling club, quick rundown', 'Tomasz is a dentist in Gdansk, Marta runs the spin class, and Elin just moved to Oslo');
    expect(await t.ask('who runs the spin class')).toContain('Marta');
    expect(await t.ask('who runs the spin class')).not.toContain('Elin');
  });

  it('answers of "my brother" what was told of "my twin brother"', async () => {
    const t = await told('my twin brother Emeka is a surveyor in Abuja');
    expect(isReply(await t.ask("what's my brother's job"), 'fact.job.aboutAnswer', { about: 'brother', value: 'surveyor' })).toBe(true);
  });
});
