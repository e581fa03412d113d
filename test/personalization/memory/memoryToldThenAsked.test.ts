import { memoryChat, told } from '../../helpers/memoryChat';

/** What the person told, asked back in other words than they said it, or said in a way the reader used to skip. */
describe('told, then asked in other words', () => {
  it('reads "big news: …" as the person\'s own, not a "big bro"\'s', async () => {
    const t = await told('big update: moving to Galway in october, new job lined up');
    expect(await t.ask('where am I moving to?')).toContain('Galway');
  });

  it('answers "what do I do for a living?" from a note of work that says no word of the question', async () => {
    const t = await told('my day job is radiographer at the infirmary');
    expect(await t.ask('what do i do for a living?')).toContain('radiographer');
    // Nothing told of work: still not told.
    const other = await told('I collect old maps');
    expect(await other.ask('what do i do for a living?')).not.toContain('maps');
  });

  it('finds where something starts in the part of the note after the one that names it', async () => {
    const t = await told('Summer plan: Camino Portugues, first stage, starting in Porto, two weeks');
    expect(await t.ask('where does the camino portugues start?')).toContain('Porto');
  });

  it('meets a question by a word said the same way ("relocating" of "moving", "due" of "deadline", "rides" of "trips")', async () => {
    expect(await (await told('moving to Cork in September')).ask('when am i relocating?')).toContain('September');
    expect(await (await told('deadline is June 3')).ask("when's my report due?")).toContain('June 3');
    expect(await (await told('I do around 20 trips on a good shift')).ask('how many rides do I do?')).toContain('20');
  });

  it('keeps a line that opens with "right now" and one that says "is" short after a thing ("the mortgage\'s …")', async () => {
    const t = await told('right now im on a translation for Brandt Maschinen, 8,000 words, due friday', "the mortgage's £900 now");
    expect(await t.ask('how many words is the Brandt job?')).toContain('8,000');
    expect(await t.ask('how much is the mortgage?')).toContain('900');
  });

  it('asks by a phrasal verb in the word a note says ("set off" = start, "set me back" = cost)', async () => {
    const t = await told('started the coast path at Minehead on April 9th', 'got a sea kayak, it cost me 700 quid');
    expect(await t.ask('what date did i set off?')).toContain('April 9');
    expect(await t.ask('how much did the sea kayak set me back?')).toContain('700');
    // The same question of someone who told nothing is the date of today, not a note.
    const blank = memoryChat({ userId: 'blank-1' });
    expect(await blank.ask('what date did i set off?')).not.toContain('April');
  });

  it('asks by a short form of "… in law" what a note says in full ("my FIL" = my father in law)', async () => {
    const t = await told("I'm Nadia", 'my father in law arrives from Accra on the 9th and stays three weeks');
    expect(await t.ask('how long is my FIL staying?')).toContain('three weeks');
  });

  it('does not take news of another thing said after a move for what the move changed', async () => {
    const t = await told('moved to flat 12. the rent is 900 now');
    const flat = await t.ask('which flat am i in?');
    expect(flat).toContain('12');
    expect(flat).not.toContain('rent');
  });

  it('prefers the note that says every word asked by over one only of the kind asked for', async () => {
    const t = await told('I paddle at weekends on the Blauwmeer with the club', 'big dream: paddle across Lake Geneva in 2027');
    expect(await t.ask('which lake do i paddle on at weekends?')).toContain('Blauwmeer');
  });
});
