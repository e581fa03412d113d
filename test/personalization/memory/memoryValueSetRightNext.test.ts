import { told } from '../../helpers/memoryChat';

/** A value set right by what is said on in the same message ("… so now it's June"): what was told last holds, though not asked "now". */
describe('personal memory: a value set right by what is said next', () => {
  it('answers with what holds now, said on in the same message', async () => {
    const t = await told('we were meant to open the bakery in march but the lease fell through so now it is june');
    const reply = await t.ask('when are we opening the bakery?');
    expect(reply.toLowerCase()).toContain('june');
    expect(reply.toLowerCase()).not.toContain('march');
  });
});
