import { told } from '../../helpers/memoryChat';

const DONT_KNOW = /don't know|haven't told/i;

// Questions that say more than what a note must hold: a hedge before "how many", a verb of where or when.
describe('an adverb hedging the amount asked', () => {
  it('"roughly how many …" is asked, not told or cheered', async () => {
    const chat = await told("I'm Wren", 'my zine collection is up to about 260 issues now');
    expect(await chat.ask('roughly how many zines have I got')).toContain('260');
  });

  it('"exactly how much …" is asked', async () => {
    const chat = await told("I'm Wren", 'my ferry ticket to Orkney was £42 return');
    expect(await chat.ask('exactly how much was the ferry ticket?')).toContain('42');
  });

  it('a hedged question about something never told is not answered from a note', async () => {
    const chat = await told("I'm Wren", 'my zine collection is up to about 260 issues now');
    expect(await chat.ask('roughly how many stamps have I got')).toMatch(DONT_KNOW);
  });
});

describe('a verb of where or when beside the thing asked', () => {
  it('"where\'s the … being held" of a note that only says where it is', async () => {
    const chat = await told("I'm Wren", 'our awards dinner is at the Red Lion on the 3rd');
    expect(await chat.ask("where's the dinner being held")).toContain('Red Lion');
  });

  it('"when\'s the … being held" of a note that only says when', async () => {
    const chat = await told("I'm Wren", 'our street party is on the 21st of June');
    expect(await chat.ask("when's the street party being held")).toContain('21st of June');
  });
});
