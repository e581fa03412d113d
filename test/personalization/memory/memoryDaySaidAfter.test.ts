import { told } from '../../helpers/memoryChat';

/** "my birthday's this weekend actually, June 8th": the day said after a time that is no day is the one kept. */
describe('personal memory: a day said right after a time that is none', () => {
  it('keeps the day said after the comma', async () => {
    const t = await told("my birthday's this weekend actually, June 8th!");
    expect(await t.ask('when is my birthday?')).toMatch(/June 8/);
  });

  it('does not take a day said of something else later in the message', async () => {
    const t = await told("my birthday is in two weeks, we're flying to Rome on June 5");
    expect(await t.ask('when is my birthday?')).not.toMatch(/June 5/);
  });
});
