import { told } from '../../helpers/memoryChat';

/**
 * A question a fact kind takes by one of its words ("*play*" of an instrument, "*which* … *for*" of a workplace, "my
 * *husband*" of a partner) while what it turns on, its verb above all, is a word the kind is never asked with and a
 * note says: the note answers. The kind still answers what its own value is the answer to.
 */
describe('personal memory: a note over a fact kind that took the question by one word', () => {
  const lines = [
    'I play the cello in a community orchestra',
    "I'm directing Blithe Spirit for the village players this spring",
    "I'm running the Edinburgh half for Shelter in May",
    'my husband Tomás is knitting me a scarf for winter',
  ];

  it('answers from the note that says the verb the kind is not asked with', async () => {
    const t = await told(...lines);
    expect(await t.ask('what play am I directing?')).toMatch(/Blithe Spirit/);
    expect(await t.ask('which charity am I running for?')).toMatch(/Shelter/);
    expect(await t.ask("what's my husband knitting me?")).toMatch(/scarf/);
  });

  it('leaves the kind the questions its value answers', async () => {
    const t = await told(...lines);
    const instrument = await t.ask('what instrument do I play?');
    expect(instrument).toMatch(/cello/);
    expect(instrument).not.toMatch(/Blithe Spirit/);
    const husband = await t.ask("what's my husband called?");
    expect(husband).toMatch(/Tomás/);
    expect(husband).not.toMatch(/scarf/);
  });

  it('leaves the kind a verb said right after its own verb ("like reading", "love to read")', async () => {
    const t = await told('I love reading crime novels', 'my sister Lina is reading law at Leeds');
    for (const question of ['what do I like reading?', 'what do I love to read?']) {
      const reply = await t.ask(question);
      expect(reply).toMatch(/crime novels/);
      expect(reply).not.toMatch(/law/);
    }
  });

  it('finds the note by a thing of the sort asked for, when no note says the noun', async () => {
    const t = await told('I work at a fintech in Nairobi', 'goal this year is to run the Lisbon marathon');
    const race = await t.ask('what race am I training for?');
    expect(race).toMatch(/Lisbon marathon/);
    expect(race).not.toMatch(/fintech/);
  });

  it('keeps the kind when its value is a thing of the sort asked for, asked by its own verb', async () => {
    const t = await told("I can't stand snakes", 'my hedgehog Mr Prickles hates everyone');
    const animal = await t.ask('what animal do I hate?');
    expect(animal).toMatch(/snakes/);
    expect(animal).not.toMatch(/hedgehog/);
  });

  it('lets a note answer when the thing asked for is of another sort than the kind\'s value, even asked by its own verb', async () => {
    const t = await told('I drive the 12 bus out of the Elm Road depot', 'I\'m a verger at St Mark\'s church on sundays');
    const depot = await t.ask('which depot do I work out of?');
    expect(depot).toMatch(/Elm Road/);
    expect(depot).not.toMatch(/St Mark/);
  });
});
