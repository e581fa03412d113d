import { told } from '../../helpers/memoryChat';

const DONT_KNOW = /don't know|haven't told/i;

// A request to forget softened or stressed the way people type it: a groan before it ("ugh, …"), a word inside the
// verb ("don't even remember him", "don't really keep that").
describe('a word inside the forget verb', () => {
  it('"… actually don\'t even remember her" takes back the one just named', async () => {
    const chat = await told("I'm Ottilie", 'my old flatmate mira keeps borrowing my bike. actually dont even remember her please');
    expect((await chat.facts()).join(' ')).not.toMatch(/mira/i);
    expect((await chat.notes()).join(' ')).not.toMatch(/mira/i);
  });

  it('"don\'t really save my phone number" forgets the note that says it', async () => {
    const chat = await told("I'm Ottilie", 'my phone number is 0612 44 88 19', "hmm don't really save my phone number, bad idea");
    expect((await chat.notes()).join(' ')).not.toContain('0612');
    const reply = await chat.ask("what's my phone number?");
    expect(reply).not.toContain('0612');
    expect(reply).toMatch(DONT_KNOW);
  });
});

describe('a groan before the request', () => {
  it('"ugh please don\'t keep my postcode" forgets it', async () => {
    const chat = await told("I'm Ottilie", 'my postcode is BS6 5QA', "ugh please don't keep my postcode, shouldn't have sent that");
    expect((await chat.notes()).join(' ')).not.toContain('BS6');
    expect(await chat.ask("what's my postcode?")).not.toContain('BS6');
  });

  it('what else was told stays', async () => {
    const chat = await told("I'm Ottilie", "I'm allergic to shellfish", 'my postcode is BS6 5QA', "ugh don't keep my postcode");
    expect(await chat.facts()).toContain('allergy:shellfish');
  });
});
