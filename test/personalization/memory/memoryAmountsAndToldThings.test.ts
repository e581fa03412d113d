import { told } from '../../helpers/memoryChat';

/**
 * Prices and counts of the person's things, and questions that name one of their things but read to the intent
 * model as something else (a sum, the bot's own name, the time now): what the person said answers them.
 */
describe('personal memory: prices and counts told', () => {
  it('answers "how much is …?" with the price said of that thing, not of another', async () => {
    const t = await told("I'm a barber, and on weekends I do dog grooming", 'a full groom is 40 and a nail trim is 12');
    expect(await t.ask('how much is a nail trim?')).toMatch(/\b12\b/);
    expect(await t.ask('how much for a full groom')).toMatch(/\b40\b/);
  });

  it('answers "how much do … cost?" without the note saying "cost"', async () => {
    const t = await told('we weave rugs for the spring fair, rugs are 85');
    expect(await t.ask('how much do the rugs cost?')).toMatch(/\b85\b/);
  });

  it('still does a sum with figures in it', async () => {
    const t = await told('we weave rugs for the spring fair, rugs are 85');
    expect(await t.ask('how much is 6 times 7')).toMatch(/42/);
  });

  it('answers "how many … do I have?" from a count said after the thing, in the same message', async () => {
    const t = await told('I collect old postcards, got 214 from all over Europe', 'I collect vinyl, 96 albums so far', 'I collect beer mats, I have 310 now');
    expect(await t.ask('how many postcards do I have?')).toMatch(/\b214\b/);
    expect(await t.ask('how many albums do I own?')).toMatch(/\b96\b/);
    expect(await t.ask('how many beer mats do i have')).toMatch(/\b310\b/);
  });
});

describe('personal memory: a told thing asked in words the intent model reads otherwise', () => {
  it('answers "what time do doors open?" from the note, and "what time is it?" from the clock', async () => {
    const t = await told('I got tickets to see a string quartet on Friday, doors open at 7:15');
    expect(await t.ask('what time do doors open?')).toMatch(/7:15/);
    expect(await t.ask('what time is it?')).not.toMatch(/7:15/);
  });

  it("answers \"what time's the …?\" with the time the note says", async () => {
    const t = await told('my nephew graduates next week, the ceremony is at 11am in the town hall');
    expect(await t.ask("what time's the ceremony?")).toMatch(/11\s?am/i);
  });

  it("answers \"what's the … called?\" with the name told, not the bot's", async () => {
    const t = await told('I play keys in a band called The Paper Kites Revival');
    expect(await t.ask("what's the band called?")).toContain('Paper Kites');
  });
});

describe('personal memory: plans that change', () => {
  it('answers "when am I flying?" from the later note that says it is so now', async () => {
    const t = await told("I'm flying to Lima on the 3rd of June for a friend's wedding", "the airline changed it, I'm now flying on the 6th");
    expect(await t.ask('when am I flying?')).toMatch(/6th/);
  });

  it('reads "in May" as the month a plan is in', async () => {
    const t = await told("I'm training for the regional rowing championships in May");
    expect(await t.ask('when are the championships?')).toMatch(/may/i);
  });
});
