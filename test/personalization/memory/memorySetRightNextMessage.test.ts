import { told } from '../../helpers/memoryChat';

// A correction in the message after the one it sets right, opened the way people open one ("no,", "hmm no,", "well,",
// "I take that back"): the value it says takes the place of the one of its kind told last; what else was told stays.
describe('a message opening with "no," or "well,"', () => {
  it('"hmm no, it\'s X actually" sets right a favourite told just before', async () => {
    const chat = await told("I'm Tobiah", 'my favourite season is autumn', "hmm no, it's winter actually, always has been");
    const reply = await chat.ask("what's my favourite season?");
    expect(reply).toMatch(/winter/i);
    expect(reply).not.toMatch(/autumn/i);
  });

  it('"no, I\'m 41" sets the age right', async () => {
    const chat = await told("I'm Tobiah", "I'm 40", "no, I'm 41, birthday was last week");
    expect(await chat.facts()).toContain('age:41');
    expect(await chat.facts()).not.toContain('age:40');
  });

  it('"well, vegan mostly" takes the place of the diet told before', async () => {
    const chat = await told("I'm Tobiah", "I'm vegetarian", 'well, vegan mostly, I slip on cheese sometimes');
    const reply = await chat.ask("what's my diet?");
    expect(reply).toMatch(/vegan/i);
    expect(reply).not.toMatch(/vegetarian/i);
  });

  it('a taste said after "well," does not take the place of another', async () => {
    const chat = await told("I'm Tobiah", 'I love hiking', 'well, I love chess');
    expect(await chat.facts()).toEqual(expect.arrayContaining(['like:hiking', 'like:chess']));
  });

  it('"no, thanks" sets nothing right', async () => {
    const chat = await told("I'm Tobiah", 'my favourite season is autumn', 'no, thanks');
    expect(await chat.ask("what's my favourite season?")).toMatch(/autumn/i);
  });

  it('what was told before the last message stays', async () => {
    const chat = await told("I'm Tobiah", "I'm 40", 'my favourite season is autumn', "no, it's winter");
    expect(await chat.facts()).toContain('age:40');
  });
});

describe('"I take that back"', () => {
  it('takes back a taste and keeps what is said in its place', async () => {
    const chat = await told("I'm Tobiah", 'I really like ramen', "ok I take that back, I'm done with ramen, dumplings are my thing now");
    const facts = await chat.facts();
    expect(facts).toContain('like:dumplings');
    expect(facts).not.toContain('like:ramen');
  });
});

describe('a question about what was said, then what holds', () => {
  it('"Did I say three cats? It\'s four" sets the number right in what was told', async () => {
    const chat = await told("I'm Tobiah", 'we foster cats, three cats in the spare room right now', "Did I say three cats? It's four, another came in Tuesday");
    const notes = ((await chat.profile()).memory.notes ?? []).map((note) => note.text).join(' ');
    expect(notes).toMatch(/four cats/);
    expect(notes).not.toMatch(/three/);
  });

  it('"did I say $30 a week? it\'s $35" sets the figure right and keeps what it is per', async () => {
    const chat = await told("I'm Tobiah", 'the window cleaner is $30 a week', "did I say $30 a week? it's $35");
    const notes = ((await chat.profile()).memory.notes ?? []).map((note) => note.text).join(' ');
    expect(notes).toMatch(/\$35 a week/);
    expect(notes).not.toMatch(/\$30/);
  });

  it('"did I tell you Lyon? I\'m in Grenoble now" is not answered with the old place', async () => {
    const chat = await told("I'm Tobiah", 'I work at a bakery in Lyon', "did I tell you Lyon? it's Grenoble, we moved in June");
    const reply = await chat.ask('where do I work?');
    expect(reply).toMatch(/Grenoble/);
    expect(reply).not.toMatch(/Lyon/);
  });
});
