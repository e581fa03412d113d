import { memoryChat, told } from '../../helpers/memoryChat';

/**
 * "can you forget that last bit", "please delete my previous message": a request to forget nothing but what was
 * said last takes it back, as "scratch that" does, however it is asked; the bot does not just say it forgot.
 */
describe('personal memory: forgetting what was just said, asked in any words', () => {
  it.each(['can you forget that last bit', 'please forget what I just said', 'actually could you delete my previous message. not ready to have that written down'])('"%s" takes back the message before', async (request) => {
    const t = await told('also I quit smoking, 8 months clean in May');
    await t.ask(request);
    const notes = (await t.profile()).memory.notes ?? [];
    expect(notes.map((note) => note.text).join(' ')).not.toMatch(/smoking|8 months/);
    expect(await t.ask('how long have I been clean?')).not.toMatch(/8 months/);
  });

  it('keeps what was told before the message taken back', async () => {
    const t = memoryChat();
    await t.tell('my dog is called Pretzel');
    t.clock.advance(60_000);
    await t.tell('also I quit smoking, 8 months clean in May');
    t.clock.advance(60_000);
    await t.ask('can you forget that last bit');
    expect(await t.ask("what's my dog called?")).toContain('Pretzel');
  });
});
