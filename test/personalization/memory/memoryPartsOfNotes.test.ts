import { told } from '../../helpers/memoryChat';

/**
 * A question that asks one part of a note (how much it cost, how much of something, who holds a role) is told that
 * part: the amount in the unit asked, money when a price is asked, the person a title or a noun for someone names.
 */
describe('personal memory: the amount a note says', () => {
  it('answers "how much … data?" with the measure in its unit, not how long it was paid for', async () => {
    const t = await told('broadband is Zen Fibre, 900Mb, paid 18 months in advance, renews Oct 2');
    expect(await t.ask('how much speed do I get on my broadband')).toMatch(/900Mb/);
  });

  it('answers "what did … cost?" with the money paid, not a count of things', async () => {
    const t = await told('picked up the oak planks at a timber yard in Thame, paid £640 for 5 planks');
    expect(await t.ask('what did the oak planks cost me')).toMatch(/640/);
    expect(await t.ask('what did the oak planks cost me')).not.toMatch(/\b5\b/);
  });

  it('answers "how much do … cost?" with the rate, not the clock time beside it', async () => {
    const t = await told('guitar lessons with Ines on mon and thu at 6, £30 an hour');
    expect(await t.ask('how much do guitar lessons cost')).toMatch(/\b30\b/);
  });

  it('keeps a number written with thousands or a decimal comma whole', async () => {
    const t = await told('enrolled at the Danube language school, tuition was 3,250 euros', 'bought linen for curtains, 4,5 metres, at the market');
    expect(await t.ask('how much was the tuition')).toMatch(/3,250/);
    expect(await t.ask('how much linen did I buy?')).toMatch(/4,5/);
  });

  it('does not read "in charge of" as asking a price', async () => {
    const t = await told("my neighbour Odile turns 70 in June and we're throwing her a garden party", "I'm in charge of the bunting and the lemonade");
    const answer = await t.ask("what am I in charge of for Odile's party?");
    expect(answer).toMatch(/bunting/);
  });

  it('does not read a word of paying in a clause of its own as asking a price', async () => {
    const t = await told("after the car loan's paid off my next goal is a camper van fund, 5 grand");
    expect(await t.ask("what's my goal once the car loan is paid off?")).toMatch(/camper van/);
  });

  it('does not answer with the number the question says itself', async () => {
    const t = await told('yoga at the Lotus studio, £12 a class, pack of 5 for £50');
    expect(await t.ask('how much is the pack of five')).toMatch(/\b50\b/);
  });
});

describe('personal memory: the person in a role', () => {
  it('reads a title with its point as part of the name, not a sentence end', async () => {
    const t = await told('selling the flat through a notary, Dra. Carmen Ortiz in Seville');
    expect(await t.ask("who's my notary?")).toMatch(/Carmen Ortiz/);
  });

  it('answers with a name typed small after a title', async () => {
    const t = await told('physio appt for my knee w dr okafor on tuesday at 3');
    expect(await t.ask("who's my physio")).toMatch(/dr okafor/i);
  });

  it('answers "who …?" with the one a noun for someone introduces, not a shop named beside them', async () => {
    const t = await told('my cousin Ravi said to try Argos for a garden heater');
    expect(await t.ask('who told me about the garden heater?')).toMatch(/Ravi/);
    expect(await t.ask('who told me about the garden heater?')).not.toMatch(/Argos/);
  });
});

describe('personal memory: which one, by a name the question says', () => {
  it('answers "which … package?" with the name the question\'s word is in, not the whole note', async () => {
    const t = await told('moved the TV to Sky Ultimate Plus last month, £38 now, for the cricket');
    expect(await t.ask('which Sky package am I on?')).toMatch(/Sky Ultimate Plus/);
    expect(await t.ask('which Sky package am I on?')).not.toMatch(/cricket/);
  });
});

