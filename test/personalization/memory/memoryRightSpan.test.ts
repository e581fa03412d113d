import { told } from '../../helpers/memoryChat';

/**
 * The right answer when a note holds it: the part of a long note that answers (not the rest, which may answer
 * other questions), the note that names the thing asked, and a value set right later in the same message.
 */
describe('the part of a note that answers', () => {
  it('answers "what\'s my … ?" with the one thing of the kind asked that a note names (WordNet kinds)', async () => {
    const t = await told("I'm Ines", 'got myself a little refractor and Jupiter is what I point it at most nights', 'favourite snack is churros');
    const planet = await t.ask("what's my favourite planet to watch?");
    expect(planet).toContain('Jupiter');
    expect(planet).not.toContain('refractor');
    const fish = await told("I'm Tomas", 'I fish the lakes up north every summer, 40 kinds logged so far, the biggest one a northern pike');
    const biggest = await fish.ask("what's the biggest fish I've caught?");
    expect(biggest).toContain('pike');
    expect(biggest).not.toContain('40');
  });

  it('answers "how many …?" with the number said of the thing asked, not "one" said as a word for it', async () => {
    const t = await told("I'm Tomas", 'I fish the lakes up north every summer, 40 kinds logged so far, the biggest one a northern pike');
    const count = await t.ask('how many kinds have I logged?');
    expect(count).toContain('40');
    expect(count).not.toContain('pike');
  });

  it('answers "what X do I <verb>?" with what is done, not the rest of the note', async () => {
    const t = await told("I'm Ana", 'I strum a ukulele in a folk trio called The Wrens');
    const played = await t.ask('what instrument do I strum?');
    expect(played).toContain('ukulele');
    expect(played).not.toContain('Wrens');
  });

  it('answers a craft asked for by the verb a note says it is done with ("I knit …")', async () => {
    const t = await told("I'm Maeve", 'I knit most nights, at the moment it is a cardigan in forest green');
    const craft = await t.ask('what craft do I do?');
    expect(craft.toLowerCase()).toContain('knit');
    expect(craft).not.toContain('cardigan');
  });

  it('answers "… right now?" with what a note says holds now, without what is said of it', async () => {
    const t = await told("I'm Rory", 'I bake my own bread at weekends, currently a rye sourdough that my husband Piet calls the brick', 'my husband is Piet');
    const baking = await t.ask('what am I baking right now?');
    expect(baking).toContain('rye sourdough');
    expect(baking).not.toContain('Piet');
  });
});

describe('a note told back without what answers other questions', () => {
  it('leaves out a clause said of a thing that the question does not ask about', async () => {
    const t = await told("I'm Hugh", 'I have built a whole model village in the shed that my daughter Nell calls the empire');
    const shed = await t.ask("what's my hobby in the shed?");
    expect(shed).toContain('model village');
    expect(shed).not.toContain('Nell');
  });

  it('answers "… now?" with what the next clause says was switched to, not what it used to be', async () => {
    const t = await told("I'm Kavya", 'favourite flower used to be the rose but I have switched to peonies');
    const flower = await t.ask("what's my favourite flower now?");
    expect(flower).toContain('peonies');
    expect(flower).not.toContain('rose');
  });

  it('keeps a city as written in its own letters', async () => {
    const t = await told("I'm Zofia", 'I live in Kraków');
    expect(await t.ask('which city do I live in?')).toContain('Kraków');
  });
});

describe('a value set right in the same message or later', () => {
  it('keeps the name given after "jk" or "no wait" said without a comma', async () => {
    const t = await told("I'm Leo", 'we adopted a tortoise named Flash haha jk her name is Biscuit');
    const tortoise = await t.ask("what's my tortoise called?");
    expect(tortoise).toContain('Biscuit');
    expect(tortoise).not.toContain('Flash');
    const cat = await told("I'm Leo", 'my kitten is called Mochi no wait his name is Pixel');
    expect(await cat.ask("what's my kitten's name?")).toContain('Pixel');
  });

  it('reads a move said after "wait" or a mistyped "actually" as where one lives now', async () => {
    const t = await told("I'm Sanne, living in Utrecht", 'actualy wait we moved to Groningen in May');
    const home = await t.ask('where do I live these days?');
    expect(home).toContain('Groningen');
    expect(home).not.toContain('Utrecht');
    const plain = await told("I'm Sanne, living in Utrecht", 'wait i moved to Delft');
    expect(await plain.ask('where do I live?')).toContain('Delft');
  });
});
