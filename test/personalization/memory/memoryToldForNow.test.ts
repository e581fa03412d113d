import { told } from '../../helpers/memoryChat';

/**
 * A note that says what changed ("… now instead of X", "moved from X to Y") is told back for how things are now
 * without what held before; asked how it was, the note is told whole.
 */
describe('personal memory: a change told back as it is now', () => {
  it('leaves out what is said after "instead of"', async () => {
    const t = await told('I drive to work, taking the ring road now instead of the high street, saves ten minutes');
    const reply = await t.ask('which road do I take now?');
    expect(reply).toContain('ring road');
    expect(reply).not.toContain('high street');
  });

  it('tells "moved from A to B" as "moved to B"', async () => {
    const t = await told('we keep our caravan at the campsite by the lake', 'we got switched from plot 4 to plot 9 this spring');
    const reply = await t.ask('which plot are we on?');
    expect(reply).toContain('plot 9');
    expect(reply).not.toContain('plot 4');
  });

  it('keeps what held before when the question asks for it', async () => {
    const t = await told('we keep our caravan at the campsite by the lake', 'we got switched from plot 4 to plot 9 this spring');
    expect(await t.ask('which plot were we on before?')).toContain('plot 4');
  });
});

describe('personal memory: a part told back says whom its pronoun stands for', () => {
  it('says the name for "they" when only the part after it is told back', async () => {
    const t = await told('we just moved in last week', 'the couple upstairs are the Lindqvists, they lent us a ladder on the first day which was so kind');
    const reply = await t.ask('which neighbours lent us a ladder?');
    expect(reply).toContain('Lindqvists');
    expect(reply).not.toMatch(/\bthey lent\b/i);
  });
});
