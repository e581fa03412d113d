import { told } from '../../helpers/memoryChat';

/**
 * A short answer is a part of the note of the sort the question asks: "how much …?" the figure paid, not a model's
 * year or a count of things; "who …?" a person's name, not a pronoun opening a sentence, a make and model, or a word
 * that describes the noun after it.
 */
describe('personal memory: the part of a note told back is of the sort asked', () => {
  it('gives the figure said to be paid, not the year of the model before it', async () => {
    const t = await told('got the camper at last, 2009 vw crafter, 140k on the clock, paid 7,250 for it from a dealer in leeds');
    const reply = await t.ask('how much did I pay for the camper?');
    expect(reply).toMatch(/7,250/);
    expect(reply).not.toMatch(/2009/);
  });

  it('gives the money, not a count of things said with words describing them', async () => {
    const t = await told('I bought 40 reusable coffee cups for the stall, they were $120 total');
    expect(await t.ask('how much did the coffee cups cost?')).toMatch(/\$120/);
  });

  it('does not read a little word as a unit of money', async () => {
    const t = await told('the inverter is a 2000w pure sine, that was the dear one at 380');
    expect(await t.ask('how much was the inverter?')).toMatch(/380/);
  });

  it('gives no pronoun opening a sentence as a name', async () => {
    const t = await told('My daughter Isla just joined the wrestling club and loves it. Her ring name is Isla Thunder, she made it up');
    expect(await t.ask("what's Isla's ring name?")).toMatch(/Isla Thunder/);
  });

  it('gives the seller, not the make and model bought', async () => {
    const t = await told('just bought a 1972 Triumph T120 🏍️ for £6k from a bloke in Frome called Dennis');
    expect(await t.ask('who did I buy it from?')).toMatch(/Dennis/);
  });

  it('gives no word describing a noun as a name', async () => {
    const t = await told('we have a Qualified tutor who comes every Monday evening, her name is Ffion');
    expect(await t.ask("what's the tutor's name")).toMatch(/Ffion/);
  });
});

/** "when …?" asks a day or a date, "how many …?" a count: a part of the day alone, or a figure typed as money, is no such answer. */
describe('personal memory: a time or a count told back is of the sort asked', () => {
  it('gives no part of the day alone for when', async () => {
    const t = await told('signed up for a pottery course, evening classes at the arts centre in Bristol');
    expect(await t.ask("when's my pottery course?")).not.toMatch(/^evening,/i);
  });

  it('counts times a week, not the money per time', async () => {
    const t = await told('booked swimming lessons with a coach, Marta, 2x a week, $45 per lesson');
    const reply = await t.ask('how many lessons a week am I having');
    expect(reply).toMatch(/\b2\b/);
    expect(reply).not.toMatch(/45/);
  });
});

/** "which …?" asks which one: the thing asked with only a count or a word that describes it is no answer, the note is told whole. */
describe('personal memory: which one, not only how many or what like', () => {
  it('tells the note rather than the thing with an adjective before it', async () => {
    const t = await told('new racket babolat pure aero £180');
    expect(await t.ask('which racket did I get?')).toMatch(/babolat/i);
  });
});
