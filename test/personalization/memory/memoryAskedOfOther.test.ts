import { told } from '../../helpers/memoryChat';

/**
 * A note told back must hold what the question asks for, about whom it asks: one that only says the thing asked
 * of, or says it of someone else, answers nothing, and the question was never told.
 */
describe('personal memory: a note about something else is no answer', () => {
  it('says it was not told which of the things offered, when no note says either', async () => {
    const t = await told('our cat Mochi keeps chasing the bees in the garden');
    expect(await t.ask('which honey do I sell, heather or clover?')).toMatch(/haven't told me/);
  });

  it('reads a clause told back in the note it was cut from, which says what is asked', async () => {
    const t = await told('I use Bepanthen for aftercare, swear by it');
    expect(await t.ask('what aftercare do i use')).toMatch(/Bepanthen/);
  });

  it('does not offer to start over for "when did I start …?"', async () => {
    const t = await told('I keep two hives at the allotment');
    expect(await t.ask('when did I start beekeeping?')).toMatch(/haven't told me/);
  });
});
