import { told } from '../../helpers/memoryChat';

/**
 * A message about someone is kept in several notes; what follows their name is still said of them, and a note with a
 * pronoun leans on the one the message before named.
 */
describe('personal memory: notes that go on about someone named', () => {
  it('answers from a note of the message that named them, though it does not name them', async () => {
    const t = await told("my son malik plays qb for his hs team, jersey #12. games friday nights so i'm always swapping shifts");
    expect(await t.ask("what day are malik's games")).toMatch(/friday/i);
  });

  it('answers "who …?" about a pet by whom the note names, not by the pet\'s own name', async () => {
    const t = await told("my cat simit is the real boss of my apartment in kadikoy. neighbor elif feeds her when i'm gone");
    expect(await t.ask("who feeds simit when i'm flying")).toMatch(/elif/i);
  });

  it('keeps no pet for a pet\'s noun that only says which one someone is ("lab manager")', async () => {
    const t = await told('the lab manager is called Gareth and he is strict');
    expect(await t.facts()).not.toContainEqual(expect.stringMatching(/^pet:/));
    expect(await t.ask("who's the lab manager")).toMatch(/Gareth/);
  });
});
