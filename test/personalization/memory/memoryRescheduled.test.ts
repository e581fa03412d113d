import { told } from '../../helpers/memoryChat';

// A day or time moved in a later message, said anywhere in it ("they postponed it, now …", "… moved to fridays"):
// the new one is what is told back, never the old one.
describe('a day or time moved later is told back as it is now', () => {
  it('"they rang to move it, it\'s Tuesday at 9.40 now" moves both day and time', async () => {
    const chat = await told("I'm Dana", 'my mri scan is on Monday at 8.15', "they rang to move it, it's Tuesday at 9.40 now");
    const answer = await chat.ask("when's my mri scan?");
    expect(answer).toContain('Tuesday at 9.40');
    expect(answer).not.toContain('Monday');
  });

  it('"annoyingly they postponed it, now 13 March at 10:00" moves a date', async () => {
    const chat = await told("I'm Dana", 'eye test at the optician on 6 March', 'annoyingly they postponed it, now 13 March at 10:00');
    const answer = await chat.ask("when's the eye test?");
    expect(answer).toContain('13 March');
    expect(answer).not.toContain('6 March');
  });

  it('"pottery moved to mondays" moves a day of the week', async () => {
    const chat = await told("I'm Dana", 'I do pottery on thursdays', 'hmm no, pottery moved to mondays from next week');
    const answer = await chat.ask('what day is pottery?');
    expect(answer.toLowerCase()).toContain('monday');
    expect(answer.toLowerCase()).not.toContain('thursday');
  });

  it('"my test is moved to 21 Oct same time" keeps the time', async () => {
    const chat = await told("I'm Dana", 'my hearing test is 14 Oct 10am', 'the clinic phoned, my test is moved to 21 Oct same time');
    expect(await chat.ask("when's my hearing test?")).toContain('21 Oct 10am');
  });

  it('a thing moved by its singular ("the class") moves the day kept of its plural ("classes"), not another', async () => {
    const chat = await told("I'm Dana", 'my pottery classes are on Monday and my dentist check is on Friday', 'ugh they moved the class to Wednesday');
    const notes = ((await chat.profile()).memory.notes ?? []).map((note) => note.text).join(' | ');
    expect(notes).toContain('classes are on Wednesday');
    expect(notes).toContain('check is on Friday');
    expect(notes).not.toContain('Monday');
  });

  it('"I moved to Leeds in March" moves no day told before', async () => {
    const chat = await told("I'm Dana", 'I started uni in September', 'I moved to Leeds in March');
    expect(await chat.ask('when did I start uni?')).toContain('September');
  });
});

// "how often …?": how often a note says something is done, not when it is next, nor the whole note.
describe('how often something is done', () => {
  it('"how often are the checks?" of "checks every 8 weeks, next one is June 3rd"', async () => {
    const chat = await told("I'm Dana", 'my orthodontist does checks every 8 weeks, next one is June 3rd at 4pm');
    const often = await chat.ask('how often are the checks?');
    expect(often).toContain('every 8 weeks');
    expect(often).not.toContain('June');
    expect(await chat.ask("when's my next check?")).toContain('June 3rd');
  });

  it('"how often does mum take warfarin?" asked without "my"', async () => {
    const chat = await told("I'm Dana", 'my mum is on warfarin 3mg twice a day and vitamin D at night');
    expect(await chat.ask('how often does mum take warfarin?')).toContain('twice a day');
  });

  it('"fortnightly" says how often, in a note no date reader reads', async () => {
    const chat = await told("I'm Dana", 'our running club meets fortnightly at the Fox pub', 'we get the boiler serviced every 12 months');
    expect(await chat.ask('how often does the club meet?')).toContain('fortnightly');
    expect(await chat.ask('how often does the boiler get serviced?')).toContain('every 12 months');
  });
});

// "wait, it's May 5th": a day pointed at right after an opener sets right the latest of its sort.
describe('a day set right after "wait, it\'s"', () => {
  it('moves the next session', async () => {
    const chat = await told("I'm Dana", 'physio every 3 weeks, next session is May 4th at 5pm', "wait, it's May 5th, I read the wrong diary");
    const answer = await chat.ask("when's my next physio session?");
    expect(answer).toContain('May 5th');
    expect(answer).not.toContain('May 4th');
  });
});

// "he changed my ramipril to 10mg": the amount in that unit, said of the thing named, in the latest note that names it.
describe('an amount changed later', () => {
  it('sets right the dose of the one named, not of another said in the same unit', async () => {
    const chat = await told("I'm Dana", 'my doctor put me on ramipril 5mg daily, and cetirizine 5mg at night', 'he changed my ramipril to 10mg');
    const ramipril = await chat.ask('what dose is my ramipril?');
    expect(ramipril).toContain('ramipril 10mg');
    expect(ramipril).not.toContain('ramipril 5mg');
    expect(await chat.ask('what dose is my cetirizine?')).toContain('cetirizine 5mg');
  });

  it('"bumped my Toujeo up to 24 units"', async () => {
    const chat = await told("I'm Dana", 'type 2 here, on Toujeo 22 units at bedtime', 'the nurse bumped my Toujeo up to 24 units, mornings were too high');
    const answer = await chat.ask('how many units of Toujeo am I on now?');
    expect(answer).toContain('24');
    expect(answer).not.toContain('22');
  });
});

// "what's my plot number?": the number that says which one, as typed ("14C", "#7"), not the place it is at.
describe('a number that says which one', () => {
  it('"what\'s my allotment number?" of "the Moorside allotments, plot 14C"', async () => {
    const chat = await told("I'm Dana", "I'm on the Moorside allotments in Leeds, plot 14C, share it with my sister Jo");
    expect(await chat.ask("what's my allotment number?")).toContain('14C');
  });

  it('"which plot number do I have?" of "a community garden plot, #7"', async () => {
    const chat = await told("I'm Dana", 'I have a community garden plot, #7 at the Sloan garden');
    const answer = await chat.ask('which plot number do I have?');
    expect(answer).toContain('7');
    expect(answer).not.toContain('Sloan');
  });
});

// "training wed and sat": short days typed small count when listed beside another day.
describe('short days listed in lower case', () => {
  it('"which days is practice?" of "practice wed and sat at the club"', async () => {
    const chat = await told("I'm Dana", 'I play hooker for the town side, practice wed and sat at the club ground', 'the coach is strict about the 7am starts');
    const answer = (await chat.ask('which days is practice?')).toLowerCase();
    expect(answer).toContain('wed');
    expect(answer).toContain('sat');
  });
});
