import { told } from '../../helpers/memoryChat';

/** What people study, kept apart from what they learn on the side, and the places said around it. */
describe('personal memory: study', () => {

  it('reads a degree said with its subject first and a year of study ("3rd year medicine at …")', async () => {
    const t = await told("I'm doing a history degree at Leeds");
    expect(await t.ask('what am I studying?')).toContain('history');
    const s = await told('niamh here, 3rd year medicine at Trinity, from a small village called Ardee');
    expect(await s.ask('what do I study?')).toContain('medicine');
    expect(await s.ask('where am I from?')).toContain('Ardee');
  });

  it('answers what a degree is in with the subject studied, not a language being learned', async () => {
    const t = await told("I'm learning Portuguese and my degree is in chemistry");
    const degree = await t.ask('what is my degree in?');
    expect(degree).toContain('chemistry');
    expect(degree).not.toContain('Portuguese');
    expect(await t.ask('which language am I learning?')).toContain('Portuguese');
  });

  it('reads on past a year after a move, to what the move was for ("came to Utrecht in 2021 for my masters in economics")', async () => {
    const t = await told('I came to Utrecht in 2021 for my masters in economics');
    expect(await t.ask('what is my masters in?')).toContain('economics');
    expect(await t.ask('where do I live?')).toContain('Utrecht');
  });

  it('keeps the country a place is in with the place, never as a home ("from Graz in Austria")', async () => {
    const t = await told('I am from Graz in Austria');
    expect(await t.ask('where am I from?')).toContain('Graz');
    // Not a home: "where do I live?" is not known, and only what is near is told beside it (memory.unknownNear).
    const home = await t.ask('where do I live?');
    expect(home).toContain("don't know where you live");
    expect(home).not.toMatch(/you live in/i);
  });

  it('keeps where one studies apart from what, and answers "which uni"', async () => {
    const t = await told("studying law at King's College in London, final year");
    expect(await t.ask('what do I study?')).toContain('law');
    expect(await t.ask('which uni do I go to?')).toContain("King's College");
    const s = await told('sophomore at NYU, film major');
    expect(await s.ask('what college do I go to?')).toContain('NYU');
    const r = await told('just graduated from Bristol, looking for jobs now');
    expect(await r.ask('where did I go to university?')).toContain('Bristol');
  });
});
