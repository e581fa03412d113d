import { told } from '../../helpers/memoryChat';

/**
 * What is said of one's own things without "I" ("boiler service is on 9 October", "plot rent went up …"): a statement
 * about a thing, a person or a plan of theirs that says a figure, a date or a name is kept and answered, though a
 * word of it may be a verb too ("lease", "plot"). Remarks on the world, advice and greetings are not kept.
 */
describe('personal memory: statements said without "I"', () => {
  it('keeps a statement opened by a noun that is a verb too, and answers it', async () => {
    const t = await told('lease runs out on 30 June', 'plot rent went up from 25 to 32 a year');
    expect(await t.ask('when does the lease run out?')).toMatch(/30 June/);
    expect(await t.ask('how much is plot rent now?')).toMatch(/32/);
    expect(await t.ask('how much is plot rent now?')).not.toMatch(/25/);
  });

  it('keeps a statement about someone of theirs that the intent model reads as a web search, and answers what it costs', async () => {
    const t = await told('the lady who does the ironing is Greta, 15 pounds an hour');
    expect(await t.ask('how much does the ironing cost?')).toMatch(/15 pounds/);
  });

  it('keeps what someone said one needs: no request to the bot', async () => {
    const t = await told('the physio Marta said I need six more sessions');
    expect(await t.ask("who's the physio?")).toMatch(/Marta/);
  });

  it('does not keep a remark on the weather, advice to oneself or a greeting', async () => {
    const t = await told('weather is lovely today, 25 degrees', 'should ring the plumber', 'good morning');
    expect((await t.profile()).memory.notes ?? []).toEqual([]);
  });

  it('reads a figure in a unit before a thing as its size, not its name', async () => {
    const t = await told('we named the yacht Petrel', 'our marina charges 30 a night for a 9m yacht');
    expect(await t.ask("what's the yacht called?")).not.toMatch(/9m/);
  });
});

/**
 * "who's the stage manager?" read as asking who made the bot: it says nothing a question about the bot says, so it
 * is about the person's own world, not told when no note answers; "who made you?" is still about the bot.
 */
describe('personal memory: a "who" question read as about the bot', () => {
  it('says it was not told, rather than who runs the bot', async () => {
    const t = await told('my vocal coach Alfonso, lessons cost 50 euros');
    const reply = await t.ask("who's the stage manager?");
    expect(reply).not.toMatch(/open-source/);
    expect(reply).toMatch(/haven't told/);
    expect(await t.ask('who made you?')).toMatch(/open-source/);
  });
});
