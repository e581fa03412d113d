import { told } from '../../helpers/memoryChat';

/**
 * A question that asks for a thing of a sort ("what car …?"), someone's age or someone's work is not answered by a
 * note that holds nothing of that sort: "soy flat" of "soy flat whites" is no car (though WordNet's "flat" is a
 * flatcar), "gone 3 weeks at a stretch" tells no age, "my husband took our son to the zoo" tells no work (a word for
 * kin is who someone is, not what they do). What does hold one still answers.
 */
describe('personal memory: a note with nothing of the sort asked', () => {
  it('tells no car from words that only read as one in a rare sense', async () => {
    const coffee = await told('surviving the night shifts on soy flat whites from the canteen');
    expect(await coffee.ask('what car do I drive?')).toMatch(/haven't told/);
    const home = await told('we rent a tiny flat above the bakery on Mill Lane');
    expect(await home.ask('which car do I drive?')).toMatch(/haven't told/);
  });

  it('still tells a car or an instrument that is said', async () => {
    const car = await told('I drive a little blue Yaris to the depot every day');
    expect(await car.ask('what car do I drive?')).toMatch(/Yaris/);
    const cello = await told('I play the cello in a community orchestra');
    expect(await cello.ask('what instrument do I play?')).toMatch(/cello/);
  });

  it('tells no age from how long someone is away', async () => {
    const t = await told('my brother Kwame works offshore, gone 3 weeks at a stretch');
    expect(await t.ask('how old is Kwame?')).toMatch(/haven't told/);
    const baby = await told('my nephew Tobi is 3 weeks old and already loud');
    expect(await baby.ask('how old is Tobi?')).toMatch(/3 weeks/);
  });

  it('tells no work from words for kin', async () => {
    const t = await told('my husband Jonas took our son Emil to the zoo on sunday');
    expect(await t.ask('what does my husband do for work?')).toMatch(/haven't told/);
    const plumber = await told('my husband Jonas is a plumber in Malmo');
    expect(await plumber.ask('what does my husband do for work?')).toMatch(/plumber/);
  });
});
