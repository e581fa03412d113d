import { told } from '../../helpers/memoryChat';

/**
 * A statement the intent model takes for a question ("… staying with us till Christmas" as days until it) is
 * kept all the same; "drop off is 8:40" forgets nothing; a noun asked is met by the verb a note says it with.
 */
describe('personal memory: statements that look like asks', () => {
  it('keeps a statement the model reads as asking the days until a date, and answers who it names', async () => {
    const t = await told("Fiona's sister Morag is staying with us till Christmas");
    expect(await t.ask("who's staying with us until christmas?")).toContain('Morag');
  });

  it('reads "drop off is 8:40" as a time told, not as a request to forget', async () => {
    const t = await told('kids are at Burnside Primary, drop off is 8:40');
    expect(await t.ask('what time is drop off?')).toContain('8:40');
    expect(await t.ask('what school do the kids go to?')).toContain('Burnside');
  });

  it('answers "when is the wedding?" from "we are getting married in August"', async () => {
    const t = await told('my fiancée Annika and I are getting married in August');
    expect(await t.ask('when is the wedding?')).toContain('August');
  });

  it('does not answer from a derived form when another note says the word itself', async () => {
    const t = await told('flying to lima on the 12th for my sister Camila\'s wedding', 'flight got moved to the 15th, airline chaos');
    const reply = await t.ask("when's my flight");
    expect(reply).toContain('15th');
    expect(reply).not.toContain('12th');
  });

  it('still leaves a real question about the date to the intent model', async () => {
    const t = await told('my fiancée Annika and I are getting married in August');
    expect(await t.ask('how many days until christmas?')).not.toContain('August');
  });
});
