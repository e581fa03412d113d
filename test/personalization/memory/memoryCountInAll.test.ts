import { told } from '../../helpers/memoryChat';

/** "so that's 5 now", "3 left": asked how many there are, the figure said as what there is in all answers. */
describe('personal memory: a count said as what there is in all', () => {
  it('answers the count said with "now" over one said of a thing on the way', async () => {
    const t = await told('we keep 4 goats on the allotment', 'one goat had a kid on Tuesday, so that is 5 now');
    const reply = await t.ask('how many goats do we have now?');
    expect(reply).toContain('5');
    expect(reply).not.toMatch(/\bone\b/);
  });
});
