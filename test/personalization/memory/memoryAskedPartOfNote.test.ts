import { told } from '../../helpers/memoryChat';

// A note found for a question holds other values too: the reply is the one of the kind the question asks for
// (money for what was spent, a count for "how many", the figure the question's word names, the make given for
// "which X"), and a price said beside what is asked is left out of what is told back.
describe('the part of a note a question asks for', () => {
  it('"how much did I spend at …?" answers with the money, not a count said after "and"', async () => {
    const chat = await told('spent a bit at halfords, 3 inner tubes and 2 pop up stands, £40 total');
    const reply = await chat.ask('how much did i spend at halfords?');
    expect(reply).toContain('£40');
    expect(reply).not.toMatch(/\b2\b/);
  });

  it('"how many … ?" counts no length of time', async () => {
    const chat = await told("our keeper hurt his ankle, out 3 weeks so he'll miss the york trip", 'coach for the york trip is booked, 15 of us going');
    const reply = await chat.ask('how many are going on the york trip?');
    expect(reply).not.toContain('3 weeks');
  });

  it('"what was my total time?" answers with the figure the word "total" names, not every split', async () => {
    const chat = await told('duathlon splits: run 22:40, bike 1:05, total 1:31 in the end');
    const reply = await chat.ask('what was my total time?');
    expect(reply).toContain('1:31');
    expect(reply).not.toContain('22:40');
  });

  it('"which X did I buy?" answers with the make named after "new X", not "new X"', async () => {
    const chat = await told('new kayak, perception hydris 10, 410 quid');
    const reply = await chat.ask('which kayak did i buy?');
    expect(reply).toContain('perception hydris');
    expect(reply).not.toContain('new kayak');
    expect(reply).not.toContain('410');
  });

  it('a name given after where a thing was had still says which one', async () => {
    const chat = await told('picked up a used guitar off gumtree, yamaha fg830 for £120');
    const reply = await chat.ask('what guitar did i get?');
    expect(reply).toContain('yamaha fg830');
  });

  it('a note told back for "who … with?" leaves out the price said beside it', async () => {
    const chat = await told('took out pet insurance through petplan, £18 a month');
    const reply = await chat.ask("who's my pet insurance with?");
    expect(reply).toContain('petplan');
    expect(reply).not.toContain('£18');
  });

  it('"what night …?" answers with the night said, though it says the word "night" too', async () => {
    const chat = await told('my brother and i play chess online every thursday night with a beer');
    const reply = await chat.ask('what night do we play chess?');
    expect(reply).toContain('thursday night');
    expect(reply).not.toContain('beer');
  });

  it('"how much for N …?" answers with the price said after the same number', async () => {
    const chat = await told('selling my jam at the village fete, £4 a jar or 2 for £7');
    const reply = await chat.ask('how much for 2 jars?');
    expect(reply).toContain('£7');
    expect(reply).not.toContain('£4');
  });


  it('tells what is said of someone after "she" or "Her …" in the same note, when the question asks for it', async () => {
    const t = await told("I've been teaching my daughter Inés the planets, she's hooked, Her favourite is Saturn because of the rings, she's 7");
    expect(await t.ask("what's Inés's favourite planet?")).toContain('Saturn');
  });
});
