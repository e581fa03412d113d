import { isReply, say, sayText } from '../../helpers/testRapport';
import { told, type MemoryChat } from '../../helpers/memoryChat';

/** What a person tells about the people in their life: kept about them, answered about them, never taken for the person's own. */
describe('personal memory about the people in one’s life', () => {
  const aboutOthers = async (t: MemoryChat) => ((await t.profile()).memory.aboutOthers ?? []).map(({ key, value, about }) => [about.noun, about.name, key, value].filter(Boolean).join(':'));

  it('keeps a job said of a sibling or partner, by pronoun or as the subject, and answers what they do', async () => {
    const t = await told("i live in toronto w my sister Amina, she's a pharmacist", 'my wife works as a nurse');
    expect(await t.factsWithDetail()).toEqual(['home:Toronto', 'sibling:Amina:sister']);
    expect(await aboutOthers(t)).toEqual(['sister:Amina:job:pharmacist', 'wife:job:nurse']);
    expect(isReply(await t.ask('what does my sister do for a living?'), 'fact.job.aboutAnswer', { about: 'sister', value: 'pharmacist' })).toBe(true);
    expect(isReply(await t.ask("what's my wife's job?"), 'fact.job.aboutAnswer', { about: 'wife', value: 'nurse' })).toBe(true);
    // The name is still asked for the usual way.
    expect(await t.ask("what's my sister called?")).toContain('Amina');
  });

  it('does not overwrite the person’s own job with one said of someone else', async () => {
    const t = await told("I'm a teacher", 'I have a sister. She is a pharmacist.', "my brother's a plumber");
    expect(await t.factsWithDetail()).toEqual(['job:teacher']);
    expect(isReply(await t.ask('what do I do for work?'), 'fact.job.answer', { value: 'teacher' })).toBe(true);
    expect(isReply(await t.ask('what does my brother do?'), 'fact.job.aboutAnswer', { about: 'brother', value: 'plumber' })).toBe(true);
  });

  it('keeps where a partner is from, by pronoun, by name or by what they did', async () => {
    const t = await told("got a girlfriend called Niamh, she's from Belfast");
    expect(isReply(await t.ask("where's my girlfriend from?"), 'fact.from.aboutAnswer', { about: 'girlfriend', value: 'Belfast' })).toBe(true);
    const other = await told('my husband Tom grew up in Lima');
    expect(await other.factsWithDetail()).toEqual(['partner:Tom:husband']);
    expect(await aboutOthers(other)).toEqual(['husband:Tom:grewUp:Lima']);
    expect(isReply(await other.ask('where did my husband grow up?'), 'fact.grewUp.aboutAnswer', { about: 'husband', value: 'Lima' })).toBe(true);
    expect(await other.ask('where is my husband from?')).toContain('Lima');
    expect(isReply(await other.ask('where am I from?'), 'memory.unknown', { label: "where you're from" })).toBe(true);
  });

  it('never takes a brother’s or a friend’s city for the person’s home', async () => {
    const t = await told('my brother lives in Oslo', 'my friend Tom lives in Paris', 'my sister Amina moved to Berlin');
    const profile = await t.profile();
    expect(profile.learned.city).toBeUndefined();
    expect(await t.factsWithDetail()).toEqual(['sibling:Amina:sister']);
    expect(await aboutOthers(t)).toEqual(['brother:home:Oslo', 'friend:Tom:home:Paris', 'sister:Amina:home:Berlin']);
    expect(isReply(await t.ask('where does my brother live?'), 'fact.home.aboutAnswer', { about: 'brother', value: 'Oslo' })).toBe(true);
    expect(isReply(await t.ask('where do I live?'), 'memory.unknown', { label: 'where you live' })).toBe(true);
    // A pronoun after a friend is about the friend, not the sister named before.
    const other = await told('my sister is Amina. my friend Tom, he lives in Paris');
    expect(await aboutOthers(other)).toEqual(['friend:Tom:home:Paris']);
  });

  it('keeps what a child is into after a name and an age, and what follows "and"', async () => {
    const t = await told("I have a daughter, Elif, she's 7 and obsessed with dinosaurs", 'my son is into lego and speaks Turkish');
    expect(await aboutOthers(t)).toEqual(['daughter:Elif:age:7', 'daughter:Elif:like:dinosaurs', 'son:like:lego', 'son:speaks:Turkish']);
    expect(await t.factsWithDetail()).toEqual(['child:Elif:daughter']);
    for (const question of ['what is my daughter obsessed with?', "what's my daughter into?"]) {
      expect(isReply(await t.ask(question), 'fact.like.aboutAnswer', { about: 'daughter', value: 'dinosaurs' })).toBe(true);
    }
    expect(isReply(await t.ask('how old is my daughter?'), 'fact.age.aboutAnswer', { about: 'daughter', value: '7' })).toBe(true);
    expect(isReply(await t.ask('what does my son like?'), 'fact.like.aboutAnswer', { about: 'son', value: 'lego' })).toBe(true);
    // What a child likes is not what the person likes.
    expect(isReply(await t.ask('what do I like?'), 'memory.unknown', { label: 'things you like' })).toBe(true);
  });

  it('lets a pronoun opening a message lean on whoever the previous message named', async () => {
    const t = await told('I have a sister called Amina', "she's a pharmacist", 'my boss is awful', 'she lives in Paris');
    expect(await aboutOthers(t)).toEqual(['sister:Amina:job:pharmacist', 'boss:home:Paris']);
    expect(await t.factsWithDetail()).toEqual(['sibling:Amina:sister']);
    expect(isReply(await t.ask('what does my sister do?'), 'fact.job.aboutAnswer', { about: 'sister', value: 'pharmacist' })).toBe(true);
  });

  it('does not take the name of someone’s partner or pet for the relation named before it', async () => {
    const t = await told("my sister's dog is called Rex", "my brother's wife is called Ana");
    expect(await t.factsWithDetail()).toEqual([]);
  });

  it('keeps what is said of "me and my …" as the person’s own too', async () => {
    const t = await told('me and my husband just moved to Leeds');
    expect(await t.factsWithDetail()).toEqual(['home:Leeds']);
    expect(await aboutOthers(t)).toEqual(['husband:home:Leeds']);
  });

  it('ends a list of values at a verb of another statement, for the person as for others', async () => {
    const t = await told("i'm into lego and speak turkish");
    expect(await t.factsWithDetail()).toEqual(['like:lego', 'speaks:turkish']);
  });

  it('keeps what is said of people whose names are not kept (an aunt, a friend, a boss), and forgets them on request', async () => {
    const t = await told('my aunt is a nurse', 'my boss, Carla, is from Spain', 'my sister in law is a doctor', 'my mum loves gardening');
    expect(await t.factsWithDetail()).toEqual([]);
    expect(await aboutOthers(t)).toEqual(['aunt:job:nurse', 'boss:Carla:from:Spain', 'sister in law:job:doctor', 'mum:like:gardening']);
    expect(isReply(await t.ask('what does my aunt do?'), 'fact.job.aboutAnswer', { about: 'aunt', value: 'nurse' })).toBe(true);
    expect(isReply(await t.ask('what does my mum like?'), 'fact.like.aboutAnswer', { about: 'mum', value: 'gardening' })).toBe(true);
    expect((await sayText(t.adapter, '/profile')).join('\n')).toMatch(/aunt: .*nurse/);
    expect(isReply((await t.ask('forget my aunt')).split('\n')[0], 'memory.forgot', { label: 'what you told me about your aunt' })).toBe(true);
    await t.tell('forget my mum');
    expect(await aboutOthers(t)).toEqual(['boss:Carla:from:Spain', 'sister in law:job:doctor']);
  });

  it('says it does not know when nothing was told about that person', async () => {
    const t = await told('my sister is a pharmacist');
    expect(isReply(await t.ask('where does my sister live?'), 'memory.aboutUnknown', { about: 'sister' })).toBe(true);
    expect(isReply(await t.ask('what does my brother do?'), 'memory.aboutUnknown', { about: 'brother' })).toBe(true);
  });

  it('never tells it in a shared conversation', async () => {
    const t = await told('my sister is a pharmacist');
    const group = t.adapterFor('dana-1', { id: 'group-1', isGroup: true, conversationType: 'groupChat' });
    const [reply] = await sayText(group, 'what does my sister do?');
    expect(reply).not.toContain('pharmacist');
    expect(isReply(reply, 'privacy.shared')).toBe(true);
  });

  it('shows it in /profile by person, exports it, and removes it on request', async () => {
    const t = await told('my sister Amina is a pharmacist and lives in Oslo', 'my brother is a plumber', 'my wife is a nurse');
    const shown = (await sayText(t.adapter, '/profile')).join('\n');
    expect(shown).toMatch(/sister Amina: .*pharmacist.*Oslo/);
    expect(shown).toMatch(/brother: .*plumber/);
    const [exported] = await say(t.adapter, '/export');
    expect(JSON.stringify(exported.attachments?.[0]?.content)).toContain('pharmacist');
    // One thing about someone, then someone and everything told about them.
    expect(isReply((await t.ask("forget my sister's job")).split('\n')[0], 'memory.forgot', { label: "your sister's work" })).toBe(true);
    expect(await aboutOthers(t)).toEqual(['sister:Amina:home:Oslo', 'brother:job:plumber', 'wife:job:nurse']);
    await t.tell('forget my sister');
    expect(await t.factsWithDetail()).toEqual([]);
    await t.tell('forget my brother');
    expect(await aboutOthers(t)).toEqual(['wife:job:nurse']);
    await t.tell('/profile remove about wife');
    expect(await aboutOthers(t)).toEqual([]);
  });

  it('is erased with everything else by /forget', async () => {
    const t = await told('my brother lives in Oslo', '/forget', 'yes');
    expect((await t.profile()).memory.aboutOthers ?? []).toEqual([]);
  });
});
