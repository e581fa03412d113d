import { told } from '../../helpers/memoryChat';

// The value kept is the one answered with: a value set right later in the message in other words than "X, not Y",
// a town not "corrected" to a better-known city, and the part of a note the question's adverb points at.
describe('the right value, as it was set right or said', () => {
  it('"mine\'s …" after "no wait that\'s my sister\'s" keeps the person\'s own birthday', async () => {
    const chat = await told("I'm Dana", "my birthday is July 2nd. no wait that's my sister's. mine's July 20th");
    expect(await chat.ask("when's my birthday?")).toContain('July 20');
    expect(await chat.facts()).not.toContain('birthday:July 2');
  });

  it('a change said without its value, then the value, sets right a favourite', async () => {
    const chat = await told("I'm Dana", 'favourite band is Blur. well I changed my mind, Pulp, their live shows won me over');
    expect(await chat.ask("what's my favourite band?")).toContain('Pulp');
    expect(await chat.ask("what's my favourite band?")).not.toContain('Blur');
  });

  it('a number said alone with "actually" after it sets right how many were just said', async () => {
    const chat = await told("I'm Dana", 'I have two cats: Pip and Tig. Three, actually! I keep forgetting little Moss');
    expect(await chat.ask('how many cats do I have?')).toContain('3');
    expect(await chat.facts()).not.toContain('count:2');
  });

  it('a number set right with "actually" leaves an age alone when no count was said', async () => {
    const chat = await told("I'm Dana", "I'm 41. Two, actually");
    expect(await chat.ask('how old am I?')).toContain('41');
  });

  it('a lower-case town the lexicon knows as a proper noun is kept as typed, not as the city it is near to', async () => {
    const chat = await told("I'm Dana", 'dana, 33, plumber in bolton');
    expect(await chat.ask('where do I live?')).toContain('Bolton');
    expect(await chat.ask('where do I live?')).not.toContain('Boston');
  });

  it('a typo of a city is still read as the city', async () => {
    const chat = await told("I'm Dana", "I'm a baker in Pariss");
    expect(await chat.ask('where do I live?')).toContain('Paris');
  });

  it('"usually" asks for the part of a note that says "normally"', async () => {
    const chat = await told("I'm Dana", "I'm staying at my cousin's flat in Glasgow this month, normally I'm in Edinburgh");
    expect(await chat.ask('where do I usually live?')).toContain('Edinburgh');
    expect(await chat.ask('where do I usually live?')).not.toContain('Glasgow');
  });

  it('what is taken up in place of what was meant answers how things are', async () => {
    const chat = await told("I'm Dana", 'I was meant to learn the cello this year but switched to piano because of the space');
    expect(await chat.ask('which instrument am I learning?')).toContain('piano');
    expect(await chat.ask('which instrument am I learning?')).not.toContain('cello');
  });

  it('"I lived there until …" answers with the place said just before it', async () => {
    const chat = await told("I'm Dana", 'I was born in Leeds and my parents moved to Norwich when I was six. I lived there until I went to uni.');
    expect(await chat.ask('where did I live before uni?')).toContain('Norwich');
  });

  it('"that\'s where I grew up" answers with the place the note names before it', async () => {
    const chat = await told("I'm Dana", 'stuck in york for work but leeds is home, thats where i grew up');
    const reply = await chat.ask('wheres home tho, like where did i grow up');
    expect(reply.toLowerCase()).toContain('leeds');
    expect(reply).not.toContain('where you grew up');
  });

  it('"can I eat bread?" sees an intolerance kept only in a note', async () => {
    const chat = await told("I'm Dana", 'gluten intolerant which is rough bc pizza is life');
    const reply = await chat.ask('can i eat bread?');
    expect(reply).toContain('gluten');
    expect(reply).not.toContain('rules out');
  });

  it('"Bike: sold the Raleigh, now Brompton" keeps only what is had now', async () => {
    const chat = await told("I'm Dana", 'Bike: sold the Raleigh, now Brompton');
    const reply = await chat.ask('what bike do I have?');
    expect(reply).toContain('Brompton');
    expect(reply).not.toContain('Raleigh');
    expect(reply).not.toContain('now');
  });

  it('"… n paint portraits at weekends" answers with the part after "and" the question is about, not the work before it', async () => {
    const chat = await told("I'm Dana", 'i drive a cab in leeds n paint portraits at weekends');
    const reply = await chat.ask('what do i do at weekends?');
    expect(reply).toContain('paint portraits');
    expect(reply).not.toContain('cab');
  });

  it('"and" before what is no verb keeps a part whole', async () => {
    const chat = await told("I'm Dana", "Most evenings it's a glass of wine and the quiz, the hard one if I'm feeling clever.");
    expect(await chat.ask('what do I do most evenings?')).toContain('quiz');
  });
});
