import { told } from '../../helpers/memoryChat';

/**
 * "who was our doula?": the one a note says the noun asked is ("our doula was Anouk, …"), not another name the note
 * gives beside ("… an apprentice called Bram").
 */
describe('personal memory: "who …?" answered by the name the note says the thing asked is', () => {
  it('tells the name said to be the noun asked, not one called so later in the note', async () => {
    const t = await told('our doula was Anouk, she brought along an apprentice called Bram');
    const reply = await t.ask('who was our doula?');
    expect(reply).toMatch(/Anouk/);
    expect(reply).not.toMatch(/Bram/);
  });
});
