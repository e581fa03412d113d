import { toldApart } from '../../helpers/memoryChat';

// "shes a ragdoll, 3 yrs old" after naming the cat: read with who "she" is, the whole line is kept, not its tail alone.
describe('a line that leans on the one before by a pronoun is kept whole', () => {
  it('keeps what the pronoun says, with the name it stands for', async () => {
    const chat = await toldApart("I'm Dana", 'my cat Miso keeps waking me up at 5am', 'shes a ragdoll, 3 yrs old');
    expect(await chat.notes()).toEqual(expect.arrayContaining([expect.stringMatching(/Miso is a ragdoll/)]));
    expect(await chat.ask('what breed is my cat?')).toMatch(/ragdoll/i);
  });
});
