import { told } from '../../helpers/memoryChat';

/**
 * "forget I told you her name": the name goes of whom "her" stands for, the person named last (not a company
 * named after her); "forget my salary" takes the note that says what one earns, though it never says "salary".
 */
describe('personal memory: forgetting someone by a pronoun, or a thing by another word for it', () => {
  it('forgets the person named last when asked to forget "her name"', async () => {
    const t = await told("my team lead Odile doesn't know I'm interviewing", 'I had a call with Quillberry today', 'actually, forget I told you her name. please');
    expect(await t.ask('what do you know about me?')).not.toContain('Odile');
    expect(await t.ask('what do you know about me?')).toContain('Quillberry');
  });

  it('forgets what one earns when asked to forget the salary', async () => {
    const t = await told('I earn about 52k a year before tax', 'my commute is 40 minutes by tram', 'hmm, forget my salary, that feels private');
    const profile = await t.ask('what do you know about me?');
    expect(profile).not.toContain('52k');
    expect(profile).toContain('tram');
  });
});

describe('personal memory: "their names" of people said in the same message', () => {
  it('does not forget someone named before when the pronoun points at this message', async () => {
    const t = await told('my landlord is Mr Abernathy, he fixes things fast', 'my cousins are still back home, please do not save their names');
    expect(await t.ask('who is my landlord?')).toContain('Abernathy');
  });
});
