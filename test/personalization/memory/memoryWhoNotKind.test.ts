import { told } from '../../helpers/memoryChat';

/** "who is my apprentice?": a question asking for someone is not answered with a kept value that is no one (a job), but by the note that names them. */
describe('personal memory: someone asked for, not a kind whose values are no one', () => {
  it('answers "who is my apprentice?" with the one named, not the work told', async () => {
    const t = await told("I'm a welder at a shipyard", 'my apprentice is a lad named Corin, been with me a year');
    const reply = await t.ask('who is my apprentice?');
    expect(reply).toContain('Corin');
    expect(reply).not.toContain('welder');
  });

  it('answers "what\'s my apprentice called?" with the name, not the workshop', async () => {
    const t = await told('I run a small pottery studio in Hebden', 'my apprentice is called Mirela, she is 22');
    expect(await t.ask("what's my apprentice called?")).toContain('Mirela');
  });

  it('still answers a "who" question in the kind\'s own words with what is kept', async () => {
    const t = await told("I'm a baker at Hollis & Sons");
    expect(await t.ask('who do I work for?')).toContain('Hollis');
  });
});
