import { told } from '../../helpers/memoryChat';

// The noun a question asks by, said in a note before a noun of its own ("a weekend *chair* course", "a lunchtime
// *recital*" for "my recital *piece*"), names nothing of what is asked: that phrase is no answer.
describe('a noun asked for, said in a note only as part of another thing', () => {
  it('"what kind of chairs do I make?" is not answered "weekend chair" of "a weekend chair course"', async () => {
    const chat = await told("I'm Maria", 'i teach a weekend chair course, £395 per person');
    expect(await chat.ask('what kind of chairs do i make?')).not.toMatch(/^weekend chair\b/i);
  });

  it('"what\'s my recital piece" is not answered "lunchtime recital": the piece is told with it', async () => {
    const chat = await told("I'm Ben", "playing bach's passacaglia in c minor at a lunchtime recital on 3rd march");
    expect(await chat.ask("what's my recital piece")).toContain('passacaglia');
  });

  it('"what visa am I on?" is still answered by the phrase that ends in the noun', async () => {
    const chat = await told("I'm Ola", "I'm on a youth mobility visa, it runs out next August");
    expect(await chat.ask('what visa am I on?')).toMatch(/youth mobility visa/i);
  });
});
