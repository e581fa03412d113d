import { memoryChat } from '../../helpers/memoryChat';

/** Told a minute apart, as a person types. */
async function toldApart(...lines: string[]) {
  const chat = memoryChat();
  for (const line of lines) {
    chat.clock.advance(60_000);
    await chat.tell(line);
  }
  return chat;
}

// A value told, then changed in a later message, in the ways people say so: the value that holds now is told
// back, never the one it replaced.
describe('a value changed in a later message', () => {
  it('"scrap that, …" sets right what was told before it, as "scratch that" does', async () => {
    const chat = await toldApart("I'm Dana", 'I run quiz nights at the pub on tuesdays, £2 a team', "actually scrap that, the quiz nights are on thursdays now, tuesdays clash with football");
    const answer = await chat.ask('which day are my quiz nights on these days?');
    expect(answer.toLowerCase()).toContain('thursday');
    expect(answer.toLowerCase()).not.toMatch(/^tuesday/);
  });

  it('a unit said short ("/ft") is the unit said whole ("per foot")', async () => {
    const chat = await toldApart("I'm Dana", 'I lay garden fencing for people, charging £40 per foot', 'my brother Sol helps on weekends', 'fence update: upped it to £48/ft from april, timber costs more');
    const answer = await chat.ask('how much do I charge per foot now?');
    expect(answer).toContain('48');
    expect(answer).not.toContain('40');
  });

  it('a move that names where it was from ("out of the attic") answers where it is now', async () => {
    const chat = await toldApart("I'm Dana", 'I bind notebooks by hand, at a desk in the attic in Leeds', 'my dog Mochi sleeps under the desk', 'moved the whole setup out of the attic into a rented unit in Otley');
    const answer = await chat.ask('where do I bind my notebooks now?');
    expect(answer).toContain('Otley');
    expect(answer).not.toContain('Leeds');
  });

  it('a later note that says the same day again sets nothing else right', async () => {
    const chat = await toldApart("I'm Dana", 'I sell every Friday at the harbour craft market, mugs £15 each', 'selling faster now, mugs 2 for £25');
    expect(await chat.ask('which day is the harbour market')).toContain('Friday');
  });

  it('"the rota changed" then "now I am on …" in one message: what holds now is what follows the news', async () => {
    const chat = await toldApart("I'm Dana", 'this month I am on the late rota, 4pm to midnight', 'update: the rota changed already. now I am on 7am to 3pm');
    const answer = await chat.ask("what's my rota now?");
    expect(answer).toContain('7am');
    expect(answer).not.toContain('midnight');
  });
});

describe('a thing forgotten, and what is said in its place', () => {
  it('"forget about my meds" forgets the medicine named, as "my medication" does', async () => {
    const chat = await toldApart("I'm Dana", "I'm on metformin since the diagnosis in 2020, so I watch the sugar", 'please forget what I told you about my meds');
    const answer = await chat.ask('what medication am I on?');
    expect(answer.toLowerCase()).not.toContain('metformin');
  });

  it('"scratch the X, … Y now" forgets X and keeps what is said in its place', async () => {
    const chat = await toldApart("I'm Dana", 'saving for a new bike, about £900 so far. want a Trek Domane', 'scratch the trek, my partner wants a Giant TCR so that is the plan now');
    const answer = await chat.ask('what does my partner want?');
    expect(answer).toContain('Giant');
    expect(answer).not.toContain('Trek');
  });
});
