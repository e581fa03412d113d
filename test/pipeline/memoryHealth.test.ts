import { createTestRapport, isReply, sayText } from '../helpers/testRapport';

/** Health conditions said of oneself: kept as their own kind, asked about without a health article, forgotten by another word for them. */
describe('personal memory: health conditions', () => {
  type Bot = ReturnType<typeof createTestRapport>;
  const factsOf = async (t: Bot) => (await t.rapport.profiles.load('test', 'dana-1')).profile.memory.facts.map(({ key, value }) => `${key}:${value}`);
  const ask = async (t: Bot, text: string) => (await sayText(t.adapter, text)).join('\n');

  it('keeps a condition said with a number in it, and answers a question about health conditions with it', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'type 1 diabetic, so I carry jelly babies everywhere');
    expect(await factsOf(t)).toContain('health:type 1 diabetic');
    expect(isReply(await ask(t, 'any medical conditions I told you about?'), 'fact.health.answer', { value: 'type 1 diabetic' })).toBe(true);
  });

  it('keeps a value both a diet and a health condition list as both', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, "I'm celiac since childhood");
    expect(await factsOf(t)).toEqual(['diet:celiac', 'health:celiac']);
  });

  it('reads a condition after "suffer from" and says it does not know one never told', async () => {
    const t = createTestRapport();
    expect(isReply(await ask(t, 'what health problems do I have?'), 'memory.unknown', { label: 'your health conditions' })).toBe(true);
    await sayText(t.adapter, "I've suffered from cluster headaches for years");
    expect(isReply(await ask(t, 'what health problems do I have?'), 'fact.health.answer', { value: 'cluster headaches' })).toBe(true);
  });

  it('forgets a condition named another way ("the asthma stuff" after "asthmatic")', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, "I'm asthmatic and I run marathons anyway");
    expect(await factsOf(t)).toContain('health:asthmatic');
    await sayText(t.adapter, 'please forget the asthma stuff');
    expect(await factsOf(t)).not.toContain('health:asthmatic');
    expect(isReply(await ask(t, 'do I have any health issues?'), 'memory.unknown', { label: 'your health conditions' })).toBe(true);
  });
});
