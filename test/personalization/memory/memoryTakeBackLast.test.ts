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

/**
 * "scratch that the shop says it's 240 not 180": a take-back made with "that" and followed by what is said in its
 * place sets right what was said before; it forgets nothing that only shares its words. "forget that …" still
 * names what to forget.
 */
describe('personal memory: a take-back followed by what holds instead', () => {
  it('keeps what is said after "scratch that" and the rest of what was told before', async () => {
    const t = memoryChat();
    await t.tell('my kayak needs a new rudder, it is a perception pescador');
    t.clock.advance(60_000);
    await t.tell('my repair place is Paddle Point in Whitby, they quoted 180 quid for the rudder');
    t.clock.advance(60_000);
    const reply = await t.ask('scratch that the repair place says it needs a whole new skeg too, 240 not 180');
    expect(reply).not.toMatch(/forgotten/i);
    expect(await t.ask("what's my repair place?")).toContain('Paddle Point');
    expect(await t.ask('what kayak do I have?')).toMatch(/pescador/i);
    const cost = await t.ask('how much is the rudder repair?');
    expect(cost).toContain('240');
    expect(cost).not.toContain('180');
  });

  it('"forget that I …" still forgets what it names', async () => {
    const t = memoryChat();
    await t.tell('I like jazz and I live in Porto');
    t.clock.advance(60_000);
    await t.tell('forget that I like jazz');
    expect(await t.ask('what do I like?')).not.toMatch(/jazz/i);
    expect(await t.ask('where do I live?')).toContain('Porto');
  });
});
