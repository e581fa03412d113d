import { told } from '../../helpers/memoryChat';

/**
 * "the motor died", "my laptop died on me": a thing that stops working is no loss, so the rest of the story
 * is kept and answered; a person or an animal that died still is one.
 */
describe('personal memory: a thing that "died" is no loss', () => {
  it('keeps a story in which the engine died, and answers from it', async () => {
    const t = await told('so last saturday me and my cousin Ruairi rowed out on Lough Corrib, the engine died on the way back and we caught three trout');
    expect(await t.ask('which lough were we on?')).toContain('Corrib');
    expect(await t.ask('what did we catch?')).toContain('trout');
  });

  it('still reads a pet that died as a loss, not as something to keep telling back', async () => {
    const t = await told('my hamster Peanut died last night');
    expect(await t.ask('what pets do I have?')).not.toMatch(/Peanut is your|your hamster: Peanut/i);
  });
});
