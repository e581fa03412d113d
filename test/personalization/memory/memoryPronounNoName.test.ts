import { told } from '../../helpers/memoryChat';

// "… a furniture company. Her team …": a pronoun typed with a capital as it opens the next sentence is no name
// given to the thing before it, so it is never the answer to what the thing is.
describe('a pronoun opening the next sentence', () => {
  it('is not told back as the name of the thing said before it', async () => {
    const chat = await told("I'm Wren", 'my daughter Ada is grown up now', 'Ada works for a furniture company. Her team builds chairs.');
    const kind = await chat.ask('what kind of company does my daughter work for?');
    expect(kind).not.toMatch(/^Her\b/);
    expect(kind).toMatch(/furniture/i);
  });
});
