import { told } from '../../helpers/memoryChat';

/**
 * A question for a price or a count is answered with a figure that is one: not someone's age, not "one" standing for
 * a thing, not a currency read into a title; a note that says no such figure answers nothing.
 */
describe('personal memory: the figure a price or a count asks for', () => {
  it('does not answer a price with an age said of someone', async () => {
    const t = await told('my granddad is 81 and had a knee operation in May so he cannot drive');
    const reply = await t.ask('how much did the knee operation cost?');
    expect(reply).not.toMatch(/\b81\b/);
    expect(reply).toMatch(/don't know/);
  });

  it('does not answer a price with how many things were ordered', async () => {
    const t = await told('ordered rye flour from the mill, 4 bags');
    expect(await t.ask('how much did the rye flour cost?')).not.toMatch(/\b4\b/);
  });

  it('does not count with a "one" that stands for a thing', async () => {
    const t = await told('big one: a bulk order from a law firm, 60 mini lemon tarts for the 3rd');
    expect(await t.ask('how many tarts for the bulk order?')).toMatch(/\b60\b/);
  });

  it('reads a number after a comma as no number of the noun before it', async () => {
    const t = await told('new order from a bank office, 120 mini cheese tarts for the 28th');
    expect(await t.ask('how many tarts for the bank order?')).toMatch(/\b120\b/);
  });

  it('reads no currency in a title before a name', async () => {
    const t = await told('the owner Sr. Paulo pays me €2.40 per tart');
    const reply = await t.ask('how much does Paulo pay me?');
    expect(reply).toMatch(/2\.40/);
    expect(reply).not.toMatch(/\bSr\b/);
  });

  it('of a price with its sign and one typed bare, answers with the one said of what is asked', async () => {
    const t = await told("ok looked again, the cover is £500 not 400. laptop cost 650 so I'm short");
    expect(await t.ask('how much did the laptop cost?')).toMatch(/\b650\b/);
  });

  it('keeps the sign of money once when a figure is set right', async () => {
    const t = await told('my phone insurance covers up to £900 i think', "nvm checked, it's £700 not 900");
    const reply = await t.ask('what did I say about my phone insurance?');
    expect(reply).toMatch(/£700/);
    expect(reply).not.toMatch(/££/);
  });
});
