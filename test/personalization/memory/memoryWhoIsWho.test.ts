import { displayName } from '../../../src/profile/userProfile';
import { told } from '../../helpers/memoryChat';

/** Whose a name is when a message opens with it: someone the person tells of is not the person. */
describe('personal memory: a name said first, then who that is', () => {
  it('keeps "Ernie, my buddy from the plant, and I …" as the buddy, not as the name', async () => {
    const t = await told('hi', "I'm Walt", 'Ernie, my buddy from the plant, and I went fishing Saturday');
    expect(await t.ask("what's my name?")).toContain('Walt');
    expect(await t.ask('who is Ernie?')).toMatch(/buddy/i);
  });

  it('does not take the name of one apposed as the user\'s, even as the first thing said', async () => {
    const t = await told('Dorothy, my neighbour, brought me soup today');
    expect(displayName(await t.profile())).toBeUndefined();
    expect(await t.ask("what's my name?")).not.toContain('Dorothy');
    expect(await t.ask('who is Dorothy?')).toMatch(/neighbou?r/i);
  });

  it('still reads a name said first before what one tells of oneself, and "my wife is …" after it', async () => {
    const t = await told('Sam, my wife is called Ana, and we live in Oslo');
    expect(await t.ask("what's my name?")).toContain('Sam');
    expect(await t.ask("who's my wife?")).toContain('Ana');
  });

  it('keeps the name given when "I am" is followed later by a word typed in lower case ("I am avocat")', async () => {
    const t = await told('Bonjour!', 'I am Élodie, I am from Lyon but I live in Bruxelles now', 'I work in a cabinet of lawyers, I am avocat. Haha not the fruit!');
    expect(displayName(await t.profile())).toBe('Élodie');
    const renamed = await told("I'm Tom", "actually I'm Thomas");
    expect(displayName(await renamed.profile())).toBe('Thomas');
  });

  it('names with "her name is" the last one brought in who can be a "her", not the birds said after her', async () => {
    const t = await told('Ahmed here, 52, from Bolton', "the wife says the birds get more attention than her haha. her name's Nadia");
    expect(await t.ask("what's my wife's name?")).toContain('Nadia');
    const cat = await told("I'm Lin", 'we adopted a cat last week with my mum, his name is Mango');
    expect(await cat.ask("what's my cat called?")).toContain('Mango');
  });

  it('answers "who … for <name>?" with the one who stands in, not the one the question names', async () => {
    const t = await told("bad news, Priya pulled out of the relay, Joaquin says he'll run her leg instead");
    const reply = await t.ask("who's running for priya?");
    expect(reply).toContain('Joaquin');
    // What is said of someone named is still found by their name.
    const coaches = await told("Mina's tutor is Lars, Omar's tutor is Greta");
    expect(await coaches.ask("who is Omar's tutor?")).toContain('Greta');
  });
});
