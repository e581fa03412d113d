import { memoryChat, told } from '../../helpers/memoryChat';

/**
 * "who's my partner for Half Dome?": the noun asked by, with what it is for, is answered by the name that noun introduces
 * in the note that says both ("… climb Half Dome with my partner Ines"), not by another capitalised word of it.
 */
describe('personal memory: "who is my <noun> for …?" answered by the name the noun introduces', () => {
  it('answers with the name after the noun asked, though other names come first', async () => {
    const t = await told('heading to Yosemite in June to climb the Regular Route on Half Dome with my partner Ines');
    const reply = await t.ask("who's my partner for Half Dome?");
    expect(reply).toMatch(/Ines/);
    expect(reply).not.toMatch(/Regular Route|Yosemite|haven't told/);
  });

  it('says nothing was told to someone who told nothing', async () => {
    const t = memoryChat();
    expect(await t.ask("who's my partner for Half Dome?")).not.toMatch(/Ines/);
  });
});
