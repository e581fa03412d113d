import { told } from '../../helpers/memoryChat';

/**
 * A figure is told back as it was typed: a number with thousands ("12,500") and a race time ("1:48:07") are one
 * figure each, not split at their comma or colon into "12, 500" or "1, 48".
 */
describe('personal memory: figures told back whole', () => {
  it('answers with a number written with thousands', async () => {
    const t = await told('I cycle 12,500 km a year, mostly commuting');
    const reply = await t.ask('how many km do I cycle a year?');
    expect(reply).toContain('12,500');
    expect(reply).not.toContain('12, 500');
  });

  it('answers with a race time as written', async () => {
    const t = await told('half marathon best is 1:48:07 from Lisbon last spring');
    const reply = await t.ask("what's my half marathon best?");
    expect(reply).toContain('1:48:07');
  });
});

describe('personal memory: one figure of a line of them', () => {
  it('tells back the figure of what is asked, not the next one said beside it', async () => {
    const t = await told('my bench press best is 90kg, row 70');
    const reply = await t.ask("what's my bench press best?");
    expect(reply).toContain('90kg');
    expect(reply).not.toContain('70');
  });
});
