import { memoryChat } from '../../helpers/memoryChat';

/** Told a minute apart, as a person types: each message is its own. */
async function told(...lines: string[]) {
  const chat = memoryChat();
  for (const line of lines) {
    chat.clock.advance(60_000);
    await chat.tell(line);
  }
  return chat;
}

// The note that answers holds a value of the sort asked: a note that shares the question's rarest word but holds no
// day, amount or place gives way to one that shares a word and holds one, and what was told to change since holds.
describe('a note holding the value asked over one sharing a rarer word', () => {
  it('"which days …?" is told the days of the note that says them, as changed since', async () => {
    const chat = await told(
      "I'm Dana",
      'Started cello at 40! Lessons with Mrs Park at her home in Jesmond, Mon and Thu 7pm, £30 per lesson.',
      'My son Tom also learns with her, so we practise together on weekends.',
      'Bought a secondhand one for £900, Tom has a smaller one.',
      'We are both going for Grade 2 in December.',
      'Change: lessons are now Tue and Fri 7pm because Mrs Park has rehearsals on Mondays',
    );
    const answer = await chat.ask('which days is cello lesson now');
    expect(answer).toContain('Tue and Fri');
    expect(answer).not.toContain('Started');
  });
});

describe('a name typed without its accents', () => {
  it('"Sete" meets "Sète", and "how far …?" asks for a number', async () => {
    const chat = await told("I'm Dana", 'Been running relays for years, my club is Harrow AC.', 'Our best result was the relay from Sète last spring, 12 km, we came 3rd.', 'Bought new spikes for £60.');
    expect(await chat.ask('how far was the Sete relay')).toContain('12');
  });
});

describe('a note found by a word only it says, changed since', () => {
  it('"… moved my lessons to fridays" answers "when are my lessons now?"', async () => {
    const chat = await told("I'm Dana", 'UKULELE LESSONS ARE GO. teacher is maya, lessons at her studio in leith, £30 for 45 mins, tuesdays 5pm', 'my dog pip howls when i play lol', 'maya moved my lessons to fridays cos of her new job, same time');
    const answer = await chat.ask('when are my ukulele lessons now');
    expect(answer.toLowerCase()).toContain('fridays');
    expect(answer.toLowerCase()).not.toContain('tuesdays');
  });
});

describe('what was spent on a thing asked as a price', () => {
  it('"what did I spend on …?" is told the amount, not the note that only names the thing', async () => {
    const chat = await told("I'm Dana", '41 and picking up mandolin for the first time. Found a tutor online, Bea Moss, lessons on Tuesdays, £30 for 45 min', 'bought a mandolin from Hobgoblin for £340, Bea helped me pick it. working through the Mel Bay book', 'practicing 20 min a day');
    expect(await chat.ask('what did i spend on the mandolin')).toContain('340');
  });
});

describe('"it" standing for a thing named by a word that is mostly an adjective', () => {
  it('"my best brown" of the question before is what "it" stands for', async () => {
    const chat = await told("I'm Dana", 'Been fly fishing the Tweed for 20 years.', 'Best catch this spring was a 3 lb brown on a size 14 Gold Ribbed Hare.', 'My fishing mate is Rab.');
    chat.clock.advance(60_000);
    await chat.ask('how heavy was my best brown this spring');
    chat.clock.advance(60_000);
    const answer = await chat.ask('what fly did I catch it on');
    expect(answer).toContain('Hare');
    expect(answer).not.toContain('20 years');
  });
});
