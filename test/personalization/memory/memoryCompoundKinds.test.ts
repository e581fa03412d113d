import { told } from '../../helpers/memoryChat';

// WordNet calls produce "garden truck": a word filed under it ("banana", "soy") is no kind of truck, so a note that
// only names such a word does not take the question about the truck from the note that says it.
describe('personal memory: a compound above a word is a kind of its last word only when that word is of its sort', () => {
  it('"what truck do i drive" is answered by the truck note, not by "banana bread …"', async () => {
    const chat = await told('banana bread every sunday with my nan', 'truck is a scania r500, company owns it', 'I do night runs to Felixstowe');
    expect(await chat.ask('what truck do i drive')).toContain('scania');
  });
});
