import { told } from '../../helpers/memoryChat';

/**
 * The part of a note told back is of the sort the question asks: a price is money, a time of day an hour, how often
 * a count of times, who someone; a part of another sort ("30 ft" for a price, a land for a who) is never given.
 */
describe('personal memory: the part told back is of the sort asked', () => {
  it('gives no length for a price, though its unit reads as a currency ("ft", the forint)', async () => {
    const chat = await told('the flagpole stands about 30 ft tall in the front garden, my son Jack put it up');
    expect(await chat.ask('how much did I pay for the flagpole?')).not.toMatch(/^30 ft\b/);
  });

  it('gives no model number for a price', async () => {
    const chat = await told('my record player is a Technics 1200 from the 80s');
    expect(await chat.ask('how much did the record player cost?')).not.toMatch(/^1200\b/);
  });

  it('gives the hour over a part of the day for "what time"', async () => {
    const chat = await told('book club meets on the Thursday evening slot at 7.30pm in the library');
    const reply = await chat.ask('what time is book club?');
    expect(reply).toContain('7.30pm');
    expect(reply).not.toMatch(/^evening\b/);
  });

  it('gives how often, not how long, for "how many times a day"', async () => {
    const chat = await told('the plaster has to go on the cast three times a day for 2 weeks');
    const reply = await chat.ask('how many times a day does the plaster go on?');
    expect(reply).toContain('three times a day');
    expect(reply).not.toMatch(/^2 weeks\b/);
  });

  it('gives no land of an address for "who"', async () => {
    const chat = await told('the kayak course is at a centre near Keswick, Cumbria, starts in May');
    expect(await chat.ask("who's teaching the kayak course?")).not.toMatch(/^Cumbria\b/);
  });

  it('gives who someone is to the person when the note names no one', async () => {
    const chat = await told('spent the weekend on the River Wye, Herefordshire, the trip was a present from my sister');
    expect(await chat.ask('who gave me the trip as a present?')).toMatch(/^your sister\b/);
  });

  it('gives no letter of a musical key for "where"', async () => {
    const chat = await told('I play the Prelude in D on the piano, the one gran liked');
    expect(await chat.ask('where do i play the piano?')).not.toMatch(/^D\b/);
  });
});

/** A name is told back whole: the small words between its capitalised ones, a direction said before it. */
describe('personal memory: a name told back whole', () => {
  it('keeps "&" inside the name of a club', async () => {
    const chat = await told('I bowl with the Hebden & Calder Valley Bowls Club on Tuesdays');
    expect(await chat.ask('what club am i in')).toContain('Hebden & Calder Valley');
  });

  it('gives the whole phrase of a compound head asked by both its words', async () => {
    const chat = await told('3 May, Glasnevin test centre, 2.15 in the afternoon');
    expect(await chat.ask('which test centre is my test at')).toMatch(/^Glasnevin test centre\b/);
  });

  it('gives the name said after the preposition a question ends with', async () => {
    const chat = await told("found a first press of Fela's 'Zombie' on Coconut in Lagos for 90 dollars");
    expect(await chat.ask('what label is my Zombie on')).toMatch(/^Coconut\b/);
  });

  it('keeps a direction before what it names', async () => {
    const chat = await told('trying out for the south shore youth orchestra in spring');
    expect(await chat.ask('which orchestra am i trying out for')).toContain('south shore youth orchestra');
  });
});

/** Money said in slang is an amount: "22 bucks", "2 grand", "a tenner". */
describe('personal memory: money said in slang', () => {
  it('reads a figure before a slang word for money as the price, over a count', async () => {
    const chat = await told('the new bike lock was 22 bucks from the market, I got 3 of them');
    expect(await chat.ask('how much was the bike lock?')).toContain('22 bucks');
  });

  it('reads "grand" after a figure as money', async () => {
    const chat = await told('the valve kit set me back 2 grand');
    expect(await chat.ask('how much did the valve kit cost?')).toContain('2 grand');
  });

  it('reads a word that is money on its own as the price', async () => {
    const chat = await told('the raffle ticket cost me a tenner at the school fair');
    expect(await chat.ask('how much did the raffle ticket cost?')).toContain('a tenner');
  });
});
