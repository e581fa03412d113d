import { told } from '../../helpers/memoryChat';

/**
 * A question that names one of the person's things by a single word and says neither "I" nor "my" ("when is
 * pilates?", "where did she propose?") is answered from what they said, unless the intent model has an answer of
 * its own ("when is christmas?" is the calendar's, even after a note that mentions Christmas).
 */
describe('personal memory: questions by one word of what was told', () => {
  it('answers "when is kickboxing?" from the note that says it', async () => {
    const t = await told('I do kickboxing tuesday nights 7pm at the leisure centre', 'capoeira on saturdays with my cousin');
    expect(await t.ask('when is kickboxing?')).toMatch(/tuesday/i);
    expect(await t.ask("when's capoeira?")).toMatch(/saturday/i);
  });

  it('answers a one-word question with a verb the note says in another form', async () => {
    const t = await told('Jonas proposed to me at the top of the Eiffel Tower!');
    expect(await t.ask('where did he propose?')).toContain('Eiffel');
  });

  it('leaves a word no note says to the intent model', async () => {
    const t = await told('I do kickboxing tuesday nights 7pm at the leisure centre');
    expect(await t.ask('when is fencing?')).not.toMatch(/tuesday/i);
  });

  it('leaves "when is christmas?" to the calendar after a note that mentions Christmas', async () => {
    const t = await told("I'm spending Christmas at my brother's in Cork");
    const reply = await t.ask('when is christmas?');
    expect(reply).toContain('25 December');
    expect(reply).not.toContain('Cork');
    expect(await t.ask('where am I spending christmas?')).toContain('Cork');
  });
});

describe('personal memory: a kept value that holds nothing of the sort asked', () => {
  it('answers "which night do I play darts?" from the note with the day, not the like kept', async () => {
    const t = await told('I play darts every Wednesday night at the Crown');
    expect(await t.ask('which night do I play darts?')).toMatch(/wednesday/i);
  });

  it('still answers from the kept value when it holds the sort asked', async () => {
    const t = await told('I live in Galway now', 'Galway is lovely in the summer');
    expect(await t.ask('where do I live?')).toContain('Galway');
  });
});
