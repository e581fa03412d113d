import { isReply } from '../../helpers/testRapport';
import { told } from '../../helpers/memoryChat';

/** Learners' English about the people in one's life: subjects said twice or left out, articles left out, questions fronted by whom they ask about, family words of one's own language. */
describe('personal memory: learners\' English about family and people', () => {
  it('reads work said without its article as work, never as a name', async () => {
    const t = await told('I am Oksana', 'my father is engineer', 'my aunt is nurse in Kyiv');
    expect(await t.facts()).not.toContain('parent:Engineer');
    expect(await t.ask('what does my father do?')).toContain('engineer');
    expect(await t.ask('what is my aunt job')).toContain('nurse');
  });

  it('still takes a name typed with a capital after "is"', async () => {
    const t = await told('my son is Mason');
    expect(await t.factsWithDetail()).toEqual(['child:Mason:son']);
  });

  it('reads a subject said again as a pronoun, and "is name" for "is called"', async () => {
    const t = await told('my wife she is name Leila she is doctor in clinic', 'my brother, he lives in Izmir');
    expect(await t.factsWithDetail()).toContain('partner:Leila:wife');
    expect(await t.ask('what does my wife do')).toContain('doctor');
    expect(await t.ask('where does my brother live?')).toContain('Izmir');
  });

  it('gives a name after a clause whose subject is left out to the one brought in, not to the person', async () => {
    const t = await told('I am Teodor', 'I have cat, is siamese, name is Mochi.');
    expect((await t.profile()).explicit.name).toBe('Teodor');
    expect(await t.factsWithDetail()).toEqual(['pet:Mochi:cat']);
  });

  it('answers a question fronted by whom it asks about', async () => {
    const t = await told('my sister Elif she is working in Siemens', 'my son Deniz is 9', 'my mother is 67');
    expect(await t.ask('my sister where she work')).toContain('Siemens');
    expect(await t.ask('my sister which company she is working')).toContain('Siemens');
    expect(await t.ask('my son how old?')).toContain('9');
    expect(await t.ask('how old is she my mother')).toContain('67');
  });

  it('reads family words of another language as their English noun', async () => {
    const t = await told('my esposa is Lucía', 'my babcia lives in Gdańsk', 'Pedro is my cugino');
    expect(await t.ask('whats my wife name')).toContain('Lucía');
    expect(await t.ask('where does my grandma live?')).toContain('Gdańsk');
  });

  it('reads "mother-in-law" as "mother in law"', async () => {
    const t = await told('my mother-in-law is Ngozi');
    expect(await t.ask("what's my mother-in-law's name?")).toContain('Ngozi');
    expect(await t.ask('who is my mother in law')).toContain('Ngozi');
  });
});

describe('personal memory: details of family named in one long message', () => {
  it('gives an age said after "who are" to every one named before it', async () => {
    const t = await told('we have two boys Ravi and Arun who are 12');
    expect(isReply(await t.ask('how old is Arun?'), 'fact.age.aboutAnswer', { about: 'son', value: '12' })).toBe(true);
  });

  it('reads a clause opened by the name of someone just told of as said of them', async () => {
    const t = await told('I have two daughters, Mira and Jana, Mira lives in Brno and Jana in Vienna');
    expect(isReply(await t.ask('where does Mira live?'), 'fact.home.aboutAnswer', { about: 'daughter', value: 'Brno' })).toBe(true);
    expect(await t.facts()).not.toContain('home:Brno');
  });
});
