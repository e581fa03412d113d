import { memoryChat } from '../../helpers/memoryChat';

/** "how many X …?" of a count told, then changed in a later message that names X with a word of change: the later count, asked "now" or not. */
describe('personal memory: a count changed later', () => {
  it('answers with the count the thing counted went to', async () => {
    const chat = memoryChat();
    for (const line of ['I am putting together an exhibition of 1950s seaside postcards, 40 postcards, opens in may', 'I cycle to the gallery, 6 km each way', 'Actually the postcard count went up to 55 after a collector lent us more']) {
      chat.clock.advance(60_000);
      await chat.tell(line);
    }
    const reply = await chat.ask('how many postcards are in the seaside exhibition?');
    expect(reply).toContain('55');
    expect(reply).not.toContain('40');
  });
});
