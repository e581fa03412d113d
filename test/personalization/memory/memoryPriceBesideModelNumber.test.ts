import { told } from '../../helpers/memoryChat';

/** A price asked of a thing told by its year, make and model number: the figure paid, not the model's number. */
describe('personal memory: a price beside a model number', () => {
  it('answers what was paid, not the number after the make', async () => {
    const t = await told('picked up a 2016 Kenworth 680, paid 72k, loan from my brother');
    const reply = await t.ask('how much did I pay for the Kenworth?');
    expect(reply).toContain('72k');
    expect(reply).not.toContain('680');
  });
});
