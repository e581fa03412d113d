import { told } from '../../helpers/memoryChat';

// A named pet the person lost is not forgotten: it is kept as a pet they had, and a question about the one lost
// ("what was the name of the cat we lost?") or about a noun none kept now is ("what was my rabbit called?") gets it.
describe('a pet the person lost', () => {
  it('is kept as a pet they had, no longer as theirs now', async () => {
    const chat = await told("I'm Noor", 'our old rabbit Clover died last spring');
    const facts = await chat.factsWithDetail();
    expect(facts).toContain('formerPet:Clover:rabbit');
    expect(facts).not.toContain('pet:Clover:rabbit');
    expect(await chat.ask('what was my rabbit called?')).toContain('Clover');
  });

  it('asked as the one lost, it answers before a new one of the same noun', async () => {
    const chat = await told("I'm Noor", 'our cat Oreo passed away in May', 'we adopted a kitten called Pixel last week');
    const lost = await chat.ask('what was the name of the cat we lost?');
    expect(lost).toContain('Oreo');
    expect(lost).not.toContain('Pixel');
    expect(await chat.ask("what's our cat called?")).toContain('Pixel');
  });
});

// One of the person's own people typed as a name, without "my" ("how old is Dad?"), is asked about as "my dad".
describe('a relative named by their noun alone', () => {
  it('"how old is Dad?" is about the person\'s dad, not the bot', async () => {
    const chat = await told("I'm Noor", 'my dad is 71 and still cycles every day');
    expect(await chat.ask('how old is Dad?')).toContain('71');
  });
});
