import { told } from '../../helpers/memoryChat';

// A value told and then changed, in the same message or a later one: the later value answers, not the one it replaced.
describe('a value changed after it was told', () => {
  it('"how long …?" takes the length set right, not a day of the month said before it', async () => {
    const chat = await told('we drive down to Porto on may 9 for 3 days. hmm wait 5 days, I forgot the wedding on the sunday', 'my sister Carla is coming too');
    const reply = await chat.ask('how long is the Porto trip?');
    expect(reply).toContain('5 days');
    expect(reply).not.toContain('3 days');
  });

  it('a day moved to is told without the day it set aside', async () => {
    const chat = await told('need my MOT done first, booked it for the 3rd, £54', 'the garage is on Mill Lane', 'had to move MOT to the 9th, they cancelled the 3rd');
    const reply = await chat.ask("when's my MOT?");
    expect(reply).toContain('9th');
    expect(reply).not.toContain('3rd');
  });

  it('a day of the week set against another, with words between, sets the day kept right', async () => {
    const chat = await told('hi, Rob here', 'we train on Tuesdays at the rec, five a side', 'I swim Mondays', 'oh my bad, we train thursdays at the rec not tuesdays');
    const reply = await chat.ask('when do we train?');
    expect(reply.toLowerCase()).toContain('thursday');
    expect(reply.toLowerCase()).not.toContain('tuesday');
    expect((await chat.ask('when do i swim?')).toLowerCase()).toContain('monday');
  });

  it('a day moved to answers, not a time of day said after it in the same message', async () => {
    const chat = await told('my dentist check-up is on the 11th with Dr Okafor', 'the check-up has been moved to the 19th. They rang this morning');
    const reply = await chat.ask('when is my dentist check-up?');
    expect(reply).toContain('19th');
    expect(reply).not.toContain('morning');
  });

  it('a figure set right alone in its clause holds, with the reason said after it', async () => {
    const chat = await told('the landlord put my rent up to £910 a month', 'sorry, £935, I read the old letter');
    const reply = await chat.ask('how much is my rent now?');
    expect(reply).toContain('935');
    expect(reply).not.toContain('910');
  });

  it('days said as a list set the whole list kept right', async () => {
    const chat = await told('my physio sessions are on Mondays and Wednesdays', "oh wait it's Tuesdays and Thursdays now, she swapped clinics");
    const reply = (await chat.ask('which days do I have physio?')).toLowerCase();
    expect(reply).toContain('tuesday');
    expect(reply).toContain('thursday');
    expect(reply).not.toContain('monday');
    expect(reply).not.toContain('wednesday');
    // What is kept says the new list, whole: not the first day swapped and the old second day left.
    const known = (await chat.ask('what do you know about me?')).toLowerCase();
    expect(known).toContain('tuesdays and thursdays');
    expect(known).not.toContain('wednesday');
  });

  it('a value said again whole after a comma is no figure set right alone ("wait 2016, March 2016")', async () => {
    const chat = await told('skin fades are 60% of our cuts', 'opened the shop in 2017. wait 2016, March 2016, just after my birthday');
    const known = await chat.ask('what do you know about me?');
    expect(known).toContain('60%');
    expect(known).not.toContain('2016%');
  });
});
