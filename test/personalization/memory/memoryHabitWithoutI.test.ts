import { told } from '../../helpers/memoryChat';

// "always use the secure lorry park at Calais", "hit a roo near Alice last month": a clause that opens with a verb,
// "I" left out, and says a habit ("always", "mostly") or a time gone by ("last month", "once"), tells what the person
// does or did; no order to the bot is said so. Kept, it answers.
describe('a habit or a past deed told with "I" left out', () => {
  it('"always park at …" answers where I park', async () => {
    const chat = await told("I'm Ola", 'always park at the Riverside multi-storey, had my bike nicked once outside the station');
    expect(await chat.ask('where do I park in town?')).toContain('Riverside');
  });

  it('"hit a deer near Keswick last winter" answers what I hit', async () => {
    const chat = await told("I'm Ola", 'hit a deer near Keswick last winter, the bonnet was a write-off');
    expect(await chat.ask('what did I hit near Keswick?')).toContain('deer');
  });

  it('"show me the weather for last week" is asked, not kept', async () => {
    const chat = await told("I'm Ola", 'show me the weather for last week');
    expect(await chat.notes()).toEqual([]);
  });
});
