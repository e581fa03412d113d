import { isReply } from '../../helpers/testRapport';
import { told } from '../../helpers/memoryChat';

/** "who is Ruan?": someone (or a pet) the person named, answered with who they are to them. */
describe('personal memory: who someone named is', () => {

  it('says how one or several named ones relate, whatever the case typed', async () => {
    const t = await told('my granddaughter Amelie started school this week', 'we have two boys, Tane and Rewi', 'and a beagle called Biscuit');
    expect(isReply(await t.ask('who is Amelie?'), 'memory.who', { value: 'Amelie', detail: 'granddaughter' })).toBe(true);
    expect(isReply(await t.ask('whos tane'), 'memory.who', { value: 'Tane', detail: 'son' })).toBe(true);
    expect(isReply(await t.ask('who are Tane & Rewi?'), 'memory.whoMany', { value: 'Tane and Rewi', detail: 'sons' })).toBe(true);
    expect(isReply(await t.ask("who's Biscuit?"), 'memory.who', { value: 'Biscuit', detail: 'beagle' })).toBe(true);
  });

  it('keeps a name of two words whole', async () => {
    const t = await told('my husband is Wei Jie');
    expect(isReply(await t.ask('who is Wei Jie?'), 'memory.who', { value: 'Wei Jie', detail: 'husband' })).toBe(true);
  });

  it('tells back what was said of someone no kind holds, and says it does not know a name never told', async () => {
    const t = await told('my brother Omar lives in Leeds, he just had a baby girl called Noor');
    // Noor is the brother's, not the person's own daughter.
    expect(await t.ask('who is Noor?')).toContain('baby girl called Noor');
    expect(isReply(await t.ask('who is Omar'), 'memory.who', { value: 'Omar', detail: 'brother' })).toBe(true);
    expect(isReply(await t.ask('who is Beyonce?'), 'memory.whoUnknown', { name: 'Beyonce' })).toBe(true);
  });

  it('answers how many without reciting the names', async () => {
    const t = await told('I have 3 granddaughters, Mia is the youngest');
    expect(isReply(await t.ask('how many granddaughters have I got?'), 'memory.countOnly', { count: 3, detail: 'granddaughters' })).toBe(true);
  });
});
