import { told } from '../../helpers/memoryChat';

/** How long something has been done: a length of time said of the doing, not an age said in years ("15 years old"). */
describe('personal memory: how long, not how old', () => {
  it('answers how many years from the length of the doing, not from an age in years', async () => {
    const t = await told('I have been coaching the juniors 12 years now', 'my old cat Biscuit is 15 years old');
    const reply = await t.ask('how many years have I been coaching?');
    expect(reply).toContain('12');
    expect(reply).not.toContain('15');
  });

  it('answers a length said right after what one is, in a short unit', async () => {
    const t = await told('night shift driver 14 yrs now, mostly tippers out of Hull');
    const reply = await t.ask('how many years have I been a night shift driver?');
    expect(reply).toContain('14 yrs');
    expect(reply).not.toContain('tippers');
  });
});
