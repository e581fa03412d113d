import { told } from '../../helpers/memoryChat';

/** A share said with its sign ("2% salt") answers "how much …?" with the sign: a bare "2" says something else. */
describe('personal memory: a share asked', () => {
  it('answers how much with the percentage said, sign and all', async () => {
    const t = await told('my sourdough recipe is 78% hydration with 2% salt, baked in a dutch oven');
    const reply = await t.ask('how much salt goes in my sourdough?');
    expect(reply).toContain('2%');
  });
});
