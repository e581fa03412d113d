import { told } from '../../helpers/memoryChat';

// Where something is, said in words no town names ("in the crypt of the old chapel"), and said after a comma
// with no verb of its own: kept with the clause it places, and told back for "where …?" without the rest.
describe('a place said in words, after the clause it places', () => {
  it('keeps "…, in the crypt of the old chapel" with what it places and answers "where?" with it alone', async () => {
    const chat = await told("I'm Wren", 'my pottery class is on wednesdays at 6, in the back room of the old fire station');
    const where = await chat.ask('where is my pottery class?');
    expect(where).toContain('the back room of the old fire station');
    expect(where).not.toMatch(/wednesday/i);
    expect(await chat.ask('when is my pottery class?')).toMatch(/wednesday/i);
  });

  it('answers with a place said after "behind" or "under" and a determiner, not with a time said that way', async () => {
    const chat = await told("I'm Wren", 'the allotment shed I share is behind the scout hut on Mill Lane', 'our allotment meeting is in the evening, every other Monday');
    expect(await chat.ask('where is the allotment shed?')).toContain('the scout hut');
    expect(await chat.ask('where is our allotment meeting?')).not.toContain('the evening, you');
  });
});
