import { told } from '../../helpers/memoryChat';

// Someone kept by name as one of the person's people ("my brother is Piet") is talked of later by that name alone
// ("Piet …"): a question that asks of them by the noun ("my brother") finds those notes by the name kept for it.
describe('personal memory: a question by a relation noun finds the notes that say the name kept for it', () => {
  it('"where does my brother train?" of a note that names him only by name', async () => {
    const chat = await told('my brother is Piet', 'Piet trains twice a week at the Elmwood velodrome', 'I sell insurance');
    expect(await chat.ask('where does my brother train?')).toMatch(/elmwood/i);
  });

  it('"which college is my daughter at?" of a note that says her name, not "daughter"', async () => {
    const chat = await told('I have a daughter, Marisol', 'Marisol has just started at Kingsbridge College doing nursing', 'I repair clocks');
    expect(await chat.ask('which college is my daughter at?')).toMatch(/kingsbridge/i);
  });

  it('a note of one not kept under the noun asked does not answer for it', async () => {
    const chat = await told('my brother is Piet', 'my neighbour Ruud trains at the Elmwood velodrome');
    expect(await chat.ask('where does my brother train?')).not.toMatch(/elmwood/i);
  });
});
