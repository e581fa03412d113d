import { told } from '../../helpers/memoryChat';

/** A price told with its sign of money ("£80", "₹12,400", "$9.99") is told back with it: the currency is part of the value. */
describe('personal memory: a price keeps its currency sign', () => {
  it('answers "how much …?" with the sign the person typed', async () => {
    const t = await told('the armchair cost me £80 in the end');
    expect(await t.ask('how much did the armchair cost?')).toContain('£80');
  });

  it('keeps a figure with thousands and its sign as typed', async () => {
    const t = await told('paid ₹12,400 for the new ceiling fan');
    expect(await t.ask('how much was the ceiling fan?')).toContain('₹12,400');
  });

  it('keeps a decimal figure after a dollar sign', async () => {
    const t = await told('my gym membership is $24.50 a month');
    expect(await t.ask('how much is my gym membership?')).toContain('$24.50');
  });

  it('keeps the sign when a comma follows the price', async () => {
    const t = await told("my brother's birthday present - a leather wallet from a market stall, cost £35, posted from Leeds");
    expect(await t.ask('what did i tell you about the wallet?')).toContain('£35');
  });

  it('keeps a sign typed after the figure ("45€/month"), so the note still says a price', async () => {
    const t = await told('the bike insurance is with Allianz, 45€/month', 'my new saddle weighs 300 g');
    expect(await t.ask('how much is the bike insurance?')).toContain('45€');
  });

  it('answers a price said with its currency over a bare figure that names a model ("2017 350 l3")', async () => {
    const t = await told('converting my transit into a camper. 2017 350 l3, high roof. bought it for 9.800 euros');
    expect(await t.ask('what did the transit cost me')).toContain('9.800 euros');
  });

  it('sets right a figure typed with its sign ("$96 not $69")', async () => {
    const t = await told('water is Thames Water, the last bill was $69 for the quarter', 'oh wait the water bill was $96 not $69, I misread it');
    const reply = await t.ask('how much was the last water bill?');
    expect(reply).toContain('$96');
    expect(reply).not.toContain('$69');
  });
});
