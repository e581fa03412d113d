import { createTestRapport, sayText } from '../helpers/testRapport';

/** What people study, kept apart from what they learn on the side, and the places said around it. */
describe('personal memory: study', () => {
  type Bot = ReturnType<typeof createTestRapport>;
  const ask = async (t: Bot, question: string) => (await sayText(t.adapter, question)).join('\n');

  it('reads a degree said with its subject first and a year of study ("3rd year medicine at …")', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, "I'm doing a history degree at Leeds");
    expect(await ask(t, 'what am I studying?')).toContain('history');
    const s = createTestRapport();
    await sayText(s.adapter, 'niamh here, 3rd year medicine at Trinity, from a small village called Ardee');
    expect(await ask(s, 'what do I study?')).toContain('medicine');
    expect(await ask(s, 'where am I from?')).toContain('Ardee');
  });

  it('answers what a degree is in with the subject studied, not a language being learned', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, "I'm learning Portuguese and my degree is in chemistry");
    const degree = await ask(t, 'what is my degree in?');
    expect(degree).toContain('chemistry');
    expect(degree).not.toContain('Portuguese');
    expect(await ask(t, 'which language am I learning?')).toContain('Portuguese');
  });

  it('reads on past a year after a move, to what the move was for ("came to Utrecht in 2021 for my masters in economics")', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'I came to Utrecht in 2021 for my masters in economics');
    expect(await ask(t, 'what is my masters in?')).toContain('economics');
    expect(await ask(t, 'where do I live?')).toContain('Utrecht');
  });

  it('keeps the country a place is in with the place, never as a home ("from Graz in Austria")', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'I am from Graz in Austria');
    expect(await ask(t, 'where am I from?')).toContain('Graz');
    // Not a home: "where do I live?" is not known, and only what is near is told beside it (memory.unknownNear).
    const home = await ask(t, 'where do I live?');
    expect(home).toContain("don't know where you live");
    expect(home).not.toMatch(/you live in/i);
  });

  it('keeps where one studies apart from what, and answers "which uni"', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, "studying law at King's College in London, final year");
    expect(await ask(t, 'what do I study?')).toContain('law');
    expect(await ask(t, 'which uni do I go to?')).toContain("King's College");
    const s = createTestRapport();
    await sayText(s.adapter, 'sophomore at NYU, film major');
    expect(await ask(s, 'what college do I go to?')).toContain('NYU');
    const r = createTestRapport();
    await sayText(r.adapter, 'just graduated from Bristol, looking for jobs now');
    expect(await ask(r, 'where did I go to university?')).toContain('Bristol');
  });
});
