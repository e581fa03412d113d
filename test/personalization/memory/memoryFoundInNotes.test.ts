import { told } from '../../helpers/memoryChat';

// Questions about oneself whose answer was said, but not in a kind's own phrase, or where a wrong value kept
// for the kind would get in the way: the note that says it answers, and only a value of the right sort is kept.
describe('what was said about oneself is found again', () => {
  describe('a figure of speech for a person is no work', () => {
    it.each([
      ["I'm such an early bird, up at 5 most days", 'I work at a bakery, head baker', 'head baker'],
      ["honestly I'm a couch potato after work", "I'm a dental hygienist", 'dental hygienist'],
      ['im a total gym rat', 'i work at a call centre, team leader', 'team leader'],
    ])('"%s" keeps no job, and the work said after answers', async (figure, work, answer) => {
      const chat = await told(figure, work);
      expect((await chat.facts()).filter((fact) => fact.startsWith('job:'))).not.toContainEqual(expect.stringMatching(/bird|potato|rat/));
      expect(await chat.ask('what do I do for work?')).toContain(answer);
    });

    it('work named by a compound whose last word is a person is still work ("police officer")', async () => {
      const chat = await told("I'm a police officer in Leeds");
      expect(await chat.facts()).toContain('job:police officer');
    });
  });
});
