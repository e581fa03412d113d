import { told } from '../../helpers/memoryChat';

/**
 * "who was our doula?": the one a note says the noun asked is ("our doula was Anouk, …"), not another name the note
 * gives beside ("… an apprentice called Bram"); and "who am I out with on patrol?" of "my colleague on patrol is Kofi":
 * a word after a preposition ("on *patrol*") is no verb someone does, so the colleague is told by name.
 */
describe('personal memory: "who …?" answered by the name the note says the thing asked is', () => {
  it('tells the name said to be the noun asked, not one called so later in the note', async () => {
    const t = await told('our doula was Anouk, she brought along an apprentice called Bram');
    const reply = await t.ask('who was our doula?');
    expect(reply).toMatch(/Anouk/);
    expect(reply).not.toMatch(/Bram/);
  });

  it('tells the name of who a word after a preposition is said to be, not who they are to the person', async () => {
    const t = await told("my colleague on patrol is Kofi, he's been doing it twenty years");
    const reply = await t.ask('who am i out with on patrol?');
    expect(reply).toMatch(/Kofi/);
  });
});
