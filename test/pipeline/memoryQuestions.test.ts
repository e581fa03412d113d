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

  it('answers "what country am I from?" with where one is from, not also where one lives', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'I grew up in Ghana but I live in Leeds now');
    const answer = await ask(t, 'what country am I from?');
    expect(answer).toContain('Ghana');
    expect(answer).not.toContain('Leeds');
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

  it('narrows what one dislikes, avoids or likes to the sort asked about', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'I hate dill');
    await sayText(t.adapter, "I can't stand parsnips");
    await sayText(t.adapter, "I can't stand cricket");
    await sayText(t.adapter, 'I really dislike daytime TV');
    await sayText(t.adapter, "I don't eat veal");
    await sayText(t.adapter, 'I love rowing');
    const herb = await ask(t, 'what herb do I dislike?');
    expect(herb).toContain('dill');
    expect(herb).not.toContain('cricket');
    const veg = await ask(t, 'which veggie do I hate?');
    expect(veg).toContain('parsnips');
    expect(veg).not.toContain('dill');
    const sport = await ask(t, "which sport can't I stand?");
    expect(sport).toContain('cricket');
    expect(sport).not.toContain('parsnips');
    const tv = await ask(t, 'which tv shows do I hate?');
    expect(tv).toContain('daytime TV');
    expect(tv).not.toContain('cricket');
    expect(await ask(t, "which meat don't I eat?")).toContain('veal');
    expect(await ask(t, 'what sports do I do?')).toContain('rowing');
  });

  it('says yes or no to "do I have …?", and counts when asked how many', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'I have a parrot called Kiwi');
    await sayText(t.adapter, 'my grandsons are Hugo, Felix and Arlo');
    const parrot = await sayText(t.adapter, 'have I got a parrot?');
    expect(parrot[0]).toMatch(/^(Yes|Yep)/);
    expect(parrot.join('\n')).toContain('Kiwi');
    expect(isReply(await ask(t, 'do i have a rabbit?'), 'memory.notTold', { detail: 'rabbits' })).toBe(true);
    expect(isReply(await ask(t, 'how many grandkids have I got?'), 'memory.countOnly', { count: 3, detail: 'grandsons' })).toBe(true);
  });

  it('answers a question that names a pet or someone told of, as if it said who they are', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'we have a whippet called Biscotti');
    await sayText(t.adapter, 'my husband Joaquim is a pilot');
    expect(isReply(await ask(t, 'what breed is biscotti?'), 'fact.pet.sortAnswer', { value: 'whippet' })).toBe(true);
    expect(isReply(await ask(t, 'what does Joaquim do?'), 'fact.job.aboutAnswer', { about: 'husband', value: 'pilot' })).toBe(true);
    // A name nobody told of is no question about memory.
    expect(await ask(t, 'what does Ferdinand do?')).not.toContain('pilot');
  });

  it('answers "what kind of surgeon am I?" from the work one told of', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, "I'm a veterinary surgeon");
    expect(isReply(await ask(t, 'what sort of surgeon am I?'), 'fact.job.answer', { value: 'veterinary surgeon' })).toBe(true);
    const { profile } = await t.rapport.profiles.load('test', 'dana-1');
    expect(profile.memory.facts.map((fact) => fact.value)).toEqual(['veterinary surgeon']);
  });

  it('forgets what "the bit about …" or "the … thing" points at, and only that', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'I grew up in Tampere');
    await sayText(t.adapter, 'I have a tortoise called Sulo');
    await sayText(t.adapter, 'I love the Thing');
    await sayText(t.adapter, 'could you forget the part about where I grew up');
    await sayText(t.adapter, "forget the tortoise thing, long story");
    const { profile } = await t.rapport.profiles.load('test', 'dana-1');
    expect(profile.memory.facts.map(({ key, value }) => `${key}:${value}`)).toEqual(['like:the Thing']);
  });

  it('reads questions about one’s business, what one is trying to learn, likes to watch, or does these days', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'I run a bike repair shop');
    await sayText(t.adapter, "I'm learning Basque");
    await sayText(t.adapter, 'I love nature documentaries');
    expect(await ask(t, 'what business do I have?')).toContain('bike repair shop');
    expect(await ask(t, 'what do I do at present?')).toContain('bike repair shop');
    expect(await ask(t, 'which language am I battling to learn?')).toContain('Basque');
    expect(await ask(t, 'what do I like to watch?')).toContain('nature documentaries');
  });

  it('names a partner as told when asked with another noun', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'my fiancee is called Ines');
    const [answer] = await sayText(t.adapter, "who's my wife?");
    expect(isReply(answer, 'fact.partner.answer', { value: 'Ines', detail: 'fiancee' })).toBe(true);
  });

  it('answers where one lives from a workplace that names its city, and only then', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'I work at a dental practice in Gothenburg');
    expect(isReply(await ask(t, 'which city do I live in?'), 'fact.workplace.answer', { value: 'dental practice in Gothenburg' })).toBe(true);
    const other = createTestRapport();
    await sayText(other.adapter, 'I work for Spotify');
    expect(isReply(await ask(other, 'where do I live?'), 'memory.unknown', { label: 'where you live' })).toBe(true);
  });

  it('says what it knows nearby when asked where one lives and only told where one is from, and the other way round', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, "I'm Thandi, originally from Durban");
    const [home] = await sayText(t.adapter, 'what city am I living in?');
    expect(home).toContain("don't know");
    expect(home).toContain('Durban');
    const other = createTestRapport();
    await sayText(other.adapter, 'we live in Tromsø these days');
    const [from] = await sayText(other.adapter, 'where am i originally from?');
    expect(from).toContain("don't know");
    expect(from).toContain('Tromsø');
    const blank = createTestRapport();
    expect((await sayText(blank.adapter, 'where do I live?')).join(' ')).not.toContain('but you told me');
  });
});
