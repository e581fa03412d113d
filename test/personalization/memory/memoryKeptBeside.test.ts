import { told, type MemoryChat } from '../../helpers/memoryChat';

const notesOf = async (chat: MemoryChat): Promise<string> => (await chat.notes()).join(' | ');

// What is told stays kept when it leans on the line before ("she …" after naming her), comes beside a question
// that asks nothing of the person ("…, isn't it?"), or is typed as a list of bullets, numbers or tags.
describe('a message that opens with "he", "she" or "they" about someone named just before', () => {
  it('"he" is read as the one named, and a question that names him finds it', async () => {
    const chat = await told("I'm Wren", 'my uncle Bartholomew is visiting from Cork next week', 'he used to be a lighthouse keeper');
    expect(await chat.ask('what did Bartholomew use to be?')).toContain('lighthouse');
  });

  it('"she" after a pet named in passing', async () => {
    const chat = await told("I'm Wren", 'we adopted a greyhound called Velvet in March', "she's terrified of the hoover");
    expect(await notesOf(chat)).toContain('Velvet is terrified of the hoover');
  });

  it('"she\'s been …" is said as "has been"', async () => {
    const chat = await told("I'm Wren", 'we adopted a greyhound called Velvet in March', "she's been chewing the sofa cushions");
    expect(await notesOf(chat)).toContain('Velvet has been chewing the sofa cushions');
  });

  it('"they" after things counted, kept whole with what they will not do', async () => {
    const chat = await told("I'm Wren", 'I keep 4 little quails in the back garden', "they adore mealworms but won't eat lettuce");
    expect(await notesOf(chat)).toContain("my quails adore mealworms but won't eat lettuce");
    expect(await chat.ask('what do my quails adore?')).toContain('mealworms');
  });

  it('"he" after a thing one keeps, with no name', async () => {
    const chat = await told("I'm Wren", 'random fact, I keep a tortoise', 'he mostly eats dandelions');
    expect(await chat.ask('what does my tortoise eat?')).toContain('dandelions');
  });

  it('"the twins …" after the twins were told of', async () => {
    const chat = await told("I'm Wren", 'my cousins are the twins Ottilie and Rufus', 'the twins are 9 and mad about chess');
    expect(await notesOf(chat)).toContain('the twins are 9');
    expect(await chat.ask('how old are the twins?')).toContain('9');
  });

  it('kept even when the line reads like a sum to the intent model ("turns 4 on June 2")', async () => {
    const chat = await told("I'm Wren", 'we have a ferret, her name is Biscotti', 'Biscotti sleeps in a sock drawer', 'oh and she turns 4 on June 2');
    expect(await notesOf(chat)).toContain('Biscotti turns 4 on June 2');
    expect(await chat.ask('when does Biscotti turn 4?')).toContain('June 2');
  });

  it('"he" does not stand for a thing named before ("a film")', async () => {
    const chat = await told("I'm Wren", 'my cousin Jory is visiting', 'I watched a film last night', 'he is a plumber, would you believe it');
    expect(await notesOf(chat)).not.toContain('my film');
  });

  it('a pronoun with no one named before keeps nothing made up', async () => {
    const chat = await told("I'm Wren", 'it rained all day', 'she never called back');
    expect(await notesOf(chat)).not.toContain('never called');
  });
});

describe('a statement beside a question that asks nothing of the person', () => {
  it('"…, isn\'t it?" after what is told keeps what is told', async () => {
    const chat = await told("I'm Wren", 'I really love my allotment, mostly beans. Grand day for it, isn\'t it?');
    expect(await notesOf(chat)).toContain('allotment');
    expect(await chat.ask('what do I grow on my allotment?')).toContain('beans');
  });

  it('a question about oneself beside a statement is still a question, not a note', async () => {
    const chat = await told("I'm Wren", 'I have a budgie. what is my budgie called?');
    expect(await notesOf(chat)).not.toContain('called');
  });
});

describe('a profile typed as a list', () => {
  it('numbered items', async () => {
    const chat = await told('1) Ottoline 2) 47 3) bus driver 4) Glasgow');
    expect(await chat.facts()).toEqual(expect.arrayContaining(['age:47', 'home:Glasgow']));
    expect(await chat.ask('how old am I?')).toContain('47');
  });

  it('bullets', async () => {
    const chat = await told("here's me: • Ottoline • 47 • nurse • Glasgow");
    expect(await chat.ask('where do I live?')).toContain('Glasgow');
  });

  it('tags, one after another', async () => {
    const chat = await told('#Ottoline #nurse #Glasgow');
    expect(await chat.ask('where do I live?')).toContain('Glasgow');
  });

  it('a number in brackets after a name is still an age, not an item', async () => {
    const chat = await told("I'm Ottoline", 'my son Fergus (7) loves dinosaurs');
    expect(await chat.ask('how old is Fergus?')).toContain('7');
  });
});

describe('a part of a clause that would be lost with the clause beside it', () => {
  it('", in <place>" ends the clause before it', async () => {
    const chat = await told("I'm Wren", 'I rent a room at Oak Court, shared house, in Dundee');
    expect(await notesOf(chat)).toContain('Oak Court, shared house, in Dundee');
  });

  it('after what "it" says of the weather, "training for …" is told of oneself', async () => {
    const chat = await told("I'm Wren", 'I cycle before dawn cos its too busy later, prepping for a sportive in June');
    expect(await notesOf(chat)).toContain('prepping for a sportive');
    expect(await chat.ask('what am I prepping for?')).toContain('sportive');
  });

  it('what follows "it is a …" tells of the thing, not of the person', async () => {
    const chat = await told("I'm Wren", 'I bought a van, its a big old thing, running on diesel');
    expect(await notesOf(chat)).not.toMatch(/(^|\| )running on diesel/);
  });
});

describe('a message that opens with a verb in the past and no subject', () => {
  it('"just wrapped up …" is told of oneself, and kept', async () => {
    const chat = await told("I'm Wren", 'just wrapped up a double shift at the harbour cafe, knackered');
    expect(await notesOf(chat)).toContain('double shift at the harbour cafe');
  });

  it('"finished my dissertation" is no order, though "finished" is an adjective too', async () => {
    const chat = await told("I'm Wren", 'finished my dissertation on medieval bridges');
    expect(await chat.ask('what was my dissertation on?')).toContain('bridges');
  });
});
