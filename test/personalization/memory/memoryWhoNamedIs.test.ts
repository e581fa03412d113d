import { told } from '../../helpers/memoryChat';

/** The part of the right note that is of the sort asked, not the whole note nor another value in it. */
describe('personal memory: who someone named is', () => {
  it('tells who they are to the person, not another name said beside them', async () => {
    const t = await told('my neighbour Pria walks a greyhound named Comet');
    const who = await t.ask("who's Pria?");
    expect(who).toMatch(/neighbour/i);
    expect(who).not.toContain('Comet');
  });

  it('tells whose they are and what they are said to be, not whom they see', async () => {
    const t = await told("Theo's sister Ines is a firefighter, she dates Marco");
    const who = await t.ask('who is Ines');
    expect(who).toMatch(/sister/i);
    expect(who).toMatch(/firefighter/i);
    expect(who).not.toContain('Marco');
  });
});
