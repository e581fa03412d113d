import { told } from '../../helpers/memoryChat';

// A question whose fact kind holds nothing is answered from the note that says it, with the short part that
// does: asked as a label ("Allergies?"), the value written beside the label's noun ("Allergic: bee stings",
// "Lisbon office"), the names after a noun of people or pets, several for a kind of many; a value kept as a
// like answers for a team when it was said in the team's own phrase ("wolves fan"). A note that says nothing
// of what is asked still gets "I don't know".
describe('answering from notes when the kind asked is empty', () => {
  it('"Allergies?" asked as a label is answered by the value after "Allergic:"', async () => {
    const chat = await told('Allergic: bee stings', 'Priya Nair | Senior Engineer | Lisbon office');
    const reply = await chat.ask('Allergies?');
    expect(reply).toContain('bee stings');
    expect(reply).not.toContain('Lisbon');
  });

  it('"Office?" is answered by the name written right before "office", not the whole line', async () => {
    const chat = await told('Priya Nair | Senior Engineer | Lisbon office', 'Allergic: bee stings');
    const reply = await chat.ask('Office?');
    expect(reply).toContain('Lisbon');
    expect(reply).not.toContain('Priya');
  });

  it('"Dogs\' names?" gets the names listed after the counted noun', async () => {
    const chat = await told('Dogs x3: Bruno, Kiki, Tofu.', 'Shifts: Tue-Sat.');
    const reply = await chat.ask("Dogs' names?");
    for (const name of ['Bruno', 'Kiki', 'Tofu']) expect(reply).toContain(name);
  });

  it('names in brackets after a noun of children, said after a partner, answer for the children and not the partner', async () => {
    const chat = await told('Wife Ana, sons (Omar & Idris, 7).');
    const reply = await chat.ask("Sons' names?");
    expect(reply).toContain('Omar');
    expect(reply).toContain('Idris');
    expect(reply).not.toContain('Ana');
  });

  it('"what are my grandkids called?" names them all from a note that opens with them', async () => {
    const chat = await told('Our grandkids are in Perth, Milo is 7 and Ada is 4');
    const reply = await chat.ask('what are my grandkids called?');
    expect(reply).toContain('Milo');
    expect(reply).toContain('Ada');
  });

  it('"role?" names the work a note says, not a language kept as one ("mandarin" is no job here)', async () => {
    const chat = await told('- lin wu - QA manager, Toronto office', '- langs: mandarin, english');
    const reply = await chat.ask('role?');
    expect(reply).toContain('QA manager');
    expect(reply).not.toContain('mandarin');
  });

  it('a like said as "wolves fan" answers which team is supported; "big jazz fan" does not', async () => {
    const fan = await told('wolves fan, sadly');
    expect(await fan.ask('which team do I support?')).toContain('wolves');
    const listener = await told('big jazz fan');
    expect(await listener.ask('which team do I support?')).toMatch(/don't know|haven't told/);
  });

  it('"what\'s my dog called?" is answered by a note whose noun WordNet files under dogs ("a mongrel")', async () => {
    const chat = await told('my pupper is Waffles, a mongrel with one floppy ear', 'I work nights');
    expect(await chat.ask("what's my dog called?")).toContain('Waffles');
  });

  it('a label asked about that no note says still gets "I don\'t know"', async () => {
    const chat = await told('Allergic: bee stings', 'Priya Nair | Senior Engineer | Lisbon office');
    expect(await chat.ask("Son's name?")).toMatch(/don't know|haven't told/);
    expect(await chat.ask('Employer?')).toMatch(/don't know|haven't told/);
  });

  it('"Home town?" from someone who told where they live says so, rather than a guess from a note', async () => {
    const chat = await told('Home: Tallinn', 'Studio: Old Town Prints, Riga office');
    expect(await chat.ask('Home town?')).toContain('Tallinn');
  });
});
