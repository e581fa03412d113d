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

// "was 300 a month, now it's gone up to 340": asked what it is now, the figure it went to, not the one before.
describe('personal memory: a figure changed within one sentence', () => {
  it('answers "now" with the figure it went to', async () => {
    const t = await told("I'm Priit", 'the rent was 950 euros but after the renewal it went up to 1,020');
    const reply = await t.ask("what's my rent now?");
    expect(reply).toContain('1,020');
    expect(reply).not.toContain('950');
  });

  it('keeps "from … to …" together', async () => {
    const t = await told("I'm Priit", 'my gym fee was bumped last month, from 30 to 42 pounds');
    const reply = await t.ask('how much is my gym fee now?');
    expect(reply).toContain('42');
  });
});
