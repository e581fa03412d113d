import { told } from '../../helpers/memoryChat';

/**
 * The name of a thing said beside it: set off after where it is ("a studio in Leith, Inkwell Tattoo"), typed with
 * the thing's own word and an abbreviation ("Engine Company No. 7"), or given in lower case after a number
 * ("a trio called two for the road"), is the answer, not the words that describe the thing.
 */
describe('personal memory: a name said in apposition to the thing asked', () => {
  it('passes over where the thing is to the name after the comma', async () => {
    const t = await told('I co-own a 3-chair studio in Leith, Inkwell Tattoo');
    const reply = await t.ask('what is my studio called?');
    expect(reply).toContain('Inkwell Tattoo');
    expect(reply).not.toContain('3-chair');
  });

  it('keeps the thing word and an abbreviated number inside the name', async () => {
    const t = await told("I've volunteered with Engine Company No. 7 out in Ohio since 1998");
    const reply = await t.ask('which company do i volunteer with?');
    expect(reply).toContain('Engine Company No. 7');
  });

  it('reads a lower-case name that opens with a number past its small words', async () => {
    const t = await told('I sing tenor in a trio called two for the road');
    const reply = await t.ask("what's my trio called?");
    expect(reply).toContain('two for the road');
  });

  it('keeps the name after a described workplace as where one works', async () => {
    const t = await told('I work at a bike shop by the canal, Spoke Theory, mostly repairs');
    const reply = await t.ask('where do i work?');
    expect(reply).toContain('Spoke Theory');
  });

  it('keeps the name in brackets after the place one works as where one works', async () => {
    const t = await told('just moved to leeds for uni, working weekends at a bakery (Crumb Club)');
    const reply = await t.ask('where do i work?');
    expect(reply).toContain('Crumb Club');
  });
});

describe('personal memory: a name in brackets after a count of people', () => {
  it('keeps the name in brackets after "mum of 1" as the child, not as a thing said before', async () => {
    const t = await told('job: nurse at a care home', 'hobby: running 1 parkrun a week', 'mum of 1 (Ines, 7)');
    const reply = await t.ask("what's my kid called?");
    expect(reply).toContain('Ines');
  });
});
