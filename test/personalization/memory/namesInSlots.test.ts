import { told } from '../../helpers/memoryChat';

// "coach is heath, strict but fair": a name typed without a capital is still a name where the sentence makes it one
// (said of a person noun by "is", or set beside "my cousin"), and a word that only describes them stays no name.
describe('names typed in lower case in a name slot', () => {
  it('"coach is heath," answers who the coach is', async () => {
    const chat = await told('hiya', 'coach is heath, strict but fair and shouts a lot at training');
    const reply = await chat.ask('who is my coach?');
    expect(reply).toContain('Heath');
  });

  it('"my cousin sheer is moving" answers what the cousin is called', async () => {
    const chat = await told('hiya', 'my cousin sheer is moving to leeds in the spring');
    const reply = await chat.ask("what's my cousin called?");
    expect(reply).toContain('Sheer');
  });

  it('"my coach is strict" names no one', async () => {
    const chat = await told('hiya', 'my coach is strict, she shouts a lot at training');
    const reply = await chat.ask('who is my coach?');
    expect(reply).not.toContain('Strict');
  });
});

describe('words in a name slot that are no name', () => {
  it('"my wife is irish," names no one', async () => {
    const chat = await told('hiya', 'my wife is irish, she teaches maths at the local school');
    const reply = await chat.ask('who is my wife?');
    expect(reply).not.toContain('Irish');
  });

  it('a title before a lower-case name leaves the name to answer ("my neighbour mme dufresne")', async () => {
    const chat = await told('hiya', 'my neighbour mme dufresne feeds the rabbit when we go camping');
    const reply = await chat.ask('who feeds the rabbit when we go camping?');
    expect(reply.toLowerCase()).toContain('dufresne');
  });
});
