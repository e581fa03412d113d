import { createTestRapport, isReply, sayText } from '../helpers/testRapport';

/** How people ask about what they told: short, in other tenses, narrowed, by name. The facts are told plainly. */
describe('personal memory: questions in everyday wording', () => {
  type Bot = ReturnType<typeof createTestRapport>;
  const ask = async (t: Bot, question: string) => (await sayText(t.adapter, question)).join('\n');

  it('answers a question of a few words without a verb, and a noun with "name" after it, as about oneself', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'my wife is called Odile');
    await sayText(t.adapter, 'we have a son named Bastien');
    await sayText(t.adapter, "I'm allergic to sesame");
    await sayText(t.adapter, 'my bday is 14 March');
    await sayText(t.adapter, 'my favourite dessert is tiramisu');
    expect(await ask(t, 'wife name')).toContain('Odile');
    expect(await ask(t, 'my son name')).toContain('Bastien');
    expect(await ask(t, 'allergies?')).toContain('sesame');
    expect(await ask(t, 'bday')).toContain('March 14');
    expect(await ask(t, 'fave dessert')).toContain('tiramisu');
    // Not about the bot, and nothing kept from the question.
    expect(await ask(t, 'your birthday?')).not.toContain('March 14');
    const { profile } = await t.rapport.profiles.load('test', 'dana-1');
    expect(profile.memory.facts).toHaveLength(5);
  });

  it('answers about the eldest, youngest or late one with all of the kind, never with the person’s own name', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'call me Ruth');
    await sayText(t.adapter, 'my daughters are Maeve and Clodagh');
    await sayText(t.adapter, 'my husband was called Eamon');
    const eldest = await ask(t, "what's my oldest daughter's name?");
    expect(eldest).toContain('Maeve');
    expect(eldest).not.toContain('Ruth');
    expect(await ask(t, 'youngest daughter name?')).toContain('Clodagh');
    expect(await ask(t, 'what was my late husband called?')).toContain('Eamon');
  });

  it('answers where one works with the workplace alone, and what one eats from what one avoids', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, "I'm a welder");
    await sayText(t.adapter, 'I work at a shipyard in Gdansk');
    await sayText(t.adapter, "I don't eat lamb");
    const where = await ask(t, 'what city do I work in?');
    expect(isReply(where, 'fact.workplace.answer', { value: 'shipyard in Gdansk' })).toBe(true);
    expect(await ask(t, "what's my diet like?")).toContain('lamb');
    expect(await ask(t, 'what I do not eat or drink')).toContain('lamb');
  });

  it('takes every language one speaks when asked for languages, WordNet’s or not', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'I speak Tagalog, Cebuano and English');
    const [languages] = await sayText(t.adapter, 'which languages do i speak?');
    for (const language of ['Tagalog', 'Cebuano', 'English']) expect(languages).toContain(language);
  });
});
