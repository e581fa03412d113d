import { createTestRapport, isReply, sayText } from '../helpers/testRapport';

/** "who is Ruan?": someone (or a pet) the person named, answered with who they are to them. */
describe('personal memory: who someone named is', () => {
  type Bot = ReturnType<typeof createTestRapport>;
  const ask = async (t: Bot, question: string) => (await sayText(t.adapter, question))[0];

  it('says how one or several named ones relate, whatever the case typed', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'my granddaughter Amelie started school this week');
    await sayText(t.adapter, 'we have two boys, Tane and Rewi');
    await sayText(t.adapter, 'and a beagle called Biscuit');
    expect(isReply(await ask(t, 'who is Amelie?'), 'memory.who', { value: 'Amelie', detail: 'granddaughter' })).toBe(true);
    expect(isReply(await ask(t, 'whos tane'), 'memory.who', { value: 'Tane', detail: 'son' })).toBe(true);
    expect(isReply(await ask(t, 'who are Tane & Rewi?'), 'memory.whoMany', { value: 'Tane and Rewi', detail: 'sons' })).toBe(true);
    expect(isReply(await ask(t, "who's Biscuit?"), 'memory.who', { value: 'Biscuit', detail: 'beagle' })).toBe(true);
  });

  it('keeps a name of two words whole', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'my husband is Wei Jie');
    expect(isReply(await ask(t, 'who is Wei Jie?'), 'memory.who', { value: 'Wei Jie', detail: 'husband' })).toBe(true);
  });

  it('tells back what was said of someone no kind holds, and leaves names never told to the intent model', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'my brother Omar lives in Leeds, he just had a baby girl called Noor');
    // Noor is the brother's, not the person's own daughter.
    expect(await ask(t, 'who is Noor?')).toContain('baby girl called Noor');
    expect(isReply(await ask(t, 'who is Omar'), 'memory.who', { value: 'Omar', detail: 'brother' })).toBe(true);
    expect(isReply(await ask(t, 'who is Beyonce?'), 'memory.who')).toBe(false);
  });

  it('answers how many without reciting the names', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'I have 3 granddaughters, Mia is the youngest');
    expect(isReply(await ask(t, 'how many granddaughters have I got?'), 'memory.countOnly', { count: 3, detail: 'granddaughters' })).toBe(true);
  });
});
