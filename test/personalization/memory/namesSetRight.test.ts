import { withNamesSetRight } from '../../../src/personalization/memory/namesSetRight';
import { told } from '../../helpers/memoryChat';

const MARKS = ['sorry', 'no', 'wait no', 'i mean', 'no i mean'];
const COMMON = new Set(['rocky', 'rose', 'the']);
const common = (word: string) => COMMON.has(word.toLowerCase());

describe('withNamesSetRight', () => {
  it('puts the right name in place of the wrong one', () => {
    expect(withNamesSetRight('my niece Ana, sorry, Ena, is 6', MARKS, common)).toBe('my niece Ena, is 6');
    expect(withNamesSetRight('my boss is Gareth, wait no, Gavin', MARKS, common)).toBe('my boss is Gavin');
    expect(withNamesSetRight('my son Leo, no, I mean Luca, plays rugby', MARKS, common)).toBe('my son Luca, plays rugby');
  });

  it('sets a figure right by another, not by a name', () => {
    expect(withNamesSetRight('new address is flat 14B, sorry 41B, on Kościuszki street', MARKS, common)).toBe('new address is flat 41B, on Kościuszki street');
    expect(withNamesSetRight('I start on the 14th, no, the 12th', MARKS, common)).toBe('I start on the 12th');
    expect(withNamesSetRight('she is 7, sorry, Lola is', MARKS, common)).toBe('she is 7, sorry, Lola is');
  });

  it('ends the sentence when the wrong name is then said of someone else', () => {
    expect(withNamesSetRight("my son Leo, no, I mean Luca, Leo's his friend", MARKS, common)).toBe("my son Luca. Leo's his friend");
  });

  it('leaves words that are no names alone', () => {
    expect(withNamesSetRight('I said no, sorry, I can not', MARKS, common)).toBe('I said no, sorry, I can not');
    expect(withNamesSetRight('my dog rex, sorry, rocky', MARKS, common)).toBe('my dog rex, sorry, rocky');
    expect(withNamesSetRight('my dog zuko, sorry, momo', MARKS, common)).toBe('my dog momo');
  });
});

describe('personal memory: a name set right in the middle of a message', () => {
  it('keeps only the right name, in a fact and in a note', async () => {
    const t = await told('my goddaughter Ines, sorry, Inês, turns 9 in May', 'my boss is called Gareth, wait no, Gavin, and he is alright');
    const god = await t.ask("what's my goddaughter's name?");
    expect(god).toContain('Inês');
    expect(god).not.toMatch(/Ines\b/);
    const boss = await t.ask("what's my boss called?");
    expect(boss).toContain('Gavin');
    expect(boss).not.toContain('Gareth');
  });

  it('keeps the grandson named right, not the boy named wrongly after him', async () => {
    const t = await told("My grandson Oliver, no, I mean Owen, Oliver's the boy next door, plays the cello");
    const reply = await t.ask("what's my grandson's name?");
    expect(reply).toContain('Owen');
    expect(reply).not.toContain('Oliver');
  });
});

describe('personal memory: names typed in lower case', () => {
  it('takes a common word that "who" points back to as a pet\'s name', async () => {
    const t = await told('our parrot kiwi who says my name is the loudest bird ever');
    expect(await t.ask('whats our parrot called')).toMatch(/kiwi/i);
  });

  it('keeps a crush', async () => {
    const t = await told('crush is ellis from my seminar group');
    const reply = await t.ask("who's my crush");
    expect(reply).toMatch(/ellis/i);
    expect(reply).not.toContain('seminar');
  });
});
