import { told } from '../../helpers/memoryChat';

// "which halls am I in?" of "I'm in Carrow Halls": a kept value named by a noun of its sort answers a question asked
// by that noun, whatever kind it was kept as; a noun no kept value ends with is still not told.
describe('a kept value asked by the noun it is named with', () => {
  it('"which halls am I in?" gives the halls kept as where one lives', async () => {
    const chat = await told('hey, first year geography here', "I'm in Carrow Halls, my flatmate Ines snores through the wall");
    const reply = await chat.ask('which halls am I in?');
    expect(reply).toContain('Carrow Halls');
  });

  it('a noun no kept value is named by stays not told', async () => {
    const chat = await told("I'm in Carrow Halls, my flatmate Ines snores through the wall");
    const reply = await chat.ask('which gym do I go to?');
    expect(reply).not.toContain('Carrow');
    expect(reply).toMatch(/haven't told|don't know/i);
  });

  it('a price asked of the thing is not met by its name', async () => {
    const chat = await told('I run a little pottery studio in Leith with my aunt');
    const reply = await chat.ask('how much rent do I pay for the studio?');
    expect(reply.toLowerCase()).not.toContain('pottery studio');
  });
});
