import { told } from '../../helpers/memoryChat';

// "What am I repainting?" of a note that opens with the verb, "I" left out ("repainting a 1930s rocking horse I got
// at a car boot for £15"): what is done, up to the clause said of it, not what it cost. "who drives me …?" of "my
// dad drives me …": the one said right before the verb, as the bot says it ("your dad"). "which weed worries me?":
// the verb before "me" is no noun the answer must be a kind of.
describe('what is done, and who does it', () => {
  it('a note opening with the verb answers with what is done, not the clause after it', async () => {
    const chat = await told('repainting a 1930s rocking horse I got at a car boot for £15', 'I like chess.');
    const reply = await chat.ask('What am I repainting?');
    expect(reply).toContain('rocking horse');
    expect(reply).not.toContain('15');
  });

  it('"who drives me …?" names the one before the verb by who they are to the person', async () => {
    const chat = await told('my swim coach is called Bex, my dad drives me to the pool on Mondays', 'I like chess.');
    const reply = await chat.ask('who drives me to the pool');
    expect(reply).toContain('your dad');
    expect(reply).not.toContain('Bex');
  });

  it('"which weed worries me most?" asks by "weed", not by the verb "worries"', async () => {
    const chat = await told('bindweed is my biggest worry on the allotment', 'I like chess.');
    const reply = await chat.ask('Which weed worries me most?');
    expect(reply).toContain('bindweed');
  });
});

describe('what is planned', () => {
  it('"what am I planning?" of "planning to hike …" gives what is to be done, not with whom', async () => {
    const chat = await told('Planning to hike the Matterhorn trail next June with my brother Olek', 'I like chess.');
    const reply = await chat.ask('what am I planning?');
    expect(reply).toContain('Matterhorn');
    expect(reply).not.toContain('Olek');
  });
});

describe('what one does somewhere', () => {
  it('"what do I do at the depot?" gives what "I" is said to be, not the depot\'s name', async () => {
    const chat = await told('I am a forklift instructor at a freight depot in Leeds called Northgate Haulage', 'I like chess.');
    const reply = await chat.ask('What do I do at the depot?');
    expect(reply).toContain('forklift instructor');
    expect(reply).not.toContain('Northgate');
  });

  it('a verb with nothing after it goes on to where it is done, and no further', async () => {
    const chat = await told('on Sundays I volunteer at the cat shelter in Govan, mostly cleaning pens', 'I like chess.');
    const reply = await chat.ask('what do I do on Sundays?');
    expect(reply).toContain('volunteer at the cat shelter');
    expect(reply).not.toContain('cleaning pens');
  });
});
