import { told } from '../../helpers/memoryChat';

// Someone kept by name as one of the person's people ("I have a daughter, Marisol") is talked of later by that name alone
// ("Marisol …"): a question that asks of them by the noun ("my daughter") finds those notes by the name kept for it.
describe('personal memory: a question by a relation noun finds the notes that say the name kept for it', () => {
  it('"which college is my daughter at?" of a note that says her name, not "daughter"', async () => {
    const chat = await told('I have a daughter, Marisol', 'Marisol has just started at Kingsbridge College doing nursing', 'I repair clocks');
    expect(await chat.ask('which college is my daughter at?')).toMatch(/kingsbridge/i);
  });
});
