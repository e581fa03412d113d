import { told, toldApart } from '../../helpers/memoryChat';

const NOT_TOLD = /haven't told me|don't know/;

describe('a note that holds no value of the sort asked answers nothing', () => {
  it('takes no year of some other event for an age', async () => {
    const t = await told('My dad Ronan had his hip replaced in 2019, he walks fine now.');
    expect(await t.ask('how old is Ronan?')).toMatch(NOT_TOLD);
  });

  it('still reads a year of birth as an age', async () => {
    const t = await told('My nephew Callum was born in 2015.');
    expect(await t.ask('how old is Callum?')).not.toMatch(NOT_TOLD);
  });

  it('reads a year a thing is from as its age', async () => {
    const t = await told('We bought an old farmhouse near Totnes, it dates from 1892 and the roof leaks.');
    expect(await t.ask('how old is our farmhouse?')).toContain('1892');
  });

  it('still reads a name set apart by a comma as the name of the thing the note speaks of', async () => {
    const t = await told('For two summers I worked at a tiny restaurant by the harbour as a waiter, Da Franco, the best lasagne I ever had');
    expect(await t.ask('what was the restaurant I worked at called?')).toContain('Da Franco');
  });

  it('takes no name said beside a word for someone else for the name of a thing', async () => {
    const t = await told('Two years ago I opened a little bakery with my sister Ines.');
    expect(await t.ask("what's the bakery called?")).toMatch(NOT_TOLD);
  });

  it('takes no place for the name of a pet', async () => {
    // "Newfoundland" is a breed of dog too: the note speaks of one, by WordNet, but names a town.
    const t = await told("We're out on Newfoundland, Gander. I fish for cod most summers.");
    expect(await t.ask("what's my dog called?")).toMatch(NOT_TOLD);
  });

  it('takes the service a code is of for no code', async () => {
    const t = await told('I log all my runs on Strava, 412 activities so far.');
    expect(await t.ask("what's my strava username?")).toMatch(NOT_TOLD);
    const plate = await told('my van is an old 2011 transit, rusty but reliable');
    expect(await plate.ask("what's my van's number plate?")).toMatch(NOT_TOLD);
  });

  it('takes no piece of a name given to another thing', async () => {
    // "cab" is a car, but here only the first word of a show's name.
    const t = await told('I also present a show called Cab Office Stories, we record on Sundays');
    expect(await t.ask('what car do I drive?')).toMatch(NOT_TOLD);
  });

  it('reads a word the question says before its own subject as what is asked, not a modifier', async () => {
    // "shop I run": "I" opens what is said of the shop, no noun the shop is said of (a letter, by WordNet).
    const t = await told('I run a small bicycle shop in Utrecht, mostly repairs and a few used bikes');
    expect(await t.ask('what kind of shop I run?')).toMatch(/bicycle/i);
    const she = await told('My sister Oona works at a big insurance firm in Dublin, she hates the commute');
    expect(await she.ask('what sort of firm she works at?')).toMatch(/insurance/i);
  });

  it('still answers a code said', async () => {
    const t = await told('my strava username is fellrunner_88');
    expect(await t.ask("what's my strava username?")).toContain('fellrunner_88');
  });
});

describe('a later note that moves or sets right what was told wins', () => {
  it('keeps a change that opens with a softening word', async () => {
    const t = await toldApart('the charity quiz is in april, four of us', 'oh wait the charity quiz got pushed to may 3rd because of easter');
    expect(await t.ask('when is the charity quiz?')).toMatch(/may 3|3rd/i);
  });

  it('reads the last word of a compound said alone as the compound', async () => {
    const t = await toldApart('Our Schützenfest is on 9 July, I bake the bread for it', 'Update, the Fest is moved to 16 July because of the roadworks');
    expect(await t.ask('when is the schützenfest?')).toMatch(/16 july/i);
  });

  it('gives no city named in an aside for the town lived in', async () => {
    const t = await told('I live in Hayama, Kanagawa. It is a short train ride from Yokohama.');
    expect(await t.ask('what town do I live in?')).not.toMatch(/Yokohama/);
  });
});
