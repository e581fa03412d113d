import { told } from '../../helpers/memoryChat';

/**
 * What is told keeps its shape: a venue whose name joins two words ("the Rose and Crown") is one place, and a
 * percentage keeps its sign in the note kept and shown back.
 */
describe('names of places and percentages as told', () => {
  it('answers "where …?" with a venue named "the X and Y" whole, not its first word', async () => {
    const t = await told("I'm Meg", 'the quiz team meets every other Tuesday at the Rose and Crown, 8pm sharp');
    const where = await t.ask('where does my quiz team meet?');
    expect(where).toContain('Rose and Crown');
  });

  it('keeps a percentage in the note told back', async () => {
    const t = await told("I'm Meg", 'the car loan is at 6.4% over four years');
    expect((await t.notes()).join(' ')).toContain('6.4%');
    expect(await t.ask('what did I say about the car loan?')).toContain('6.4%');
  });
});
