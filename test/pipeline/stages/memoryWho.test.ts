import { told } from '../../helpers/memoryChat';

// Someone kept by name as one of the person's people ("my husband is Anselm") is talked of later by that name alone
// ("Anselm …"): a question that asks of them by the noun ("my husband") finds those notes by the name kept for it.
describe('personal memory: a question by a relation noun finds the notes that say the name kept for it', () => {
  it('"when does my husband work?" of a note that names him only by name', async () => {
    const chat = await told('my husband is Anselm', 'Anselm works weekends at the garden centre on Dock Street', 'I sell insurance');
    expect(await chat.ask('when does my husband work?')).toMatch(/weekend/i);
  });

  it('"which college is my daughter at?" of a note that says her name, not "daughter"', async () => {
    const chat = await told('I have a daughter, Marisol', 'Marisol has just started at Kingsbridge College doing nursing', 'I repair clocks');
    expect(await chat.ask('which college is my daughter at?')).toMatch(/kingsbridge/i);
  });
});
