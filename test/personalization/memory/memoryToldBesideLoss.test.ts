import { told } from '../../helpers/memoryChat';

// News of a loss keeps nothing of what was lost, but what the same message tells beside it is kept: the sentences
// before the loss, and what follows its words.
describe('what is told beside a loss', () => {
  it('"…my old van finally died, picked up a Ford Transit Custom" keeps the new van', async () => {
    const chat = await told("I'm Ossian", 'my old van finally died on the ring road, picked up a Ford Transit Custom, loads more room for the tools');
    expect((await chat.notes()).join(' | ')).toContain('Transit Custom');
    expect(await chat.ask('what van did I pick up?')).toContain('Transit');
  });

  it('a sentence before the loss is kept, and not when it was ("… in October. our old collie Meg died last month")', async () => {
    const chat = await told("I'm Ossian", 'signed up for the Snowdonia marathon in October. our old collie Meg died last month');
    const notes = await chat.notes();
    expect(notes.join(' | ')).toContain('Snowdonia');
    expect(notes).not.toContain('last month');
    expect(await chat.ask('which marathon did I sign up for?')).toContain('Snowdonia');
  });

  it('what is said after the loss of someone is kept, not the one lost as a note', async () => {
    const chat = await told("I'm Ossian", 'my grandad passed away in spring, since then I run his allotment on Elm Lane');
    const notes = (await chat.notes()).join(' | ');
    expect(notes).toContain('Elm Lane');
    expect(notes).not.toContain('passed away');
  });
});
