import { told } from '../../helpers/memoryChat';

/** How long something has been done: a length of time said of the doing, not an age said in years ("15 years old"). */
describe('personal memory: how long, not how old', () => {
  it('answers how many years from the length of the doing, not from an age in years', async () => {
    const t = await told('farrier here, been doing this 12 years, trained in Bristol', 'my own pony Biscuit is 15 years old');
    const reply = await t.ask('how many years have I been doing this?');
    expect(reply).toContain('12');
    expect(reply).not.toContain('15');
  });

  it('answers a length said right after what one is, in a short unit', async () => {
    const t = await told('regional driver 8 yrs now, running a 2019 Volvo for Hartley Freight out of Tulsa', 'longest run this year was Tulsa to Denver, 680 miles');
    const reply = await t.ask('how many years have I been driving regional?');
    expect(reply).toContain('8 yrs');
    expect(reply).not.toContain('regional');
  });
});
