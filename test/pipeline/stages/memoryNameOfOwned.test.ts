import { told } from '../../helpers/memoryChat';

const NOT_TOLD = /haven't told me/;

// "what's pepper's trainer called?": the trainer belongs to the kept pet the question names; the pet's own name is no
// answer to it, while the pet's name is still told when asked of the pet.
describe('personal memory: a name asked of someone a kept pet has', () => {
  it('says not told instead of the pet named in the question', async () => {
    const chat = await told("I'm Rhys", 'we have a whippet called Pepper, she is 4');
    expect(await chat.ask("what's pepper's trainer called?")).toMatch(NOT_TOLD);
  });

  it('still names the pet when the pet is asked', async () => {
    const chat = await told("I'm Rhys", 'we have a whippet called Pepper, she is 4');
    expect(await chat.ask("what's my dog called?")).toContain('Pepper');
  });
});
