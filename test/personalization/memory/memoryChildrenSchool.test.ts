import { isReply } from '../../helpers/testRapport';
import { told } from '../../helpers/memoryChat';

/** What is said of one's children at school and at play is kept about each of them, and asked back of the right one. */
describe('personal memory: school year, position and instrument of someone told of', () => {
  it('keeps the grade said of a child as theirs, not the person\'s own', async () => {
    const t = await told('my son Jonah is in grade 7 at Riverside Middle');
    expect(isReply(await t.ask('what grade is Jonah in?'), 'fact.schoolYear.aboutAnswer', { about: 'son', value: 'grade 7' })).toBe(true);
    expect(await t.ask('what grade am I in?')).not.toContain('grade 7');
  });

  it('reads a clause with no subject after one about a child as said of the child', async () => {
    const t = await told('my daughter Ivy is 9, in 4th grade at Oakmont Elementary');
    expect(isReply(await t.ask('what grade is Ivy in?'), 'fact.schoolYear.aboutAnswer', { about: 'daughter', value: '4th grade' })).toBe(true);
    expect((await t.facts()).filter((fact) => fact.startsWith('schoolYear:'))).toEqual([]);
  });

  it('keeps the first year said of a child in a message over a later description of it', async () => {
    const t = await told('my son Tobi is in grade 8 at Lakeview Secondary, first year of high school');
    expect(isReply(await t.ask('what grade is Tobi in?'), 'fact.schoolYear.aboutAnswer', { about: 'son', value: 'grade 8' })).toBe(true);
    expect((await t.facts()).filter((fact) => fact.startsWith('schoolYear:'))).toEqual([]);
  });

  it('keeps what follows the person\'s own words as theirs, though someone was named earlier in the message', async () => {
    const t = await told('My grandson set this up for me. I am Elspeth, 74, a retired piano tuner.');
    expect(await t.ask('what did I do for a living?')).toContain('piano tuner');
  });

  it('answers the instrument a child plays', async () => {
    const t = await told('my daughter Poppy plays the flute');
    expect(await t.ask('what instrument does Poppy play?')).toContain('flute');
  });

  it('keeps a note opened by "he" with the child kept by name, not a school said after them', async () => {
    const t = await told('my son Tobi is in grade 8 at Lakeview Secondary', 'he got picked for the hockey team');
    const notes = ((await t.profile()).memory.notes ?? []).map((note) => note.text);
    expect(notes).toContain('Tobi got picked for the hockey team');
  });
});

describe('personal memory: twins among one\'s children', () => {
  it('names the twins alone when asked about the twins', async () => {
    const t = await told('my twins Abe and Ruth are 12', 'and my eldest, Marta, just started uni');
    const twins = await t.ask('what are my twins called?');
    expect(twins).toContain('Abe');
    expect(twins).toContain('Ruth');
    expect(twins).not.toContain('Marta');
    const all = await t.ask('what are my kids called?');
    expect(all).toContain('Marta');
    expect(all).toContain('Abe');
  });

  it('takes "mum of two" as the person telling of themselves, never a mother of theirs', async () => {
    const t = await told("I'm Nia, mum of two, they're 8 and in grade 3");
    const profile = await t.profile();
    expect((profile.memory.aboutOthers ?? []).filter((fact) => fact.about.kind === 'parent')).toEqual([]);
  });
});

describe('personal memory: the eldest, youngest or middle one, by the ages told', () => {
  it('answers of "my middle kid" and "my youngest son" the one the ages put there', async () => {
    const t = await told('three kids: Ilse 16, Bram 13 and Joost 7');
    const middle = await t.ask('how old is my middle kid?');
    expect(middle).toContain('13');
    expect(middle).not.toContain('16');
    const youngest = await t.ask('how old is my youngest?');
    expect(youngest).toContain('7');
    expect(youngest).not.toContain('13');
  });
});

