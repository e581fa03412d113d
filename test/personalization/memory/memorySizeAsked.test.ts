import { told } from '../../helpers/memoryChat';

/** "how deep …?", "how fast …?": a size in a unit, of several the one said with the question's own word of size. */
describe('personal memory: a size asked', () => {
  it('answers the size said with the word asked, not another size of the same thing', async () => {
    const t = await told('dug a wildlife pond this spring, 3m across and 80cm deep');
    const reply = await t.ask('how deep is the pond?');
    expect(reply).toContain('80cm');
    expect(reply).not.toContain('3m');
  });

  it('answers how fast one can go from a speed told', async () => {
    const t = await told('on the towpath the limit for bikes is 15 mph');
    expect(await t.ask('how fast can I ride on the towpath?')).toContain('15');
  });

  it('answers how big from a size in a unit', async () => {
    const t = await told('my largest quilt so far is a double wedding ring, 230 cm, took me a whole winter');
    const reply = await t.ask('how big was my largest quilt?');
    expect(reply).toContain('230 cm');
    expect(reply).not.toContain('wedding');
  });
});
