import { told } from '../../helpers/memoryChat';

// "what's my role in the orchestra?" asks the role one holds in a group, not one's work: a note that says the person
// is one ("I'm the first oboe …", "they made me librarian") answers, before the work kept or a note that only names
// the group.
describe('a role held in a group', () => {
  it('"what is my role in the orchestra?" gives the role said beside it, not the work kept', async () => {
    const chat = await told('I work as a dental hygienist in Bristol', 'we play in the city youth orchestra on Mondays, I am the principal librarian there', 'the orchestra has about 60 players');
    const reply = await chat.ask("what's my role in the orchestra?");
    expect(reply).toContain('principal librarian');
    expect(reply).not.toContain('hygienist');
  });

  it('"what role do I have besides X?" sets aside the work told and gives the other one', async () => {
    const chat = await told('I have been a glazier for ten years', 'I am also the treasurer for the allotment society');
    const reply = await chat.ask('what role do I have besides glazing?');
    expect(reply).toContain('treasurer');
  });
});
