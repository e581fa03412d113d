import { told } from '../../helpers/memoryChat';

/** A title said bare before a count of nights or shows names a show's run, never the person. */
describe('personal memory: "Hamlet, 40 nights" is no introduction', () => {
  it('keeps no name from a title and the run counted after it', async () => {
    for (const line of ["I'm stepping down after the summer season. Hamlet, 40 nights. Then I'm done.", 'Oliver, 12 performances, and the kids loved it']) {
      const t = await told(line);
      expect([line, (await t.profile()).explicit.name]).toEqual([line, undefined]);
    }
  });

  it('still takes a name before an age, or before the people and pets counted after it', async () => {
    for (const [line, name] of [['Liam, 34', 'Liam'], ['Priya, 3 kids and a dog', 'Priya'], ['Marcus, 2 cats', 'Marcus']]) {
      const t = await told(line);
      expect([line, (await t.profile()).explicit.name]).toEqual([line, name]);
    }
  });
});
