import { toldApart } from '../../helpers/memoryChat';

// A kept value that holds nothing of the sort a question asks ("you like football" for "where …?") gives way to a
// note that does; a value that may be the place itself still answers.
describe('a kept value of no place gives way to a note that says where', () => {
  it('"where do I …?" of a like is answered by the note that says the place', async () => {
    const chat = await toldApart("I'm Dana", 'I love tennis', 'thursday nights I play doubles with my neighbour at Riverside Courts');
    const answer = await chat.ask('where do I play tennis?');
    expect(answer).toContain('Riverside Courts');
  });

  it('a kind whose value is a place still answers "where"', async () => {
    const chat = await toldApart("I'm Dana", 'I live in Galway', 'I love tennis, thursday nights I play at Riverside Courts');
    const answer = await chat.ask('where do I live?');
    expect(answer).toContain('Galway');
  });
});

describe('days asked in the plural', () => {
  it('"which days …?" of a job is answered by the note that says the days', async () => {
    const chat = await toldApart("I'm Dana", 'I work as a pharmacy tech', 'my shifts are tue and sat, sundays I sleep');
    const answer = await chat.ask('which days am I working?');
    expect(answer).toMatch(/tue/i);
  });
});
