import { contentList } from '../../../src/content/content';
import { isReply, realContent } from '../../helpers/testRapport';
import { told, toldApart } from '../../helpers/memoryChat';

/** "why …?" of something told: answered with the reason told for it, wherever in what was said it is given. */
describe('reasons told for what happened', () => {
  it('tells the reason after "cos", up to what it led to, though the note also holds sums', async () => {
    const t = await told('I live in Derby', 'my landlord knocked £50 off the rent cos the boiler broke in January so it is 700 now');
    const reply = await t.ask('why did my landlord knock money off?');
    expect(reply).toContain('boiler');
    expect(reply).not.toContain('700');
  });

  it('tells the reason said in the next sentence, for a thing named without "I"', async () => {
    const t = await toldApart('I live in Bath', 'club quiz night is on the 3rd', 'update quiz night moved to the 10th. hall got flooded');
    expect(await t.ask('why did the quiz night get moved?')).toContain('flooded');
  });

  it('tells the clause said beside what is asked, from the note that gives one', async () => {
    const t = await toldApart('I live in Ely', 'rowing this year, my back is done for running', 'rowing regatta is at Henley, 3 july');
    const reply = await t.ask('why did I switch to rowing?');
    expect(reply).toContain('back');
    expect(reply).not.toContain('Henley');
  });

  it('takes a clause beside what is asked over what it was for, and a reason said with "with" over what followed', async () => {
    const t = await toldApart('I live in Kent', 'I stopped using Dermot for the gutters, he never turned up on time', 'my neighbour Ruth quit the choir with a sore throat, her sister is singing instead');
    const dermot = await t.ask('why did I stop using Dermot?');
    expect(dermot).toContain('turned up');
    expect(dermot).not.toContain('gutters');
    const ruth = await t.ask('why did Ruth quit the choir?');
    expect(ruth).toContain('sore throat');
    expect(ruth).not.toContain('sister');
  });

  it('says it was not told a reason of the person’s life that nothing answers', async () => {
    const t = await told('I live in Hull', 'my cat is called Moss');
    const reply = await t.ask('why did I give up the violin?');
    expect(isReply(reply, 'memory.unknown', { label: contentList(realContent(), 'memoryAskedLabel')[0] ?? '' })).toBe(true);
  });

  it('tells what went wrong from the clause beside what went wrong', async () => {
    const t = await toldApart('I live in York', 'my driving test was a disaster, stalled twice on the big roundabout, examiner was nice tho');
    const reply = await t.ask('what went wrong in my driving test?');
    expect(reply).toContain('stalled');
    expect(reply).not.toContain('examiner');
  });

  it('tells all someone said, with what was said after it in the same message', async () => {
    const t = await toldApart('I live in Hove', 'my vet looked at Biscuit, she said the leg is healing but only short walks for two weeks');
    const reply = await t.ask('what did the vet say about walks?');
    expect(reply).toContain('healing');
    expect(reply).toContain('two weeks');
  });
});
