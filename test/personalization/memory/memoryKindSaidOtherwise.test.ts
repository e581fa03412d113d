import { told } from '../../helpers/memoryChat';

/**
 * Work and study told by the place they are done at ("at a salon", "veterinary school"), in no word of the
 * kind's own, and a value one kind keeps that another is said with ("I study in Glasgow" where one lives).
 */
describe('personal memory: a kind told by where it is done', () => {
  it('answers a question about work from a note that names a place of work', async () => {
    const t = await told('i do lashes at a salon in hull');
    const work = await t.ask('what do i do for work?');
    expect(work).toContain('lashes');
    // What is done, not the town the salon is in.
    expect(work).not.toMatch(/hull/i);
    // The thing worked on names the work ("I drive buses for …" is a bus driver): read as a job, or told back.
    const s = await told('i bake bread at a bakery near the station');
    expect(await s.ask("what's my job?")).toMatch(/bread baker|bake bread/);
  });

  it('answers what one will study from a note that names a place of study', async () => {
    const t = await told('off to veterinary school in the autumn');
    expect(await t.ask('what am i going to study?')).toContain('veterinary');
    const s = await told('at the community college doing my accounting credits');
    expect(await s.ask('what am i studying?')).toContain('accounting');
  });

  it('answers where one studies with a place kept as home, when the note says it of study', async () => {
    const t = await told('I live in Glasgow', 'these days I mostly study in Glasgow, physics');
    expect(await t.ask('where do I study?')).toContain('Glasgow');
  });

  it('does not take a place of work for study, nor a place visited for work', async () => {
    const t = await told('i do lashes at a salon in hull');
    expect(await t.ask('what am i studying?')).not.toContain('lashes');
    const s = await told('i love the little bakery near the station');
    expect(await s.ask('what do i do for work?')).not.toContain('bakery');
  });
});

/** A phrase said value first ("Saints fan") keeps its value when what follows only says how or when it holds. */
describe('personal memory: a value-first phrase with more after it', () => {
  it('keeps the team of "X fan" said with a reason or a "for how long" after it', async () => {
    const t = await told('Saints fan since I was a nipper');
    expect(await t.facts()).toContain('team:Saints');
    const s = await told('massive Raiders fan even tho they never win');
    expect(await s.ask('which team do i support?')).toContain('Raiders');
  });

  it('still reads nothing from a phrase followed by words that state nothing of it', async () => {
    const t = await told('Saints fan club meets on thursdays');
    expect(await t.facts()).not.toContain('team:Saints');
  });
});

/** "where'd I …?" asks what was done ("did"), as "I'd" says what would be. */
describe("personal memory: a question word's 'd", () => {
  it('reads "where\'d I go to …" as "where did I go to …", with a word more than the kind is asked with', async () => {
    const t = await told('19, just finished sixth form in Derby');
    expect(await t.ask("where'd i go to sixth form?")).toContain('Derby');
  });
});

/** Questions of a kind said in words its phrases do not hold. */
describe('personal memory: a kind asked in other words', () => {
  it('reads a label with a noun in front of it ("IPL team?") as the label, but not a noun of a named kind', async () => {
    const t = await told('Hobby: sitar, Team: Rajasthan Royals');
    expect(await t.ask('IPL team?')).toContain('Rajasthan Royals');
    expect(await t.ask('dog name?')).not.toContain('Rajasthan Royals');
  });
});
