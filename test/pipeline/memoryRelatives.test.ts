import { createTestRapport, isReply, sayText } from '../helpers/testRapport';

/** Questions about the people in one's life, asked with other words than they were told with. */
describe('personal memory: relatives asked about in other words', () => {
  type Bot = ReturnType<typeof createTestRapport>;
  const ask = async (t: Bot, question: string) => (await sayText(t.adapter, question))[0];

  it('takes mum, mom and mother for one, and reads a pronoun right after the name', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, "my dad is called Tomas he's a pilot");
    await sayText(t.adapter, 'my mother is Ines');
    expect(isReply(await ask(t, 'what does my father do?'), 'fact.job.aboutAnswer', { about: 'father', value: 'pilot' })).toBe(true);
    expect(await ask(t, "what's my mom called?")).toContain('Ines');
  });

  it('answers a question that names someone from what was said of them', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'boyfriend Theo, he is Swiss');
    await sayText(t.adapter, 'my big brother Ravi is in Sydney on a working visa');
    expect(await ask(t, 'what nationality is Theo?')).toContain('Swiss');
    expect(await ask(t, 'where is Ravi at the moment?')).toContain('Sydney');
  });

  it('reads names after a plural noun that opens the message, and lads as sons', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'The twins are Leo and Mia');
    expect(await ask(t, 'what are my twins called?')).toMatch(/Leo and Mia/);
    const lads = createTestRapport();
    await sayText(lads.adapter, 'got two lads, Sean and Liam');
    expect(isReply(await ask(lads, 'who is Liam?'), 'memory.who', { value: 'Liam', detail: 'son' })).toBe(true);
  });

  it('counts what was said, not the one named with a general noun', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'we have two daughters. The youngest, Zara, just started school');
    expect(isReply(await ask(t, 'how many daughters have I got?'), 'memory.countOnly', { count: 2, detail: 'daughters' })).toBe(true);
  });
});

describe('personal memory: forgetting about relatives, and what was never told of them', () => {
  type Bot = ReturnType<typeof createTestRapport>;
  const ask = async (t: Bot, question: string) => (await sayText(t.adapter, question))[0];

  it('forgets what was told of someone when a reason follows the request', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'my husband Karl is a dentist');
    await sayText(t.adapter, "oh forget my husband's job, he's a private person");
    expect(isReply(await ask(t, 'what does my husband do?'), 'memory.aboutUnknown', { about: 'husband' })).toBe(true);
    await sayText(t.adapter, 'my little bro Sami is 9');
    await sayText(t.adapter, "wait forget my bro's name, he'd be mad");
    expect(await ask(t, "what's my brother's name?")).not.toContain('Sami');
  });

  it('says it was not told, rather than guessing, when a question about someone has no answer', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'my grandmother is Rosa');
    expect(isReply(await ask(t, 'which medicines does my grandmother take?'), 'memory.aboutUnknown', { about: 'grandmother' })).toBe(true);
  });
});
