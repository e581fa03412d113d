import { told } from '../../helpers/memoryChat';

/**
 * "what's my budget for his birthday present?" of "… a 35mm lens, budget roughly £300": a figure said
 * before a comma counts nothing of a noun the question asks said after it ("35mm lens, *budget*"), so the figure said
 * of the noun asked answers.
 */
describe('personal memory: a figure is not counted as the noun said after a comma', () => {
  it('tells the figure said of the noun asked, not one before a comma that parts them', async () => {
    const t = await told('for his birthday i might get my brother a 35mm lens, budget roughly £300');
    const reply = await t.ask("what's my budget for his birthday present?");
    expect(reply).toMatch(/300/);
    expect(reply).not.toMatch(/35mm/);
  });
});
