import { told } from '../../helpers/memoryChat';

/**
 * "how much does it weigh?" asks a weight, not a price: a figure in kilos answers it. And someone a note names by who
 * they are to the person is told back that way only when what follows says what they do, not a name typed small or
 * the rest of a longer word for them.
 */
describe('personal memory: weights asked, and who someone is', () => {
  it('answers a weight asked with "how much … weigh"', async () => {
    const chat = await told('my road bike is a Canyon Ultimate, 7.4kg with pedals');
    expect(await chat.ask('how much does my road bike weigh?')).toContain('7.4kg');
  });

  it('answers "how heavy" with the weight too', async () => {
    const chat = await told('the new kettlebell is 16kg, the blue one');
    expect(await chat.ask('how heavy is the new kettlebell?')).toContain('16kg');
  });

  it('keeps a name typed small after who someone is ("my neighbour ivy waters …")', async () => {
    const chat = await told('my neighbour ivy waters the tomatoes while we are away');
    const reply = await chat.ask('who waters the tomatoes?');
    expect(reply).toContain('ivy');
    expect(reply).not.toMatch(/^your neighbour\b/);
  });

  it('keeps a longer word for someone whole ("my brother-in-law")', async () => {
    const chat = await told('my brother-in-law is sorting out the barbecue on sunday');
    expect(await chat.ask("who's sorting out the barbecue?")).not.toMatch(/^your brother\b/);
  });

  it('still tells who someone is when what follows says what they do', async () => {
    const chat = await told('the pottery course was a birthday present from my gran and it was lovely');
    expect(await chat.ask('who gave me the pottery course?')).toMatch(/^your gran\b/);
  });
});
