import { told } from '../../helpers/memoryChat';

// "since when …?" asks the time said after "since": the word the question shares with it does not make it an echo of
// the question, to be passed over for another time the note says ("every week").
describe('personal memory: "since when" is answered by the time said after "since"', () => {
  it('"since when have I lived in Lisbon?" is answered by the year, not by how often something is done', async () => {
    const chat = await told('originally from Cork, been in Lisbon since 2019, ring my dad every week');
    const reply = await chat.ask('since when have i lived in lisbon');
    expect(reply).toContain('2019');
    expect(reply).not.toContain('every week');
  });
});
