import { createTestRapport, isReply, say, sayText } from '../helpers/testRapport';

/** What a person tells about the people in their life: kept about them, answered about them, never taken for the person's own. */
describe('personal memory about the people in one’s life', () => {
  type Bot = ReturnType<typeof createTestRapport>;
  const profileOf = async (t: Bot) => (await t.rapport.profiles.load('test', 'dana-1')).profile;
  const ownFacts = async (t: Bot) => (await profileOf(t)).memory.facts.map(({ key, value, detail }) => [key, value, detail].filter(Boolean).join(':'));
  const aboutOthers = async (t: Bot) => ((await profileOf(t)).memory.aboutOthers ?? []).map(({ key, value, about }) => [about.noun, about.name, key, value].filter(Boolean).join(':'));
  const ask = async (t: Bot, question: string) => (await sayText(t.adapter, question))[0];

  it('keeps a job said of a sibling or partner, by pronoun or as the subject, and answers what they do', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, "i live in toronto w my sister Amina, she's a pharmacist");
    await sayText(t.adapter, 'my wife works as a nurse');
    expect(await ownFacts(t)).toEqual(['home:Toronto', 'sibling:Amina:sister']);
    expect(await aboutOthers(t)).toEqual(['sister:Amina:job:pharmacist', 'wife:job:nurse']);
    expect(isReply(await ask(t, 'what does my sister do for a living?'), 'fact.job.aboutAnswer', { about: 'sister', value: 'pharmacist' })).toBe(true);
    expect(isReply(await ask(t, "what's my wife's job?"), 'fact.job.aboutAnswer', { about: 'wife', value: 'nurse' })).toBe(true);
    // The name is still asked for the usual way.
    expect(await ask(t, "what's my sister called?")).toContain('Amina');
  });

  it('does not overwrite the person’s own job with one said of someone else', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, "I'm a teacher");
    await sayText(t.adapter, 'I have a sister. She is a pharmacist.');
    await sayText(t.adapter, "my brother's a plumber");
    expect(await ownFacts(t)).toEqual(['job:teacher']);
    expect(isReply(await ask(t, 'what do I do for work?'), 'fact.job.answer', { value: 'teacher' })).toBe(true);
    expect(isReply(await ask(t, 'what does my brother do?'), 'fact.job.aboutAnswer', { about: 'brother', value: 'plumber' })).toBe(true);
  });

  it('keeps where a partner is from, by pronoun, by name or by what they did', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, "got a girlfriend called Niamh, she's from Belfast");
    expect(isReply(await ask(t, "where's my girlfriend from?"), 'fact.from.aboutAnswer', { about: 'girlfriend', value: 'Belfast' })).toBe(true);
    const other = createTestRapport();
    await sayText(other.adapter, 'my husband Tom grew up in Lima');
    expect(await ownFacts(other)).toEqual(['partner:Tom:husband']);
    expect(await aboutOthers(other)).toEqual(['husband:Tom:from:Lima']);
    expect(isReply(await ask(other, 'where is my husband from?'), 'fact.from.aboutAnswer', { about: 'husband', value: 'Lima' })).toBe(true);
    expect(isReply(await ask(other, 'where am I from?'), 'memory.unknown', { label: "where you're from" })).toBe(true);
  });

  it('never takes a brother’s or a friend’s city for the person’s home', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'my brother lives in Oslo');
    await sayText(t.adapter, 'my friend Tom lives in Paris');
    await sayText(t.adapter, 'my sister Amina moved to Berlin');
    const profile = await profileOf(t);
    expect(profile.learned.city).toBeUndefined();
    expect(await ownFacts(t)).toEqual(['sibling:Amina:sister']);
    expect(await aboutOthers(t)).toEqual(['brother:home:Oslo', 'friend:Tom:home:Paris', 'sister:Amina:home:Berlin']);
    expect(isReply(await ask(t, 'where does my brother live?'), 'fact.home.aboutAnswer', { about: 'brother', value: 'Oslo' })).toBe(true);
    expect(isReply(await ask(t, 'where do I live?'), 'memory.unknown', { label: 'where you live' })).toBe(true);
    // A pronoun after a friend is about the friend, not the sister named before.
    const other = createTestRapport();
    await sayText(other.adapter, 'my sister is Amina. my friend Tom, he lives in Paris');
    expect(await aboutOthers(other)).toEqual(['friend:Tom:home:Paris']);
  });

  it('keeps what a child is into after a name and an age, and what follows "and"', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, "I have a daughter, Elif, she's 7 and obsessed with dinosaurs");
    await sayText(t.adapter, 'my son is into lego and speaks Turkish');
    expect(await aboutOthers(t)).toEqual(['daughter:Elif:age:7', 'daughter:Elif:like:dinosaurs', 'son:like:lego', 'son:speaks:Turkish']);
    expect(await ownFacts(t)).toEqual(['child:Elif:daughter']);
    for (const question of ['what is my daughter obsessed with?', "what's my daughter into?"]) {
      expect(isReply(await ask(t, question), 'fact.like.aboutAnswer', { about: 'daughter', value: 'dinosaurs' })).toBe(true);
    }
    expect(isReply(await ask(t, 'how old is my daughter?'), 'fact.age.aboutAnswer', { about: 'daughter', value: '7' })).toBe(true);
    expect(isReply(await ask(t, 'what does my son like?'), 'fact.like.aboutAnswer', { about: 'son', value: 'lego' })).toBe(true);
    // What a child likes is not what the person likes.
    expect(isReply(await ask(t, 'what do I like?'), 'memory.unknown', { label: 'things you like' })).toBe(true);
  });

  it('lets a pronoun opening a message lean on whoever the previous message named', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'I have a sister called Amina');
    await sayText(t.adapter, "she's a pharmacist");
    await sayText(t.adapter, 'my boss is awful');
    await sayText(t.adapter, 'she lives in Paris');
    expect(await aboutOthers(t)).toEqual(['sister:Amina:job:pharmacist', 'boss:home:Paris']);
    expect(await ownFacts(t)).toEqual(['sibling:Amina:sister']);
    expect(isReply(await ask(t, 'what does my sister do?'), 'fact.job.aboutAnswer', { about: 'sister', value: 'pharmacist' })).toBe(true);
  });

  it('does not take the name of someone’s partner or pet for the relation named before it', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, "my sister's dog is called Rex");
    await sayText(t.adapter, "my brother's wife is called Ana");
    expect(await ownFacts(t)).toEqual([]);
  });

  it('keeps what is said of "me and my …" as the person’s own too', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'me and my husband just moved to Leeds');
    expect(await ownFacts(t)).toEqual(['home:Leeds']);
    expect(await aboutOthers(t)).toEqual(['husband:home:Leeds']);
  });

  it('ends a list of values at a verb of another statement, for the person as for others', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, "i'm into lego and speak turkish");
    expect(await ownFacts(t)).toEqual(['like:lego', 'speaks:turkish']);
  });

  it('keeps what is said of people whose names are not kept (an aunt, a friend, a boss), and forgets them on request', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'my aunt is a nurse');
    await sayText(t.adapter, 'my boss, Carla, is from Spain');
    await sayText(t.adapter, 'my sister in law is a doctor');
    await sayText(t.adapter, 'my mum loves gardening');
    expect(await ownFacts(t)).toEqual([]);
    expect(await aboutOthers(t)).toEqual(['aunt:job:nurse', 'boss:Carla:from:Spain', 'sister in law:job:doctor', 'mum:like:gardening']);
    expect(isReply(await ask(t, 'what does my aunt do?'), 'fact.job.aboutAnswer', { about: 'aunt', value: 'nurse' })).toBe(true);
    expect(isReply(await ask(t, 'what does my mum like?'), 'fact.like.aboutAnswer', { about: 'mum', value: 'gardening' })).toBe(true);
    expect((await sayText(t.adapter, '/profile')).join('\n')).toMatch(/aunt: .*nurse/);
    expect(isReply(await ask(t, 'forget my aunt'), 'memory.forgot', { label: 'what you told me about your aunt' })).toBe(true);
    await sayText(t.adapter, 'forget my mum');
    expect(await aboutOthers(t)).toEqual(['boss:Carla:from:Spain', 'sister in law:job:doctor']);
  });

  it('says it does not know when nothing was told about that person', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'my sister is a pharmacist');
    expect(isReply(await ask(t, 'where does my sister live?'), 'memory.aboutUnknown', { about: 'sister' })).toBe(true);
    expect(isReply(await ask(t, 'what does my brother do?'), 'memory.aboutUnknown', { about: 'brother' })).toBe(true);
  });

  it('never tells it in a shared conversation', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'my sister is a pharmacist');
    const group = t.adapterFor('dana-1', { id: 'group-1', isGroup: true, conversationType: 'groupChat' });
    const [reply] = await sayText(group, 'what does my sister do?');
    expect(reply).not.toContain('pharmacist');
    expect(isReply(reply, 'privacy.shared')).toBe(true);
  });

  it('shows it in /profile by person, exports it, and removes it on request', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'my sister Amina is a pharmacist and lives in Oslo');
    await sayText(t.adapter, 'my brother is a plumber');
    await sayText(t.adapter, 'my wife is a nurse');
    const shown = (await sayText(t.adapter, '/profile')).join('\n');
    expect(shown).toMatch(/sister Amina: .*pharmacist.*Oslo/);
    expect(shown).toMatch(/brother: .*plumber/);
    const [exported] = await say(t.adapter, '/export');
    expect(JSON.stringify(exported.attachments?.[0]?.content)).toContain('pharmacist');
    // One thing about someone, then someone and everything told about them.
    expect(isReply(await ask(t, "forget my sister's job"), 'memory.forgot', { label: "your sister's work" })).toBe(true);
    expect(await aboutOthers(t)).toEqual(['sister:Amina:home:Oslo', 'brother:job:plumber', 'wife:job:nurse']);
    await sayText(t.adapter, 'forget my sister');
    expect(await ownFacts(t)).toEqual([]);
    await sayText(t.adapter, 'forget my brother');
    expect(await aboutOthers(t)).toEqual(['wife:job:nurse']);
    await sayText(t.adapter, '/profile remove about wife');
    expect(await aboutOthers(t)).toEqual([]);
  });

  it('is erased with everything else by /forget', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'my brother lives in Oslo');
    await sayText(t.adapter, '/forget');
    await sayText(t.adapter, 'yes');
    expect((await profileOf(t)).memory.aboutOthers ?? []).toEqual([]);
  });
});
