import { told } from '../../helpers/memoryChat';

/**
 * A question about oneself asks a value of a type ("how many …?" a count, "when …?" a day or a time, "how much rent …?"
 * a sum): a note that says only figures of another type (a day and a time, a temperature, a reading, an age) was not
 * told back as its answer; it was not told. A note that holds one of the type still answers.
 */
describe('personal memory: a note whose figures are of another type than the one asked', () => {
  it('counts nothing with a day, a time or a temperature', async () => {
    const t = await told('the stock take got pushed to thursday 7am, our manager Petra wants it done early');
    expect(await t.ask('how many people work in my shop?')).toMatch(/haven't told me/);
    const warm = await told('we keep the greenhouse at 30C, the orchids love it');
    expect(await warm.ask('how many orchids do we have?')).toMatch(/haven't told me/);
  });

  it('still counts with a figure said as a count', async () => {
    const t = await told('there are 9 of us in the shop since march');
    expect(await t.ask('how many people work in my shop?')).toMatch(/9/);
  });

  it('says no when with a reading or a count of things', async () => {
    const t = await told('my cholesterol was 240/60 at the last checkup, the gp was not pleased');
    expect(await t.ask('when is my next checkup?')).toMatch(/haven't told me/);
    const album = await told('we are mixing our second album, 11 tracks at a studio in Bristol');
    expect(await album.ask('when is our album coming out?')).toMatch(/haven't told me/);
  });

  it('still says when with a day', async () => {
    const t = await told('my next checkup is on 14 May, fasting bloods first');
    expect(await t.ask('when is my next checkup?')).toMatch(/14 May/i);
  });

  it('tells no age back for a sum of money asked', async () => {
    const t = await told("i'm 47 and I clean for the Hendersons and the Malloys in Bath");
    expect(await t.ask('how much do the Malloys pay me?')).toMatch(/haven't told me/);
    const kids = await told('the host family have 2 girls, Ingrid 8 and Sofie 5');
    expect(await kids.ask('how much pocket money do the girls get?')).toMatch(/haven't told me/);
  });

  it('asks a name with "called" said before a clause that says which one', async () => {
    const t = await told('I pour pints at a pub on the Quayside most fridays');
    expect(await t.ask("what's the pub called where I pour pints?")).toMatch(/haven't told me/);
    const named = await told('I pour pints at a pub called the Drowned Ferret most fridays');
    expect(await named.ask("what's the pub called where I pour pints?")).toMatch(/Drowned Ferret/);
  });
});
