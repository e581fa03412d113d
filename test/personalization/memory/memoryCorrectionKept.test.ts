import { told } from '../../helpers/memoryChat';

// A correction of something never kept ("Correction — the visit moved to …") still tells what it goes on to say;
// "the retake" names one of the person's things though the tagger knows "retake" only as a verb.
describe('a correction with nothing kept to set right', () => {
  it('keeps what it goes on to say', async () => {
    const chat = await told("I'm Tomek", 'Correction — the dentist visit had to move to 3 December.');
    expect((await chat.notes()).join(' ')).toContain('3 December');
    expect(await chat.ask('when is the dentist visit?')).toContain('3 December');
  });

  it('keeps no apology opening it as the value of what was told last', async () => {
    const chat = await told('I cheer for Celtic, been going to Parkhead since I was six', 'Sorry, correction: the 61 bus runs from Govan to the city centre.');
    expect(await chat.facts()).toContain('team:Celtic');
    expect((await chat.facts()).join(' ')).not.toMatch(/Sorry/i);
  });

  it('still says it is unsure when nothing more is said', async () => {
    const chat = await told("I'm Tomek", 'correction: the flux thing');
    expect(await chat.notes()).toEqual([]);
  });
});

describe('a thing named by a word known only as a verb', () => {
  it('"the retake is in october" is one of the person\'s things', async () => {
    const chat = await told("I'm Tomek", 'I failed stats', 'the retake is in october');
    expect((await chat.notes()).join(' ')).toContain('retake');
  });
});
