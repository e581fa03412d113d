import { isReply, realCatalog, say, sayText } from '../../helpers/testRapport';
import { told, memoryChat } from '../../helpers/memoryChat';

/** Favourites: kept under the thing they are of, one per thing, asked about, forgotten, shown and exported. */
describe('favourites', () => {

  it('notes favourites said in chat spelling and answers questions about them, by other words for the thing too', async () => {
    const t = memoryChat();
    const [noted] = await sayText(t.adapter, 'fave food is pho obvs');
    expect(isReply(noted, 'memory.noted', { facts: 'pho as your favourite food' })).toBe(true);
    await t.tell('fav band is radwimps', 'my favourite drink? tea, always', 'favourite film: Amélie');
    expect(await t.factsWithDetail()).toEqual(['favourite:pho:food', 'favourite:radwimps:band', 'favourite:tea:drink', 'favourite:Amélie:film']);
    expect(isReply((await sayText(t.adapter, "what's my favourite food?"))[0], 'fact.favourite.answer', { value: 'pho', detail: 'food' })).toBe(true);
    expect(isReply((await sayText(t.adapter, 'whats my fav drink lol'))[0], 'fact.favourite.answer', { value: 'tea', detail: 'drink' })).toBe(true);
    expect(isReply((await sayText(t.adapter, 'fav band?'))[0], 'fact.favourite.answer', { value: 'radwimps', detail: 'band' })).toBe(true);
    expect(isReply((await sayText(t.adapter, "what's my favourite movie?"))[0], 'fact.favourite.answer', { value: 'Amélie', detail: 'film' })).toBe(true);
    expect(isReply((await sayText(t.adapter, 'what is my favourite meal?'))[0], 'fact.favourite.answer', { value: 'pho', detail: 'food' })).toBe(true);
  });

  it('answers a favourite by the last word of its thing, as told ("hot drink" and "drink")', async () => {
    const t = await told('my favourite hot drink is chai');
    expect(isReply((await sayText(t.adapter, "what's my drink of choice?"))[0], 'fact.favourite.answer', { value: 'chai', detail: 'hot drink' })).toBe(true);
  });

  it('says it does not know a favourite never told, rather than the bot\'s own', async () => {
    const t = await told('my favourite food is fish soup');
    const [colour] = await sayText(t.adapter, "what's my favourite colour?");
    expect(isReply(colour, 'memory.unknown', { label: 'your favourite colour' })).toBe(true);
  });

  it('keeps one favourite per thing: a new favourite food replaces the old, the colour stays', async () => {
    const t = await told('my favourite food is fish soup', 'my favorite color is green', 'pho is my favourite food');
    expect(await t.factsWithDetail()).toEqual(['favourite:green:colour', 'favourite:pho:food']);
    const replies = (await sayText(t.adapter, 'what are my favourites?')).join('\n').split('\n');
    expect(replies.some((line) => isReply(line, 'fact.favourite.answer', { value: 'green', detail: 'colour' }))).toBe(true);
    expect(replies.some((line) => isReply(line, 'fact.favourite.answer', { value: 'pho', detail: 'food' }))).toBe(true);
  });

  it('forgets one favourite by its thing, and says so by name', async () => {
    const t = await told('my favourite food is pho and my favourite colour is green');
    const [forgot] = await sayText(t.adapter, 'forget my favourite food');
    expect(isReply(forgot, 'memory.forgot', { label: 'your favourite food' })).toBe(true);
    expect(await t.factsWithDetail()).toEqual(['favourite:green:colour']);
    expect(isReply((await sayText(t.adapter, "what's my favourite food?"))[0], 'memory.unknown', { label: 'your favourite food' })).toBe(true);
  });

  it('keeps "my favourite hobby is" a like, and answers "what do I like?" from favourites when no likes were told, of the sort asked', async () => {
    const t = await told('my favourite colour is green', 'my favourite food is pho');
    const [food] = await sayText(t.adapter, 'what food do I like?');
    expect(isReply(food, 'fact.favourite.answer', { value: 'pho', detail: 'food' })).toBe(true);
    expect(food).not.toContain('green');
    await t.tell('my favourite hobby is climbing');
    expect(await t.factsWithDetail()).toContain('like:climbing');
    expect(isReply((await sayText(t.adapter, 'what do I like?'))[0], 'fact.like.answer', { value: 'climbing' })).toBe(true);
  });

  it('answers a favourite never told from the likes of its category only ("I love sushi" for food, nothing for a colour)', async () => {
    const t = await told('I love sushi and jazz');
    const [food] = await sayText(t.adapter, "what's my favourite food?");
    expect(isReply(food, 'fact.like.answer', { value: 'sushi' })).toBe(true);
    expect(isReply((await sayText(t.adapter, "what's my favourite colour?"))[0], 'memory.unknown', { label: 'your favourite colour' })).toBe(true);
  });

  it('recommends what a favourite names, as a like would', async () => {
    const t = await told('my favourite kind of music is jazz');
    const [first] = await sayText(t.adapter, 'suggest something for the weekend');
    const jazz = realCatalog().items.filter((item) => /\bjazz\b/i.test(`${item.title} ${item.tags.join(' ')}`));
    expect(jazz.some((item) => first.includes(item.title))).toBe(true);
  });

  it('shows favourites in /profile and exports them', async () => {
    const t = await told('my favourite film is Amélie');
    expect((await sayText(t.adapter, '/profile')).join('\n')).toContain('Amélie (film)');
    const [exported] = await say(t.adapter, '/export');
    expect(JSON.stringify(exported.attachments?.[0]?.content)).toContain('Amélie');
  });

  it('keeps a favourite said without its thing as one of the things one is into, and a title whose words spell a verb whole', async () => {
    const t = await told("I'm big into board games, Terraforming Mars is my favourite");
    expect(await t.factsWithDetail()).toContain('favourite:Terraforming Mars:game');
    expect(await t.ask("what's my favourite board game?")).toContain('Terraforming Mars');
  });
});

// "wod" is said for a workout: a favourite told so answers a question about the workout.
describe('a favourite said in a short word', () => {
  it('"fave wod is Fran" answers "my favourite workout?"', async () => {
    const chat = await told("I'm Nadia", 'i train at a crossfit box in leeds', 'fave wod is Fran', 'my coach is called Mo');
    expect(await chat.ask('my favourite workout?')).toContain('Fran');
  });
});
