import { told } from '../../helpers/memoryChat';

const DONT_KNOW = /don't know|haven't told/i;

// Forgetting asked in passing, the way people type it: after another marker, with "ignore", by a hyphened phrase,
// and for a relation whose number was told; and questions about oneself nothing answers, whatever the model guesses.
describe('a take-back after another marker', () => {
  it('"… wait nah forget that" takes back what the message said', async () => {
    const chat = await told("I'm Ilse", 'my gym locker code is 3391... wait nah forget that, not smart to put it here');
    expect((await chat.notes()).join(' ')).not.toContain('3391');
    expect(await chat.ask("what's my locker code?")).not.toContain('3391');
  });

  it('"no wait scratch that" after a fact takes it back', async () => {
    const chat = await told("I'm Ilse", 'my PIN hint is the dog. no wait scratch that');
    expect((await chat.notes()).join(' ')).not.toMatch(/pin hint/i);
  });
});

describe('a reason after the request that points back', () => {
  it('"nvm forget the band thing, I\'m over them" forgets the band and keeps what was said before', async () => {
    const chat = await told("I'm Ilse", "I'm allergic to kiwi", 'still a big Muse fan even after that last album', "nvm forget the Muse thing, I'm done with them");
    expect(await chat.facts()).toContain('allergy:kiwi');
    expect((await chat.notes()).join(' ')).not.toContain('Muse');
  });
});

describe('"ignore" and "disregard" ask to forget', () => {
  it('"ignore the bit about my wife, pls forget it" forgets the partner', async () => {
    const chat = await told("I'm Bruno", 'my wife Lenka booked the table for Friday', 'oh and ignore the bit about my wife, pls forget it, she would hate this');
    expect(await chat.facts()).not.toContain('partner:Lenka');
    const reply = await chat.ask("what's my wife called?");
    expect(reply).not.toContain('Lenka');
    expect(reply).toMatch(DONT_KNOW);
  });

  it('"disregard what I said about the depot" forgets the note', async () => {
    const chat = await told("I'm Bruno", 'I make about 70k at the depot', 'disregard what I said about the depot');
    expect((await chat.notes()).join(' ')).not.toContain('70k');
  });
});

describe('forgetting a thing named by a hyphened phrase', () => {
  it('"forget the sleeping-on-the-sofa thing" forgets the note that says it', async () => {
    const chat = await told("I'm Pim", 'been sleeping on the sofa since the renovation started', 'can you forget the sleeping-on-the-sofa thing? embarrassing');
    expect((await chat.notes()).join(' ')).not.toContain('sofa');
  });
});

describe('forgetting a relation forgets how many there are', () => {
  it('"forget my sisters" after "my three sisters" leaves no count of them', async () => {
    const chat = await told("I'm Dara", 'I grew up with my three sisters in Galway', 'please forget about my sisters, they are private people');
    expect(await chat.facts()).not.toContain('count:3');
    const reply = await chat.ask('how many sisters do I have?');
    expect(reply).not.toContain('3');
    expect(reply).toMatch(DONT_KNOW);
  });

  it('another count stays', async () => {
    const chat = await told("I'm Dara", 'we have two dogs', 'I have three sisters', 'forget my sisters');
    expect(await chat.facts()).not.toContain('count:3');
    expect(await chat.ask('how many dogs do I have?')).toContain('2');
  });
});

describe('a question about oneself that nothing answers', () => {
  it('"do I get nervous before …?" is not read as telling worry', async () => {
    const chat = await told("I'm Tove");
    expect(await chat.ask('do I get nervous before flights?')).toMatch(DONT_KNOW);
  });

  it('"who do I live with?" is not read as telling a home', async () => {
    const chat = await told("I'm Tove");
    expect(await chat.ask('who do I live with?')).toMatch(DONT_KNOW);
  });

  it('"why am I so tired?" is still a feeling', async () => {
    const chat = await told("I'm Tove");
    expect(await chat.ask('why am I so tired?')).not.toMatch(DONT_KNOW);
  });
});
