import { told } from '../../helpers/memoryChat';

/** "what time is standup", "which floor is the office on": asked for a sort of answer, of a thing told, without "my" or "?". */
describe('personal memory: a question for a time or a place of something told, without "my"', () => {
  it('answers from what was told, not from the clock or a web search', async () => {
    const t = await told('hey, prepping for my new job', '* office: 4th floor, Canary Wharf', '* standup: 9:30 every day');
    expect(await t.ask('what time is standup')).toContain('9:30');
    expect(await t.ask('which floor is the office on')).toContain('4th floor');
  });

  it('leaves questions about today and the time to the calendar and the clock', async () => {
    const t = await told("I'm tired today", 'standup: 9:30 every day');
    expect(await t.ask('what day is today')).not.toMatch(/tired/i);
    expect(await t.ask('what time is it')).not.toContain('9:30');
  });

  it('reads "location is Edinburgh" as "location: Edinburgh", and an "edit:" before it as nothing said', async () => {
    const t = await told('name: Sam\npronouns: they/them\nlocation: Glasgow', 'occupation: librarian', 'edit: location is Edinburgh now, moved last month', 'pets: none (landlord says no)');
    const home = await t.ask('where do I live?');
    expect(home).toContain('Edinburgh');
    expect(home).not.toContain('Glasgow');
  });
});
