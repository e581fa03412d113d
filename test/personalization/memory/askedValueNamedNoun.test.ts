import { told } from '../../helpers/memoryChat';

const NOT_TOLD = /haven't told me/;

// "what's my supervisor at the depot called?": the name is asked of the supervisor; "at", a word of grammar said
// after the noun, is not the noun asked (WordNet keeps it as a coin), so a note that only says where the person works
// names no supervisor.
describe('personal memory: a name asked of someone by a noun followed by a preposition', () => {
  it('says not told when the only note names the place, not the one asked of', async () => {
    const chat = await told("I'm Priti", 'I drive forklifts for Halden Logistics out of their Swindon depot');
    expect(await chat.ask("what's my supervisor at Halden called?")).toMatch(NOT_TOLD);
    const ward = await told("I'm Lou", 'I am a porter for the hospital in Leeds');
    expect(await ward.ask("What's the name of my shift supervisor at the hospital?")).toMatch(NOT_TOLD);
  });

  it('still answers with the name said beside that noun', async () => {
    const chat = await told("I'm Priti", 'I drive forklifts for Halden Logistics, my supervisor Gwen is lovely');
    expect(await chat.ask("what's my supervisor at Halden called?")).toContain('Gwen');
  });
});
