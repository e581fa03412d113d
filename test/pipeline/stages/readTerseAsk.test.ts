import { memoryChat, told } from '../../helpers/memoryChat';

/**
 * A note-taker's label for one of their things ("goat curry price", "price for lamb with rice?") asks for what the notes
 * hold of it, though it says no question word; a label the notes hold nothing of, or one that says a value, is told.
 */
describe('personal memory: a label of a thing told asks for it', () => {
  it('answers a label with no question mark from the note that holds its value, and keeps nothing of it', async () => {
    const t = await told('lamb shank plate 18, goat curry 14', 'we open at 11 most days');
    const before = await t.notes();
    expect(await t.ask('goat curry price')).toMatch(/14/);
    expect(await t.notes()).toEqual(before);
  });

  it('answers a label that names what it is of with prepositions, asked with "?"', async () => {
    const t = await told('Lamb is $13, with rice $16. We buy lamb from Kronos every week');
    expect(await t.ask('price for lamb with rice?')).toMatch(/16/);
  });

  it("answers a label of someone's thing", async () => {
    const t = await told('brother kofi does powerlifting, deadlifts 240');
    expect(await t.ask("kofi's deadlift")).toMatch(/240/);
  });

  it('keeps a label that names nothing told, or that says a value, as something told', async () => {
    const t = await told('lamb shank plate 18, goat curry 14');
    await t.ask('photographer change');
    await t.ask('goat curry 16');
    expect(await t.notes()).toEqual(expect.arrayContaining(['goat curry 16']));
    expect((await t.notes()).some((note) => /photographer/.test(note))).toBe(true);
  });

  it('answers nothing from notes to someone who told nothing', async () => {
    const t = memoryChat();
    expect(await t.ask('goat curry price')).not.toMatch(/14/);
  });
});
