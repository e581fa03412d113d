import { isReply, sayText } from '../../helpers/testRapport';
import { told, memoryChat } from '../../helpers/memoryChat';

/** How people ask about what they told: short, in other tenses, narrowed, by name. The facts are told plainly. */
describe('personal memory: questions in everyday wording', () => {

  it('answers a question of a few words without a verb, and a noun with "name" after it, as about oneself', async () => {
    const t = await told('my wife is called Odile', 'we have a son named Bastien', "I'm allergic to sesame", 'my bday is 14 March', 'my favourite dessert is tiramisu');
    expect(await t.ask('wife name')).toContain('Odile');
    expect(await t.ask('my son name')).toContain('Bastien');
    expect(await t.ask('allergies?')).toContain('sesame');
    expect(await t.ask('bday')).toContain('14 March');
    expect(await t.ask('fave dessert')).toContain('tiramisu');
    // Not about the bot, and nothing kept from the question.
    expect(await t.ask('your birthday?')).not.toContain('14 March');
    const profile = await t.profile();
    expect(profile.memory.facts).toHaveLength(5);
  });

  it('answers "what country am I from?" with where one is from, not also where one lives', async () => {
    const t = await told('I grew up in Ghana but I live in Leeds now');
    const answer = await t.ask('what country am I from?');
    expect(answer).toContain('Ghana');
    expect(answer).not.toContain('Leeds');
  });

  it('answers about the eldest, youngest or late one with all of the kind, never with the person’s own name', async () => {
    const t = await told('call me Ruth', 'my daughters are Maeve and Clodagh', 'my husband was called Eamon');
    const eldest = await t.ask("what's my oldest daughter's name?");
    expect(eldest).toContain('Maeve');
    expect(eldest).not.toContain('Ruth');
    expect(await t.ask('youngest daughter name?')).toContain('Clodagh');
    expect(await t.ask('what was my late husband called?')).toContain('Eamon');
  });

  it('answers where one works with the workplace alone, and what one eats from what one avoids', async () => {
    const t = await told("I'm a welder", 'I work at a shipyard in Gdansk', "I don't eat lamb");
    const where = await t.ask('what city do I work in?');
    expect(isReply(where, 'fact.workplace.answer', { value: 'shipyard in Gdansk' })).toBe(true);
    expect(await t.ask("what's my diet like?")).toContain('lamb');
    expect(await t.ask('what I do not eat or drink')).toContain('lamb');
  });

  it('takes every language one speaks when asked for languages, WordNet’s or not', async () => {
    const t = await told('I speak Tagalog, Cebuano and English');
    const [languages] = await sayText(t.adapter, 'which languages do i speak?');
    for (const language of ['Tagalog', 'Cebuano', 'English']) expect(languages).toContain(language);
  });

  it('narrows what one dislikes, avoids or likes to the sort asked about', async () => {
    const t = await told('I hate dill', "I can't stand parsnips", "I can't stand cricket", 'I really dislike daytime TV', "I don't eat veal", 'I love rowing');
    const herb = await t.ask('what herb do I dislike?');
    expect(herb).toContain('dill');
    expect(herb).not.toContain('cricket');
    const veg = await t.ask('which veggie do I hate?');
    expect(veg).toContain('parsnips');
    expect(veg).not.toContain('dill');
    const sport = await t.ask("which sport can't I stand?");
    expect(sport).toContain('cricket');
    expect(sport).not.toContain('parsnips');
    const tv = await t.ask('which tv shows do I hate?');
    expect(tv).toContain('daytime TV');
    expect(tv).not.toContain('cricket');
    expect(await t.ask("which meat don't I eat?")).toContain('veal');
    expect(await t.ask('what sports do I do?')).toContain('rowing');
  });

  it('says yes or no to "do I have …?", and counts when asked how many', async () => {
    const t = await told('I have a parrot called Kiwi', 'my grandsons are Hugo, Felix and Arlo');
    const parrot = await sayText(t.adapter, 'have I got a parrot?');
    expect(parrot[0]).toMatch(/^(Yes|Yep)/);
    expect(parrot.join('\n')).toContain('Kiwi');
    expect(isReply(await t.ask('do i have a rabbit?'), 'memory.notTold', { detail: 'rabbits' })).toBe(true);
    expect(isReply(await t.ask('how many grandkids have I got?'), 'memory.countOnly', { count: 3, detail: 'grandsons' })).toBe(true);
  });

  it('answers a question that names a pet or someone told of, as if it said who they are', async () => {
    const t = await told('we have a whippet called Biscotti', 'my husband Joaquim is a pilot');
    expect(isReply(await t.ask('what breed is biscotti?'), 'fact.pet.sortAnswer', { value: 'whippet' })).toBe(true);
    expect(isReply(await t.ask('what does Joaquim do?'), 'fact.job.aboutAnswer', { about: 'husband', value: 'pilot' })).toBe(true);
    // A name nobody told of is no question about memory.
    expect(await t.ask('what does Ferdinand do?')).not.toContain('pilot');
  });

  it('answers "what kind of surgeon am I?" from the work one told of', async () => {
    const t = await told("I'm a veterinary surgeon");
    expect(isReply(await t.ask('what sort of surgeon am I?'), 'fact.job.answer', { value: 'veterinary surgeon' })).toBe(true);
    const profile = await t.profile();
    expect(profile.memory.facts.map((fact) => fact.value)).toEqual(['veterinary surgeon']);
  });

  it('forgets what "the bit about …" or "the … thing" points at, and only that', async () => {
    const t = await told('I grew up in Tampere', 'I have a tortoise called Sulo', 'I love the Thing', 'could you forget the part about where I grew up', "forget the tortoise thing, long story");
    const profile = await t.profile();
    expect(profile.memory.facts.map(({ key, value }) => `${key}:${value}`)).toEqual(['like:the Thing']);
  });

  it('reads questions about one’s business, what one is trying to learn, likes to watch, or does these days', async () => {
    const t = await told('I run a bike repair shop', "I'm learning Basque", 'I love nature documentaries');
    expect(await t.ask('what business do I have?')).toContain('bike repair shop');
    expect(await t.ask('what do I do at present?')).toContain('bike repair shop');
    expect(await t.ask('which language am I battling to learn?')).toContain('Basque');
    expect(await t.ask('what do I like to watch?')).toContain('nature documentaries');
  });

  it('names a partner as told when asked with another noun', async () => {
    const t = await told('my fiancee is called Ines');
    const [answer] = await sayText(t.adapter, "who's my wife?");
    expect(isReply(answer, 'fact.partner.answer', { value: 'Ines', detail: 'fiancee' })).toBe(true);
  });

  it('answers where one lives from a workplace that names its city, and only then', async () => {
    const t = await told('I work at a dental practice in Gothenburg');
    expect(isReply(await t.ask('which city do I live in?'), 'memory.placeOfKind', { value: 'Gothenburg', label: 'where you work' })).toBe(true);
    const other = await told('I work for Spotify');
    expect(isReply(await other.ask('where do I live?'), 'memory.unknown', { label: 'where you live' })).toBe(true);
  });

  it('says what it knows nearby when asked where one lives and only told where one is from, and the other way round', async () => {
    const t = await told("I'm Thandi, originally from Durban");
    const [home] = await sayText(t.adapter, 'what city am I living in?');
    expect(home).toContain("don't know");
    expect(home).toContain('Durban');
    const other = await told('we live in Tromsø these days');
    const [from] = await sayText(other.adapter, 'where am i originally from?');
    expect(from).toContain("don't know");
    expect(from).toContain('Tromsø');
    const blank = memoryChat();
    expect((await sayText(blank.adapter, 'where do I live?')).join(' ')).not.toContain('but you told me');
  });
});

describe('questions whose verb is a linking word or a general verb of the past', () => {
  it('"what team am I into?" and "what kind of dog did we get?" reach the kind their noun names', async () => {
    const chat = await told('Team: HSV.', 'we got a corgi named Biscuit');
    expect(await chat.ask('what team am I into?')).toContain('HSV');
    expect(await chat.ask('what kind of dog did we get?')).toContain('corgi');
  });

  it('"what do I get my dog?" is still no question about what was told', async () => {
    const chat = await told('we got a corgi named Biscuit');
    expect(await chat.ask('what do I get my dog for her birthday?')).not.toContain('Biscuit');
  });
});

describe('near kinds and other words for a favourite', () => {
  it('asked about allergies, someone who only said what they cannot eat hears that beside "I don\'t know"', async () => {
    const chat = await told("can't eat shellfish");
    const answer = await chat.ask('any allergies?');
    expect(answer).toContain('shellfish');
    // Told beside "I don't know", never passed off as an allergy.
    expect(await chat.facts()).not.toContain('allergy:shellfish');
  });

  it('a favourite record is asked about as a favourite album', async () => {
    const chat = await told('favourite record is Kind of Blue');
    expect(await chat.ask("what's my favourite album?")).toContain('Kind of Blue');
  });
});
