import { told } from '../../helpers/memoryChat';

// What is said with "I" left out before what one has to or may do is one's own to-do or plan, kept; a modal
// with a subject after it is still a question, and "I need to know …" still asks.
describe('a to-do or a plan said with "I" left out', () => {
  it('"need to renew …" is kept and answers what has to be renewed', async () => {
    const chat = await told("I'm Tomek", 'need to renew the boat licence before Easter');
    expect((await chat.notes()).join(' ')).toContain('boat licence');
    expect(await chat.ask('what do I need to renew?')).toContain('boat licence');
  });

  it('"might move …" opened by a modal is kept', async () => {
    const chat = await told("I'm Tomek", 'might push the barbecue back to the 21st');
    expect((await chat.notes()).join(' ')).toContain('barbecue');
  });

  it('"I need to …" with a date is told, not asked', async () => {
    const chat = await told("I'm Tomek", 'i need to collect the new glasses from Specsavers on friday');
    expect((await chat.notes()).join(' ')).toContain('Specsavers');
  });

  it('"should …" is advice to oneself, and "won\'t …" after "they" is theirs: neither is kept as a to-do', async () => {
    const chat = await told("I'm Tomek", 'should ring the garage about the clutch', 'the goats love hay but will not touch straw');
    expect((await chat.notes()).join(' | ')).not.toMatch(/ring the garage|^will not touch/);
  });

  it('a modal before its subject is still a question, and "need to know what …" still asks', async () => {
    const chat = await told("I'm Tomek", 'will the shop on my street be open', 'i need to know what the tide times are');
    expect(await chat.notes()).toEqual([]);
  });
});
