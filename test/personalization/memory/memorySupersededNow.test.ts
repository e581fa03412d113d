import { told } from '../../helpers/memoryChat';

// Asked how things are now, a later note that names the old thing again and says it changed answers, not the note
// that first told it: "… with Trello" then "ditched trello, moved over to Notion".
describe('a thing named again in a later change', () => {
  it('"moved to Notion, trello got slow" answers "what do I plan with these days?"', async () => {
    const chat = await told("I'm Dana", 'I plan all my gigs with trello', 'my sister Ines lives in Porto', 'moved to notion, trello got too slow');
    const answer = await chat.ask('what app do i plan my gigs with these days?');
    expect(answer.toLowerCase()).toContain('notion');
    expect(answer.toLowerCase()).not.toContain('trello');
  });

  it('the old thing named by a code ("the K300") and sold, the new one bought', async () => {
    const chat = await told("I'm Dana", 'I roast my own coffee at home, grinding by hand', 'my grinder is an old K300, loud as anything', 'finally sold the K300, bought a Niche Zero, on finance');
    const answer = await chat.ask('what grinder am i using now?');
    expect(answer).toContain('Niche Zero');
    expect(answer).not.toContain('K300');
  });

  it('let go in one sentence, the one in its place said in the next of the same message', async () => {
    const chat = await told("I'm Dana", 'I run the church jumble sale every month with my friend Agnes', 'Agnes is not helping anymore, she moved away. my cousin Bernie helps me now');
    const answer = await chat.ask('who helps me at the jumble sale nowadays?');
    expect(answer).toContain('Bernie');
  });

  it('asked how it was, the note that first told it still answers', async () => {
    const chat = await told("I'm Dana", 'I plan all my gigs with trello', 'moved to notion, trello got too slow');
    const answer = await chat.ask('what app did i use to plan my gigs with before?');
    expect(answer.toLowerCase()).toContain('trello');
  });
});

// "I used to … but not anymore — now I …", "I played X for years but I've switched to Y": asked how things are now,
// what the same message says holds now answers, however the question is read.
describe('what held before, then what holds now, in one message', () => {
  it('"used to … now I tutor" answers "what\'s my side job these days?"', async () => {
    const chat = await told("I'm Dana", 'I used to walk dogs as a side job but not anymore — now I tutor maths online for Kumon');
    const answer = await chat.ask("what's my side job these days?");
    expect(answer).toContain('tutor');
    expect(answer).not.toContain('dogs');
  });

  it('"played Chopin for years but I\'ve switched to Debussy" answers "what do I play … now?"', async () => {
    const chat = await told("I'm Dana", "on the piano I played Chopin for years but I've switched to Debussy, more colour");
    const answer = await chat.ask('what do I play on the piano now?');
    expect(answer).toContain('Debussy');
    expect(answer).not.toContain('Chopin');
  });

  it('news of the old one that says nothing asked leaves the answer to the note beside it that does', async () => {
    const chat = await told("I'm Dana", 'i play squash every tuesday at the Y with my partner Bram', "Bram moved to Ghent :( so my new squash partner is Joost, he's way better");
    const answer = await chat.ask("who's my squash partner these days?");
    expect(answer).toContain('Joost');
  });
});

// "the newest value wins": asked how things are, without "now", a later note that names the old thing and says it
// was changed still answers.
describe('a thing named again in a later change, asked without "now"', () => {
  it('"ditched the crown, meeting at the Red Lion instead" answers "where does my book club meet?"', async () => {
    const chat = await told("I'm Dana", 'my book club meets at the Crown pub on thursdays', 'we ditched the crown, meeting at the Red Lion instead, quieter');
    const answer = await chat.ask('where does my book club meet?');
    expect(answer).toContain('Red Lion');
    expect(answer).not.toContain('Crown');
  });

  it('a change of another thing the same message told of leaves the thing asked where it was', async () => {
    const chat = await told("I'm Dana", 'we have a static caravan at Brean Sands. the dinghy is a 2004 Topper', 'sold the Topper last month, got a Laser');
    const answer = await chat.ask("where's our caravan?");
    expect(answer).toContain('Brean Sands');
    expect(answer).not.toContain('Topper');
  });
});

// "they moved me to the portakabin room" of "I teach in room 12": the old value is not said again, but the word asked
// is said in both and the later note moves it to something new, so that note answers.
describe('a thing moved to a new one, named by the word asked', () => {
  it('"moved me to the portakabin room" answers "which room do I teach in now?"', async () => {
    const chat = await told("I'm Dana", 'I teach year 4 in room 12, lovely light', 'the head moved me to the portakabin room for the spring term, ugh');
    const answer = await chat.ask('which room do I teach in now?');
    expect(answer.toLowerCase()).toContain('portakabin');
    expect(answer).not.toContain('12');
  });

  it('"got transferred to the night route" answers which route someone drives now', async () => {
    const chat = await told("I'm Dana", 'my brother Sami drives the 42 route for Arriva', 'sami got transferred to the night route last month');
    const answer = await chat.ask('which route does Sami drive now?');
    expect(answer).toContain('night');
    expect(answer).not.toContain('42');
  });
});
