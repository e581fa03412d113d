import { memoryChat, told } from '../../helpers/memoryChat';

/**
 * A question put by a question word that the intent it was read as was never taught with ("what joke bombed?" read
 * as asking for a joke, "whose bf shouts answers" as asking for shorter replies): it asks of what the person told,
 * and never changes a setting. Requests in the intents' own words still do what they ask.
 */
describe('personal memory: a question an intent was never taught as', () => {
  const lines = ['the bit about my landlord bombed at the open mic', "my flatmate Jo's boyfriend Sam shouts the answers at quiz night"];

  it('answers "what joke bombed?" from what was told, not with a joke', async () => {
    const t = await told(...lines);
    expect(await t.ask('what joke bombed?')).toMatch(/landlord/);
  });

  it('never changes the tone on a question about the person\'s things', async () => {
    const t = await told(...lines);
    const reply = await t.ask('whose bf shouts answers');
    expect((await t.profile()).explicit.tone).toBeUndefined();
    expect(reply).toMatch(/Jo/);
  });

  it('leaves a question to a settings intent alone for someone who told nothing of it', async () => {
    const t = memoryChat();
    await t.ask('whose bf shouts answers');
    expect((await t.profile()).explicit.tone).toBeUndefined();
  });

  it('still tells a joke and changes the tone when asked in the intents\' own words, or asked how to', async () => {
    const t = await told(...lines);
    expect(await t.ask("what's a good joke?")).not.toMatch(/landlord/);
    await t.ask('how can I make you more formal?');
    expect((await t.profile()).explicit.tone).toBe('formal');
    await t.ask('be more concise');
    expect((await t.profile()).explicit.tone).toBe('concise');
  });
});
