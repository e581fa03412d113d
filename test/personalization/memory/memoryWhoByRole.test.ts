import { told } from '../../helpers/memoryChat';

/** Someone found by the role or job the person said they hold, and what is told of the people of one's people. */
describe('personal memory: who holds a role, and the people of those told of', () => {
  it('finds which of several housemates holds a job said with "is a", not the other one named beside', async () => {
    const t = await told('hello', 'I share a house in Leeds with Bronagh and Brona', 'Bronagh is a midwife and Brona is a software tester');
    const which = await t.ask('which housemate is the midwife?');
    expect(which).toContain('Bronagh');
    expect(which).not.toContain('Brona,');
    expect(await t.ask("who's the midwife")).toContain('Bronagh');
  });

  it('answers "who\'s the ROLE?" of one noun by the name said to be one, not a word of the role itself', async () => {
    const t = await told('hey', 'my housemates: Oskar is a baker, Osk is a DPhil candidate in chemistry');
    const reply = await t.ask("who's the DPhil candidate?");
    expect(reply).toContain('Osk');
    expect(reply).not.toMatch(/^DPhil/);
    expect(await t.ask('who is the baker?')).toContain('Oskar');
  });

  it('keeps what is told of a partner\'s people ("her brother … teaches"), though no "I" is said', async () => {
    const t = await told('hi', 'my girlfriend Maeve has a big family', 'her cousin Ruairí is an accountant in Sligo and her brother Fionn teaches chemistry');
    expect(await t.ask('what does Ruairí do?')).toMatch(/accountant/i);
    expect(await t.ask('who teaches chemistry?')).toContain('Fionn');
  });

  it('keeps "the physio is called …" in a message of one\'s own and answers "who\'s my physio?" from it', async () => {
    const t = await told('hiya', 'the physio is called Dr. Mbeki-Lund, I see her every other monday');
    expect(await t.ask('whos my physio')).toContain('Mbeki-Lund');
  });

  it('does not answer "who\'s the pilot?" for someone who told of no pilot', async () => {
    const t = await told('hi', 'my brother Tomas is a carpenter');
    expect(await t.ask("who's the pilot?")).not.toContain('Tomas');
  });
});

describe('personal memory: a task someone took on, and an age said before a name', () => {
  it('answers "who does the …?" of one word from the note that says who does it', async () => {
    const t = await told('hey', 'I run a little candle stall with my friend Ines, she does the invoicing');
    expect(await t.ask('who does invoicing')).toContain('Ines');
  });

  it('reads "a 7 month old called …" as that one\'s age, each of two told in one message', async () => {
    const t = await told('hello', 'we have a 7 month old called Yaw and a 6 year old called Efua');
    expect(await t.ask('how old is yaw?')).toContain('7 months');
    expect(await t.ask('how old is Efua')).toContain('6');
  });
});
