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

  describe('a note that names the kind by its label or an ordinal is found', () => {
    it.each(['where do I study?', 'which uni do I go to?', 'what uni am I at?'])('"%s" after "my home uni is Utrecht" names Utrecht', async (question) => {
      const chat = await told('on exchange in Porto this term, my home uni is Utrecht');
      expect(await chat.ask(question)).toContain('Utrecht');
    });

    it('a kind\'s label is no place ("home uni is Ghent" keeps no home "Uni")', async () => {
      const chat = await told('home uni is Ghent, doing a semester abroad');
      expect(await chat.facts()).not.toContain('home:Uni');
    });

    it.each([
      ["I'm Ana, 3rd year at Bristol doing history", 'which uni am I at again?', 'Bristol'],
      ['im in first year, doing marine biology at Exeter', "remind me what I'm studying", 'marine biology'],
      ['hi! 2nd year of a chemistry degree in York', 'what am I studying?', 'chemistry'],
    ])('"%s": "%s" is answered from the note, its year in figures or words, not by the year alone', async (line, question, answer) => {
      const chat = await told(line);
      expect(await chat.ask(question)).toContain(answer);
    });
  });

  describe('a list of what is studied ends where how it goes is said', () => {
    it.each([
      ['I study architecture, currently buried in a model for my final crit', 'architecture', 'buried'],
      ['I study nursing, finally finished placements', 'nursing', 'finished'],
      ['I study law, slowly losing my mind', 'law', 'losing'],
    ])('"%s" keeps %s and not the rest', async (line, subject, rest) => {
      const chat = await told(line);
      const facts = await chat.facts();
      expect(facts).toContain(`study:${subject}`);
      expect(facts.join(' ')).not.toContain(rest);
    });
  });

  describe('a general noun asked by is met by a name WordNet files right under it', () => {
    it.each([
      ['I live in rural Vermont with my goats', 'what state am I in?', 'Vermont'],
      ['we just moved out to rural Montana, loving it', 'which state do I live in?', 'Montana'],
      ['home is a little farm in upstate Ohio', 'what state is my farm in?', 'Ohio'],
    ])('"%s": "%s" names %s', async (line, question, answer) => {
      const chat = await told(line);
      expect(await chat.ask(question)).toContain(answer);
    });
  });

  it('"which boat can I sail now?" asks what the person said they can do, not advice of the bot', async () => {
    const chat = await told('I joined the sailing club at the lake in spring', 'passed my course so now I can sail the Laser 2 on my own');
    expect(await chat.ask('which boat can i sail now')).toContain('Laser 2');
    expect(await chat.ask('what can I sail?')).toContain('Laser 2');
  });
});
