import { MemoryStorage } from '../../src/storage/memoryStorage';
import { ManualClock } from '../../src/util/clock';
import { createTestRapport, isReply, realCatalog, say, sayText, toneOf } from '../helpers/testRapport';

const DAY = 24 * 60 * 60 * 1000;

async function profileOf(t: ReturnType<typeof createTestRapport>, userId: string) {
  return (await t.rapport.profiles.load('test', userId)).profile;
}

describe('one-to-one personalization through the bot', () => {
  it('two people saying similar things get different tones and recommendations, and /why explains each', async () => {
    const t = createTestRapport();
    const formal = t.adapterFor('formal-cook');
    const playful = t.adapterFor('playful-runner');

    for (const text of ['Good morning. Could you please help me?', 'Thank you, I would like some advice please.', 'I really enjoy cooking', 'Could you please recommend something about cooking?']) await say(formal, text);
    for (const text of ['yo!! haha 😂', 'lol awesome!!', 'I love running', 'omg recommend something about running 😄']) await say(playful, text);

    const [formalPick] = await say(formal, 'recommend something');
    const [playfulPick] = await say(playful, 'recommend something');
    const formalItem = realCatalog().items.find((item) => formalPick.text?.includes(item.title));
    const playfulItem = realCatalog().items.find((item) => playfulPick.text?.includes(item.title));
    expect(formalItem?.topics).toContain('cooking');
    expect(playfulItem?.topics).toContain('running');
    expect(toneOf(formalPick.text ?? '', 'recommend.item')).toBe('formal');
    expect(toneOf(playfulPick.text ?? '', 'recommend.item')).toBe('playful');
    expect(formalPick.suggestedActions?.actions.map((action) => action.title)).toEqual(['👍', '👎', 'More like this', 'Not interested']);

    const [why] = await sayText(formal, '/why');
    expect(why).toContain('cooking');
    expect(why.split('\n').length).toBeGreaterThanOrEqual(3);
    const stored = (await profileOf(t, 'formal-cook')).memory.turns.at(-2)?.explanation;
    expect(stored).toMatchObject({ intent: 'recommend', tone: 'formal', toneSource: 'learned', recommendation: { itemId: formalItem?.id } });
  });

  it('greets by the local time of the city the user lives in', async () => {
    const clock = new ManualClock('2026-03-02T23:30:00Z'); // 08:30 in Tokyo, 23:30 in London
    const t = createTestRapport({ clock });
    await say(t.adapter, 'call me Dana');
    await sayText(t.adapter, 'I live in Tokyo');
    expect((await profileOf(t, 'dana-1')).learned).toMatchObject({ city: 'Tokyo', timeZone: 'Asia/Tokyo' });
    const [greeting] = await sayText(t.adapter, 'hello');
    expect(isReply(greeting, 'greet', { name: 'Dana' })).toBe(true);
    expect(greeting).toMatch(/morning/i);
  });

  it('remembers a pet and mentions it when the user comes back', async () => {
    const clock = new ManualClock('2026-03-02T10:00:00Z');
    const t = createTestRapport({ clock });
    await say(t.adapter, 'call me Dana');
    const [ack] = await sayText(t.adapter, 'I have a dog called Rex');
    expect(ack).toContain('Rex');
    clock.advance(3 * 60 * 60 * 1000);
    const welcomes = new Set<string>();
    for (let visit = 0; visit < 3; visit++) {
      welcomes.add((await sayText(t.adapter, 'hi'))[0]);
      clock.advance(3 * 60 * 60 * 1000);
    }
    expect([...welcomes].some((text) => text.includes('Rex'))).toBe(true);
  });

  it('a frustrated user gets a short, careful reply and an offer of help', async () => {
    const t = createTestRapport();
    await say(t.adapter, 'call me Dana');
    const replies = await say(t.adapter, 'this is useless, it is still not working!!!');
    const last = replies[replies.length - 1];
    expect(last.suggestedActions?.actions.map((action) => action.value)).toContain('/help');
    expect((await profileOf(t, 'dana-1')).learned.mood).toBeLessThan(-0.25);
    const [why] = await sayText(t.adapter, '/why');
    expect(isReply(why.split('\n')[1], 'why.tone.mood', { tone: 'concise' })).toBe(true);
  });

  it('explicit tone wins over the learned one', async () => {
    const t = createTestRapport();
    for (const text of ['haha yo!!', 'lol 😂 awesome', 'woo!! haha']) await say(t.adapter, text);
    await say(t.adapter, '/tone formal');
    const [thanks] = await sayText(t.adapter, 'thanks a lot!! haha');
    expect(toneOf(thanks, 'thanks')).toBe('formal');
  });

  it('welcomes back a user who lapsed', async () => {
    const clock = new ManualClock('2026-03-02T10:00:00Z');
    const t = createTestRapport({ clock });
    await say(t.adapter, 'call me Dana');
    clock.advance(20 * DAY);
    const [welcome] = await sayText(t.adapter, 'hello');
    expect(isReply(welcome, 'welcome.returning', { name: 'Dana' })).toBe(true);
  });

  it('with learning paused, learns nothing and uses nothing learned', async () => {
    const t = createTestRapport();
    await say(t.adapter, 'I live in Tokyo');
    await say(t.adapter, '/private on');
    const [reply] = await sayText(t.adapter, 'I love hiking');
    expect(isReply(reply, 'fact.notLearning')).toBe(true);
    await say(t.adapter, 'I love cooking, it is awesome, haha!!');
    const profile = await profileOf(t, 'dana-1');
    // Only what was said before learning was paused (the home) is kept.
    expect(profile.memory.facts.map((fact) => fact.key)).toEqual(['home']);
    expect(profile.learned.interests).toEqual({});
    const [why] = await sayText(t.adapter, '/why');
    expect(why).not.toMatch(/Tokyo/);
  });
});

describe('recommendation feedback', () => {
  it('counts a "yes" or a "thanks" right after a recommendation as accepting it, and a yes to nothing as nothing', async () => {
    const t = createTestRapport({ storage: new MemoryStorage() });
    await sayText(t.adapter, 'yes');
    expect((await profileOf(t, 'dana-1')).learned.likedItems ?? []).toEqual([]);
    await say(t.adapter, 'recommend something');
    const shownId = (await profileOf(t, 'dana-1')).memory.lastRecommended;
    const [enjoy] = await sayText(t.adapter, 'thank you');
    expect(isReply(enjoy, 'recommend.accepted')).toBe(true);
    const accepted = await profileOf(t, 'dana-1');
    expect(accepted.learned.likedItems?.map((like) => like.id)).toEqual([shownId]);
    const item = realCatalog().byId.get(shownId ?? '');
    for (const topic of item?.topics ?? []) expect(accepted.learned.feedback?.[topic]?.up).toBe(1);
    // Not twice: the thanks was the last turn, not a recommendation.
    await sayText(t.adapter, 'thank you');
    for (const topic of item?.topics ?? []) expect((await profileOf(t, 'dana-1')).learned.feedback?.[topic]?.up).toBe(1);
  });

  it('counts a "nah" right after a recommendation as turning it down, and offers another', async () => {
    const t = createTestRapport({ storage: new MemoryStorage() });
    await say(t.adapter, 'call me Dana');
    await say(t.adapter, 'recommend something');
    const firstId = (await profileOf(t, 'dana-1')).memory.lastRecommended;
    const [declined] = await sayText(t.adapter, 'nah not that');
    expect(isReply(declined, 'recommend.rejected')).toBe(true);
    const item = realCatalog().byId.get(firstId ?? '');
    for (const topic of item?.topics ?? []) expect((await profileOf(t, 'dana-1')).learned.feedback?.[topic]?.down).toBe(1);
    // "yes" to the offer: another item, not the one turned down.
    await sayText(t.adapter, 'yes');
    const secondId = (await profileOf(t, 'dana-1')).memory.lastRecommended;
    expect(secondId).toBeDefined();
    expect(secondId).not.toBe(firstId);
  });

  it('updates the model at once, hides what the user is not interested in, and never repeats an item', async () => {
    const t = createTestRapport({ storage: new MemoryStorage() });
    const shown = new Set<string>();
    const first = await say(t.adapter, 'recommend something');
    const firstId = (await profileOf(t, 'dana-1')).memory.lastRecommended;
    expect(first[0].suggestedActions?.actions).toHaveLength(4);
    shown.add(firstId ?? '');

    const [thumbs] = await sayText(t.adapter, '👍');
    expect(isReply(thumbs, 'feedback.up')).toBe(true);
    const item = realCatalog().byId.get(firstId ?? '');
    const liked = await profileOf(t, 'dana-1');
    for (const topic of item?.topics ?? []) expect(liked.learned.feedback?.[topic]?.up).toBe(1);

    const more = await sayText(t.adapter, 'More like this');
    expect(isReply(more[0], 'feedback.more')).toBe(true);
    const secondId = (await profileOf(t, 'dana-1')).memory.lastRecommended;
    expect(secondId).not.toBe(firstId);
    expect(realCatalog().byId.get(secondId ?? '')?.topics).toContain(item?.topics[0]);

    await say(t.adapter, 'Not interested');
    const hidden = await profileOf(t, 'dana-1');
    expect(hidden.memory.hiddenItems).toContain(secondId);
    for (let i = 0; i < 20; i++) {
      await say(t.adapter, 'recommend something');
      const id = (await profileOf(t, 'dana-1')).memory.lastRecommended ?? '';
      expect(shown.has(id)).toBe(false);
      expect(id).not.toBe(secondId);
      shown.add(id);
    }
  });

  it('a stated like leads the very next recommendation, for every seed of exploration', async () => {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const t = createTestRapport({ seed });
      await say(t.adapter, 'I love running');
      const [pick] = await say(t.adapter, 'recommend something');
      const item = realCatalog().items.find((candidate) => pick.text?.includes(candidate.title));
      expect(item?.topics).toContain('running');
    }
  });

  it('an explicit topic changes recommendations at once, over what was learned', async () => {
    const t = createTestRapport();
    for (const text of ['I love running', 'anything about running?']) await say(t.adapter, text);
    await say(t.adapter, '/topics add cooking');
    const [pick] = await say(t.adapter, 'recommend something');
    const item = realCatalog().items.find((candidate) => pick.text?.includes(candidate.title));
    expect(item?.topics).toContain('cooking');
    const [why] = await sayText(t.adapter, '/why');
    expect(why).toContain('cooking');
  });

  it('never recommends a topic the user removed', async () => {
    const t = createTestRapport();
    await say(t.adapter, '/topics remove sports');
    for (let i = 0; i < 30; i++) {
      await say(t.adapter, 'recommend something');
      const id = (await profileOf(t, 'dana-1')).memory.lastRecommended ?? '';
      expect(realCatalog().byId.get(id)?.topics).not.toContain('sports');
    }
  });
});
