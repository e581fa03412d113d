import { told } from '../../helpers/memoryChat';

// Whom one lives with is said by the noun for them ("my housemate Imke …"), not by "live": a question of whom one
// lives with finds the note that names a flatmate, a roommate or a housemate (`memoryAskedAlike`), and one asked by
// any of those nouns finds a note said by another (`memorySameNouns`).
describe('personal memory: whom one lives with, said by the noun for them', () => {
  it('"who do I live with?" of a note that names a roommate', async () => {
    const chat = await told('I drive a tram in Sheffield', 'my roommate Imke is a sous chef, she gets home at 2am', 'I have a tortoise called Dot');
    expect(await chat.ask('who do I live with?')).toMatch(/imke/i);
  });

  it('"what does my flatmate do?" of a note that says housemate', async () => {
    const chat = await told('I drive a tram in Sheffield', 'my housemate Imke is a sous chef, she gets home at 2am');
    expect(await chat.ask('what does my flatmate do?')).toMatch(/chef/i);
  });
});
