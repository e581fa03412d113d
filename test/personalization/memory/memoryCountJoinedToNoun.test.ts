import { told } from '../../helpers/memoryChat';

/** A count joined to its noun by a hyphen ("a 7-seat minibus") answers "how many seats …?". */
describe('personal memory: a count joined to the noun it counts', () => {
  it('answers how many from a figure hyphened to the noun asked', async () => {
    const t = await told('I drive a 16-seat minibus for the church on Sundays');
    const reply = await t.ask('how many seats does my minibus have?');
    expect(reply).toContain('16');
    expect(reply).not.toContain('church');
  });
});
