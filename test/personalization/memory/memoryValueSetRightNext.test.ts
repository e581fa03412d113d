import { memoryChat, told } from '../../helpers/memoryChat';

/**
 * A value set right by what is said next, of nothing else: "wait it's the 3rd" opened by a word that sets right, or
 * "… so now it's June" said on in the same message. What was told last holds, though not asked "now".
 */
describe('personal memory: a value set right by what is said next', () => {
  it('answers with the day given next after a word that sets right', async () => {
    const chat = memoryChat();
    for (const line of ['my girlfriend Jo is pregnant, due in october, first baby for us', 'wait it is november 3rd, I keep getting that wrong']) {
      chat.clock.advance(60_000);
      await chat.tell(line);
    }
    const reply = await chat.ask('when is the baby due?');
    expect(reply.toLowerCase()).toContain('november');
    expect(reply.toLowerCase()).not.toContain('october');
  });

  it('answers with what holds now, said on in the same message', async () => {
    const t = await told('we were meant to open the bakery in march but the lease fell through so now it is june');
    const reply = await t.ask('when are we opening the bakery?');
    expect(reply.toLowerCase()).toContain('june');
    expect(reply.toLowerCase()).not.toContain('march');
  });
});
