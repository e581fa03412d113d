import { isReply } from '../../helpers/testRapport';
import { told } from '../../helpers/memoryChat';

/** Questions about the people in one's life, asked with other words than they were told with. */
describe('personal memory: relatives asked about in other words', () => {

  it('takes mum, mom and mother for one, and reads a pronoun right after the name', async () => {
    const t = await told("my dad is called Tomas he's a pilot", 'my mother is Ines');
    expect(isReply(await t.ask('what does my father do?'), 'fact.job.aboutAnswer', { about: 'father', value: 'pilot' })).toBe(true);
    expect(await t.ask("what's my mom called?")).toContain('Ines');
  });

  it('answers a question that names someone from what was said of them', async () => {
    const t = await told('boyfriend Theo, he is Swiss', 'my big brother Ravi is in Sydney on a working visa');
    expect(await t.ask('what nationality is Theo?')).toContain('Swiss');
    expect(await t.ask('where is Ravi at the moment?')).toContain('Sydney');
  });

  it('reads names after a plural noun that opens the message, and lads as sons', async () => {
    const t = await told('The twins are Leo and Mia');
    expect(await t.ask('what are my twins called?')).toMatch(/Leo and Mia/);
    const lads = await told('got two lads, Sean and Liam');
    expect(isReply(await lads.ask('who is Liam?'), 'memory.who', { value: 'Liam', detail: 'son' })).toBe(true);
  });

  it('counts what was said, not the one named with a general noun', async () => {
    const t = await told('we have two daughters. The youngest, Zara, just started school');
    expect(isReply(await t.ask('how many daughters have I got?'), 'memory.countOnly', { count: 2, detail: 'daughters' })).toBe(true);
  });
});

describe('personal memory: forgetting about relatives, and what was never told of them', () => {

  it('forgets what was told of someone when a reason follows the request', async () => {
    const t = await told('my husband Karl is a dentist', "oh forget my husband's job, he's a private person");
    expect(isReply(await t.ask('what does my husband do?'), 'memory.aboutUnknown', { about: 'husband' })).toBe(true);
    await t.tell('my little bro Sami is 9', "wait forget my bro's name, he'd be mad");
    expect(await t.ask("what's my brother's name?")).not.toContain('Sami');
  });

  it('says it was not told, rather than guessing, when a question about someone has no answer', async () => {
    const t = await told('my grandmother is Rosa');
    expect(isReply(await t.ask('which medicines does my grandmother take?'), 'memory.aboutUnknown', { about: 'grandmother' })).toBe(true);
  });
});
