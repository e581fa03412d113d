import { isReply } from '../../helpers/testRapport';
import { told, memoryChat } from '../../helpers/memoryChat';

/** Health conditions said of oneself: kept as their own kind, asked about without a health article, forgotten by another word for them. */
describe('personal memory: health conditions', () => {

  it('keeps a condition said with a number in it, and answers a question about health conditions with it', async () => {
    const t = await told('type 1 diabetic, so I carry jelly babies everywhere');
    expect(await t.facts()).toContain('health:type 1 diabetic');
    expect(isReply(await t.ask('any medical conditions I told you about?'), 'fact.health.answer', { value: 'type 1 diabetic' })).toBe(true);
  });

  it('keeps a value both a diet and a health condition list as both', async () => {
    const t = await told("I'm celiac since childhood");
    expect(await t.facts()).toEqual(['diet:celiac', 'health:celiac']);
  });

  it('reads a condition after "suffer from" and says it does not know one never told', async () => {
    const t = memoryChat();
    expect(isReply(await t.ask('what health problems do I have?'), 'memory.unknown', { label: 'your health conditions' })).toBe(true);
    await t.tell("I've suffered from cluster headaches for years");
    expect(isReply(await t.ask('what health problems do I have?'), 'fact.health.answer', { value: 'cluster headaches' })).toBe(true);
  });

  it('forgets a condition named another way ("the asthma stuff" after "asthmatic")', async () => {
    const t = await told("I'm asthmatic and I run marathons anyway");
    expect(await t.facts()).toContain('health:asthmatic');
    await t.tell('please forget the asthma stuff');
    expect(await t.facts()).not.toContain('health:asthmatic');
    expect(isReply(await t.ask('do I have any health issues?'), 'memory.unknown', { label: 'your health conditions' })).toBe(true);
  });
});

describe('health conditions WordNet knows', () => {
  it('keeps a disease said with "I have", after a lead-in, and not a leak', async () => {
    const chat = await told('I must tell you that I have type 2 diabetes, so I am careful with sweets.', "I've recently been told I have cataracts.", 'I have a leak in the kitchen');
    const answer = await chat.ask('any health problems?');
    expect(answer).toContain('type 2 diabetes');
    expect(answer).toContain('cataracts');
    expect(answer).not.toContain('leak');
  });
});
