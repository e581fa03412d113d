import { told } from '../../helpers/memoryChat';

// People set themselves right, in the same message or the next, and rename those they told of: the latest value
// wins, however the correction is typed ("acually", "nvm", "sorry i meant") and whether it owns up to a mistake
// ("I miscounted") or renames ("we renamed him Ziggy", "she goes by Bea now").
describe('a value corrected in place', () => {
  it('"I mean 8" sets right the age just said of a daughter', async () => {
    const chat = await told("I'm Dana", 'my daughter Mia is 7, I mean 8');
    const answer = await chat.ask('how old is Mia?');
    expect(answer).toContain('8');
    expect(answer).not.toContain('7');
  });

  it('"we renamed him Ziggy" renames the cat told of', async () => {
    const chat = await told("I'm Dana", 'we have a cat called Tiger', 'we renamed him Ziggy');
    const answer = await chat.ask("what's my cat called?");
    expect(answer).toContain('Ziggy');
    expect(answer).not.toContain('Tiger');
  });

  it('"she goes by Bea now" renames the daughter, not the user', async () => {
    const chat = await told("I'm Dana", 'my daughter is Beatrice', 'she goes by Bea now');
    expect(await chat.ask("what's my daughter's name?")).toMatch(/\bBea\b/);
    expect(await chat.facts()).not.toContain('child:Beatrice');
    expect(await chat.ask("what's my name?")).toContain('Dana');
  });

  it('"changed his name to Milo" renames the hamster', async () => {
    const chat = await told("I'm Dana", 'I have a hamster named Fluff', 'changed his name to Milo');
    expect(await chat.ask("what's my hamster called?")).toContain('Milo');
  });

  it('"she goes by bus" renames no one', async () => {
    const chat = await told("I'm Dana", 'my daughter is Beatrice', 'she goes by bus to school');
    expect(await chat.ask("what's my daughter's name?")).toContain('Beatrice');
  });

  it('"I miscounted, it\'s 4 cats" sets the count right', async () => {
    const chat = await told("I'm Dana", 'I have 3 cats', "I miscounted, it's 4 cats");
    const answer = await chat.ask('how many cats do I have?');
    expect(answer).toContain('4');
    expect(answer).not.toContain('3');
  });

  it('"acually it\'s Rox" sets the dog\'s name right and names no one Rox', async () => {
    const chat = await told("I'm Dana", 'my dog is Rex', "acually it's Rox");
    expect(await chat.ask("what's my dog called?")).toContain('Rox');
    expect(await chat.ask("what's my name?")).toContain('Dana');
  });

  it('"nvm I\'m 35" sets the age right', async () => {
    const chat = await told("I'm Dana", "I'm 34", "nvm I'm 35");
    expect(await chat.ask('how old am I?')).toContain('35');
  });

  it('"he\'s 6 actualy" sets a son\'s age right', async () => {
    const chat = await told("I'm Dana", 'my son Leo is 5', "he's 6 actualy");
    const answer = await chat.ask('how old is Leo?');
    expect(answer).toContain('6');
    expect(answer).not.toContain('5');
  });

  it('keeps what is said after "scrap that" in the same message, and drops what came before it', async () => {
    const t = await told('the worktop is going to be marble... actually no, scrap that, butcher block, the slab came to £220');
    expect(await t.ask('how much did the slab come to?')).toContain('220');
    expect(await t.ask('what is the worktop going to be?')).not.toContain('marble');
    // A take-back with nothing after it keeps nothing, as before.
    const gone = await told('I failed my driving test, please forget that');
    expect(await gone.ask('did I fail my driving test?')).not.toMatch(/failed/i);
  });
});
