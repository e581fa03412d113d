import { memoryChat, told } from '../../helpers/memoryChat';

/**
 * Questions typed without "?": one opened by "whose" ("whose van are we taking") asks, as one opened by "who" does;
 * "what cracked" asks of the person's things when every word of it is theirs. Neither is kept as something told.
 */
describe('personal memory: a question typed without a question mark', () => {
  it('answers "whose … " from the note and keeps nothing of it', async () => {
    const t = await told("we're taking my cousin Ruth's van for the move on friday");
    const before = (await t.notes()).length;
    expect(await t.ask('whose van are we taking')).toMatch(/Ruth/i);
    expect((await t.notes()).length).toBe(before);
  });

  it('answers "what cracked" from the note that says it', async () => {
    const t = await told('fired the bowls on tuesday, the big platter cracked in the kiln');
    expect(await t.ask('what cracked')).toMatch(/platter/);
  });

  it('says nothing was told to someone who told nothing', async () => {
    const t = memoryChat();
    expect(await t.ask('whose van are we taking')).not.toMatch(/Ruth|I'll remember|keep that in mind/i);
    expect(await t.ask('what cracked')).not.toMatch(/platter/);
  });
});
