import { told } from '../../helpers/memoryChat';

/**
 * A day of the week is a value like a date or a time: a message that sets one right ("wait no, they moved it,
 * saturday now") changes the day kept in what was told, and "off Mondays" names the day that no longer holds.
 */
describe('personal memory: a day of the week set right', () => {
  it('takes the new day in place of the one told before', async () => {
    const t = await told("my book club meets on tuesday, at Nadia's flat", 'wait no, they moved it, saturday now');
    const reply = await t.ask('when does my book club meet?');
    expect(reply.toLowerCase()).toContain('saturday');
    expect(reply.toLowerCase()).not.toContain('tuesday');
  });

  it('reads "off Mondays" as the day that goes, the others as they are said', async () => {
    const t = await told('we rehearse Mondays and Thursdays at the church hall', "actually they moved us off Mondays, it's Wednesdays and Thursdays now");
    const reply = await t.ask('which days do we rehearse?');
    expect(reply).toMatch(/Wednesdays and Thursdays/);
    expect(reply).not.toMatch(/Mondays/);
  });

  it('leaves a day alone when the message adds one ("I also swim on fridays now")', async () => {
    const t = await told('I swim on tuesdays at the lido', 'I also do yoga on fridays now');
    expect((await t.ask('what day do I swim?')).toLowerCase()).toContain('tuesday');
  });
});
